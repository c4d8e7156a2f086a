using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.CodeFixes;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>
    /// <c>klivar-privacy adopt &lt;project or solution&gt; [--dry-run]</c>: the first pass on an existing code base
    /// (docs/adoption.md). Declares every member KPA0001/KPA0012 report, with the category the rules judge, the purposes the
    /// code fix chooses among the declared activities, and a ToConfirm note on each; prints what was found where, by
    /// category. Exit codes: 0 done; 1 usage or input error; 2 a project was skipped (no processing activity declared).
    /// </summary>
    internal static class AdoptCommand
    {
        public const int Done = 0;
        public const int UsageError = 1;
        public const int ProjectSkipped = 2;

        public const string Usage =
            "       klivar-privacy adopt <project or solution> [--dry-run]\n" +
            "\n" +
            "The first pass on an existing code base: declares every member KPA0001 and KPA0012 report, as the code fix would\n" +
            "([PersonalData(category, purposes...)]), each marked ToConfirm for review in one pull request: the category is the\n" +
            "rules' judgement, the purposes are among the project's declared [assembly: ProcessingActivity] (all of them, marked,\n" +
            "when the type gives no hint), the retention is the activity's. A project that declares no activity is skipped.\n" +
            "Files whose change would not compile are left as they are.\n" +
            "\n" +
            "  --dry-run   print the summary, change no file\n" +
            "\n" +
            "Exit codes: 0 done; 1 usage or input error; 2 a project was skipped.\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            string? input = null;
            var dryRun = false;
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--help": case "-h": case "-?":
                        stdout.Write("Usage: klivar-privacy adopt" + Usage.Substring(Usage.IndexOf("adopt", StringComparison.Ordinal) + "adopt".Length));
                        return Done;
                    case "--dry-run":
                        dryRun = true;
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) return Fail(stderr, "unknown option '" + args[i] + "'.");
                        if (input is not null) return Fail(stderr, "give one project or solution.");
                        input = args[i];
                        break;
                }
            }
            if (input is null) return Fail(stderr, "give the project or solution to adopt the package in (a .csproj or .sln).");

            var started = DateTime.UtcNow;
            var skipped = false;
            var all = new List<Finding>();
            var reverted = new List<string>();
            try
            {
                var (workspace, solution, projects) = Projects.OpenAsync(input, stderr, CancellationToken.None).GetAwaiter().GetResult();
                using (workspace)
                {
                    foreach (var project in projects)
                    {
                        var current = solution.GetProject(project.Id)!;
                        if (Projects.CompilationWithPackage(current, stderr) is not { } compilation) continue;
                        var findings = Findings.OfAsync(compilation, current.AnalyzerOptions, CancellationToken.None).GetAwaiter().GetResult();
                        if (findings.Count == 0)
                        {
                            stdout.WriteLine(project.Name + ": nothing to declare.");
                            continue;
                        }
                        if (!FirstPass.DeclaresActivities(compilation))
                        {
                            stderr.WriteLine(project.Name + ": " + findings.Count + " undeclared member(s) (" + Findings.ByCategory(findings.Select(f => f.Category)) + "), but no " +
                                "[assembly: ProcessingActivity] to name as their purpose: skipped. Declare the project's processing activities first " +
                                "(purposes and legal bases are a decision for the team and the DPO; the KPA0002 code fix writes one to confirm), " +
                                "or accept today's findings with 'klivar-privacy baseline'.");
                            skipped = true;
                            continue;
                        }
                        var result = FirstPass.RunAsync(current, findings, CancellationToken.None).GetAwaiter().GetResult();
                        solution = result.Solution;
                        all.AddRange(result.Declared);
                        reverted.AddRange(result.Reverted);
                        Report(stdout, project.Name, result.Declared);
                    }
                    if (!dryRun && all.Count > 0 && !workspace.TryApplyChanges(solution))
                        return Fail(stderr, "the changes could not be written (a file changed on disk meanwhile?): nothing written.");
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // MSBuild's own exceptions (an unreadable project or solution) among them: a message, not a stack trace.
                return Fail(stderr, "cannot open '" + input + "': " + e.Message);
            }

            foreach (var path in reverted)
                stderr.WriteLine(path + ": left unchanged, its declarations would not compile; declare its members by hand (the KPA0001 code fix in the IDE).");
            var files = all.Select(f => f.File).Distinct(StringComparer.Ordinal).Count();
            stdout.WriteLine((dryRun ? "Would declare " : "Declared ") + all.Count + " member(s) in " + files + " file(s)" +
                (all.Count == 0 ? "" : " (" + Findings.ByCategory(all.Select(f => f.Category)) + ")") + ", each marked ToConfirm: \"" +
                UndeclaredPersonalDataCodeFix.AdoptionNote + "\". " +
                (DateTime.UtcNow - started).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s.");
            if (all.Count > 0)
                stdout.WriteLine("KPA0014 reports each note until it is removed: under TreatWarningsAsErrors, keep it a warning while the team reviews " +
                    "(WarningsNotAsErrors outside strict mode) and build the release with PrivacyAnalysisMode=Strict. See docs/adoption.md.");
            return skipped ? ProjectSkipped : Done;
        }

        /// <summary>What a DPO reads: per project, the count by category, then each type with its members.</summary>
        private static void Report(TextWriter stdout, string project, IReadOnlyList<Finding> declared)
        {
            stdout.WriteLine(project + ": " + declared.Count + " member(s) declared, to confirm (" + Findings.ByCategory(declared.Select(f => f.Category)) + ")");
            foreach (var type in declared.GroupBy(f => f.Type, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                stdout.WriteLine("  " + PrivacyBaseline.DisplayType(type.Key) + ": " + string.Join(", ", type.Select(f => f.Member + " (" + f.Category + ")")));
        }

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("klivar-privacy adopt: " + message);
            stderr.WriteLine("Run 'klivar-privacy adopt --help' for usage.");
            return UsageError;
        }
    }
}
