using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Klivar.PrivacyAnnotations.Tool.Diff;

namespace Klivar.PrivacyAnnotations.Tool
{
    /// <summary>
    /// <c>klivar-privacy diff BASE HEAD</c>: what changed between two registers (files, or folders of registers for a
    /// solution, merged), in a reviewer's words. Exit codes: 0 no change, 1 changes, 2 changes that need the DPO's
    /// review (the policy's <c>review</c> list, else the built-in one), 3 usage or input error.
    /// </summary>
    internal static class DiffCommand
    {
        public const int NoChange = 0;
        public const int Changes = 1;
        public const int NeedsReview = 2;
        public const int Error = 3;

        public const string Usage =
            "klivar-privacy diff <base> <head>: what changed between two privacy registers, for a pull request.\n" +
            "<base> and <head> are register files (<Assembly>.privacy-register.json) or folders of them (one solution: all\n" +
            "*.privacy-register.json files in the folder and below, merged).\n" +
            "\n" +
            "  --format, -f   text (default), md (a pull-request comment or $GITHUB_STEP_SUMMARY) or json\n" +
            "  --output, -o   write the report to this file instead of standard output\n" +
            "  --policy, -p   the DPO policy file (privacy-policy.json): its 'review' list says which changes need review\n" +
            "\n" +
            "Exit codes: 0 no change; 1 changes; 2 changes that need the DPO's review (under the policy, or by default: a new\n" +
            "activity, a new legal basis, new special-category data, a longer retention, a new transfer or processor);\n" +
            "3 usage or input error.\n";

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            var paths = new List<string>();
            string format = "text";
            string? output = null, policyPath = null;
            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                string? Value() => i + 1 < args.Length ? args[++i] : null;
                switch (arg)
                {
                    case "--help": case "-h": case "-?":
                        stdout.Write(Usage);
                        return NoChange;
                    case "--format": case "-f":
                        format = (Value() ?? "").Trim().ToLowerInvariant();
                        if (!DiffReport.Formats.Any(f => f.Format == format)) return Fail(stderr, arg + " needs one of text, md, json.");
                        break;
                    case "--output": case "-o":
                        output = Value();
                        if (string.IsNullOrWhiteSpace(output)) return Fail(stderr, arg + " needs a file.");
                        break;
                    case "--policy": case "-p":
                        policyPath = Value();
                        if (string.IsNullOrWhiteSpace(policyPath)) return Fail(stderr, arg + " needs the policy file.");
                        break;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1) return Fail(stderr, "unknown option '" + arg + "'.");
                        paths.Add(arg);
                        break;
                }
            }
            if (paths.Count != 2) return Fail(stderr, "give two registers: the base (before) and the head (after), files or folders.");

            var reviewKinds = RegisterChangeKinds.ReviewByDefault;
            var reviewSource = "built-in (a new activity, a new legal basis, new special-category data, a longer retention, a new transfer or processor)";
            if (policyPath is not null)
            {
                string text;
                try
                {
                    text = File.ReadAllText(policyPath);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return Fail(stderr, "cannot read the policy '" + policyPath + "': " + e.Message);
                }
                var read = PrivacyPolicyReader.Read(text);
                if (read.Policy is null)
                {
                    foreach (var error in read.Errors) stderr.WriteLine(policyPath + "(" + error.Line + "," + error.Column + "): error KPA0100: " + error.Message);
                    return Fail(stderr, "the policy '" + policyPath + "' cannot be used (" + read.Errors.Count + " error(s)).");
                }
                reviewKinds = read.Policy.Review;
                reviewSource = "DPO policy " + Path.GetFileName(policyPath) + (read.Policy.Version is null ? "" : " version " + read.Policy.Version);
            }

            if (!TryLoad(paths[0], stderr, out var before) || !TryLoad(paths[1], stderr, out var after)) return Error;

            var changes = RegisterDiff.Compare(before!, after!);
            var review = RegisterDiff.Review(changes, reviewKinds);
            var report = new DiffReport(before!, after!, changes, reviewKinds, reviewSource);
            var rendered = DiffReport.Formats.Single(f => f.Format == format).Render(report);
            if (output is null)
            {
                stdout.Write(rendered);
            }
            else
            {
                try
                {
                    var directory = Path.GetDirectoryName(Path.GetFullPath(output));
                    if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
                    File.WriteAllBytes(output, new UTF8Encoding(false).GetBytes(rendered));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return Fail(stderr, "cannot write '" + output + "': " + e.Message);
                }
                stdout.WriteLine(report.Changes.Count == 0 ? "No change." : report.Changes.Count + " change(s), " + report.NeedingReview + " needing review: " + output);
            }
            return changes.Count == 0 ? NoChange : review ? NeedsReview : Changes;
        }

        /// <summary>A register file, or every register under a folder merged into one (conflicts kept, as the merge does with --allow-conflicts).</summary>
        private static bool TryLoad(string path, TextWriter stderr, out ProcessingRegister? register)
        {
            register = null;
            List<string> files;
            if (Directory.Exists(path))
            {
                files = Directory.EnumerateFiles(path, "*.privacy-register.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).ToList();
                if (files.Count == 0)
                {
                    Fail(stderr, "the folder '" + path + "' holds no *.privacy-register.json file.");
                    return false;
                }
            }
            else if (File.Exists(path))
            {
                files = new List<string> { path };
            }
            else
            {
                Fail(stderr, "'" + path + "' is neither a register file nor a folder.");
                return false;
            }

            var registers = new List<ProcessingRegister>();
            foreach (var file in files)
            {
                try
                {
                    registers.Add(RegisterJson.Read(File.ReadAllText(file)));
                }
                catch (FormatException e)
                {
                    Fail(stderr, "'" + file + "' is not a privacy register: " + e.Message);
                    return false;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
                {
                    Fail(stderr, "cannot read '" + file + "': " + e.Message);
                    return false;
                }
            }
            register = registers.Count == 1 ? registers[0] : RegisterMerger.Merge(registers).Register;
            return true;
        }

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("klivar-privacy diff: " + message);
            stderr.WriteLine("Run 'klivar-privacy diff --help' for usage.");
            return Error;
        }
    }
}
