using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>
    /// <c>klivar-privacy baseline &lt;project or solution&gt; [--output file] [--accept-new]</c>: writes the privacy
    /// baseline (docs/adoption.md) from what KPA0001 and KPA0012 report today. Exit codes: 0 written; 1 usage or input
    /// error; 2 written, but new findings were left out of an existing baseline (they still fail the build).
    /// </summary>
    internal static class BaselineCommand
    {
        public const int Written = 0;
        public const int UsageError = 1;
        public const int NewFindingsLeftOut = 2;

        public const string Usage =
            "       klivar-privacy baseline <project or solution> [--output <file>] [--accept-new]\n" +
            "\n" +
            "Writes the privacy baseline: the members KPA0001 and KPA0012 report today, accepted until they are declared (the build\n" +
            "does not fail on them; the register lists them as points to confirm). Point the project at it with the MSBuild property\n" +
            "PrivacyBaselineFile. Run again as members get declared: the file only shrinks; new findings are left out (exit 2).\n" +
            "\n" +
            "  --output, -o   the file to write (default: " + PrivacyBaseline.FileName + " beside the project or solution)\n" +
            "  --accept-new   also accept findings the existing file does not list\n" +
            "\n" +
            "Exit codes: 0 written; 1 usage or input error; 2 written, new findings left out of an existing baseline.\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            string? input = null, output = null;
            var acceptNew = false;
            for (var i = 1; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--help": case "-h": case "-?":
                        stdout.Write("Usage: klivar-privacy baseline" + Usage.Substring(Usage.IndexOf("baseline", StringComparison.Ordinal) + "baseline".Length));
                        return Written;
                    case "--output": case "-o":
                        if (i + 1 >= args.Length) return Fail(stderr, args[i] + " needs a file.");
                        output = args[++i];
                        break;
                    case "--accept-new":
                        acceptNew = true;
                        break;
                    default:
                        if (args[i].StartsWith("-", StringComparison.Ordinal)) return Fail(stderr, "unknown option '" + args[i] + "'.");
                        if (input is not null) return Fail(stderr, "give one project or solution.");
                        input = args[i];
                        break;
                }
            }
            if (input is null) return Fail(stderr, "give the project or solution to read (a .csproj or .sln).");
            output ??= Path.Combine(Path.GetDirectoryName(Path.GetFullPath(input)) ?? ".", PrivacyBaseline.FileName);

            var started = DateTime.UtcNow;
            List<Finding> findings;
            var analysed = new List<string>();
            try
            {
                var (workspace, _, projects) = Projects.OpenAsync(input, stderr, CancellationToken.None).GetAwaiter().GetResult();
                using (workspace)
                {
                    findings = new List<Finding>();
                    foreach (var project in projects)
                    {
                        if (Projects.CompilationWithPackage(project, stderr) is not { } compilation) continue;
                        analysed.Add(compilation.AssemblyName ?? project.Name);
                        findings.AddRange(Findings.OfAsync(compilation, project.AnalyzerOptions, CancellationToken.None).GetAwaiter().GetResult());
                    }
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // MSBuild's own exceptions (an unreadable project or solution) among them: a message, not a stack trace.
                return Fail(stderr, "cannot open '" + input + "': " + e.Message);
            }
            if (analysed.Count == 0) return Fail(stderr, "no project of '" + input + "' references Klivar.PrivacyAnnotations.");

            PrivacyBaseline? existing = null;
            if (File.Exists(output))
            {
                existing = PrivacyBaseline.Parse(File.ReadAllText(output));
                if (existing.Errors.Count > 0)
                    return Fail(stderr, "'" + output + "', line " + (existing.Errors[0].Line + 1) + ": " + existing.Errors[0].Message + " (fix or delete the file)");
            }

            var update = BaselineUpdate.Compute(existing, findings, analysed, acceptNew);
            var text = PrivacyBaseline.Write(update.Entries);
            try
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(output));
                if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                File.WriteAllBytes(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Fail(stderr, "cannot write '" + output + "': " + e.Message);
            }

            var accepted = update.Entries.Where(e => analysed.Contains(e.Assembly)).ToList();
            stdout.WriteLine("written: " + output);
            stdout.WriteLine("Privacy baseline of " + string.Join(", ", analysed) + ": " + accepted.Count + " undeclared member(s) accepted" +
                (accepted.Count == 0 ? "" : " (" + Findings.ByCategory(accepted.Select(e => e.Category)) + ")") + "; " +
                update.Added.Count + " added, " + update.Removed.Count + " removed as declared or gone. " +
                (DateTime.UtcNow - started).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " s.");
            foreach (var group in accepted.GroupBy(e => e.Assembly, StringComparer.Ordinal))
            {
                foreach (var byType in group.GroupBy(e => e.Type, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(10))
                    stdout.WriteLine("  " + PrivacyBaseline.DisplayType(byType.Key) + ": " + string.Join(", ", byType.Select(e => e.Member)));
                var types = group.Select(e => e.Type).Distinct().Count();
                if (types > 10) stdout.WriteLine("  ... and " + (types - 10) + " more type(s): see the file.");
            }
            foreach (var finding in update.LeftOut)
                stderr.WriteLine(finding.File + "(" + finding.Line + "): new " + finding.Rule + " finding not added: " + PrivacyBaseline.DisplayType(finding.Type) + "." + finding.Member +
                    " (" + finding.Category + "). Declare it, or rerun with --accept-new to accept it.");
            if (existing is null)
            {
                // Relative to the project when the file sits beside it, as the property is read.
                var beside = string.Equals(Path.GetDirectoryName(Path.GetFullPath(output)), Path.GetDirectoryName(Path.GetFullPath(input)), StringComparison.Ordinal);
                stdout.WriteLine("Next: set <PrivacyBaselineFile>" + (beside ? Path.GetFileName(output) : Path.GetFullPath(output)) + "</PrivacyBaselineFile> in the project " +
                    "(for a solution: $(MSBuildThisFileDirectory)" + Path.GetFileName(output) + " in Directory.Build.props beside it), build, and commit the file.");
            }
            return update.LeftOut.Count > 0 ? NewFindingsLeftOut : Written;
        }

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("klivar-privacy baseline: " + message);
            stderr.WriteLine("Run 'klivar-privacy baseline --help' for usage.");
            return UsageError;
        }
    }
}
