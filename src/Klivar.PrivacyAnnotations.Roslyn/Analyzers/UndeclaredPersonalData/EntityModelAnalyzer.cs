using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// KPA0036: personal data that only the EF Core model declares, which a rule reading classes cannot see: a shadow
    /// property (<c>builder.Property&lt;string&gt;("Email")</c>, <c>Property&lt;int&gt;("CustomerId")</c>) and a shadow
    /// foreign key to a person entity (<c>HasOne&lt;Customer&gt;().WithMany().HasForeignKey("CustomerId")</c>), in an
    /// <c>IEntityTypeConfiguration&lt;T&gt;</c>, <c>OnModelCreating</c> or wherever an entity type builder is used. The
    /// name is judged as KPA0001 and KPA0012 judge a member of the entity. Declared by naming it on the entity type
    /// (<c>[PersonalData(..., Members = new[] { "CustomerId" })]</c>) or by <c>[NotPersonalData]</c> on the type.
    /// Also what the model says of class members: a type owned (<c>OwnsOne</c>, <c>OwnsMany</c>) by a person or a row
    /// linked to one keeps its columns in the owner's table, so its members are judged in the owner's context; a
    /// foreign key to a person entity (<c>HasOne(o =&gt; o.Buyer).WithMany().HasForeignKey(o =&gt; o.BuyerRef)</c>)
    /// links its row to that person whatever its name. Reported at the configuration when KPA0001 and KPA0012, which
    /// read the class alone, stay silent on the member.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntityModelAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>Diagnostic property: the documentation id of the entity type a shadow property is named on.</summary>
        public const string EntityProperty = "Entity";

        /// <summary>Diagnostic property: the shadow property's name.</summary>
        public const string NameProperty = "Name";

        /// <summary>Diagnostic property: the documentation id of the class member the model makes personal data.</summary>
        public const string MemberProperty = "Member";

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UndeclaredModelPersonalData);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                if (KnownTypes.FindRuntime(compilation, KnownNames.PersonalDataAttribute) is null) return;
                var entityBuilder = KnownTypes.Find(compilation, "Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder`1");
                if (entityBuilder is null) return;
                var model = new PersonLinkModel(NameClassifier.Default, start.Compilation);
                start.RegisterOperationAction(operation => Analyze(operation, model), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, PersonLinkModel model)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not ("Property" or "HasForeignKey" or "OwnsOne" or "OwnsMany") || invocation.Arguments.Length == 0) return;
            if (method.ContainingType is not { } builder || !IsEfBuilder(builder)) return;

            if (method.Name is "OwnsOne" or "OwnsMany")
            {
                // OwnsOne<TOwned>(o => o.Address) on an entity's builder (or an owned one's): the owner is the builder's
                // last type argument.
                if (!method.IsGenericMethod || method.TypeArguments[0] is not INamedTypeSymbol owned || builder.TypeArguments.Length == 0 ||
                    builder.TypeArguments[builder.TypeArguments.Length - 1] is not INamedTypeSymbol owner)
                    return;
                JudgeOwned(context, model, owner, owned, invocation.Arguments[0].Syntax);
                return;
            }

            if (method.Name == "Property")
            {
                // Property<T>("Name") on an entity type's builder: T is the value, the entity its type argument.
                if (!method.IsGenericMethod || builder.TypeArguments.Length != 1 || builder.TypeArguments[0] is not INamedTypeSymbol entity) return;
                if (FirstString(invocation) is not { } name) return;
                if (HasMember(entity, name.Value)) return; // a CLR property: KPA0001 reads it on the class
                Judge(context, model, entity, name.Value, method.TypeArguments[0], name.Syntax, personPrincipal: null);
                return;
            }

            // HasForeignKey("CustomerId") of a relationship: the dependent is the builder's last type argument, the
            // principal its first (ReferenceCollectionBuilder<TPrincipal, TDependent>).
            if (builder.TypeArguments.Length != 2 || builder.TypeArguments[0] is not INamedTypeSymbol principal || builder.TypeArguments[1] is not INamedTypeSymbol dependent) return;
            if (!builder.Name.StartsWith("ReferenceCollection", System.StringComparison.Ordinal) && !builder.Name.StartsWith("ReferenceReference", System.StringComparison.Ordinal)) return;
            // HasForeignKey<TDependent>(o => o.BuyerRef) of a one-to-one: the dependent is the method's type argument.
            if (method.IsGenericMethod && method.TypeArguments[0] is INamedTypeSymbol chosen) dependent = chosen;
            foreach (var argument in invocation.Arguments)
            {
                if (Unwrap(argument.Value) is IAnonymousFunctionOperation lambda)
                {
                    if (model.IsPersonType(principal)) JudgeForeignKeys(context, model, dependent, principal, lambda);
                    continue;
                }
                foreach (var (value, syntax) in Strings(argument.Value))
                {
                    if (HasMember(dependent, value)) continue;
                    Judge(context, model, dependent, value, null, syntax, model.IsPersonType(principal) ? principal : null);
                }
            }
        }

        private static void Judge(OperationAnalysisContext context, PersonLinkModel model, INamedTypeSymbol entity, string name, ITypeSymbol? valueType,
            SyntaxNode at, INamedTypeSymbol? personPrincipal)
        {
            if (IsDeclared(entity, name)) return;
            var typeContext = model.ContextOf(entity);
            if ((typeContext & TypeContext.NotDataHolder) != 0) return;
            string? why = null;
            var category = DataCategory.Identification;
            if (personPrincipal is not null)
            {
                why = "shadow foreign key to '" + personPrincipal.Name + "'";
            }
            else if (valueType is not null)
            {
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                var match = NameClassifier.Default.Classify(name, typeContext, kind);
                if (match is null && model.IsPersonLinked(entity)) match = NameClassifier.Default.Classify(name, typeContext | TypeContext.PersonLinked, kind);
                if (match is { } found)
                {
                    why = found.Category + ": matched '" + found.Words + "'";
                    category = found.Category;
                }
                else if (model.KeyOf(name, kind, typeContext & ~TypeContext.PersonType) is { } key) why = "person key: " + key;
            }
            if (why is null) return;
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(UndeclaredPersonalDataAnalyzer.CategoryProperty, category.ToString())
                .Add(EntityProperty, DocumentationCommentId.CreateDeclarationId(entity))
                .Add(NameProperty, name);
            context.ReportDiagnostic(Diagnostic.Create(Rules.UndeclaredModelPersonalData, at.GetLocation(), properties, name, entity.Name, why));
        }

        /// <summary>
        /// The members of a type owned by a person, or by a row linked to one, judged as columns of the owner's table;
        /// reported when the class alone says nothing of them.
        /// </summary>
        private static void JudgeOwned(OperationAnalysisContext context, PersonLinkModel model, INamedTypeSymbol owner, INamedTypeSymbol owned, SyntaxNode at)
        {
            if (owned.DeclaringSyntaxReferences.IsEmpty || AnnotationReader.ReadNotPersonalData(owned) is not null) return;
            var ownerContext = model.ContextOf(owner);
            if ((ownerContext & TypeContext.NotDataHolder) != 0) return;
            var ownerIsPerson = (ownerContext & TypeContext.PersonType) != 0;
            if (!ownerIsPerson && !model.IsPersonLinked(owner)) return;
            var ownedContext = model.ContextOf(owned);
            if ((ownedContext & TypeContext.NotDataHolder) != 0) return;
            var alone = model.IsPersonLinked(owned) ? ownedContext | TypeContext.PersonLinked : ownedContext;
            // Its columns are the owner's: a person's ambiguous words (a Nickname) count when a person owns it.
            var inOwner = (ownedContext & ~TypeContext.Geographic) | TypeContext.PersonLinked | (ownerContext & TypeContext.PersonLike);
            foreach (var member in owned.GetMembers())
            {
                if (member.IsStatic || member.IsImplicitlyDeclared || TypeFacts.ValueTypeOf(member) is not { } valueType) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                if (kind == ValueKind.Other || NameClassifier.Default.Classify(member.Name, alone, kind) is not null) continue;
                if (NameClassifier.Default.Classify(member.Name, inOwner, kind) is not { } found) continue;
                if (UndeclaredPersonalDataAnalyzer.IsDeclared(member, NameClassifier.Default)) continue;
                ReportMember(context, member, owned, at, "owned by '" + owner.Name + "': " + found.Category + ": matched '" + found.Words + "'", found.Category);
            }
        }

        /// <summary>The members a foreign key lambda names, on a dependent of a person entity: each links its row to that person.</summary>
        private static void JudgeForeignKeys(OperationAnalysisContext context, PersonLinkModel model, INamedTypeSymbol dependent, INamedTypeSymbol principal, IAnonymousFunctionOperation lambda)
        {
            foreach (var reference in lambda.Body.Descendants())
            {
                if (reference is not IMemberReferenceOperation { Member: { } member } || member is not (IPropertySymbol or IFieldSymbol)) continue;
                if (member.DeclaringSyntaxReferences.IsEmpty || member.ContainingType is { IsAnonymousType: true } || TypeFacts.ValueTypeOf(member) is not { } valueType) continue;
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                var typeContext = model.ContextOf(member.ContainingType);
                // KPA0012 reports it on the class already: a person key by its name, or the key of a person navigation.
                if (model.KeyOf(member.Name, kind, typeContext & ~TypeContext.PersonType) is not null || model.PersonNavigationOfKey(member.Name, member.ContainingType) is not null) continue;
                if (NameClassifier.Default.Classify(member.Name, typeContext, kind) is not null) continue;
                if (UndeclaredPersonalDataAnalyzer.IsDeclared(member, NameClassifier.Default) || AnnotationReader.IsSubjectKey(member)) continue;
                ReportMember(context, member, dependent, reference.Syntax, "foreign key to '" + principal.Name + "'", DataCategory.Identification);
            }
        }

        private static void ReportMember(OperationAnalysisContext context, ISymbol member, INamedTypeSymbol type, SyntaxNode at, string why, DataCategory category)
        {
            var properties = ImmutableDictionary<string, string?>.Empty
                .Add(UndeclaredPersonalDataAnalyzer.CategoryProperty, category.ToString())
                .Add(MemberProperty, DocumentationCommentId.CreateDeclarationId(member));
            context.ReportDiagnostic(Diagnostic.Create(Rules.UndeclaredModelPersonalData, at.GetLocation(), properties, member.Name, type.Name, why));
        }

        private static IOperation Unwrap(IOperation operation)
        {
            while (operation is IConversionOperation or IDelegateCreationOperation)
                operation = operation is IConversionOperation conversion ? conversion.Operand : ((IDelegateCreationOperation)operation).Target;
            return operation;
        }

        /// <summary>Named on the entity type in <c>[PersonalData(Members = ...)]</c>, or the type says it holds no personal data.</summary>
        private static bool IsDeclared(INamedTypeSymbol entity, string name)
        {
            if (AnnotationReader.ReadNotPersonalData(entity) is not null) return true;
            for (var t = entity; t is not null; t = t.BaseType)
            {
                foreach (var attribute in t.GetAttributes())
                {
                    if (AnnotationReader.IsPersonalData(attribute) && AnnotationReader.NamedMembers(attribute) is { } names && names.Contains(name)) return true;
                }
            }
            return false;
        }

        private static bool HasMember(INamedTypeSymbol type, string name)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                if (!t.GetMembers(name).IsEmpty) return true;
            }
            return false;
        }

        private static bool IsEfBuilder(INamedTypeSymbol type) =>
            type.ContainingNamespace is { Name: "Builders", ContainingNamespace: { Name: "Metadata", ContainingNamespace: { Name: "EntityFrameworkCore", ContainingNamespace: { Name: "Microsoft", ContainingNamespace.IsGlobalNamespace: true } } } };

        private static (string Value, SyntaxNode Syntax)? FirstString(IInvocationOperation invocation)
        {
            foreach (var (value, syntax) in Strings(invocation.Arguments[0].Value)) return (value, syntax);
            return null;
        }

        // The constant strings of an argument: one, or a params array of them.
        private static System.Collections.Generic.IEnumerable<(string Value, SyntaxNode Syntax)> Strings(IOperation value)
        {
            if (value is IArrayCreationOperation { Initializer: { } initializer })
            {
                foreach (var element in initializer.ElementValues)
                {
                    if (element.ConstantValue is { HasValue: true, Value: string text }) yield return (text, element.Syntax);
                }
            }
            else if (value.ConstantValue is { HasValue: true, Value: string single })
            {
                yield return (single, value.Syntax);
            }
        }
    }
}
