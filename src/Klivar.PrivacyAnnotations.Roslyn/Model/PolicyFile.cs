using System;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Which AdditionalFiles item is the DPO policy: the one the package's targets mark from <c>PrivacyPolicyFile</c>
    /// (metadata <c>KlivarPrivacyPolicy=true</c>), or a file named <c>privacy-policy.json</c> or <c>*.privacy-policy.json</c>.
    /// Shared by the generator (which stamps the policy's hash and version into the register) and the analyzers (which
    /// enforce it), so both always read the same file.
    /// </summary>
    internal static class PolicyFile
    {
        public const string MetadataKey = "build_metadata.AdditionalFiles.KlivarPrivacyPolicy";
        public const string FileName = "privacy-policy.json";

        public static bool IsPolicy(AdditionalText file, AnalyzerConfigOptions options)
        {
            if (options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return true;
            var name = Name(file.Path);
            return string.Equals(name, FileName, StringComparison.OrdinalIgnoreCase) ||
                   name.EndsWith("." + FileName, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>What the register records of the policy; null when the file cannot be read (the analyzers report it).</summary>
        public static PolicyStamp? Stamp(AdditionalText file, CancellationToken cancellationToken)
        {
            var text = file.GetText(cancellationToken)?.ToString();
            if (text is null) return null;
            var read = PrivacyPolicyReader.Read(text);
            return new PolicyStamp(Name(file.Path), read.Policy?.Version, PrivacyPolicy.ComputeHash(text));
        }

        /// <summary>The file name after the last separator of either kind: the register is the same whichever OS built it.</summary>
        public static string Name(string path) => path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
    }

    /// <summary>The policy as the register records it: file name (no folder, so every machine writes the same register), version, hash.</summary>
    internal sealed record PolicyStamp(string File, string? Version, string Hash);
}
