using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// What a retention rule must say beyond its periods, checked where the rule is written (a <c>[PersonalData]</c> or a
    /// <c>[ProcessingActivity]</c>): KPA0037, an archive phase that states no ground for keeping the data once its purpose
    /// is over; KPA0038, a rule of a consent-based purpose that does not end when consent is withdrawn. A rule that does
    /// not parse is KPA0003's.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetentionGroundAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The event a consent-based rule ends on.</summary>
        public const string ConsentWithdrawn = "consent-withdrawn";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.ArchiveWithoutGround, Rules.ConsentRetentionWithoutWithdrawal);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;
                var assembly = AnnotationReader.ReadAssembly(start.Compilation.Assembly);
                var consentPurposes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var activity in assembly.Activities)
                {
                    if (activity.Basis == (int)LegalBasis.Consent) consentPurposes.Add(activity.PurposeId);
                }
                var diagnostics = CheckActivities(start.Compilation.Assembly, start.CancellationToken);
                // Assembly-level findings go out with the semantic diagnostics of the file that holds them, so an edit
                // in any file refreshes them (as DeclarationAnalyzer does).
                start.RegisterSemanticModelAction(model =>
                {
                    foreach (var diagnostic in diagnostics)
                    {
                        if (diagnostic.Location.SourceTree == model.SemanticModel.SyntaxTree) model.ReportDiagnostic(diagnostic);
                    }
                });
                start.RegisterSymbolAction(symbolContext => CheckAnnotations(symbolContext, symbolContext.Symbol, consentPurposes),
                    SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field);
                start.RegisterSymbolAction(symbolContext =>
                {
                    foreach (var parameter in ((IMethodSymbol)symbolContext.Symbol).Parameters) CheckAnnotations(symbolContext, parameter, consentPurposes);
                }, SymbolKind.Method);
            });
        }

        private static ImmutableArray<Diagnostic> CheckActivities(IAssemblySymbol assembly, System.Threading.CancellationToken cancellationToken)
        {
            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var attribute in assembly.GetAttributes())
            {
                if (!AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute) || AnnotationReader.ReadActivity(attribute) is not { } activity) continue;
                if (activity.Retention is null) continue;
                var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                if (syntax is null) continue;
                Check(activity.Retention, AttributeLocations.Named(syntax, "Retention"), syntax,
                    activity.Basis == (int)LegalBasis.Consent ? activity.PurposeId : null, diagnostics.Add);
            }
            return diagnostics.ToImmutable();
        }

        private static void CheckAnnotations(SymbolAnalysisContext context, ISymbol symbol, HashSet<string> consentPurposes)
        {
            if (symbol.IsImplicitlyDeclared && symbol is not IParameterSymbol) return;
            foreach (var attribute in symbol.GetAttributes())
            {
                if (!AnnotationReader.IsPersonalData(attribute) || AnnotationReader.ReadPersonalData(attribute) is not { } model) continue;
                if (model.Retention is null) continue; // the type's or the activity's rule applies: checked where it is written
                string? consentPurpose = null;
                foreach (var purposeId in model.PurposeIds)
                {
                    if (consentPurposes.Contains(purposeId)) { consentPurpose = purposeId; break; }
                }
                var syntax = AttributeLocations.Syntax(attribute, context.CancellationToken);
                Check(model.Retention, AttributeLocations.Named(syntax, "Retention"), syntax, consentPurpose, context.ReportDiagnostic, symbol);
            }
        }

        private static void Check(string text, ExpressionSyntax? argument, AttributeSyntax? syntax, string? consentPurpose, Action<Diagnostic> report, ISymbol? symbol = null)
        {
            if (!RetentionPolicy.TryParse(text, out var policy) || policy is null) return; // KPA0003
            var location = AttributeLocations.Best(argument, syntax, symbol);
            if (policy.ArchivePeriod is { } archive && policy.ArchiveGround == ArchiveGround.None)
                report(Diagnostic.Create(Rules.ArchiveWithoutGround, location, text, archive.Describe()));
            if (consentPurpose is not null && policy.EndingEvent != ConsentWithdrawn)
            {
                // The fix appends "unless consent-withdrawn"; a rule that already ends on another event has no room for it.
                var properties = policy.EndingEvent is null
                    ? ImmutableDictionary<string, string?>.Empty.Add(FixedTextProperty, text.TrimEnd() + " unless " + ConsentWithdrawn)
                    : ImmutableDictionary<string, string?>.Empty;
                report(Diagnostic.Create(Rules.ConsentRetentionWithoutWithdrawal, location, properties, text, consentPurpose));
            }
        }

        /// <summary>The diagnostic property that holds the rule's text ending on withdrawal, for the code fix.</summary>
        public const string FixedTextProperty = "FixedText";
    }
}
