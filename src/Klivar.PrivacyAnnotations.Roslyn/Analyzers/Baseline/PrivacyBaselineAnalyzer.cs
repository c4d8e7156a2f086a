using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.Baseline
{
    /// <summary>
    /// The privacy baseline's own checks, once per compilation, each on the line of the file it is about: KPA0031 for a
    /// line that cannot be read, KPA0030 for an entry of this assembly whose member has since been declared or no
    /// longer exists, so the file only shrinks. Entries of other assemblies (one file shared by a solution) are theirs.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PrivacyBaselineAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.StaleBaselineEntry, Rules.UnreadableBaseline);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationAction(Analyze);
        }

        private static void Analyze(CompilationAnalysisContext context)
        {
            var files = BaselineFile.Find(context.Options);
            if (files.IsEmpty) return;
            // Whether a member is declared does not depend on the project's KPA0001 options.
            var classifier = NameClassifier.Default;
            var assemblyName = context.Compilation.AssemblyName ?? "";

            foreach (var file in files)
            {
                if (file.GetText(context.CancellationToken) is not { } text) continue;
                var baseline = PrivacyBaseline.Parse(text.ToString());
                foreach (var error in baseline.Errors)
                {
                    context.ReportDiagnostic(Diagnostic.Create(Rules.UnreadableBaseline, LineLocation(file, text, error.Line),
                        PolicyFile.Name(file.Path), error.Line + 1, error.Message));
                }
                foreach (var entry in baseline.Entries)
                {
                    if (entry.Assembly != assemblyName) continue;
                    if (WhyStale(context.Compilation, entry, classifier) is { } why)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rules.StaleBaselineEntry, LineLocation(file, text, entry.Line),
                            PrivacyBaseline.DisplayType(entry.Type), entry.Member, why));
                    }
                }
            }
        }

        /// <summary>Why the entry no longer accepts anything, or null while its member is still undeclared.</summary>
        private static string? WhyStale(Compilation compilation, BaselineEntry entry, NameClassifier classifier)
        {
            var type = compilation.Assembly.GetTypeByMetadataName(entry.Type);
            if (type is null) return "no longer exists (no type '" + PrivacyBaseline.DisplayType(entry.Type) + "' in this assembly)";
            ISymbol? member = null;
            foreach (var candidate in type.GetMembers(entry.Member))
            {
                if (candidate is IPropertySymbol or IFieldSymbol) { member = candidate; break; }
            }
            if (member is null) return "no longer exists (no property or field of that name)";
            // A person link (KPA0012) is also declared by [DataSubjectKey], as the rule itself reads it.
            var declared = UndeclaredPersonalDataAnalyzer.IsDeclared(member, classifier) || (entry.Rule == "KPA0012" && AnnotationReader.IsSubjectKey(member));
            return declared ? "is now declared" : null;
        }

        private static Location LineLocation(AdditionalText file, SourceText text, int line)
        {
            if (line < 0 || line >= text.Lines.Count) return Location.None;
            var span = text.Lines[line].Span;
            return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
        }
    }
}
