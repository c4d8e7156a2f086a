using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.Baseline
{
    /// <summary>
    /// Suppresses KPA0001 and KPA0012 on the members the privacy baseline accepts (docs/adoption.md): those findings
    /// existed when the code base adopted the package, so they do not fail the build, whatever their severity or
    /// TreatWarningsAsErrors; any other member still does. The register lists the accepted members as points to confirm.
    /// A member is matched by assembly, type and name, never by line, and whichever of the two rules reports it.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PrivacyBaselineSuppressor : DiagnosticSuppressor
    {
        /// <summary>The suppression's id: what SARIF logs and the IDE show as the reason a finding is not reported.</summary>
        public const string SuppressionId = "KPA0032";

        private const string Justification =
            "Accepted by the privacy baseline (PrivacyBaselineFile): undeclared when the package was adopted, listed in the register as a point to confirm";

        internal static readonly SuppressionDescriptor UndeclaredPersonalData =
            new SuppressionDescriptor(SuppressionId, Rules.UndeclaredPersonalData.Id, Justification);

        internal static readonly SuppressionDescriptor PersonalDataLink =
            new SuppressionDescriptor(SuppressionId, Rules.PersonalDataLinkNotDeclared.Id, Justification);

        /// <inheritdoc />
        public override ImmutableArray<SuppressionDescriptor> SupportedSuppressions { get; } = ImmutableArray.Create(UndeclaredPersonalData, PersonalDataLink);

        /// <inheritdoc />
        public override void ReportSuppressions(SuppressionAnalysisContext context)
        {
            var baseline = BaselineFile.Read(context.Options, context.CancellationToken);
            if (baseline is null || baseline.Entries.Count == 0) return;
            var assembly = context.Compilation.AssemblyName ?? "";

            foreach (var diagnostic in context.ReportedDiagnostics)
            {
                var descriptor = diagnostic.Id == UndeclaredPersonalData.SuppressedDiagnosticId ? UndeclaredPersonalData
                    : diagnostic.Id == PersonalDataLink.SuppressedDiagnosticId ? PersonalDataLink
                    : null;
                if (descriptor is null || diagnostic.Location.SourceTree is not { } tree) continue;
                var member = BaselineFile.MemberAt(diagnostic.Location, context.GetSemanticModel(tree), context.CancellationToken);
                if (member is { } key && baseline.Contains(assembly, key.Type, key.Member))
                    context.ReportSuppression(Suppression.Create(descriptor, diagnostic));
            }
        }
    }
}
