using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations.Tool
{
    /// <summary>
    /// The command line. <c>klivar-privacy merge &lt;register.json&gt;... --output &lt;dir&gt; [--name &lt;name&gt;]
    /// [--formats json;md;csv;notice;xlsx] [--languages en;fr] [--texts file] [--version v] [--date yyyy-MM-dd] [--allow-conflicts]</c>: exit codes 0 written, 1 usage or input error, 2 conflicts
    /// found (nothing written unless <c>--allow-conflicts</c>). <c>klivar-privacy diff BASE HEAD [--format text|md|json]
    /// [--output file] [--policy file]</c>: exit codes 0 no change, 1 changes, 2 changes that need the DPO's review,
    /// 3 usage or input error. <c>klivar-privacy adopt</c> and <c>klivar-privacy baseline</c>: see
    /// <see cref="Adoption.AdoptCommand"/> and <see cref="Adoption.BaselineCommand"/> (docs/adoption.md).
    /// </summary>
    internal static class Cli
    {
        public const int Success = 0;
        public const int UsageError = 1;
        public const int ConflictsFound = 2;

        public const string DefaultName = "merged";

        /// <summary>Each format, its file suffix (the same as the build step's), and its renderer.</summary>
        public static readonly IReadOnlyList<(string Format, string Suffix, Func<ProcessingRegister, string> Render)> Formats = new (string, string, Func<ProcessingRegister, string>)[]
        {
            ("json", ".privacy-register.json", RegisterJson.Write),
            ("md", ".privacy-register.md", RegisterMarkdown.Write),
            ("csv", ".privacy-register.csv", RegisterCsv.Write),
            ("notice", ".privacy-notice.md", PrivacyNotice.Write),
        };

        /// <summary>
        /// Each format's file name in a language (<c>.fr</c> before the extension, as the build names them) and its bytes;
        /// the notice's is <c>.privacy-notice.draft.md</c> while points remain to confirm (<see cref="PrivacyNotice.FileSuffix(ProcessingRegister, Lexicon)"/>).
        /// </summary>
        private static readonly IReadOnlyList<(string Format, Func<string, string> Suffix, Func<ProcessingRegister, Lexicon, byte[]> Render)> Renderings =
            new (string, Func<string, string>, Func<ProcessingRegister, Lexicon, byte[]>)[]
            {
                ("json", l => ".privacy-register" + l + ".json", (r, l) => Utf8(RegisterJson.Write(r))),
                ("md", l => ".privacy-register" + l + ".md", (r, l) => Utf8(RegisterMarkdown.Write(r, l))),
                ("csv", l => ".privacy-register" + l + ".csv", (r, l) => Utf8(RegisterCsv.Write(r, l))),
                ("notice", l => ".privacy-notice" + l + ".md", (r, l) => Utf8(PrivacyNotice.Write(r, l))),
            };

        /// <summary>
        /// The CNIL register template as a spreadsheet: opt-in (<c>--formats ...;xlsx</c>), always in French (the CNIL's
        /// model is French), whatever <c>--languages</c> says.
        /// </summary>
        public const string Spreadsheet = "xlsx";

        /// <summary>The spreadsheet's file suffix.</summary>
        public const string SpreadsheetSuffix = ".privacy-register.fr.xlsx";

        private static byte[] Utf8(string text) => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text);

        private const string Usage =
            "Usage: klivar-privacy merge <register.json>... --output <dir> [--name <name>] [--formats json;md;csv;notice;xlsx] [--languages en;fr]\n" +
            "                            [--texts <texts.fr.json>]... [--version <version>] [--date <yyyy-MM-dd>] [--allow-conflicts]\n" +
            "       klivar-privacy diff <base> <head> [--format text|md|json] [--output <file>] [--policy <privacy-policy.json>]\n" +
            "\n" +
            "Merges the privacy registers (<Assembly>.privacy-register.json, written by the build) of several assemblies into\n" +
            "one register for the solution, written as <dir>/<name>.privacy-register.json, .md, .csv and <name>.privacy-notice.md\n" +
            "(<name>.privacy-notice.draft.md while points remain to confirm).\n" +
            "\n" +
            "  --output, -o       the directory to write to (created if missing)\n" +
            "  --name, -n         the file name prefix (default: " + DefaultName + ")\n" +
            "  --formats, -f      which files to write, separated by ';' or ',' (default: json;md;csv;notice); xlsx adds the CNIL register\n" +
            "                     template as a spreadsheet, in French (<name>.privacy-register.fr.xlsx)\n" +
            "  --languages, -l    the languages to write, en, fr or both (default: en); French files end in .fr (.privacy-register.fr.md)\n" +
            "  --texts            a team's texts file (<Assembly>.privacy-texts.fr.json) that translates the registers' own words; repeatable\n" +
            "  --version          the merged register's own version (default: the inputs' version when they all state the same one)\n" +
            "  --date             the merged register's date, yyyy-MM-dd (default: the newest of the inputs' dates)\n" +
            "  --allow-conflicts  write even when an activity is declared differently in two assemblies (both declarations are kept);\n" +
            "                     a controller declared differently is never written\n" +
            "\n" +
            "A fact that one register states and another contradicts (a transfer to the US in one, to a country not identified in\n" +
            "the other) is a conflict: nothing is written, or, with --allow-conflicts, each version is written marked to confirm.\n" +
            "Every point to confirm of every input is kept.\n" +
            "\n" +
            "Exit codes: 0 written; 1 usage or input error; 2 conflicts found (nothing written without --allow-conflicts).\n" +
            "\n" +
            DiffCommand.Usage +
            "\n" +
            Adoption.AdoptCommand.Usage +
            "\n" +
            Adoption.BaselineCommand.Usage;

        public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
        {
            if (args.Length == 0 || IsHelp(args[0]))
            {
                (args.Length == 0 ? stderr : stdout).Write(Usage);
                return args.Length == 0 ? UsageError : Success;
            }
            if (args[0] == "diff")
                return DiffCommand.Run(args, stdout, stderr);
            if (args[0] == "baseline")
                return Adoption.BaselineCommand.Run(args, stdout, stderr);
            if (args[0] == "adopt")
                return Adoption.AdoptCommand.Run(args, stdout, stderr);
            if (args[0] != "merge")
                return Fail(stderr, "unknown command '" + args[0] + "'. The commands are 'merge', 'diff', 'adopt' and 'baseline'.");

            if (!TryParseMerge(args, out var options, out var error, out var help))
                return Fail(stderr, error!);
            if (help)
            {
                stdout.Write(Usage);
                return Success;
            }
            return Merge(options!, stdout, stderr);
        }

        private static int Merge(MergeOptions options, TextWriter stdout, TextWriter stderr)
        {
            var registers = new List<ProcessingRegister>();
            foreach (var path in options.Inputs)
            {
                string json;
                try
                {
                    json = File.ReadAllText(path);
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return Fail(stderr, "cannot read '" + path + "': " + e.Message);
                }
                try
                {
                    registers.Add(RegisterJson.Read(json));
                }
                catch (FormatException e)
                {
                    return Fail(stderr, "'" + path + "' is not a privacy register: " + e.Message);
                }
            }

            var texts = new List<RegisterTexts>();
            foreach (var path in options.Texts)
            {
                try
                {
                    texts.Add(RegisterTexts.Parse(File.ReadAllText(path)));
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
                {
                    return Fail(stderr, "cannot read '" + path + "': " + e.Message);
                }
                catch (FormatException e)
                {
                    return Fail(stderr, "'" + path + "' is not a texts file: " + e.Message);
                }
            }

            var result = RegisterMerger.Merge(registers, options.Version, options.Date);
            foreach (var conflict in result.Conflicts)
                stderr.WriteLine((options.AllowConflicts ? "warning: " : "error: ") + "declared differently: " + conflict);
            if (result.HasControllerConflicts)
            {
                // --allow-conflicts keeps both declarations of an activity; a register cannot name two controllers, and
                // writing the first one's details would drop the second's without a word.
                stderr.WriteLine("klivar-privacy: the registers describe the controller differently; nothing written, even with --allow-conflicts. " +
                    "A record of processing activities belongs to one controller (GDPR Art. 30(1)): make the [assembly: DataController] " +
                    "declarations agree, or merge each controller's assemblies separately.");
                return ConflictsFound;
            }
            if (result.HasConflicts && !options.AllowConflicts)
            {
                stderr.WriteLine("klivar-privacy: " + result.Conflicts.Count + " conflict(s) between the registers; nothing written. " +
                    "Make the declarations agree, or pass --allow-conflicts to write the merged register anyway (it keeps each declaration).");
                return ConflictsFound;
            }

            var register = result.Register;
            try
            {
                Directory.CreateDirectory(options.OutputDirectory);
                foreach (var language in options.Languages)
                {
                    var lexicon = Lexicon.For(language)!;
                    var missing = new SortedSet<string>(StringComparer.Ordinal);
                    var translated = RegisterTranslation.Translate(register, lexicon, RegisterTexts.Combine(texts), missing);
                    // As the build does: a text with no translation shows marked in the files, and is named here.
                    foreach (var text in missing)
                        stderr.WriteLine("warning: no French translation of \"" + text + "\": the French files show it marked as untranslated. Add it to a texts file (--texts).");
                    var languageSuffix = lexicon.IsFrench ? "." + lexicon.Language : "";
                    foreach (var (format, suffix, render) in Renderings)
                    {
                        if (!options.Formats.Contains(format)) continue;
                        // The notice is a draft while points remain to confirm, and its name says so (.privacy-notice.draft.md);
                        // the other name is removed so a stale notice never sits beside the current one.
                        var name = format == "notice" ? PrivacyNotice.FileSuffix(translated, lexicon) : suffix(languageSuffix);
                        var path = Path.Combine(options.OutputDirectory, options.Name + name);
                        File.WriteAllBytes(path, render(translated, lexicon));
                        stdout.WriteLine("written: " + path);
                        if (format == "notice")
                        {
                            var other = Path.Combine(options.OutputDirectory, options.Name + PrivacyNotice.FileSuffix(!PrivacyNotice.IsDraft(translated), lexicon));
                            if (File.Exists(other)) File.Delete(other);
                        }
                    }
                }
                if (options.Formats.Contains(Spreadsheet))
                {
                    var french = options.Languages.Contains("fr") ? null : new SortedSet<string>(StringComparer.Ordinal);
                    var translated = RegisterTranslation.Translate(register, Lexicon.French, RegisterTexts.Combine(texts), french ?? new SortedSet<string>(StringComparer.Ordinal));
                    // Untranslated texts were named above when French files were written; otherwise here.
                    foreach (var text in french ?? new SortedSet<string>(StringComparer.Ordinal))
                        stderr.WriteLine("warning: no French translation of \"" + text + "\": the spreadsheet shows it marked as untranslated. Add it to a texts file (--texts).");
                    var path = Path.Combine(options.OutputDirectory, options.Name + SpreadsheetSuffix);
                    File.WriteAllBytes(path, Tool.Spreadsheet.CnilRegisterWorkbook.Write(translated));
                    stdout.WriteLine("written: " + path);
                }
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                return Fail(stderr, "cannot write to '" + options.OutputDirectory + "': " + e.Message);
            }

            var declared = register.Activities.Count(a => a.Declared);
            stdout.WriteLine("Merged " + registers.Count + " registers (" + register.Assembly + "): " + register.Activities.Count + " activities, " +
                declared + " declared" + (result.HasConflicts ? ", " + result.Conflicts.Count + " conflict(s) kept" : "") + ".");
            return Success;
        }

        internal static bool TryParseMerge(string[] args, out MergeOptions? options, out string? error, out bool help)
        {
            options = null;
            help = false;
            var inputs = new List<string>();
            string? output = null;
            var name = DefaultName;
            var formats = new HashSet<string>(Formats.Select(f => f.Format), StringComparer.Ordinal);
            var known = Formats.Select(f => f.Format).Append(Spreadsheet).ToList();
            var allowConflicts = false;
            var languages = new List<string>();
            var texts = new List<string>();
            string? version = null;
            string? date = null;

            for (var i = 1; i < args.Length; i++)
            {
                var arg = args[i];
                string? Value()
                {
                    if (i + 1 >= args.Length || args[i + 1].StartsWith("-", StringComparison.Ordinal) && args[i + 1].Length > 1) return null;
                    return args[++i];
                }
                switch (arg)
                {
                    case "--help": case "-h": case "-?":
                        help = true;
                        error = null;
                        return true;
                    case "--output": case "-o":
                        output = Value();
                        if (output is null || output.Trim().Length == 0) { error = arg + " needs a directory."; return false; }
                        break;
                    case "--name": case "-n":
                        var n = Value();
                        if (n is null || !IsFileName(n)) { error = arg + " needs a file name prefix without path separators (e.g. 'Klivar')."; return false; }
                        name = n;
                        break;
                    case "--formats": case "-f":
                        var list = Value();
                        if (list is null) { error = arg + " needs a list: json;md;csv;notice;xlsx."; return false; }
                        formats.Clear();
                        foreach (var raw in list.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            var format = raw.Trim().ToLowerInvariant();
                            if (format.Length == 0) continue;
                            if (!known.Contains(format)) { error = "unknown format '" + raw.Trim() + "': use json, md, csv, notice or xlsx."; return false; }
                            formats.Add(format);
                        }
                        if (formats.Count == 0) { error = arg + " names no format: use json, md, csv, notice or xlsx."; return false; }
                        break;
                    case "--allow-conflicts":
                        allowConflicts = true;
                        break;
                    case "--languages": case "-l":
                        var langs = Value();
                        if (langs is null) { error = arg + " needs a list: en, fr or en;fr."; return false; }
                        foreach (var raw in langs.Split(new[] { ';', ',' }, StringSplitOptions.RemoveEmptyEntries))
                        {
                            var language = raw.Trim().ToLowerInvariant();
                            if (language.Length == 0) continue;
                            if (Lexicon.For(language) is null) { error = "unknown language '" + raw.Trim() + "': use en, fr or both (en;fr)."; return false; }
                            if (!languages.Contains(language)) languages.Add(language);
                        }
                        break;
                    case "--texts":
                        var file = Value();
                        if (file is null) { error = arg + " needs a texts file (<Assembly>.privacy-texts.fr.json)."; return false; }
                        texts.Add(file);
                        break;
                    case "--version":
                        version = Value();
                        if (version is null || version.Trim().Length == 0) { error = arg + " needs the merged register's version (e.g. 2026.2)."; return false; }
                        break;
                    case "--date":
                        date = Value();
                        if (date is null || !System.DateTime.TryParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _))
                        { error = arg + " needs a date written yyyy-MM-dd (e.g. 2026-12-07)."; return false; }
                        break;
                    default:
                        if (arg.StartsWith("-", StringComparison.Ordinal) && arg.Length > 1) { error = "unknown option '" + arg + "'."; return false; }
                        inputs.Add(arg);
                        break;
                }
            }

            if (inputs.Count == 0) { error = "give at least one register file (<Assembly>.privacy-register.json)."; return false; }
            if (output is null) { error = "--output <dir> is required."; return false; }
            if (languages.Count == 0) languages.Add("en");
            options = new MergeOptions(inputs, output, name, formats, allowConflicts, languages, texts, version, date);
            error = null;
            return true;
        }

        private static bool IsFileName(string name) =>
            name.Trim().Length > 0 && name != "." && name != ".." && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 &&
            name.IndexOf('/') < 0 && name.IndexOf('\\') < 0;

        private static bool IsHelp(string arg) => arg == "--help" || arg == "-h" || arg == "-?" || arg == "help";

        private static int Fail(TextWriter stderr, string message)
        {
            stderr.WriteLine("klivar-privacy: " + message);
            stderr.WriteLine("Run 'klivar-privacy --help' for usage.");
            return UsageError;
        }
    }

    internal sealed class MergeOptions
    {
        public MergeOptions(IReadOnlyList<string> inputs, string outputDirectory, string name, ISet<string> formats, bool allowConflicts,
            IReadOnlyList<string>? languages = null, IReadOnlyList<string>? texts = null, string? version = null, string? date = null)
        {
            Languages = languages ?? new[] { "en" };
            Texts = texts ?? Array.Empty<string>();
            Version = version;
            Date = date;
            Inputs = inputs;
            OutputDirectory = outputDirectory;
            Name = name;
            Formats = formats;
            AllowConflicts = allowConflicts;
        }

        public IReadOnlyList<string> Inputs { get; }
        public string OutputDirectory { get; }
        public string Name { get; }
        public ISet<string> Formats { get; }
        public bool AllowConflicts { get; }
        public IReadOnlyList<string> Languages { get; }
        public IReadOnlyList<string> Texts { get; }
        public string? Version { get; }
        public string? Date { get; }
    }
}
