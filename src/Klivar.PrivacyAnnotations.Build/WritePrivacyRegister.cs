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
    /// unchanged build keeps its timestamps and nothing downstream rebuilds.
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

        /// <summary>Which files to write: any of <c>json</c>, <c>md</c>, <c>csv</c>, <c>notice</c>.</summary>
        public string[] Formats { get; set; } = new[] { "json", "md", "csv", "notice" };

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
            foreach (var (format, suffix, render) in Renderings(json, register))
            {
                if (!Wants(format)) continue;
                var path = Path.Combine(OutputDirectory, AssemblyName + suffix);
                if (!WriteIfChanged(path, render())) return false;
                written.Add(new TaskItem(path));
            }
            foreach (var format in Formats)
            {
                if (!IsKnown(format.Trim()))
                    Log.LogWarning(null, "KPA1004", null, null, 0, 0, 0, 0, "Unknown privacy register format '{0}' in PrivacyRegisterFormats: use json, md, csv or notice.", format);
            }
            Files = written.ToArray();
            return !Log.HasLoggedErrors;
        }

        private static IEnumerable<(string Format, string Suffix, Func<string> Render)> Renderings(string json, ProcessingRegister register)
        {
            yield return ("json", ".privacy-register.json", () => json);
            yield return ("md", ".privacy-register.md", () => RegisterMarkdown.Write(register));
            yield return ("csv", ".privacy-register.csv", () => RegisterCsv.Write(register));
            yield return ("notice", ".privacy-notice.md", () => PrivacyNotice.Write(register));
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
