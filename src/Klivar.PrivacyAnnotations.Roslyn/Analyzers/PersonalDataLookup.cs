using System.Collections.Concurrent;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>A member or parameter that holds personal data, as the leak rules name it.</summary>
    internal sealed class PersonalValue
    {
        public PersonalValue(string displayName, PersonalDataModel annotation)
        {
            DisplayName = displayName;
            Annotation = annotation;
        }

        /// <summary><c>User.Email</c>, or <c>Send(email)</c> for a parameter.</summary>
        public string DisplayName { get; }

        /// <summary>The first annotation: its category and redaction drive the code fix.</summary>
        public PersonalDataModel Annotation { get; }
    }

    /// <summary>
    /// Answers "is this personal data?" for the leak rules, through <see cref="AnnotationReader"/>, once per symbol and
    /// compilation (the answers are cached: the same members are read at many call sites).
    /// </summary>
    internal sealed class PersonalDataLookup
    {
        private readonly ConcurrentDictionary<ISymbol, PersonalValue?> _values = new ConcurrentDictionary<ISymbol, PersonalValue?>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<ITypeSymbol, bool> _types = new ConcurrentDictionary<ITypeSymbol, bool>(SymbolEqualityComparer.Default);
        private readonly ConcurrentDictionary<INamedTypeSymbol, EquatableArray<PersonalDataModel>> _typeAnnotations =
            new ConcurrentDictionary<INamedTypeSymbol, EquatableArray<PersonalDataModel>>(SymbolEqualityComparer.Default);

        /// <summary>The personal data a property, field or parameter holds, or null.</summary>
        public PersonalValue? Of(ISymbol symbol)
        {
            switch (symbol)
            {
                case IPropertySymbol or IFieldSymbol:
                    return _values.GetOrAdd(symbol.OriginalDefinition, ReadMember);
                case IParameterSymbol parameter:
                    return _values.GetOrAdd(parameter.OriginalDefinition, ReadParameter);
                default:
                    return null;
            }
        }

        /// <summary>True for a type whose instances hold personal data: annotated itself, or with an annotated member (its bases included).</summary>
        public bool HoldsPersonalData(ITypeSymbol? type)
        {
            if (type is not INamedTypeSymbol named || named.SpecialType != SpecialType.None || named.TypeKind is not (TypeKind.Class or TypeKind.Struct))
                return false;
            return _types.GetOrAdd(named.OriginalDefinition, ReadHolds);
        }

        private bool ReadHolds(ITypeSymbol type)
        {
            for (var t = type as INamedTypeSymbol; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
            {
                if (TypeAnnotations(t).Count > 0) return true;
                foreach (var member in t.GetMembers())
                {
                    // A static member is the type's, not its instances': printing an instance does not print it.
                    if (member is IPropertySymbol or IFieldSymbol && !member.IsStatic && Of(member) is not null) return true;
                }
            }
            return false;
        }

        // The annotations only: the member's whole model (its type's code name, its other attributes) is the generator's.
        private PersonalValue? ReadMember(ISymbol member)
        {
            if (member.ContainingType is not { } type) return null;
            var annotations = AnnotationReader.ReadMemberAnnotations(member, TypeAnnotations(type));
            return annotations.Count == 0 ? null : new PersonalValue(DisplayNames.Of(member), annotations[0]);
        }

        private static PersonalValue? ReadParameter(ISymbol symbol)
        {
            var parameter = (IParameterSymbol)symbol;
            var annotations = AnnotationReader.ReadPersonalDataList(parameter);
            if (annotations.Count == 0) return null;
            return new PersonalValue(DisplayNames.Of(parameter), annotations[0]);
        }

        private EquatableArray<PersonalDataModel> TypeAnnotations(INamedTypeSymbol type) =>
            _typeAnnotations.GetOrAdd(type, t => AnnotationReader.ReadPersonalDataList(t));
    }
}
