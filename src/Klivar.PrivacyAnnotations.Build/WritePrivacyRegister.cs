using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Klivar.PrivacyAnnotations.Build
{
    /// <summary>
    /// Writes the register files beside the build output: <c>&lt;AssemblyName&gt;.privacy-register.json</c>,
    /// <c>.md</c>, <c>.csv</c>, and the privacy notice. A file whose content has not changed is left untouched, so an
    /// unchanged build keeps its timestamps and nothing downstream rebuilds. With <see cref="Check"/>, it writes nothing
    /// and instead fails (KPA1007) when the files already in <see cref="OutputDirectory"/> (the register kept in the
    /// repository) differ from what the code produces, naming the file and the first difference.
    /// </summary>
    public sealed class WritePrivacyRegister : Task
    {
        /// <summary>The compiled assembly (the intermediate one, in obj/).</summary>
        [Required]
        public string AssemblyPath { get; set; } = "";

        /// <summary>The name the files take: <c>&lt;AssemblyName&gt;.privacy-register.json</c>...</summary>
        [Required]
        public string AssemblyName { get; set; } = "";

        /// <summary>Where the files go.</summary>
        [Required]
        public string OutputDirectory { get; set; } = "";

        /// <summary>Compare with the files in <see cref="OutputDirectory"/> instead of writing them (<c>PrivacyRegisterCheck</c>).</summary>
        public bool Check { get; set; }

        /// <summary>False for the repository copy: the beside-output run has already warned about each missing translation (KPA1006).</summary>
        public bool ReportMissingTranslations { get; set; } = true;

        /// <summary>Which files to write: any of <c>json</c>, <c>md</c>, <c>csv</c>, <c>notice</c>.</summary>
        public string[] Formats { get; set; } = new[] { "json", "md", "csv", "notice" };

        /// <summary>
        /// The languages to write the Markdown, CSV and notice in: <c>en</c> (default), <c>fr</c>, or both
        /// (<c>en;fr</c>). English files have no language in their name; others carry it (<c>.privacy-notice.fr.md</c>).
        /// </summary>
        public string[] Languages { get; set; } = new[] { "en" };

        /// <summary>
        /// Candidate texts files (the project's <c>AdditionalFiles</c>): those named <c>*.privacy-texts.&lt;language&gt;.json</c>
        /// give the team's texts in that language.
        /// </summary>
        public ITaskItem[] TextsFiles { get; set; } = Array.Empty<ITaskItem>();

        /// <summary>The assembly carries a register (false: no annotations, nothing written).</summary>
        [Output]
        public bool HasRegister { get; private set; }

        /// <summary>The files written or already up to date, for FileWrites and for <c>dotnet clean</c>.</summary>
        [Output]
        public ITaskItem[] Files { get; private set; } = Array.Empty<ITaskItem>();

        /// <inheritdoc />
        public override bool Execute()
        {
            string? json;
            try
            {
                json = RegisterMetadataReader.ReadJson(AssemblyPath);
            }
            catch (FormatException e)
            {
                Log.LogError(null, "KPA1002", null, AssemblyPath, 0, 0, 0, 0, "The privacy register in '{0}' is not valid: {1}", AssemblyPath, e.Message);
                return false;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is BadImageFormatException || e is InvalidOperationException)
            {
                Log.LogError(null, "KPA1001", null, AssemblyPath, 0, 0, 0, 0, "Cannot read the privacy register from '{0}': {1}", AssemblyPath, e.Message);
                return false;
            }
            if (json is null)
            {
                Log.LogMessage(MessageImportance.Low, "'{0}' carries no privacy register (no annotations): no register files written.", AssemblyPath);
                return true;
            }

            HasRegister = true;
            ProcessingRegister register;
            try
            {
                register = RegisterJson.Read(json);
            }
            catch (FormatException e)
            {
                Log.LogError(null, "KPA1002", null, AssemblyPath, 0, 0, 0, 0, "The privacy register in '{0}' is not valid: {1}", AssemblyPath, e.Message);
                return false;
            }

            var written = new List<ITaskItem>();
            foreach (var language in DistinctLanguages())
            {
                var lexicon = Lexicon.For(language);
                if (lexicon is null)
                {
                    Log.LogWarning(null, "KPA1006", null, null, 0, 0, 0, 0,
                        "Unknown language '{0}' in PrivacyRegisterLanguages: use en, fr, or both (en;fr). No register files written in it.", language);
                    continue;
                }
                if (!TryReadTexts(lexicon, out var texts)) return false;
                var missing = new List<string>();
                var translated = RegisterTranslation.Translate(register, lexicon, texts, missing);
                foreach (var text in ReportMissingTranslations ? missing : new List<string>())
                    Log.LogWarning(null, "KPA1006", null, null, 0, 0, 0, 0,
                        "No {0} translation of \"{1}\": the {0} register files show it marked as untranslated. Add it to a *.privacy-texts.{2}.json texts file (AdditionalFiles).",
                        LanguageName(lexicon), text, lexicon.Language);
                var suffix = lexicon.IsFrench ? "." + lexicon.Language : "";
                var translatedJson = ReferenceEquals(translated, register) ? json : RegisterJson.Write(translated);
                foreach (var (format, name, render) in Renderings(translatedJson, translated, lexicon, suffix))
                {
                    if (!Wants(format)) continue;
                    var path = Path.Combine(OutputDirectory, AssemblyName + name);
                    if (Check)
                    {
                        CheckCommitted(path, render());
                        continue;
                    }
                    if (!WriteIfChanged(path, render())) return false;
                    written.Add(new TaskItem(path));
                    if (format == "notice" && !RemoveOtherNotice(Path.Combine(OutputDirectory, AssemblyName + PrivacyNotice.FileSuffix(!PrivacyNotice.IsDraft(translated), lexicon))))
                        return false;
                }
            }
            foreach (var format in Formats)
            {
                if (!IsKnown(format.Trim()))
                    Log.LogWarning(null, "KPA1004", null, null, 0, 0, 0, 0, "Unknown privacy register format '{0}' in PrivacyRegisterFormats: use json, md, csv or notice.", format);
            }
            Files = written.ToArray();
            return !Log.HasLoggedErrors;
        }

        /// <summary>
        /// The notice under its other name (the draft once it is published, or the reverse when a point reopens) is
        /// deleted: a stale notice must never sit beside the current one, least of all a published one beside a draft.
        /// </summary>
        private bool RemoveOtherNotice(string path)
        {
            try
            {
                if (File.Exists(path)) File.Delete(path);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
            {
                Log.LogError(null, "KPA1003", null, path, 0, 0, 0, 0, "Cannot remove the outdated privacy notice '{0}': {1}", path, e.Message);
                return false;
            }
        }

        private static IEnumerable<(string Format, string Name, Func<string> Render)> Renderings(string json, ProcessingRegister register, Lexicon lexicon, string suffix)
        {
            yield return ("json", ".privacy-register" + suffix + ".json", () => json);
            yield return ("md", ".privacy-register" + suffix + ".md", () => RegisterMarkdown.Write(register, lexicon));
            yield return ("csv", ".privacy-register" + suffix + ".csv", () => RegisterCsv.Write(register, lexicon));
            // A draft while points remain to confirm, and named so: never under the name of the notice to publish.
            yield return ("notice", PrivacyNotice.FileSuffix(register, lexicon), () => PrivacyNotice.Write(register, lexicon));
        }

        private List<string> DistinctLanguages()
        {
            var result = new List<string>();
            foreach (var language in Languages)
            {
                var normalized = language.Trim().ToLowerInvariant();
                if (normalized.Length > 0 && !result.Contains(normalized)) result.Add(normalized);
            }
            if (result.Count == 0) result.Add("en");
            return result;
        }

        private static string LanguageName(Lexicon lexicon) => lexicon.IsFrench ? "French" : "English";

        /// <summary>The texts of a language from the files named <c>*.privacy-texts.&lt;language&gt;.json</c>; English needs none.</summary>
        private bool TryReadTexts(Lexicon lexicon, out RegisterTexts texts)
        {
            texts = RegisterTexts.Empty;
            if (!lexicon.IsFrench) return true;
            var ending = ".privacy-texts." + lexicon.Language + ".json";
            var found = false;
            foreach (var item in TextsFiles)
            {
                var path = item.GetMetadata("FullPath");
                if (string.IsNullOrEmpty(path)) path = item.ItemSpec;
                if (!path.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && !Path.GetFileName(path).Equals(ending.Substring(1), StringComparison.OrdinalIgnoreCase)) continue;
                if (found)
                {
                    Log.LogWarning(null, "KPA1006", null, path, 0, 0, 0, 0, "More than one {0} texts file: '{1}' is ignored; keep one *.privacy-texts.{2}.json per project.",
                        LanguageName(lexicon), path, lexicon.Language);
                    continue;
                }
                try
                {
                    texts = RegisterTexts.Parse(File.ReadAllText(path));
                    found = true;
                }
                catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is FormatException)
                {
                    Log.LogError(null, "KPA1006", null, path, 0, 0, 0, 0, "Cannot read the privacy texts file '{0}': {1}", path, e.Message);
                    return false;
                }
            }
            return true;
        }

        private bool Wants(string format)
        {
            foreach (var wanted in Formats)
            {
                if (string.Equals(wanted.Trim(), format, StringComparison.OrdinalIgnoreCase)) return true;
            }
            return false;
        }

        private static bool IsKnown(string format) =>
            format.Length == 0 || format.Equals("json", StringComparison.OrdinalIgnoreCase) || format.Equals("md", StringComparison.OrdinalIgnoreCase) ||
            format.Equals("csv", StringComparison.OrdinalIgnoreCase) || format.Equals("notice", StringComparison.OrdinalIgnoreCase);

        /// <summary>
        /// KPA1005 when the committed file is missing or differs from the built one. Line ends are compared as
        /// <c>\n</c> and a byte-order mark (the CSV files start with one) is not a line: a Windows checkout
        /// (core.autocrlf) of an up-to-date register, or an editor that drops the mark, is not stale.
        /// </summary>
        private void CheckCommitted(string path, string content)
        {
            var full = FullPath(path);
            string committed;
            try
            {
                if (!File.Exists(path))
                {
                    Log.LogError(null, "KPA1007", null, full, 0, 0, 0, 0,
                        "The privacy register file '{0}' is missing from the repository: build without PrivacyRegisterCheck to write it, and commit it.", full);
                    return;
                }
                committed = File.ReadAllText(path);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                Log.LogError(null, "KPA1007", null, full, 0, 0, 0, 0, "The privacy register file '{0}' cannot be read: {1}", full, e.Message);
                return;
            }
            var expected = content.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
            var actual = committed.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
            for (var i = 0; i < Math.Max(expected.Length, actual.Length); i++)
            {
                var built = i < expected.Length ? expected[i] : null;
                var found = i < actual.Length ? actual[i] : null;
                if (string.Equals(built, found, StringComparison.Ordinal)) continue;
                Log.LogError(null, "KPA1007", null, full, i + 1, 0, 0, 0,
                    "The privacy register file '{0}' is stale: line {1} is {2} in the repository but {3} in what the code produces. Build without PrivacyRegisterCheck to update it, review the change and commit it.",
                    full, i + 1, Shown(found), Shown(built));
                return;
            }
            Log.LogMessage(MessageImportance.Normal, "Privacy register file '{0}' is up to date.", full);
        }

        private static string Shown(string? line) =>
            line is null ? "past the end of the file" : "'" + (line.Length > 160 ? line.Substring(0, 160) + "..." : line) + "'";

        private bool WriteIfChanged(string path, string content)
        {
            var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(content);
            try
            {
                if (File.Exists(path) && ContentEquals(path, bytes))
                {
                    Log.LogMessage(MessageImportance.Low, "Privacy register file '{0}' is up to date.", path);
                    return true;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                File.WriteAllBytes(path, bytes);
                Log.LogMessage(MessageImportance.Normal, "Privacy register written: {0}", path);
                return true;
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is NotSupportedException || e is ArgumentException)
            {
                // The full path: OutDir is relative ("bin/Debug/net8.0/"), and the error must say which file, wherever it is read.
                Log.LogError(null, "KPA1003", null, null, 0, 0, 0, 0, "Cannot write the privacy register file '{0}': {1}", FullPath(path), e.Message);
                return false;
            }
        }

        private static string FullPath(string path)
        {
            try
            {
                return Path.GetFullPath(path);
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException || e is System.Security.SecurityException)
            {
                return path;
            }
        }

        private static bool ContentEquals(string path, byte[] bytes)
        {
            var info = new FileInfo(path);
            if (info.Length != bytes.Length) return false;
            var existing = File.ReadAllBytes(path);
            for (var i = 0; i < bytes.Length; i++)
            {
                if (existing[i] != bytes[i]) return false;
            }
            return true;
        }
    }
}
