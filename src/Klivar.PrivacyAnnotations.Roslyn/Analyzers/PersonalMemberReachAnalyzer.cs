using System.Collections.Immutable;
using System.Linq;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// KPA0023 for a personal property or field an erasure cannot overwrite (a read-only field, a property without a
    /// setter, init-only on a class; not a <c>[DataSubjectKey]</c>, which goes with its object or row, nor a member holding annotated objects, whose
    /// data their own tables erase); KPA0024 for one the helpers of a non-partial type cannot read or set. Both read
    /// the member as the generator does (<see cref="AnnotationReader"/>, <see cref="MemberReach"/>), so what is reported
    /// here is what the generated table lacks, said at build time instead of in an erasure outcome.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class PersonalMemberReachAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnerasablePersonalMember, Rules.UnreachablePersonalMember);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;
                var unsafeAccessors = MemberReach.HasUnsafeAccessors(start.Compilation);
                start.RegisterSymbolAction(symbol => AnalyzeType(symbol, unsafeAccessors), SymbolKind.NamedType);
            });
        }

        private static void AnalyzeType(SymbolAnalysisContext context, bool unsafeAccessors)
        {
            var type = (INamedTypeSymbol)context.Symbol;
            // Cheap first: a type with no attribute on itself or on a member holds no declared personal data.
            if (type.GetAttributes().IsEmpty && !type.GetMembers().Any(m => !m.GetAttributes().IsEmpty) && !type.IsRecord) return;
            var model = AnnotationReader.ReadType(type);
            // A type without helpers (an interface, a static or file-local type, a ref struct) has nothing to reach.
            var noExtensionClass = MemberReach.NoExtensionClassReason(model);
            if (noExtensionClass is { Length: > 0 } || type.IsRefLikeType) return;
            // Objects never stored (a domain event, a message) are never exported or erased: nothing to warn about.
            if (model.NotStored is not null) return;
            foreach (var member in model.Members)
            {
                if (member.Kind == MemberKind.Parameter || member.IsStatic) continue;
                var symbol = type.GetMembers(member.Name).FirstOrDefault(m => m is IPropertySymbol or IFieldSymbol);
                if (symbol?.Locations.FirstOrDefault(l => l.IsInSource) is not { } location) continue;
                // A subject key is not overwritten but goes with its object or row (a key, often init-only by design); a
                // navigation or an owned object (a member holding annotated objects) is erased through their own tables.
                if (member.NotWritableReason is { } why && !member.IsSubjectKey && !(TypeFacts.ValueTypeOf(symbol) is { } held && TypeFacts.HoldsAnnotatedType(held)))
                {
                    // A personal member the table cannot read is KPA0024's, not KPA0023's: it is not in the table at all.
                    if (MemberReach.Read(model, member, unsafeAccessors) != Reach.None)
                    {
                        context.ReportDiagnostic(Diagnostic.Create(Rules.UnerasablePersonalMember, location, member.Name, why));
                        continue;
                    }
                }
                if (MemberReach.WhyUnreachable(model, member, unsafeAccessors) is { } unreachable)
                    context.ReportDiagnostic(Diagnostic.Create(Rules.UnreachablePersonalMember, location, member.Name, unreachable, type.Name));
            }
        }
    }
}
