using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Checks what the annotations declare against each other: purposes without an activity (KPA0002), unreadable or
    /// missing retention (KPA0003, KPA0004), special categories without an Art. 9 condition (KPA0005), transfers
    /// (KPA0006), unstated legitimate interests (KPA0007), a missing controller (KPA0010), a member marked both ways
    /// (KPA0011), a purpose declared twice (KPA0019), values outside the vocabulary (KPA0020) and malformed purpose ids
    /// (KPA0021).
    /// Everything is read through <see cref="AnnotationReader"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class DeclarationAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Rules.PurposeWithoutLegalBasis,
            Rules.UnreadableRetention,
            Rules.MissingRetention,
            Rules.SpecialCategoryWithoutCondition,
            Rules.UnsafeTransfer,
            Rules.LegitimateInterestNotStated,
            Rules.MissingController,
            Rules.ContradictoryMarks,
            Rules.DeclarationToConfirm,
            Rules.SensitiveDataWithoutDpiaStatus,
            Rules.DuplicateActivity,
            Rules.UndefinedEnumValue,
            Rules.InvalidPurposeId);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Without the runtime library there is nothing to check, and nothing to pay for.
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;

                var analysis = new CompilationAnalysis(start.Compilation, start.CancellationToken);
                start.RegisterSymbolAction(analysis.AnalyzeType, SymbolKind.NamedType);
                start.RegisterSymbolAction(analysis.AnalyzeMember, SymbolKind.Property, SymbolKind.Field);
                start.RegisterSymbolAction(analysis.AnalyzeMethod, SymbolKind.Method);
                // A semantic-model action, not a syntax-tree one: a duplicate purpose or a transfer's undeclared purpose
                // depends on other files, and the IDE re-runs syntax-tree actions only for the document edited.
                start.RegisterSemanticModelAction(analysis.ReportAssemblyDiagnostics);
                if (analysis.MissesController) start.RegisterCompilationEndAction(analysis.ReportMissingController);
            });
        }

        private sealed class CompilationAnalysis
        {
            private readonly AssemblyModel _assembly;
            private readonly HashSet<string> _declaredPurposes = new HashSet<string>(StringComparer.Ordinal);
            private readonly ImmutableArray<Diagnostic> _assemblyDiagnostics;
            private readonly Location? _firstDeclaration;
            private readonly object _gate = new object();
            private Location? _firstAnnotation;

            public CompilationAnalysis(Compilation compilation, CancellationToken cancellationToken)
            {
                _assembly = AnnotationReader.ReadAssembly(compilation.Assembly);
                foreach (var activity in _assembly.Activities) _declaredPurposes.Add(activity.PurposeId);
                var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
                _firstDeclaration = CheckAssembly(compilation.Assembly, diagnostics, cancellationToken);
                _assemblyDiagnostics = diagnostics.ToImmutable();
                MissesController = _assembly.Controller is null;
            }

            public bool MissesController { get; }

            /// <summary>
            /// Assembly-level diagnostics are computed once per compilation and reported with the semantic diagnostics of
            /// the tree that holds them, so an edit in any file refreshes them.
            /// </summary>
            public void ReportAssemblyDiagnostics(SemanticModelAnalysisContext context)
            {
                var tree = context.SemanticModel.SyntaxTree;
                foreach (var diagnostic in _assemblyDiagnostics)
                {
                    if (diagnostic.Location.SourceTree == tree) context.ReportDiagnostic(diagnostic);
                }
            }

            /// <summary>
            /// KPA0010 once per assembly, on the first assembly-level declaration (where [assembly: DataController]
            /// belongs), else on the first [PersonalData] in file-path order; nothing when nothing is annotated.
            /// </summary>
            public void ReportMissingController(CompilationAnalysisContext context)
            {
                Location? location;
                lock (_gate) location = _firstDeclaration ?? _firstAnnotation;
                if (location is null) return;
                context.ReportDiagnostic(Diagnostic.Create(Rules.MissingController, location, _assembly.AssemblyName));
            }

            public void AnalyzeType(SymbolAnalysisContext context)
            {
                var type = (INamedTypeSymbol)context.Symbol;
                var typeAnnotations = AnnotationReader.ReadPersonalDataList(type);
                var coversMembers = typeAnnotations.Count > 0 && CoversMembers(type, typeAnnotations);
                AnalyzeSymbol(context, type, typeAnnotations, isTypeLevel: true, coversMembers);
            }

            public void AnalyzeMember(SymbolAnalysisContext context)
            {
                var member = context.Symbol;
                if (member.IsImplicitlyDeclared || member.ContainingType is null) return;
                AnalyzeSymbol(context, member, default, isTypeLevel: false, coversMembers: false);
            }

            public void AnalyzeMethod(SymbolAnalysisContext context)
            {
                var method = (IMethodSymbol)context.Symbol;
                if (method.Parameters.Length == 0) return;
                foreach (var parameter in method.Parameters)
                    AnalyzeSymbol(context, parameter, default, isTypeLevel: false, coversMembers: false);
            }

            /// <summary>How messages name a symbol: built only for symbols that carry an annotation (most carry none).</summary>
            private static string DisplayName(ISymbol symbol) => DisplayNames.Of(symbol);

            private void AnalyzeSymbol(SymbolAnalysisContext context, ISymbol symbol, EquatableArray<PersonalDataModel> typeAnnotationsIfType, bool isTypeLevel, bool coversMembers)
            {
                string? displayName = null;
                AttributeData? notPersonal = null;
                var hasPersonal = false;
                EquatableArray<PersonalDataModel>? typeAnnotations = isTypeLevel ? typeAnnotationsIfType : null;
                foreach (var attribute in symbol.GetAttributes())
                {
                    if (AnnotationReader.IsNotPersonalData(attribute))
                    {
                        notPersonal = attribute;
                        continue;
                    }
                    if (!AnnotationReader.IsPersonalData(attribute) || AnnotationReader.ReadPersonalData(attribute) is not { } model) continue;
                    hasPersonal = true;
                    var syntax = AttributeLocations.Syntax(attribute, context.CancellationToken);
                    RememberAnnotation(syntax);
                    typeAnnotations ??= symbol.ContainingType is { } containing ? AnnotationReader.ReadPersonalDataList(containing) : EquatableArray<PersonalDataModel>.Empty;
                    CheckPersonalData(context, symbol, displayName ??= DisplayName(symbol), model, syntax, typeAnnotations.Value, isTypeLevel, coversMembers);
                }

                if (hasPersonal && notPersonal is not null)
                {
                    var syntax = AttributeLocations.Syntax(notPersonal, context.CancellationToken);
                    context.ReportDiagnostic(Diagnostic.Create(Rules.ContradictoryMarks, AttributeLocations.Best(null, syntax, symbol),
                        displayName ??= DisplayName(symbol)));
                }
            }

            private static bool IsNeverStored(ISymbol symbol) =>
                (symbol as INamedTypeSymbol ?? symbol.ContainingType) is { } type && AnnotationReader.ReadNotStored(type) is not null;

            private void CheckPersonalData(SymbolAnalysisContext context, ISymbol symbol, string displayName, PersonalDataModel model, AttributeSyntax? syntax,
                EquatableArray<PersonalDataModel> typeAnnotations, bool isTypeLevel, bool coversMembers)
            {
                var categoryDefined = VocabularyValues.IsDefined((DataCategory)model.Category);
                if (!categoryDefined)
                    Report(context, Rules.UndefinedEnumValue, AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, symbol),
                        Undefined("DataCategory", model.Category, "'" + displayName + "'"));
                if (!VocabularyValues.IsDefined((RedactionKind)model.Redaction))
                    Report(context, Rules.UndefinedEnumValue, AttributeLocations.Best(AttributeLocations.Named(syntax, "Redaction"), syntax, symbol),
                        Undefined("RedactionKind", model.Redaction, "'" + displayName + "'"));

                var retentionReadable = CheckRetention(model.Retention, AttributeLocations.Named(syntax, "Retention"), syntax, symbol, d => context.ReportDiagnostic(d));
                ReportToConfirm(model.ToConfirm, "'" + displayName + "'", syntax, symbol, d => context.ReportDiagnostic(d));

                var seen = new HashSet<string>(StringComparer.Ordinal);
                for (var i = 0; i < model.PurposeIds.Count; i++)
                {
                    var purposeId = model.PurposeIds[i];
                    if (!seen.Add(purposeId)) continue;
                    var purposeSyntax = AttributeLocations.Positional(syntax, i + 1);
                    var location = AttributeLocations.Best(purposeSyntax, syntax, symbol);
                    if (!CheckPurposeId(purposeId, location, "'" + displayName + "'", d => context.ReportDiagnostic(d))) continue;
                    if (!_declaredPurposes.Contains(purposeId))
                    {
                        // The other rules about this purpose wait until it has an activity: fix KPA0002 first.
                        context.ReportDiagnostic(Diagnostic.Create(Rules.PurposeWithoutLegalBasis, location, PurposeProperties(purposeId), purposeId));
                        continue;
                    }

                    if (retentionReadable && (!isTypeLevel || coversMembers))
                    {
                        var retention = isTypeLevel
                            ? (string.IsNullOrWhiteSpace(model.Retention) ? RetentionResolver.ActivityRetention(purposeId, _assembly) : model.Retention)
                            : RetentionResolver.Resolve(model, purposeId, typeAnnotations, _assembly);
                        // A type never stored ([NotStored], a domain event) keeps nothing for a period: no retention to state.
                        if (string.IsNullOrWhiteSpace(retention) && !IsNeverStored(symbol))
                            Report(context, Rules.MissingRetention, AttributeLocations.Best(null, syntax, symbol), displayName, model.CategoryName, purposeId);
                    }

                    if (categoryDefined && IsSpecialOrCriminal(model.Category) && !HasSpecialCategoryCondition(purposeId))
                    {
                        var category = (DataCategory)model.Category;
                        Report(context, Rules.SpecialCategoryWithoutCondition, AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, symbol),
                            displayName, category.ToString(), DataCategoryFacts.Article(category) ?? "Art. 9", purposeId);
                    }

                    if (categoryDefined && DataCategoryFacts.IsSensitive((DataCategory)model.Category) && !StatesDpia(purposeId))
                        Report(context, Rules.SensitiveDataWithoutDpiaStatus, AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, symbol),
                            displayName, ((DataCategory)model.Category).ToString(), purposeId);
                }
            }

            private void RememberAnnotation(AttributeSyntax? syntax)
            {
                if (!MissesController || syntax is null) return;
                var location = syntax.GetLocation();
                lock (_gate)
                {
                    if (_firstAnnotation is null || ComesBefore(location, _firstAnnotation)) _firstAnnotation = location;
                }
            }

            private static bool ComesBefore(Location a, Location b)
            {
                var byPath = string.CompareOrdinal(a.SourceTree?.FilePath, b.SourceTree?.FilePath);
                return byPath != 0 ? byPath < 0 : a.SourceSpan.Start < b.SourceSpan.Start;
            }

            private bool StatesDpia(string purposeId)
            {
                foreach (var activity in _assembly.Activities)
                {
                    if (activity.PurposeId == purposeId && activity.Dpia != (int)DpiaStatus.NotStated) return true;
                }
                return false;
            }

            /// <summary>KPA0014 for a non-blank <c>ToConfirm</c> note, on the note itself.</summary>
            private static void ReportToConfirm(string? note, string what, AttributeSyntax? syntax, ISymbol? symbol, Action<Diagnostic> report)
            {
                if (string.IsNullOrWhiteSpace(note)) return;
                report(Diagnostic.Create(Rules.DeclarationToConfirm, AttributeLocations.Best(AttributeLocations.Named(syntax, "ToConfirm"), syntax, symbol),
                    char.ToUpperInvariant(what[0]) + what.Substring(1), note!.Trim()));
            }

            private bool HasSpecialCategoryCondition(string purposeId)
            {
                foreach (var activity in _assembly.Activities)
                {
                    if (activity.PurposeId == purposeId && activity.SpecialCategoryCondition != (int)SpecialCategoryCondition.None) return true;
                }
                return false;
            }

            /// <summary>Checks the assembly-level declarations; returns the first one's location (for KPA0010).</summary>
            private Location? CheckAssembly(IAssemblySymbol assembly, ImmutableArray<Diagnostic>.Builder diagnostics, CancellationToken cancellationToken)
            {
                Location? first = null;
                var firstActivityByPurpose = new Dictionary<string, ActivityModel>(StringComparer.Ordinal);
                foreach (var attribute in assembly.GetAttributes())
                {
                    if (AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute))
                    {
                        if (AnnotationReader.ReadActivity(attribute) is not { } activity) continue;
                        var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                        if (syntax is null) continue;
                        first ??= syntax.GetLocation();
                        CheckActivity(activity, syntax, firstActivityByPurpose, diagnostics);
                    }
                    else if (AnnotationReader.Is(attribute, KnownNames.InternationalTransferAttribute))
                    {
                        if (AnnotationReader.ReadTransfer(attribute) is not { } transfer) continue;
                        var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                        if (syntax is null) continue;
                        first ??= syntax.GetLocation();
                        CheckTransfer(transfer, syntax, diagnostics);
                    }
                    else if (AnnotationReader.Is(attribute, KnownNames.ProcessorAttribute))
                    {
                        if (AnnotationReader.ReadProcessor(attribute) is not { } processor) continue;
                        var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                        if (syntax is null) continue;
                        first ??= syntax.GetLocation();
                        CheckPurposeList(processor.PurposeIds, syntax, "the processor '" + processor.Name + "'", diagnostics);
                        ReportToConfirm(processor.ToConfirm, "the processor '" + processor.Name + "'", syntax, null, diagnostics.Add);
                    }
                    else if (AnnotationReader.Is(attribute, KnownNames.DataControllerAttribute))
                    {
                        if (AnnotationReader.ReadController(attribute) is not { } controller) continue;
                        var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                        if (syntax is null) continue;
                        first ??= syntax.GetLocation();
                        ReportToConfirm(controller.ToConfirm, "the data controller '" + controller.Name + "'", syntax, null, diagnostics.Add);
                    }
                }
                return first;
            }

            private void CheckActivity(ActivityModel activity, AttributeSyntax syntax, Dictionary<string, ActivityModel> firstActivityByPurpose, ImmutableArray<Diagnostic>.Builder diagnostics)
            {
                var what = "processing activity '" + activity.PurposeId + "'";
                var purposeLocation = AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, null);
                var purposeValid = CheckPurposeId(activity.PurposeId, purposeLocation, "the processing activity", diagnostics.Add);

                var basisLocation = AttributeLocations.Best(AttributeLocations.Positional(syntax, 1), syntax, null);
                if (!VocabularyValues.IsDefined((LegalBasis)activity.Basis))
                    diagnostics.Add(Diagnostic.Create(Rules.UndefinedEnumValue, basisLocation, Undefined("LegalBasis", activity.Basis, what)));

                if (!VocabularyValues.IsDefined((SpecialCategoryCondition)activity.SpecialCategoryCondition))
                    diagnostics.Add(Diagnostic.Create(Rules.UndefinedEnumValue,
                        AttributeLocations.Best(AttributeLocations.Named(syntax, "SpecialCategoryCondition"), syntax, null),
                        Undefined("SpecialCategoryCondition", activity.SpecialCategoryCondition, what)));

                CheckRetention(activity.Retention, AttributeLocations.Named(syntax, "Retention"), syntax, null, diagnostics.Add);
                ReportToConfirm(activity.ToConfirm, what, syntax, null, diagnostics.Add);

                if (activity.Basis == (int)LegalBasis.LegitimateInterests && string.IsNullOrWhiteSpace(activity.LegitimateInterest))
                    diagnostics.Add(Diagnostic.Create(Rules.LegitimateInterestNotStated, basisLocation, activity.PurposeId));

                if (purposeValid)
                {
                    if (firstActivityByPurpose.TryGetValue(activity.PurposeId, out var earlier))
                        diagnostics.Add(Diagnostic.Create(Rules.DuplicateActivity, syntax.GetLocation(), activity.PurposeId, NameOf.Basis(earlier.Basis)));
                    else
                        firstActivityByPurpose.Add(activity.PurposeId, activity);
                }
            }

            private void CheckTransfer(TransferModel transfer, AttributeSyntax syntax, ImmutableArray<Diagnostic>.Builder diagnostics)
            {
                var hasCountry = transfer.Country is not null;
                var countryLocation = AttributeLocations.Best(hasCountry ? AttributeLocations.Positional(syntax, 1) : null, syntax, null);
                var safeguardLocation = AttributeLocations.Best(AttributeLocations.Positional(syntax, hasCountry ? 2 : 1), syntax, null);
                var country = transfer.Country;
                if (country is null)
                {
                    // "Outside the EEA" without a country is allowed only as an open point: Art. 30(1)(e) asks for the country.
                    if (string.IsNullOrWhiteSpace(transfer.ToConfirm))
                        diagnostics.Add(Diagnostic.Create(Rules.UnsafeTransfer, syntax.GetLocation(), transfer.Recipient, "an unidentified country",
                            "the country is not identified: name it (ISO 3166-1 alpha-2), or say what must be confirmed with ToConfirm = \"...\" so the register shows it as open"));
                    else if (transfer.Safeguard == (int)TransferSafeguard.AdequacyDecision)
                        diagnostics.Add(Diagnostic.Create(Rules.UnsafeTransfer, safeguardLocation, transfer.Recipient, "an unidentified country",
                            "an adequacy decision is for a named country: name the country, or rely on StandardContractualClauses, BindingCorporateRules or a Derogation (Art. 46-49)"));
                }
                else if (!Countries.Iso3166Alpha2.Contains(country))
                {
                    var upper = country.Trim().ToUpperInvariant();
                    var hint = upper != country && Countries.Iso3166Alpha2.Contains(upper) ? " (write it '" + upper + "')" : "";
                    diagnostics.Add(Diagnostic.Create(Rules.UnsafeTransfer, countryLocation, transfer.Recipient, country,
                        "'" + country + "' is not an ISO 3166-1 alpha-2 country code" + hint + ", so the register cannot say where the data goes"));
                }
                else if (Countries.Eea.Contains(country))
                {
                    diagnostics.Add(Diagnostic.Create(Rules.UnsafeTransfer, countryLocation, transfer.Recipient, country,
                        "'" + country + "' is in the European Economic Area, so this is not a third-country transfer (GDPR Chapter V does not apply): remove the declaration"));
                }
                else if (transfer.Safeguard == (int)TransferSafeguard.AdequacyDecision && !Countries.Adequate.Contains(country))
                {
                    diagnostics.Add(Diagnostic.Create(Rules.UnsafeTransfer, safeguardLocation, transfer.Recipient, country,
                        "the European Commission has no adequacy decision for '" + country + "' (as of " + Countries.AdequacyAsOf +
                        "): rely on StandardContractualClauses, BindingCorporateRules or a Derogation (Art. 46-49)"));
                }

                if (!VocabularyValues.IsDefined((TransferSafeguard)transfer.Safeguard))
                    diagnostics.Add(Diagnostic.Create(Rules.UndefinedEnumValue, safeguardLocation,
                        Undefined("TransferSafeguard", transfer.Safeguard, "the transfer to '" + transfer.Recipient + "'")));

                CheckPurposeList(transfer.PurposeIds, syntax, "the transfer to '" + transfer.Recipient + "'", diagnostics);
                ReportToConfirm(transfer.ToConfirm, "the transfer to '" + transfer.Recipient + "'", syntax, null, diagnostics.Add);
            }

            /// <summary>KPA0020, KPA0021 and KPA0002 for the <c>Purposes</c>/<c>PurposeIds</c> of a transfer or a processor.</summary>
            private void CheckPurposeList(EquatableArray<string> purposeIds, AttributeSyntax syntax, string where, ImmutableArray<Diagnostic>.Builder diagnostics)
            {
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var purposeId in purposeIds)
                {
                    if (!seen.Add(purposeId)) continue;
                    var builtIn = PurposeFacts.TryFromId(purposeId, out _) || NameOf.IsUndefinedPurposeId(purposeId);
                    var list = AttributeLocations.Named(syntax, builtIn ? "Purposes" : "PurposeIds") ?? AttributeLocations.Named(syntax, builtIn ? "PurposeIds" : "Purposes");
                    var location = AttributeLocations.Best(list, syntax, null);
                    if (!CheckPurposeId(purposeId, location, where, diagnostics.Add)) continue;
                    if (!_declaredPurposes.Contains(purposeId))
                        diagnostics.Add(Diagnostic.Create(Rules.PurposeWithoutLegalBasis, location, PurposeProperties(purposeId), purposeId));
                }
            }

            /// <summary>KPA0020 for an out-of-range Purpose, KPA0021 for a malformed custom id; true when the id is usable.</summary>
            private static bool CheckPurposeId(string purposeId, Location location, string where, Action<Diagnostic> report)
            {
                if (NameOf.IsUndefinedPurposeId(purposeId))
                {
                    report(Diagnostic.Create(Rules.UndefinedEnumValue, location, "Purpose", purposeId.Substring(NameOf.UndefinedPurposePrefix.Length), where));
                    return false;
                }
                if (!PurposeFacts.IsValidId(purposeId))
                {
                    report(Diagnostic.Create(Rules.InvalidPurposeId, location, purposeId, where));
                    return false;
                }
                return true;
            }

            /// <summary>KPA0003 for a retention text that does not parse; true when there is none or it parses.</summary>
            private static bool CheckRetention(string? text, ExpressionSyntax? argument, AttributeSyntax? syntax, ISymbol? symbol, Action<Diagnostic> report)
            {
                // No Retention argument states nothing (the type's or the activity's rule applies; else KPA0004).
                if (text is null) return true;
                if (string.IsNullOrWhiteSpace(text))
                {
                    // An explicit empty text is a mistake, not a way to inherit: say what to write.
                    report(Diagnostic.Create(Rules.UnreadableRetention, AttributeLocations.Best(argument, syntax, symbol),
                        RetentionParseError.Echo(text, 60), "it is empty (leave Retention out to use the activity's rule)"));
                    return false;
                }
                if (RetentionPolicy.TryParse(text, out _, out var error) || error is null) return true;
                var location = AttributeLocations.InsideStringLiteral(argument, error.Position, error.Length)
                               ?? AttributeLocations.Best(argument, syntax, symbol);
                report(Diagnostic.Create(Rules.UnreadableRetention, location, error.EchoedText, error.Detail));
                return false;
            }

            private static bool CoversMembers(INamedTypeSymbol type, EquatableArray<PersonalDataModel> typeAnnotations)
            {
                foreach (var member in type.GetMembers())
                {
                    if (AnnotationReader.ReadMember(member, typeAnnotations) is { FromTypeDefault: true }) return true;
                }
                return false;
            }

            private static bool IsSpecialOrCriminal(int category) =>
                DataCategoryFacts.IsSpecial((DataCategory)category) || category == (int)DataCategory.Criminal;

            /// <summary>The arguments of <see cref="Rules.UndefinedEnumValue"/>.</summary>
            private static object[] Undefined(string enumName, int value, string where) =>
                new object[] { enumName, value.ToString(CultureInfo.InvariantCulture), where };

            private static void Report(SymbolAnalysisContext context, DiagnosticDescriptor rule, Location location, params object[] args) =>
                context.ReportDiagnostic(Diagnostic.Create(rule, location, args));
        }

        /// <summary>Tells the KPA0002 code fix which purpose to declare.</summary>
        internal static ImmutableDictionary<string, string?> PurposeProperties(string purposeId) =>
            ImmutableDictionary<string, string?>.Empty.Add(PurposeIdProperty, purposeId);

        internal const string PurposeIdProperty = "PurposeId";
    }
}
