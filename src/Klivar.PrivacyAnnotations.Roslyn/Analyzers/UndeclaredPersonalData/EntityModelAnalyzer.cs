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
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class EntityModelAnalyzer : DiagnosticAnalyzer
    {
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
            if (method.Name is not ("Property" or "HasForeignKey") || invocation.Arguments.Length == 0) return;
            if (method.ContainingType is not { } builder || !IsEfBuilder(builder)) return;

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
            foreach (var argument in invocation.Arguments)
            {
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
            if (personPrincipal is not null)
            {
                why = "shadow foreign key to '" + personPrincipal.Name + "'";
            }
            else if (valueType is not null)
            {
                var kind = UndeclaredPersonalDataAnalyzer.KindOf(valueType);
                var match = NameClassifier.Default.Classify(name, typeContext, kind);
                if (match is null && model.IsPersonLinked(entity)) match = NameClassifier.Default.Classify(name, typeContext | TypeContext.PersonLinked, kind);
                if (match is { } found) why = found.Category + ": matched '" + found.Words + "'";
                else if (model.KeyOf(name, kind, typeContext & ~TypeContext.PersonType) is { } key) why = "person key: " + key;
            }
            if (why is null) return;
            context.ReportDiagnostic(Diagnostic.Create(Rules.UndeclaredModelPersonalData, at.GetLocation(), name, entity.Name, why));
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
