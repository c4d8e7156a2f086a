using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// KPA0001: a property, field or record positional parameter whose name and type look like personal data, in a
    /// type where it is not declared (no <c>[PersonalData]</c> or <c>[NotPersonalData]</c> on it or its type, nor
    /// ASP.NET Core Identity's or Microsoft.Extensions.Compliance's equivalents). KPA0012: a member that links its row
    /// to a person (a person key, a navigation to a person type) and is not declared. The decision from names lives in
    /// <see cref="NameClassifier"/>, the judgement of types by what they hold in <see cref="PersonLinkModel"/>; this
    /// class reads symbols, declarations and <c>.editorconfig</c>.
    /// </summary>
    [DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
    public sealed class UndeclaredPersonalDataAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that carries the guessed <c>DataCategory</c> name to the code fix.</summary>
        public const string CategoryProperty = "DataCategory";

        /// <summary><c>.editorconfig</c> key: extra phrases, each optionally <c>:DataCategory</c>, comma-separated.</summary>
        public const string ExtraTokensKey = "klivar_privacy.kpa0001.extra_tokens";

        /// <summary><c>.editorconfig</c> key: phrases that silence any member whose name contains them.</summary>
        public const string ExcludedTokensKey = "klivar_privacy.kpa0001.excluded_tokens";

        /// <summary><c>.editorconfig</c> key: extra words that make a type person-like.</summary>
        public const string PersonTypesKey = "klivar_privacy.kpa0001.person_types";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UndeclaredPersonalData, Rules.PersonalDataLinkNotDeclared);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                // Without the runtime library the advice ("add [PersonalData]") cannot be followed: say nothing, like
                // the other analyzers.
                if (KnownTypes.FindRuntime(start.Compilation, Klivar.PrivacyAnnotations.Roslyn.Model.KnownNames.PersonalDataAttribute) is null) return;
                var state = new CompilationState(start.Options.AnalyzerConfigOptionsProvider, start.Compilation);
                start.RegisterSymbolAction(state.Analyze, SymbolKind.Property, SymbolKind.Field);
            });
        }

        /// <summary>Per-compilation caches: classifiers per distinct option values, type contexts per type.</summary>
        private sealed class CompilationState
        {
            private readonly AnalyzerConfigOptionsProvider _options;
            private readonly ConcurrentDictionary<(string?, string?, string?), NameClassifier> _classifiers = new();
            private readonly ConcurrentDictionary<NameClassifier, ClassifierCache> _caches = new();
            // The classifier of a project without KPA0001 options: no table lookup for it on every member.
            private readonly ClassifierCache _defaultCache;
            private readonly Compilation _compilation;

            private readonly LastAnswer<SyntaxTree, NameClassifier> _lastTreeClassifier;

            public CompilationState(AnalyzerConfigOptionsProvider options, Compilation compilation)
            {
                _options = options;
                _compilation = compilation;
                _defaultCache = new ClassifierCache(NameClassifier.Default, compilation);
                _lastTreeClassifier = new LastAnswer<SyntaxTree, NameClassifier>(ReadClassifier);
            }

            public void Analyze(SymbolAnalysisContext context)
            {
                var member = context.Symbol;
                if (!TryGetValueType(member, out var valueType)) return;
                var type = member.ContainingType;
                if (type is null || !(type.TypeKind == TypeKind.Class || type.TypeKind == TypeKind.Struct || type.TypeKind == TypeKind.Interface) || type.IsStatic) return;

                var location = member.Locations.Length > 0 ? member.Locations[0] : null;
                if (location is null || !location.IsInSource) return;

                var kind = KindOf(valueType);
                var classifier = ClassifierFor(location.SourceTree!);
                var cache = ReferenceEquals(classifier, NameClassifier.Default) ? _defaultCache : _caches.GetOrAdd(classifier, c => new ClassifierCache(c, _compilation));
                // An interface holds no data of its own, except one a person type implements (ICustomer.Email): its
                // members are the person's.
                if (type.TypeKind == TypeKind.Interface && !cache.Model.IsPersonInterface(type)) return;
                if (kind == ValueKind.Other)
                {
                    // A navigation to a person type links this row to that person.
                    if (cache.Model.PersonTarget(valueType, fromPersonType: false) is not { } person) return;
                    var holder = cache.Model.ContextOf(type);
                    if ((holder & TypeContext.NotDataHolder) != 0 || cache.Model.PersonTarget(valueType, (holder & TypeContext.PersonType) != 0, type) is null) return;
                    if (IsLinkDeclared(member, classifier)) return;
                    ReportLink(context, member, location, "navigation to '" + person.Name + "'");
                    return;
                }

                var typeContext = cache.Model.ContextOf(type);
                if ((typeContext & TypeContext.NotDataHolder) != 0) return;

                // The same names come back in type after type (Id, Name, Email): classify each combination once. Whether
                // the type links to a person is looked at only when the verdict depends on it (a City, a LastLoginDate).
                // Both verdicts come from one lookup.
                var (match, ifLinked, differ) = cache.Matches.GetOrAdd((member.Name, typeContext, kind), cache.ComputeMatch);
                if (differ && cache.Model.IsPersonLinked(type)) match = ifLinked;
                // CardAccess.CardId kept as a number: the row's own key, named after what the row is.
                if (match is not null && kind is ValueKind.Number or ValueKind.Guid && IsKeyOfTheRow(member.Name, type.Name)) match = null;
                if (match is { } found)
                {
                    if (IsDeclared(member, classifier)) return;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.UndeclaredPersonalData, location, PropertiesFor(found.Category), member.Name, found.Category.ToString(), found.Words));
                    return;
                }

                // AnsweredQuestion.DateAnswered on a row linked to the person: when the person answered.
                if (kind == ValueKind.Date && cache.Model.DatedAct(type, member.Name) is { } act && cache.Model.IsPersonLinked(type))
                {
                    if (IsDeclared(member, classifier)) return;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.UndeclaredPersonalData, location, PropertiesFor(DataCategory.Usage), member.Name, DataCategory.Usage.ToString(), "date " + act));
                    return;
                }

                // A GuarantorName beside a GuarantorPhoneNumber: the prefix names a person on this type.
                if (cache.Model.RoleOf(type, member.Name) is { } role)
                {
                    var rest = member.Name.Substring(role.Length).TrimStart('_');
                    if (rest is "Id" or "ID" or "Key" or "Guid" && kind is ValueKind.Number or ValueKind.Guid or ValueKind.Text)
                    {
                        if (!IsLinkDeclared(member, classifier)) ReportLink(context, member, location, "person key: the key of the '" + role + "' whose contact details the type holds");
                        return;
                    }
                    if (classifier.Classify("Person" + rest, typeContext, kind) is { } asRole)
                    {
                        if (IsDeclared(member, classifier)) return;
                        context.ReportDiagnostic(Diagnostic.Create(
                            Rules.UndeclaredPersonalData, location, PropertiesFor(asRole.Category), member.Name, asRole.Category.ToString(), role + " " + asRole.Words));
                        return;
                    }
                }

                if (cache.Model.KeyOf(member.Name, kind, typeContext, type) is { } key)
                {
                    if (!IsLinkDeclared(member, classifier)) ReportLink(context, member, location, "person key: " + key);
                    return;
                }

                if (cache.Model.PersonNavigationOfKey(member.Name, type) is { } navigation)
                {
                    if (!IsLinkDeclared(member, classifier)) ReportLink(context, member, location, "person key: the key of '" + navigation.Name + "' (" + navigation.Target.Name + ")");
                    return;
                }

                // Named after a person type of the compilation: ClientId, ClientName where Client is a person.
                if (cache.Model.KeyOfPersonType(member.Name, kind) is { } personType && NamesPersonTypeHere(context, cache.Model, location, personType))
                {
                    if (!IsLinkDeclared(member, classifier)) ReportLink(context, member, location, "person key: a key of '" + personType + "'");
                    return;
                }
                if (cache.Model.PersonTypePrefix(member.Name) is { } prefixed &&
                    classifier.Classify(prefixed.Remainder, (typeContext & ~TypeContext.Animal) | TypeContext.PersonLike, kind) is { } named &&
                    NamesPersonTypeHere(context, cache.Model, location, prefixed.Person) &&
                    !IsDeclared(member, classifier))
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.UndeclaredPersonalData, location, PropertiesFor(named.Category), member.Name, named.Category.ToString(), prefixed.Person.ToLowerInvariant() + " " + named.Words));
                    return;
                }

                // A candidate's Education.School, an athlete's MeasurementsProgress.Waist: a row of the person's own record.
                if (kind is ValueKind.Text or ValueKind.Number or ValueKind.Date && cache.Model.RecordOwnerOf(type) is { } owner && IsRecordContent(member.Name, kind, classifier) &&
                    !IsDeclared(member, classifier))
                {
                    var category = kind == ValueKind.Text ? DataCategory.Content : DataCategory.Usage;
                    context.ReportDiagnostic(Diagnostic.Create(
                        Rules.UndeclaredPersonalData, location, PropertiesFor(category), member.Name, category.ToString(), "a row of " + owner.Name + "'s record"));
                }
            }

            /// <summary>
            /// The row's own key under the first words of its type's name (<c>CardAccess.CardId</c>): named after what the
            /// row is, not after a person it points at.
            /// </summary>
            private static bool IsKeyOfTheRow(string memberName, string typeName) =>
                memberName.Length >= 5 && NameClassifier.IdStem(memberName) is { } stem && typeName.StartsWith(stem, StringComparison.Ordinal);

            /// <summary>
            /// What a row of a person's record holds of the person: of its text, amounts and dates (the caller has checked
            /// the value kind), not its keys, its status or type, nor when the row itself was created, changed or expires.
            /// </summary>
            private static bool IsRecordContent(string memberName, ValueKind kind, NameClassifier classifier)
            {
                if (kind != ValueKind.Date && classifier.MayBeKey(memberName)) return false;
                var words = classifier.Normalize(memberName, dropPrefix: false);
                if (words.Count == 0) return false;
                if (kind == ValueKind.Date)
                {
                    foreach (var word in words)
                    {
                        if (word is "created" or "creation" or "updated" or "modified" or "deleted" or "expire" or "expires" or "expiration" or "expiry" or
                            "revoked" or "insert" or "inserted" or "added" or "sync" or "synced" or "uploaded")
                            return false;
                    }
                }
                var last = words[words.Count - 1];
                return !(last is "status" or "type" or "state" or "kind" or "order" or "position" or "sort" or "version");
            }

            /// <summary>
            /// The person type a member's name starts with is the one its code sees under that name (the clinic's
            /// <c>Client</c>, not an OAuth client of another namespace). Bound only for such rare candidates.
            /// </summary>
            private static bool NamesPersonTypeHere(SymbolAnalysisContext context, PersonLinkModel model, Location location, string typeName)
            {
                var semanticModel = context.Compilation.GetSemanticModel(location.SourceTree!);
                foreach (var symbol in semanticModel.LookupNamespacesAndTypes(location.SourceSpan.Start, name: typeName))
                {
                    if (symbol is INamedTypeSymbol named && model.IsPersonType(named)) return true;
                }
                return false;
            }

            private static void ReportLink(SymbolAnalysisContext context, ISymbol member, Location location, string why) =>
                context.ReportDiagnostic(Diagnostic.Create(
                    Rules.PersonalDataLinkNotDeclared, location, PropertiesFor(DataCategory.Identification), member.Name, member.ContainingType.Name, why));

            /// <summary>The diagnostic properties that carry the category to the code fix: one shared instance per category.</summary>
            private static ImmutableDictionary<string, string?> PropertiesFor(DataCategory category)
            {
                var index = (int)category;
                if (index < 0 || index >= CategoryProperties.Length) return ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString());
                return CategoryProperties[index] ??= ImmutableDictionary<string, string?>.Empty.Add(CategoryProperty, category.ToString());
            }

            private static readonly ImmutableDictionary<string, string?>?[] CategoryProperties = new ImmutableDictionary<string, string?>?[(int)DataCategory.Criminal + 1];

            // Read for each member, but a type's members come one after another from one file: the last file's answer is
            // kept (a table of trees shared by the analyzer's threads cost more in lock contention than it saved).
            private NameClassifier ClassifierFor(SyntaxTree tree) => _lastTreeClassifier.Get(tree);

            private NameClassifier ReadClassifier(SyntaxTree tree)
            {
                var options = _options.GetOptions(tree);
                options.TryGetValue(ExtraTokensKey, out var extra);
                options.TryGetValue(ExcludedTokensKey, out var excluded);
                options.TryGetValue(PersonTypesKey, out var persons);
                if (extra is null && excluded is null && persons is null) return NameClassifier.Default;
                return _classifiers.GetOrAdd((extra, excluded, persons), key => NameClassifier.Create(key.Item1, key.Item2, key.Item3));
            }
        }

        /// <summary>What one classifier has already decided in this compilation.</summary>
        private sealed class ClassifierCache
        {
            private readonly NameClassifier _classifier;

            public ClassifierCache(NameClassifier classifier, Compilation compilation)
            {
                _classifier = classifier;
                Model = new PersonLinkModel(classifier, compilation);
                ComputeMatch = key =>
                {
                    var plain = _classifier.Classify(key.Name, key.Context, key.Kind);
                    var ifLinked = _classifier.Classify(key.Name, key.Context | TypeContext.PersonLinked, key.Kind);
                    return (plain, ifLinked, !NameMatch.SameVerdict(plain, ifLinked));
                };
            }

            /// <summary>Person types and person-linked types of this compilation, as this classifier judges them.</summary>
            public PersonLinkModel Model { get; }

            /// <summary>A name's verdict in a type context, and its verdict were the type person-linked.</summary>
            public ConcurrentDictionary<(string Name, TypeContext Context, ValueKind Kind), (NameMatch? Plain, NameMatch? IfLinked, bool Differ)> Matches { get; } = new();

            public System.Func<(string Name, TypeContext Context, ValueKind Kind), (NameMatch? Plain, NameMatch? IfLinked, bool Differ)> ComputeMatch { get; }
        }

        /// <summary>The member's declared type when the member is one KPA0001 looks at: instance data of the type itself.</summary>
        private static bool TryGetValueType(ISymbol member, out ITypeSymbol valueType)
        {
            valueType = null!;
            if (member.IsStatic || member.IsImplicitlyDeclared || member.IsOverride) return false;
            if (member is IPropertySymbol { ExplicitInterfaceImplementations.IsEmpty: false }) return false;
            // A property (not an indexer) or a field (not const: const is static; not a backing field).
            valueType = TypeFacts.ValueTypeOf(member)!;
            return valueType is not null;
        }

        /// <summary>What the member's type can hold; nullable value types count as their underlying type.</summary>
        internal static ValueKind KindOf(ITypeSymbol type)
        {
            if (type is INamedTypeSymbol { OriginalDefinition.SpecialType: SpecialType.System_Nullable_T } nullable)
                type = nullable.TypeArguments[0];

            switch (type.SpecialType)
            {
                case SpecialType.System_String:
                case SpecialType.System_Char:
                    return ValueKind.Text;
                case SpecialType.System_Boolean:
                    return ValueKind.Bool;
                case SpecialType.System_DateTime:
                    return ValueKind.Date;
            }
            if (TypeFacts.IsNumeric(type.SpecialType)) return ValueKind.Number;

            if (type.TypeKind == TypeKind.Enum) return ValueKind.Enum;
            if (type is IArrayTypeSymbol array)
            {
                if (array.ElementType.SpecialType == SpecialType.System_Byte) return ValueKind.Bytes;
                return array.ElementType.SpecialType == SpecialType.System_String ? ValueKind.TextCollection : ValueKind.Other;
            }
            if (type is not INamedTypeSymbol named || type.TypeKind == TypeKind.Delegate) return ValueKind.Other;

            if (IsSystemType(named, "DateTimeOffset") || IsSystemType(named, "DateOnly")) return ValueKind.Date;
            if (IsSystemType(named, "Guid")) return ValueKind.Guid;
            if (IsSystemType(named, "Uri")) return ValueKind.Text;
            // An uploaded picture or scan holds the same data as its bytes would.
            if (TypeFacts.IsFileContent(named)) return ValueKind.Bytes;
            if (named.Name is "IPAddress" or "PhysicalAddress" or "MailAddress" && IsInSystemNet(named.ContainingNamespace)) return ValueKind.Text;

            if (named.IsGenericType && named.TypeArguments.Length == 1)
            {
                var element = named.TypeArguments[0].SpecialType;
                if (element == SpecialType.System_Byte && named.Name is "ReadOnlyMemory" or "Memory") return ValueKind.Bytes;
                if (element == SpecialType.System_String && IsEnumerable(named)) return ValueKind.TextCollection;
            }
            return ValueKind.Other;
        }

        /// <summary>
        /// Declared: <c>[PersonalData]</c>/<c>[NotPersonalData]</c> (ours, or ASP.NET Core Identity's
        /// <c>[PersonalData]</c>/<c>[ProtectedPersonalData]</c>, or any Microsoft.Extensions.Compliance
        /// <c>DataClassificationAttribute</c>) on the member, on a record's positional parameter, on the property a
        /// private field backs, or on the type or its base types.
        /// </summary>
        internal static bool IsDeclared(ISymbol member, NameClassifier classifier)
        {
            if (HasDeclaration(member)) return true;
            var type = member.ContainingType;

            if (member is IPropertySymbol && type.IsRecord && PositionalParameter(member) is { } parameter && HasDeclaration(parameter))
                return true;

            if (member is IFieldSymbol { DeclaredAccessibility: not Accessibility.Public } field && BackedProperty(field, classifier) is { } property && HasDeclaration(property))
                return true;

            for (var t = type; t is not null; t = t.BaseType)
            {
                if (HasDeclaration(t)) return true;
            }
            return false;
        }

        /// <summary>
        /// A link to a person is declared as personal data, or as the row's subject key (<c>[DataSubjectKey]</c>): either
        /// tells the rights and the register whose row it is.
        /// </summary>
        private static bool IsLinkDeclared(ISymbol member, NameClassifier classifier) =>
            IsDeclared(member, classifier) || AnnotationReader.IsSubjectKey(member);

        private static bool HasDeclaration(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (attribute.AttributeClass is not { } attributeClass) continue;
                if (AnnotationReader.IsPersonalData(attribute) || AnnotationReader.IsNotPersonalData(attribute)) return true;
                if (attributeClass.Name is "PersonalDataAttribute" or "ProtectedPersonalDataAttribute" &&
                    IsNamespace(attributeClass.ContainingNamespace, "Identity", "AspNetCore", "Microsoft"))
                    return true;
                for (var b = attributeClass; b is not null; b = b.BaseType)
                {
                    if (b.Name == "DataClassificationAttribute" && IsNamespace(b.ContainingNamespace, "Classification", "Compliance", "Extensions", "Microsoft"))
                        return true;
                }
            }
            return false;
        }

        private static IParameterSymbol? PositionalParameter(ISymbol property)
        {
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var reference in constructor.DeclaringSyntaxReferences)
                {
                    // The primary constructor of a record is declared by the type declaration itself.
                    if (reference.GetSyntax() is not TypeDeclarationSyntax) continue;
                    foreach (var parameter in constructor.Parameters)
                    {
                        if (parameter.Name == property.Name) return parameter;
                    }
                }
            }
            return null;
        }

        /// <summary>The property a private field backs: same words, ignoring case and the <c>_</c>/<c>m_</c> prefix.</summary>
        private static IPropertySymbol? BackedProperty(IFieldSymbol field, NameClassifier classifier)
        {
            var fieldWords = classifier.Normalize(field.Name, dropPrefix: false);
            foreach (var candidate in field.ContainingType.GetMembers())
            {
                if (candidate is IPropertySymbol property && !property.IsStatic &&
                    string.Equals(property.Name, string.Concat(fieldWords), System.StringComparison.OrdinalIgnoreCase))
                    return property;
            }
            return null;
        }

        private static bool IsEnumerable(INamedTypeSymbol type)
        {
            if (type.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) return true;
            foreach (var implemented in type.AllInterfaces)
            {
                if (implemented.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T) return true;
            }
            return false;
        }

        private static bool IsSystemType(INamedTypeSymbol type, string name) =>
            type.Name == name && type.ContainingType is null && IsNamespace(type.ContainingNamespace, "System");

        private static bool IsInSystemNet(INamespaceSymbol? ns) =>
            IsNamespace(ns, "Net", "System") || IsNamespace(ns, "NetworkInformation", "Net", "System") || IsNamespace(ns, "Mail", "Net", "System");

        /// <summary>
        /// True when <paramref name="ns"/> is the namespace named by the parts given innermost first (null parts are
        /// unused): fixed parameters rather than an array, so the check allocates nothing.
        /// </summary>
        private static bool IsNamespace(INamespaceSymbol? ns, string innermost, string? second = null, string? third = null, string? fourth = null)
        {
            return Part(ref ns, innermost) && Part(ref ns, second) && Part(ref ns, third) && Part(ref ns, fourth) && ns is { IsGlobalNamespace: true };

            static bool Part(ref INamespaceSymbol? current, string? name)
            {
                if (name is null) return true;
                if (current is null || current.IsGlobalNamespace || current.Name != name) return false;
                current = current.ContainingNamespace;
                return true;
            }
        }
    }
}
