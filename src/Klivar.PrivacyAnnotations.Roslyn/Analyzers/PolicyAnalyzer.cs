using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Enforces the DPO policy file (docs/privacy-policy.md) at the declaration that breaks it: purposes and legal bases
    /// (KPA0101, KPA0102), longest retention per category and per purpose (KPA0103), forbidden categories (KPA0104),
    /// transfer countries and safeguards (KPA0105), required declarations (KPA0106), the published policy's commitments
    /// (KPA0107: each retention period exactly as published, the transfer conditions). A policy that cannot be read is
    /// KPA0100, in the policy file, and nothing else is checked: a broken policy is never half-applied. Without a policy
    /// file the analyzer does nothing.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PolicyAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
            Rules.UnreadablePolicy,
            Rules.PurposeNotAllowed,
            Rules.LegalBasisNotAllowed,
            Rules.RetentionAboveLimit,
            Rules.ForbiddenCategory,
            Rules.TransferNotAllowed,
            Rules.RequiredDeclarationMissing,
            Rules.PublishedCommitmentBroken);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;
                var files = start.Options.AdditionalFiles
                    .Where(f => PolicyFile.IsPolicy(f, start.Options.AnalyzerConfigOptionsProvider.GetOptions(f)))
                    .OrderBy(f => f.Path, StringComparer.Ordinal)
                    .ToList();
                if (files.Count == 0) return;

                var problems = ReadProblems(files, start.CancellationToken, out var policy);
                if (problems.Count > 0)
                {
                    start.RegisterAdditionalFileAction(fileContext =>
                    {
                        foreach (var problem in problems)
                        {
                            if (ReferenceEquals(problem.File, fileContext.AdditionalFile)) fileContext.ReportDiagnostic(problem.Diagnostic);
                        }
                    });
                    return;
                }

                var check = new PolicyCheck(start.Compilation, policy!, files[0], start.CancellationToken);
                // A semantic-model action, not a syntax-tree one: whether a declaration breaks the policy depends on the
                // whole compilation, and the IDE re-runs syntax-tree actions only for the document edited.
                start.RegisterSemanticModelAction(check.ReportAssemblyDiagnostics);
                start.RegisterSymbolAction(check.AnalyzeSymbol, SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field);
                start.RegisterSymbolAction(check.AnalyzeMethod, SymbolKind.Method);
                // A published promise no declaration backs: reported in the policy file, so the IDE shows it live there. A
                // project that shares its company's policy and holds only part of the data opts out
                // (PrivacyPolicyBacksEveryCommitment=false): another project backs the rest.
                var backsEveryCommitment = !start.Options.AnalyzerConfigOptionsProvider.GlobalOptions.TryGetValue("build_property.PrivacyPolicyBacksEveryCommitment", out var backs)
                    || !string.Equals(backs?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
                if (backsEveryCommitment && (policy!.RetentionCommitments.Count > 0 || policy.TransferCommitment is not null))
                    start.RegisterAdditionalFileAction(fileContext =>
                    {
                        if (ReferenceEquals(fileContext.AdditionalFile, files[0])) check.ReportUnbackedCommitments(fileContext, start.Compilation);
                    });
            });
        }

        private static List<(AdditionalText File, Diagnostic Diagnostic)> ReadProblems(List<AdditionalText> files, CancellationToken cancellationToken, out PrivacyPolicy? policy)
        {
            policy = null;
            var problems = new List<(AdditionalText, Diagnostic)>();
            var file = files[0];
            var name = PolicyFile.Name(file.Path);
            for (var i = 1; i < files.Count; i++)
            {
                problems.Add((files[i], Diagnostic.Create(Rules.UnreadablePolicy, FileLocation(files[i], null, 0, 0), PolicyFile.Name(files[i].Path), 1, 1,
                    "a second policy file: expected one, and '" + file.Path + "' is already the policy (set PrivacyPolicyFile to one file)")));
            }
            var text = file.GetText(cancellationToken);
            if (text is null)
            {
                problems.Add((file, Diagnostic.Create(Rules.UnreadablePolicy, FileLocation(file, null, 0, 0), name, 1, 1,
                    "the file cannot be read: expected an existing JSON file (check PrivacyPolicyFile)")));
                return problems;
            }
            var read = PrivacyPolicyReader.Read(text.ToString());
            foreach (var error in read.Errors)
                problems.Add((file, Diagnostic.Create(Rules.UnreadablePolicy, FileLocation(file, text, error.Offset, error.Length), name, error.Line, error.Column, error.Message)));
            policy = read.Policy;
            return problems;
        }

        private static Location FileLocation(AdditionalText file, SourceText? text, int offset, int length)
        {
            if (text is null) return Location.Create(file.Path, default, new LinePositionSpan(default, default));
            var span = new TextSpan(Math.Min(offset, text.Length), Math.Max(0, Math.Min(length, text.Length - Math.Min(offset, text.Length))));
            return Location.Create(file.Path, span, text.Lines.GetLinePositionSpan(span));
        }

        private sealed class PolicyCheck
        {
            private readonly PrivacyPolicy _policy;
            private readonly AdditionalText _policyFile;
            private readonly AssemblyModel _assembly;
            private readonly ImmutableArray<Diagnostic> _assemblyDiagnostics;
            private bool _transferDeclared;

            public PolicyCheck(Compilation compilation, PrivacyPolicy policy, AdditionalText policyFile, CancellationToken cancellationToken)
            {
                _policy = policy;
                _policyFile = policyFile;
                _assembly = AnnotationReader.ReadAssembly(compilation.Assembly);
                var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
                CheckAssembly(compilation.Assembly, diagnostics, cancellationToken);
                _assemblyDiagnostics = diagnostics.ToImmutable();
            }

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

            public void AnalyzeSymbol(SymbolAnalysisContext context)
            {
                if (context.Symbol is not INamedTypeSymbol && (context.Symbol.IsImplicitlyDeclared || context.Symbol.ContainingType is null)) return;
                Analyze(context, context.Symbol);
            }

            public void AnalyzeMethod(SymbolAnalysisContext context)
            {
                foreach (var parameter in ((IMethodSymbol)context.Symbol).Parameters) Analyze(context, parameter);
            }

            private void Analyze(SymbolAnalysisContext context, ISymbol symbol)
            {
                string? displayName = null;
                EquatableArray<PersonalDataModel>? typeAnnotations = null;
                foreach (var attribute in symbol.GetAttributes())
                {
                    if (!AnnotationReader.IsPersonalData(attribute) || AnnotationReader.ReadPersonalData(attribute) is not { } model) continue;
                    var syntax = AttributeLocations.Syntax(attribute, context.CancellationToken);
                    displayName ??= DisplayNames.Of(symbol);
                    var category = model.CategoryName;

                    if (_policy.ForbiddenCategories.Contains(category))
                        context.ReportDiagnostic(Diagnostic.Create(Rules.ForbiddenCategory,
                            AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, symbol), displayName, category));

                    // The policy makes KPA0015's warning an error of its own: sensitive data needs its activity's DPIA status.
                    if (_policy.RequireDpiaForSensitiveActivities && DataCategoryFacts.IsDefined((DataCategory)model.Category) &&
                        DataCategoryFacts.IsSensitive((DataCategory)model.Category))
                    {
                        foreach (var purposeId in model.PurposeIds.Distinct())
                        {
                            if (StatesNoDpia(purposeId))
                                context.ReportDiagnostic(Diagnostic.Create(Rules.RequiredDeclarationMissing,
                                    AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, symbol),
                                    "a DPIA status for each activity with special-category, criminal or national-identifier data",
                                    "'" + displayName + "' holds " + category + " data and processing activity '" + purposeId + "' states no Dpia"));
                        }
                    }

                    var isType = symbol is INamedTypeSymbol;
                    if (!isType) typeAnnotations ??= symbol.ContainingType is { } containing ? AnnotationReader.ReadPersonalDataList(containing) : EquatableArray<PersonalDataModel>.Empty;
                    var ownRetention = AttributeLocations.Named(syntax, "Retention");
                    foreach (var purposeId in model.PurposeIds.Distinct())
                    {
                        var retention = isType
                            ? (string.IsNullOrWhiteSpace(model.Retention) ? RetentionResolver.ActivityRetention(purposeId, _assembly) : model.Retention)
                            : RetentionResolver.Resolve(model, purposeId, typeAnnotations!.Value, _assembly);
                        if (!RetentionPolicy.TryParse(retention, out var rule)) continue; // missing or unreadable: KPA0003, KPA0004
                        var inherited = string.IsNullOrWhiteSpace(model.Retention);
                        var location = AttributeLocations.Best(inherited ? null : ownRetention, syntax, symbol);
                        var who = "'" + displayName + "'";

                        foreach (var limit in _policy.MaxRetentionByCategory)
                        {
                            if (limit.Category == category)
                                CheckLimit(context.ReportDiagnostic, location, who, category, rule!, retention!, purposeId, limit.MaxRetention, "data category " + category);
                        }
                        // A retention taken from the activity is checked against the purpose's limit at the activity.
                        if (!inherited && _policy.Purpose(purposeId)?.MaxRetention is { } purposeMax)
                            CheckLimit(context.ReportDiagnostic, location, who, category, rule!, retention!, purposeId, purposeMax, "purpose " + purposeId);

                        // What the published policy states for this data set, or for every data of the purpose (a
                        // purpose-wide period taken from the activity is reported once, at the activity).
                        var dataSet = isType ? DataSetOf(model, null, (INamedTypeSymbol)symbol) : DataSetOf(model, typeAnnotations, symbol.ContainingType);
                        foreach (var commitment in _policy.RetentionCommitments)
                        {
                            if (!commitment.Covers(purposeId, dataSet) || (inherited && commitment.DataSets.Count == 0)) continue;
                            CheckCommitment(context.ReportDiagnostic, location, who + " (" + dataSet + ", " + purposeId + ")", rule!, retention!, commitment);
                        }
                    }
                }
            }

            /// <summary>
            /// KPA0107 for each commitment of the published policy that no declaration backs any more: a period for data
            /// sets no member belongs to (a type renamed, a data set dropped) or a purpose no activity declares, and
            /// transfer conditions while the code declares no transfer. Reported in the policy file, on the commitment.
            /// </summary>
            public void ReportUnbackedCommitments(AdditionalFileAnalysisContext context, Compilation compilation)
            {
                var text = _policyFile.GetText(context.CancellationToken);
                var backed = new HashSet<PolicyRetentionCommitment>();
                foreach (var commitment in _policy.RetentionCommitments)
                {
                    if (commitment.DataSets.Count == 0 && _assembly.Activities.Any(a => a.PurposeId == commitment.Purpose)) backed.Add(commitment);
                }
                if (backed.Count < _policy.RetentionCommitments.Count) BackByMembers(compilation.Assembly.GlobalNamespace, backed, context.CancellationToken);
                foreach (var commitment in _policy.RetentionCommitments)
                {
                    if (backed.Contains(commitment)) continue;
                    var what = commitment.DataSets.Count > 0
                        ? "no annotated member belongs to " + (commitment.DataSets.Count == 1 ? "the data set '" + commitment.DataSets[0] + "'" : "the data sets '" + string.Join("', '", commitment.DataSets) + "'")
                          + (commitment.Purpose is null ? "" : " and serves '" + commitment.Purpose + "'")
                        : "no processing activity declares '" + commitment.Purpose + "'";
                    context.ReportDiagnostic(Diagnostic.Create(Rules.PublishedCommitmentBroken, CommitmentLocation(text, commitment.Published), "The code",
                        "'" + commitment.Published + "'", what + ": the published period '" + commitment.Retention + "' is a promise the code no longer backs; " +
                        "restore the declaration, or have the DPO change the published policy and remove the commitment"));
                }
                if (_policy.TransferCommitment is not null && !_transferDeclared)
                    context.ReportDiagnostic(Diagnostic.Create(Rules.PublishedCommitmentBroken, CommitmentLocation(text, "transfers"), "The code", "transfers",
                        "no [assembly: InternationalTransfer] is declared, so the published transfer conditions are a promise the code no longer backs; " +
                        "declare the transfers, or have the DPO change the published policy and remove the commitment"));
            }

            /// <summary>Adds the commitments an annotated type or member of the namespace covers (its data set and purposes, as the register has them).</summary>
            private void BackByMembers(INamespaceSymbol ns, HashSet<PolicyRetentionCommitment> backed, CancellationToken cancellationToken)
            {
                foreach (var member in ns.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (backed.Count == _policy.RetentionCommitments.Count) return;
                    if (member is INamespaceSymbol inner) BackByMembers(inner, backed, cancellationToken);
                    else if (member is INamedTypeSymbol type) BackByType(type, backed, cancellationToken);
                }
            }

            private void BackByType(INamedTypeSymbol type, HashSet<PolicyRetentionCommitment> backed, CancellationToken cancellationToken)
            {
                var typeAnnotations = AnnotationReader.ReadPersonalDataList(type);
                foreach (var model in typeAnnotations) Back(model, DataSetOf(model, null, type), backed);
                foreach (var member in type.GetMembers())
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    if (member is INamedTypeSymbol nested) { BackByType(nested, backed, cancellationToken); continue; }
                    var holders = member is IMethodSymbol method ? method.Parameters.Cast<ISymbol>() : member is IPropertySymbol or IFieldSymbol ? new[] { member } : Enumerable.Empty<ISymbol>();
                    foreach (var holder in holders)
                    {
                        foreach (var attribute in holder.GetAttributes())
                        {
                            if (AnnotationReader.IsPersonalData(attribute) && AnnotationReader.ReadPersonalData(attribute) is { } model)
                                Back(model, DataSetOf(model, typeAnnotations, type), backed);
                        }
                    }
                }
            }

            private void Back(PersonalDataModel model, string? dataSet, HashSet<PolicyRetentionCommitment> backed)
            {
                foreach (var purposeId in model.PurposeIds)
                {
                    foreach (var commitment in _policy.RetentionCommitments)
                    {
                        if (commitment.Covers(purposeId, dataSet)) backed.Add(commitment);
                    }
                }
            }

            /// <summary>The commitment in the policy file: the first place its quoted name appears, else the file's start.</summary>
            private Location CommitmentLocation(SourceText? text, string name)
            {
                if (text is null) return FileLocation(_policyFile, null, 0, 0);
                var quoted = "\"" + name + "\"";
                var content = text.ToString();
                var commitments = content.IndexOf("\"commitments\"", StringComparison.Ordinal);
                var at = content.IndexOf(quoted, Math.Max(0, commitments), StringComparison.Ordinal);
                return at < 0 ? FileLocation(_policyFile, text, 0, 0) : FileLocation(_policyFile, text, at, quoted.Length);
            }

            /// <summary>The member's own data set, else its type's annotation's, else the type's name in words (as the register names it).</summary>
            private static string? DataSetOf(PersonalDataModel model, EquatableArray<PersonalDataModel>? typeAnnotations, INamedTypeSymbol? type)
            {
                if (!string.IsNullOrWhiteSpace(model.DataSet)) return model.DataSet;
                if (typeAnnotations is { } annotations)
                {
                    foreach (var annotation in annotations)
                    {
                        if (!string.IsNullOrWhiteSpace(annotation.DataSet)) return annotation.DataSet;
                    }
                }
                return type is null ? null : NaturalNames.DataSet(type.Name);
            }

            private static void CheckCommitment(Action<Diagnostic> report, Location location, string who, RetentionPolicy rule, string text, PolicyRetentionCommitment commitment)
            {
                if (!RetentionPolicy.TryParse(commitment.Retention, out var published)) return; // the reader refuses a policy whose commitment does not parse
                var order = RetentionComparison.Compare(rule, published!);
                if (order == RetentionOrder.Same) return;
                var how = order == RetentionOrder.Longer ? "longer than" : order == RetentionOrder.Shorter ? "shorter than" : "measured otherwise than";
                report(Diagnostic.Create(Rules.PublishedCommitmentBroken, location, who, "'" + commitment.Published + "'",
                    "it keeps the data '" + text + "', " + how + " the published '" + commitment.Retention + "'"));
            }

            /// <summary>True when a declared activity for the purpose states no DPIA status (an undeclared purpose is KPA0002's).</summary>
            private bool StatesNoDpia(string purposeId)
            {
                var declared = false;
                foreach (var activity in _assembly.Activities)
                {
                    if (activity.PurposeId != purposeId) continue;
                    declared = true;
                    if (activity.Dpia != (int)DpiaStatus.NotStated) return false;
                }
                return declared;
            }

            private static void CheckLimit(Action<Diagnostic> report, Location location, string who, string category, RetentionPolicy rule, string text,
                string purposeId, string max, string limitOf)
            {
                var order = RetentionComparison.Compare(rule, RetentionPolicy.Parse(max));
                if (order == RetentionOrder.Longer)
                    report(Diagnostic.Create(Rules.RetentionAboveLimit, location, who, category, text, purposeId, "longer than", limitOf, max));
                else if (order == RetentionOrder.Incomparable)
                    report(Diagnostic.Create(Rules.RetentionAboveLimit, location, who, category, text, purposeId,
                        "measured from another event than (so not provably within)", limitOf, max));
            }

            private void CheckAssembly(IAssemblySymbol assembly, ImmutableArray<Diagnostic>.Builder diagnostics, CancellationToken cancellationToken)
            {
                foreach (var attribute in assembly.GetAttributes())
                {
                    var syntax = AttributeLocations.Syntax(attribute, cancellationToken);
                    if (syntax is null) continue;
                    if (AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute) && AnnotationReader.ReadActivity(attribute) is { } activity)
                        CheckActivity(activity, syntax, diagnostics);
                    else if (AnnotationReader.Is(attribute, KnownNames.InternationalTransferAttribute) && AnnotationReader.ReadTransfer(attribute) is { } transfer)
                    {
                        _transferDeclared = true;
                        CheckTransfer(transfer, syntax, diagnostics);
                    }
                    else if (AnnotationReader.Is(attribute, KnownNames.DataControllerAttribute) && AnnotationReader.ReadController(attribute) is { } controller)
                    {
                        if (_policy.RequireDataProtectionOfficer && string.IsNullOrWhiteSpace(controller.DataProtectionOfficer))
                            diagnostics.Add(Diagnostic.Create(Rules.RequiredDeclarationMissing, syntax.GetLocation(), "a named data protection officer",
                                "set DataProtectionOfficer on [assembly: DataController] (name and contact)"));
                    }
                }
            }

            private void CheckActivity(ActivityModel activity, AttributeSyntax syntax, ImmutableArray<Diagnostic>.Builder diagnostics)
            {
                var purposeLocation = AttributeLocations.Best(AttributeLocations.Positional(syntax, 0), syntax, null);
                if (_policy.Purposes is { } allowed && _policy.Purpose(activity.PurposeId) is null)
                {
                    diagnostics.Add(Diagnostic.Create(Rules.PurposeNotAllowed, purposeLocation, activity.PurposeId,
                        allowed.Count == 0 ? "none" : string.Join(", ", allowed.Select(p => p.Id))));
                    return;
                }
                var entry = _policy.Purpose(activity.PurposeId);
                var basis = NameOf.Basis(activity.Basis);
                if (entry is { LegalBases.Count: > 0 } && !entry.LegalBases.Contains(basis))
                    diagnostics.Add(Diagnostic.Create(Rules.LegalBasisNotAllowed, AttributeLocations.Best(AttributeLocations.Positional(syntax, 1), syntax, null),
                        activity.PurposeId, basis, string.Join(" or ", entry.LegalBases)));
                if (entry?.MaxRetention is { } max && RetentionPolicy.TryParse(activity.Retention, out var rule))
                {
                    var location = AttributeLocations.Best(AttributeLocations.Named(syntax, "Retention"), syntax, null);
                    CheckLimit(diagnostics.Add, location, "Processing activity '" + activity.PurposeId + "'", "its", rule!, activity.Retention!, activity.PurposeId, max,
                        "purpose " + activity.PurposeId);
                }
                if (RetentionPolicy.TryParse(activity.Retention, out var activityRule))
                {
                    foreach (var commitment in _policy.RetentionCommitments)
                    {
                        if (commitment.DataSets.Count > 0 || commitment.Purpose != activity.PurposeId) continue;
                        CheckCommitment(diagnostics.Add, AttributeLocations.Best(AttributeLocations.Named(syntax, "Retention"), syntax, null),
                            "Processing activity '" + activity.PurposeId + "'", activityRule!, activity.Retention!, commitment);
                    }
                }
            }

            private void CheckTransfer(TransferModel transfer, AttributeSyntax syntax, ImmutableArray<Diagnostic>.Builder diagnostics)
            {
                // InternationalTransfer(recipient, country, safeguard), or (recipient, safeguard) for "outside the EEA" with no country.
                var hasCountry = transfer.Country is not null;
                if (_policy.AllowedTransferCountries is { } countries && (!hasCountry || !countries.Contains(transfer.Country!)))
                    diagnostics.Add(Diagnostic.Create(Rules.TransferNotAllowed,
                        hasCountry ? AttributeLocations.Best(AttributeLocations.Positional(syntax, 1), syntax, null) : syntax.GetLocation(),
                        transfer.Recipient, "country", transfer.Country ?? "(not identified, so not shown to be allowed)",
                        countries.Count == 0 ? "none" : string.Join(", ", countries)));
                var safeguard = NameOf.Safeguard(transfer.Safeguard);
                if (_policy.AllowedTransferSafeguards is { } safeguards && !safeguards.Contains(safeguard))
                    diagnostics.Add(Diagnostic.Create(Rules.TransferNotAllowed, AttributeLocations.Best(AttributeLocations.Positional(syntax, hasCountry ? 2 : 1), syntax, null),
                        transfer.Recipient, "safeguard", safeguard, safeguards.Count == 0 ? "none" : string.Join(", ", safeguards)));

                if (_policy.TransferCommitment is { } published)
                {
                    var who = "Transfer to '" + transfer.Recipient + "'";
                    if (published.Safeguards is { Count: > 0 } promised && !promised.Contains(safeguard))
                        diagnostics.Add(Diagnostic.Create(Rules.PublishedCommitmentBroken,
                            AttributeLocations.Best(AttributeLocations.Positional(syntax, hasCountry ? 2 : 1), syntax, null), who, "transfers",
                            "it relies on " + safeguard + ", the policy promises " + string.Join(" or ", promised)));
                    if (published.AdditionalSafeguard is { } additional &&
                        (transfer.AdditionalSafeguards is null || transfer.AdditionalSafeguards.IndexOf(additional, StringComparison.OrdinalIgnoreCase) < 0))
                        diagnostics.Add(Diagnostic.Create(Rules.PublishedCommitmentBroken,
                            AttributeLocations.Best(AttributeLocations.Named(syntax, "AdditionalSafeguards"), syntax, null), who, "transfers",
                            "its AdditionalSafeguards do not name the " + additional + " the policy promises with every transfer"));
                }
            }
        }
    }
}
