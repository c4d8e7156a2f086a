extern alias roslyn;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using roslyn::Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>One member KPA0001 or KPA0012 reports: where, which rule, and the category the rule proposes.</summary>
    internal sealed class Finding
    {
        public Finding(string assembly, string type, string member, string rule, string category, string file, int line, Diagnostic diagnostic)
        {
            Assembly = assembly;
            Type = type;
            Member = member;
            Rule = rule;
            Category = category;
            File = file;
            Line = line;
            Diagnostic = diagnostic;
        }

        public string Assembly { get; }
        /// <summary>The type's metadata name, as the baseline keys it.</summary>
        public string Type { get; }
        public string Member { get; }
        public string Rule { get; }
        public string Category { get; }
        public string File { get; }
        /// <summary>One-based line.</summary>
        public int Line { get; }
        public Diagnostic Diagnostic { get; }

        public BaselineEntry ToEntry() => new BaselineEntry(Assembly, Type, Member, Rule, Category);
    }

    /// <summary>
    /// The package's own KPA0001/KPA0012 analyzer run on a compilation, with the project's options (.editorconfig
    /// severities and KPA0001 keys): the findings a build would report, before any baseline.
    /// </summary>
    internal static class Findings
    {
        public const string RuntimeAttribute = "Klivar.PrivacyAnnotations.PersonalDataAttribute";

        /// <summary>Whether the compilation references the package's runtime library (without it the rules say nothing).</summary>
        public static bool ReferencesPackage(Compilation compilation) => !compilation.GetTypesByMetadataName(RuntimeAttribute).IsEmpty; // also when two references define it

        public static async Task<List<Finding>> OfAsync(Compilation compilation, AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UndeclaredPersonalDataAnalyzer());
            var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync(cancellationToken).ConfigureAwait(false);
            var assembly = compilation.AssemblyName ?? "";
            var findings = new List<Finding>();
            foreach (var diagnostic in diagnostics)
            {
                if (diagnostic.Id is not ("KPA0001" or "KPA0012") || diagnostic.Location.SourceTree is not { } tree) continue;
                if (BaselineFile.MemberAt(diagnostic.Location, compilation.GetSemanticModel(tree), cancellationToken) is not { } member) continue;
                var category = diagnostic.Properties.TryGetValue(UndeclaredPersonalDataAnalyzer.CategoryProperty, out var c) && c is not null ? c : "Identification";
                var line = diagnostic.Location.GetLineSpan();
                findings.Add(new Finding(assembly, member.Type, member.Member, diagnostic.Id, category, line.Path, line.StartLinePosition.Line + 1, diagnostic));
            }
            findings.Sort((a, b) => PrivacyBaseline.Comparer.Compare(a.ToEntry(), b.ToEntry()));
            return findings;
        }

        /// <summary>Counts by category, largest first, for the summaries: "Contact 12, Identification 40".</summary>
        public static string ByCategory(IEnumerable<string> categories) =>
            string.Join(", ", categories.GroupBy(c => c, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key + " " + g.Count()));
    }
}
