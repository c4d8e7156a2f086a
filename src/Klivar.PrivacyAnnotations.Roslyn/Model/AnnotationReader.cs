using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Reads the annotations from symbols into the model. The only place that interprets attribute arguments: the
    /// generator and every analyzer go through it. It never throws on malformed attributes (the compiler reports
    /// those); it returns null or skips the argument instead.
    /// </summary>
    internal static class AnnotationReader
    {
        private static readonly SymbolDisplayFormat FullNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .WithGlobalNamespaceStyle(SymbolDisplayGlobalNamespaceStyle.Omitted)
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        private static readonly SymbolDisplayFormat CodeNameFormat = SymbolDisplayFormat.FullyQualifiedFormat
            .WithMiscellaneousOptions(SymbolDisplayMiscellaneousOptions.UseSpecialTypes | SymbolDisplayMiscellaneousOptions.IncludeNullableReferenceTypeModifier);

        public static bool IsPersonalData(AttributeData attribute) => Is(attribute, KnownNames.PersonalDataAttribute);

        public static bool IsNotPersonalData(AttributeData attribute) => Is(attribute, KnownNames.NotPersonalDataAttribute);

        /// <summary>True when the attribute is <paramref name="metadataName"/> (compared by parts: no string is built).</summary>
        public static bool Is(AttributeData attribute, string metadataName) =>
            attribute.AttributeClass is { } type &&
            metadataName.Length == KnownNames.Namespace.Length + 1 + type.Name.Length &&
            metadataName.EndsWith(type.Name, StringComparison.Ordinal) &&
            type.ContainingType is null &&
            type.ContainingNamespace is { Name: "PrivacyAnnotations", ContainingNamespace: { Name: "Klivar", ContainingNamespace.IsGlobalNamespace: true } };

        /// <summary>Reads one <c>[PersonalData]</c>; null when the compiler could not bind it.</summary>
        public static PersonalDataModel? ReadPersonalData(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (attribute.AttributeConstructor is null || args.Length < 2 || args[0].Value is not int category)
                return null;

            var purposes = ImmutableArray.CreateBuilder<string>();
            AddPurpose(purposes, args[1]);
            if (args.Length > 2 && args[2].Kind == TypedConstantKind.Array && !args[2].IsNull)
            {
                foreach (var more in args[2].Values) AddPurpose(purposes, more);
            }

            return new PersonalDataModel(
                category,
                new EquatableArray<string>(purposes.ToImmutable()),
                Named<string>(attribute, "Retention"),
                Named<int?>(attribute, "Redaction") ?? 0,
                Named<bool?>(attribute, "Encrypted") ?? false,
                Named<bool?>(attribute, "Pseudonymised") ?? false,
                Named<string>(attribute, "DataSubject"),
                Named<bool?>(attribute, "Hashed") ?? false,
                Named<string>(attribute, "DataSet"),
                Named<string>(attribute, "ToConfirm"));
        }

        /// <summary>The member carries <c>[DataSubjectKey]</c>: it identifies whose data the object holds.</summary>
        public static bool IsSubjectKey(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (Is(attribute, KnownNames.DataSubjectKeyAttribute)) return true;
            }
            return false;
        }

        /// <summary>The justification of a <c>[NotPersonalData]</c> on the symbol, if it has one ("" when none was given).</summary>
        public static string? ReadNotPersonalData(ISymbol symbol)
        {
            foreach (var attribute in symbol.GetAttributes())
            {
                if (IsNotPersonalData(attribute))
                    return attribute.ConstructorArguments.Length == 1 ? attribute.ConstructorArguments[0].Value as string ?? "" : "";
            }
            return null;
        }

        public static EquatableArray<PersonalDataModel> ReadPersonalDataList(ISymbol symbol)
        {
            var attributes = symbol.GetAttributes();
            // Most members carry no attribute: no builder for them (this runs for every member of every annotated type).
            if (attributes.IsEmpty) return EquatableArray<PersonalDataModel>.Empty;
            var builder = ImmutableArray.CreateBuilder<PersonalDataModel>();
            foreach (var attribute in attributes)
            {
                // [PersonalData(Members = ...)] on a type declares the members it names, not the type's default.
                if (IsPersonalData(attribute) && NamedMembers(attribute) is null && ReadPersonalData(attribute) is { } model) builder.Add(model);
            }
            return new EquatableArray<PersonalDataModel>(builder.ToImmutable());
        }

        /// <summary>The member names of a <c>[PersonalData(Members = ...)]</c>, or null when it names none.</summary>
        public static ImmutableArray<string>? NamedMembers(AttributeData attribute)
        {
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key != "Members") continue;
                if (named.Value.Kind != TypedConstantKind.Array || named.Value.IsNull) return null;
                var names = ImmutableArray.CreateBuilder<string>();
                foreach (var value in named.Value.Values)
                {
                    if (value.Value is string name && name.Length > 0) names.Add(name);
                }
                return names.ToImmutable();
            }
            return null;
        }

        /// <summary>
        /// The inherited members a type declares by name (<c>[PersonalData(..., Members = new[] { "Email" })]</c> on
        /// <c>AppUser : IdentityUser</c>), each with its annotations, in the order first named. A name the type declares
        /// itself, or that no base type has as an instance property or field, is left out (the analyzers report it).
        /// </summary>
        public static ImmutableArray<(ISymbol Member, EquatableArray<PersonalDataModel> Annotations)> ReadInheritedMembers(INamedTypeSymbol type)
        {
            Dictionary<string, ImmutableArray<PersonalDataModel>.Builder>? byName = null;
            List<string>? order = null;
            foreach (var attribute in type.GetAttributes())
            {
                if (!IsPersonalData(attribute) || NamedMembers(attribute) is not { } names || ReadPersonalData(attribute) is not { } model) continue;
                foreach (var name in names)
                {
                    byName ??= new Dictionary<string, ImmutableArray<PersonalDataModel>.Builder>(StringComparer.Ordinal);
                    order ??= new List<string>();
                    if (!byName.TryGetValue(name, out var list))
                    {
                        byName[name] = list = ImmutableArray.CreateBuilder<PersonalDataModel>();
                        order.Add(name);
                    }
                    list.Add(model);
                }
            }
            if (byName is null || order is null) return ImmutableArray<(ISymbol, EquatableArray<PersonalDataModel>)>.Empty;

            var found = ImmutableArray.CreateBuilder<(ISymbol, EquatableArray<PersonalDataModel>)>();
            foreach (var name in order)
            {
                if (!type.GetMembers(name).IsEmpty || InheritedMember(type, name) is not { } member) continue;
                found.Add((member, new EquatableArray<PersonalDataModel>(byName[name].ToImmutable())));
            }
            return found.ToImmutable();
        }

        /// <summary>The instance property or field named <paramref name="name"/> that <paramref name="type"/> inherits, or null.</summary>
        public static ISymbol? InheritedMember(INamedTypeSymbol type, string name)
        {
            for (var b = type.BaseType; b is not null && b.SpecialType != SpecialType.System_Object; b = b.BaseType)
            {
                foreach (var candidate in b.GetMembers(name))
                {
                    if (candidate.IsStatic || candidate.DeclaredAccessibility is Accessibility.Private) continue;
                    if (candidate is IPropertySymbol { IsIndexer: false } or IFieldSymbol { IsConst: false, AssociatedSymbol: null }) return candidate;
                }
            }
            return null;
        }

        /// <summary>
        /// Reads a type with every member that holds personal data: its own annotated members, and, when the type itself
        /// is annotated, every public instance property and field it declares (unless marked <c>[NotPersonalData]</c>);
        /// annotated parameters of its constructors and methods. Members are sorted by name so the model does not depend on the order of files or declarations.
        /// </summary>
        public static TypeModel ReadType(INamedTypeSymbol type)
        {
            var typeAnnotations = ReadPersonalDataList(type);
            var members = new List<MemberModel>();
            foreach (var member in type.GetMembers())
            {
                if (ReadMember(member, typeAnnotations) is { } model) members.Add(model);
            }
            // Members inherited from a base type the team cannot annotate (ASP.NET Core Identity's user), named on the type.
            foreach (var (member, annotations) in ReadInheritedMembers(type))
            {
                if (ReadNamedMember(member, annotations) is { } model) members.Add(model);
            }
            // Annotated parameters of constructors and methods: data the type processes, so the register lists it.
            foreach (var method in type.GetMembers().OfType<IMethodSymbol>())
            {
                if (method.MethodKind != MethodKind.Constructor && method.MethodKind != MethodKind.Ordinary) continue;
                foreach (var parameter in method.Parameters)
                {
                    // A record's positional parameter stands for its property; the property entry already covers it.
                    if (IsPrimaryConstructorParameterOfRecord(parameter)) continue;
                    if (ReadParameter(parameter) is { } model) members.Add(model);
                }
            }
            members.Sort((a, b) =>
            {
                var byName = string.CompareOrdinal(a.DisplayName, b.DisplayName);
                return byName != 0 ? byName : a.Kind.CompareTo(b.Kind);
            });
            return ReadTypeHeader(type, typeAnnotations, members.ToEquatableArray());
        }

        /// <summary>
        /// Reads a member that holds personal data (its own annotations, or its type's), else null. A static member is
        /// read only from its own annotations: a type's annotation describes its instances.
        /// </summary>
        public static MemberModel? ReadMember(ISymbol member, EquatableArray<PersonalDataModel> typeAnnotations)
        {
            if (!IsReadableMember(member)) return null;

            ITypeSymbol memberType;
            bool canWrite, isInitOnly, readableOutside, writableOutside;
            string? notWritable;
            string? viaInterface = null;
            MemberKind kind;
            switch (member)
            {
                case IPropertySymbol property when !property.IsIndexer:
                    memberType = property.Type;
                    canWrite = property.SetMethod is not null;
                    isInitOnly = property.SetMethod?.IsInitOnly == true;
                    readableOutside = property.GetMethod is { } getter && IsAccessibleOutside(getter.DeclaredAccessibility);
                    writableOutside = property.SetMethod is { } setter && IsAccessibleOutside(setter.DeclaredAccessibility);
                    notWritable = !canWrite ? (IsAutoProperty(property) ? "a get-only property, set only by a constructor" : "a computed property with no setter")
                        : isInitOnly && !property.ContainingType.IsRecord && !property.ContainingType.IsValueType ? "init-only on a class, set only when the object is created"
                        : null;
                    kind = MemberKind.Property;
                    // An explicit implementation (string IContact.Email) is named through its interface, from anywhere the
                    // interface can be named; a struct's would be set on a boxed copy, and "with" cannot name it.
                    if (property.ExplicitInterfaceImplementations.FirstOrDefault() is { } implemented)
                    {
                        viaInterface = CodeName(implemented.ContainingType);
                        readableOutside = writableOutside = IsNameableOutside(implemented.ContainingType);
                        notWritable ??= isInitOnly ? "an init-only explicit interface implementation"
                            : property.ContainingType.IsValueType ? "an explicit interface implementation of a struct, which would be set on a boxed copy"
                            : null;
                    }
                    break;
                case IFieldSymbol field when !field.IsConst && field.AssociatedSymbol is null:
                    memberType = field.Type;
                    canWrite = !field.IsReadOnly;
                    isInitOnly = false;
                    readableOutside = writableOutside = IsAccessibleOutside(field.DeclaredAccessibility);
                    notWritable = field.IsReadOnly ? "a read-only field" : null;
                    kind = MemberKind.Field;
                    break;
                default:
                    return null;
            }

            var own = OwnAnnotations(member);
            var notPersonal = ReadNotPersonalData(member);
            var fromType = own.Count == 0 && notPersonal is null && TypeAnnotationsApply(member, typeAnnotations);
            if (own.Count == 0 && !fromType) return null;

            return new MemberModel(
                member.Name,
                kind,
                null,
                CodeName(memberType),
                memberType.SpecialType == SpecialType.System_String,
                memberType.IsReferenceType && memberType.NullableAnnotation == NullableAnnotation.Annotated,
                canWrite,
                isInitOnly,
                fromType ? typeAnnotations : own,
                fromType,
                notPersonal,
                member.IsStatic,
                IsSubjectKey(member),
                notWritable,
                readableOutside,
                writableOutside,
                IsNameableOutside(memberType),
                viaInterface);
        }

        // Internal or wider: code of another type of the assembly (an extension class beside the type) may use it.
        private static bool IsAccessibleOutside(Accessibility accessibility) =>
            accessibility is Accessibility.Internal or Accessibility.ProtectedOrInternal or Accessibility.Public;

        // An auto-property has a compiler-made backing field; a get-only one is set by a constructor only.
        private static bool IsAutoProperty(IPropertySymbol property)
        {
            foreach (var member in property.ContainingType.GetMembers())
            {
                if (member is IFieldSymbol { IsImplicitlyDeclared: true } field && SymbolEqualityComparer.Default.Equals(field.AssociatedSymbol, property)) return true;
            }
            return false;
        }

        // Generated code outside the type can name it: every type in it is internal or wider (not a private nested type).
        private static bool IsNameableOutside(ITypeSymbol type)
        {
            switch (type)
            {
                case IArrayTypeSymbol array: return IsNameableOutside(array.ElementType);
                case IPointerTypeSymbol: return false;
                case ITypeParameterSymbol: return true;
                case INamedTypeSymbol named:
                    for (var t = named; t is not null; t = t.ContainingType)
                    {
                        if (t.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal) return false;
                    }
                    foreach (var argument in named.TypeArguments)
                    {
                        if (!IsNameableOutside(argument)) return false;
                    }
                    return true;
                default: return true;
            }
        }

        /// <summary>An inherited member with the annotations its derived type gives it by name.</summary>
        private static MemberModel? ReadNamedMember(ISymbol member, EquatableArray<PersonalDataModel> annotations)
        {
            switch (member)
            {
                case IPropertySymbol property:
                    return new MemberModel(
                        property.Name, MemberKind.Property, null, CodeName(property.Type),
                        property.Type.SpecialType == SpecialType.System_String,
                        property.Type.IsReferenceType && property.Type.NullableAnnotation == NullableAnnotation.Annotated,
                        property.SetMethod is { } setter && setter.DeclaredAccessibility >= Accessibility.Internal,
                        property.SetMethod?.IsInitOnly == true,
                        annotations, false, null, false, IsSubjectKey(property));
                case IFieldSymbol field:
                    return new MemberModel(
                        field.Name, MemberKind.Field, null, CodeName(field.Type),
                        field.Type.SpecialType == SpecialType.System_String,
                        field.Type.IsReferenceType && field.Type.NullableAnnotation == NullableAnnotation.Annotated,
                        !field.IsReadOnly && field.DeclaredAccessibility >= Accessibility.Internal,
                        false, annotations, false, null, false, IsSubjectKey(field));
                default:
                    return null;
            }
        }

        /// <summary>
        /// The annotations <see cref="ReadMember"/> gives the member (its own, else its type's), empty when it returns
        /// null: the same decision without building the model (the leak rules ask it of every member they meet).
        /// </summary>
        public static EquatableArray<PersonalDataModel> ReadMemberAnnotations(ISymbol member, EquatableArray<PersonalDataModel> typeAnnotations)
        {
            if (!IsReadableMember(member)) return EquatableArray<PersonalDataModel>.Empty;
            var own = OwnAnnotations(member);
            if (own.Count > 0) return own;
            return TypeAnnotationsApply(member, typeAnnotations) && ReadNotPersonalData(member) is null ? typeAnnotations : EquatableArray<PersonalDataModel>.Empty;
        }

        // A property or field that holds a value (TypeFacts.ValueTypeOf), declared by the author, not a constant.
        private static bool IsReadableMember(ISymbol member) =>
            !member.IsImplicitlyDeclared && member is not IFieldSymbol { IsConst: true } && TypeFacts.ValueTypeOf(member) is not null;

        private static EquatableArray<PersonalDataModel> OwnAnnotations(ISymbol member)
        {
            var own = ReadPersonalDataList(member);
            return own.Count == 0 ? ReadRecordParameterAnnotations(member) : own;
        }

        // The type's annotation covers its public instance members (unless one says [NotPersonalData]).
        private static bool TypeAnnotationsApply(ISymbol member, EquatableArray<PersonalDataModel> typeAnnotations) =>
            typeAnnotations.Count > 0 && member.DeclaredAccessibility == Accessibility.Public && !member.IsStatic;

        /// <summary>Reads an annotated parameter of a method or constructor, else null.</summary>
        public static MemberModel? ReadParameter(IParameterSymbol parameter)
        {
            var own = ReadPersonalDataList(parameter);
            if (own.Count == 0) return null;
            var methodName = parameter.ContainingSymbol is IMethodSymbol method ? DisplayNames.MethodName(method) : null;
            return new MemberModel(
                parameter.Name, MemberKind.Parameter, methodName, CodeName(parameter.Type),
                parameter.Type.SpecialType == SpecialType.System_String,
                parameter.Type.IsReferenceType && parameter.Type.NullableAnnotation == NullableAnnotation.Annotated,
                false, false, own, false, ReadNotPersonalData(parameter));
        }

        /// <summary>Reads everything about a type but its members.</summary>
        public static TypeModel ReadTypeHeader(INamedTypeSymbol type, EquatableArray<PersonalDataModel> typeAnnotations, EquatableArray<MemberModel> members)
        {
            var containing = ImmutableArray.CreateBuilder<ContainingTypeModel>();
            var allPartial = IsPartial(type);
            var accessible = true;
            for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
            {
                containing.Insert(0, new ContainingTypeModel(Keyword(outer), outer.Name, TypeParameterList(outer), IsPartial(outer)));
                allPartial &= IsPartial(outer);
            }
            for (var t = type; t is not null; t = t.ContainingType)
            {
                if (t.DeclaredAccessibility is Accessibility.Private or Accessibility.Protected or Accessibility.ProtectedAndInternal)
                    accessible = false;
            }

            return new TypeModel(
                type.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : "",
                type.Name,
                type.ToDisplayString(FullNameFormat),
                type.ToDisplayString(CodeNameFormat),
                Keyword(type),
                TypeParameterList(type),
                TypeConstraints(type),
                allPartial,
                accessible,
                IsFileLocal(type),
                type.IsValueType,
                type.IsRecord,
                type.IsAbstract,
                type.IsStatic,
                type.InstanceConstructors.Any(c => c.Parameters.Length == 0 && c.DeclaredAccessibility >= Accessibility.Internal),
                new EquatableArray<ContainingTypeModel>(containing.ToImmutable()),
                typeAnnotations,
                ReadNotPersonalData(type),
                members,
                ReadNotStored(type));
        }

        /// <summary>
        /// Why objects of the type are never stored, in words; null when they may be. The nearest <c>[NotStored]</c> on
        /// the type or a base type decides (<c>[NotStored(false)]</c>: stored); without one, an in-process MediatR
        /// notification (<c>MediatR.INotification</c>) is recognised as never stored.
        /// </summary>
        public static string? ReadNotStored(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.BaseType)
            {
                foreach (var attribute in t.GetAttributes())
                {
                    if (!Is(attribute, KnownNames.NotStoredAttribute)) continue;
                    if (attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is false) return null;
                    return Named<string>(attribute, "Reason") is { } reason && !string.IsNullOrWhiteSpace(reason) ? reason : "marked as never stored";
                }
            }
            foreach (var contract in type.AllInterfaces)
            {
                foreach (var attribute in contract.GetAttributes())
                {
                    if (Is(attribute, KnownNames.NotStoredAttribute))
                        return attribute.ConstructorArguments.Length == 1 && attribute.ConstructorArguments[0].Value is false ? null
                            : Named<string>(attribute, "Reason") is { } reason && !string.IsNullOrWhiteSpace(reason) ? reason : "marked as never stored";
                }
                if (contract is { Name: "INotification", ContainingType: null, ContainingNamespace: { Name: "MediatR", ContainingNamespace.IsGlobalNamespace: true } })
                    return "an in-process notification (MediatR INotification), never stored";
            }
            return null;
        }

        /// <summary>Reads the assembly-level declarations in declaration order.</summary>
        public static AssemblyModel ReadAssembly(IAssemblySymbol assembly)
        {
            ControllerModel? controller = null;
            var activities = ImmutableArray.CreateBuilder<ActivityModel>();
            var transfers = ImmutableArray.CreateBuilder<TransferModel>();
            var processors = ImmutableArray.CreateBuilder<ProcessorModel>();
            SecurityModel? security = null;
            foreach (var attribute in assembly.GetAttributes())
            {
                if (Is(attribute, KnownNames.ProcessingActivityAttribute))
                {
                    if (ReadActivity(attribute) is { } activity) activities.Add(activity);
                }
                else if (Is(attribute, KnownNames.InternationalTransferAttribute))
                {
                    if (ReadTransfer(attribute) is { } transfer) transfers.Add(transfer);
                }
                else if (Is(attribute, KnownNames.ProcessorAttribute))
                {
                    if (ReadProcessor(attribute) is { } processor) processors.Add(processor);
                }
                else if (Is(attribute, KnownNames.DataControllerAttribute) && controller is null)
                {
                    controller = ReadController(attribute);
                }
                else if (Is(attribute, KnownNames.SecurityMeasuresAttribute) && security is null)
                {
                    security = ReadSecurity(attribute);
                }
            }
            return new AssemblyModel(assembly.Name, controller, new EquatableArray<ActivityModel>(activities.ToImmutable()), new EquatableArray<TransferModel>(transfers.ToImmutable()),
                new EquatableArray<ProcessorModel>(processors.ToImmutable()), security);
        }

        /// <summary>The <c>[assembly: SecurityMeasures]</c>: its checklist (the constructor's) and its other measures.</summary>
        public static SecurityModel? ReadSecurity(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (attribute.AttributeConstructor is null || args.Length != 1 || args[0].Kind != TypedConstantKind.Array) return null;
            var checklist = args[0].IsNull ? EquatableArray<int>.Empty : args[0].Values.Where(v => v.Value is int).Select(v => (int)v.Value!).ToEquatableArray();
            return new SecurityModel(checklist, NamedStrings(attribute, "Other"));
        }

        public static ActivityModel? ReadActivity(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (attribute.AttributeConstructor is null || args.Length != 2 || args[1].Value is not int basis) return null;
            var purposeId = args[0].Value switch
            {
                int value => NameOf.PurposeId(value),
                string id => id,
                // As for [PersonalData]: a null id is kept as "" so KPA0021 reports it instead of the activity vanishing.
                null when args[0].Kind == TypedConstantKind.Primitive && args[0].Type?.SpecialType == SpecialType.System_String => "",
                _ => null,
            };
            if (purposeId is null) return null;
            return new ActivityModel(
                purposeId,
                basis,
                Named<string>(attribute, "Name"),
                Named<string>(attribute, "Description"),
                NamedStrings(attribute, "DataSubjects"),
                Named<string>(attribute, "Retention"),
                NamedStrings(attribute, "Recipients"),
                Named<string>(attribute, "LegitimateInterest"),
                Named<int?>(attribute, "SpecialCategoryCondition") ?? 0,
                NamedStrings(attribute, "SecurityMeasures"),
                NamedInts(attribute, "SecurityChecklist"),
                NamedStrings(attribute, "InternalRecipients"),
                NamedStrings(attribute, "ThirdPartyRecipients"),
                NamedStrings(attribute, "JointControllers"),
                Named<int?>(attribute, "Dpia") ?? 0,
                Named<string>(attribute, "DpiaReference"),
                Named<string>(attribute, "DpiaDate"),
                Named<string>(attribute, "DpiaReason"),
                Named<string>(attribute, "Created"),
                Named<string>(attribute, "ToConfirm"),
                Named<int?>(attribute, "Requirement") ?? 0,
                Named<string>(attribute, "ConsequenceIfNotProvided"),
                Named<int?>(attribute, "AutomatedDecisions") ?? 0,
                Named<string>(attribute, "AutomatedDecisionLogic"));
        }

        public static TransferModel? ReadTransfer(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            // (recipient, country, safeguard), or (recipient, safeguard) for "outside the EEA, country not identified".
            if (attribute.AttributeConstructor is null || args.Length < 2 || args.Length > 3 || args[args.Length - 1].Value is not int safeguard) return null;
            return new TransferModel(
                args[0].Value as string ?? "",
                args.Length == 3 ? args[1].Value as string ?? "" : null,
                safeguard,
                ReadPurposeList(attribute),
                Named<string>(attribute, "AdditionalSafeguards"),
                Named<string>(attribute, "ToConfirm"));
        }

        public static ProcessorModel? ReadProcessor(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (attribute.AttributeConstructor is null || args.Length != 1) return null;
            return new ProcessorModel(
                args[0].Value as string ?? "",
                Named<string>(attribute, "Country"),
                Named<string>(attribute, "Contract"),
                ReadPurposeList(attribute),
                Named<string>(attribute, "ToConfirm"));
        }

        /// <summary>The <c>Purposes</c> and <c>PurposeIds</c> of a transfer or a processor, as ids.</summary>
        private static EquatableArray<string> ReadPurposeList(AttributeData attribute)
        {
            var purposes = ImmutableArray.CreateBuilder<string>();
            foreach (var argument in attribute.NamedArguments)
            {
                if ((argument.Key == "Purposes" || argument.Key == "PurposeIds") && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                {
                    foreach (var value in argument.Value.Values) AddPurpose(purposes, value);
                }
            }
            return new EquatableArray<string>(purposes.ToImmutable());
        }

        public static ControllerModel? ReadController(AttributeData attribute)
        {
            var args = attribute.ConstructorArguments;
            if (attribute.AttributeConstructor is null || args.Length != 1) return null;
            return new ControllerModel(
                args[0].Value as string ?? "",
                Named<string>(attribute, "Identifier"),
                Named<string>(attribute, "Email"),
                Named<string>(attribute, "Address"),
                Named<string>(attribute, "Phone"),
                Named<string>(attribute, "DataProtectionOfficer"),
                Named<string>(attribute, "SupervisoryAuthority"),
                Named<string>(attribute, "EuRepresentative"),
                Named<string>(attribute, "ApplicableLaw"),
                Named<string>(attribute, "ToConfirm"),
                Named<bool>(attribute, "NoDataProtectionOfficer"));
        }

        /// <summary>The value of a named argument, or default when it is absent or of another type.</summary>
        public static T? Named<T>(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind != TypedConstantKind.Error && argument.Value.Kind != TypedConstantKind.Array && argument.Value.Value is T value)
                    return value;
            }
            return default;
        }

        private static EquatableArray<string> NamedStrings(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                {
                    return argument.Value.Values.Select(v => v.Value as string).Where(s => s is not null).Select(s => s!).ToEquatableArray();
                }
            }
            return EquatableArray<string>.Empty;
        }

        private static EquatableArray<int> NamedInts(AttributeData attribute, string name)
        {
            foreach (var argument in attribute.NamedArguments)
            {
                if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Array && !argument.Value.IsNull)
                    return argument.Value.Values.Where(v => v.Value is int).Select(v => (int)v.Value!).ToEquatableArray();
            }
            return EquatableArray<int>.Empty;
        }

        private static void AddPurpose(ImmutableArray<string>.Builder purposes, TypedConstant value)
        {
            switch (value.Value)
            {
                case int number: purposes.Add(NameOf.PurposeId(number)); break;
                case string id: purposes.Add(id); break;
                // A null purpose id ((string)null) is kept as "": the member stays in the register and KPA0021 reports
                // the invalid id, where skipping it dropped the member from the register without a word.
                case null when value.Kind == TypedConstantKind.Primitive && value.Type?.SpecialType == SpecialType.System_String:
                    purposes.Add("");
                    break;
            }
        }

        private static EquatableArray<PersonalDataModel> ReadRecordParameterAnnotations(ISymbol member)
        {
            // [PersonalData] on a record's positional parameter targets the parameter; it declares the property.
            if (member is not IPropertySymbol { ContainingType.IsRecord: true } property) return EquatableArray<PersonalDataModel>.Empty;
            return PositionalParameterOf(property) is { } parameter ? ReadPersonalDataList(parameter) : EquatableArray<PersonalDataModel>.Empty;
        }

        private static bool IsPrimaryConstructorParameterOfRecord(IParameterSymbol parameter)
        {
            if (parameter.ContainingSymbol is not IMethodSymbol { MethodKind: MethodKind.Constructor } constructor || !constructor.ContainingType.IsRecord)
                return false;
            foreach (var reference in constructor.DeclaringSyntaxReferences)
            {
                // The primary constructor is declared by the type declaration itself.
                if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax) return true;
            }
            return constructor.DeclaringSyntaxReferences.IsEmpty && IsPositionalConstructorFromMetadata(constructor);
        }

        /// <summary>
        /// A record from a referenced assembly keeps no syntax: its primary constructor is the one whose every parameter
        /// has a public property of the same name and type (not the copy constructor). Its parameters keep the
        /// attributes written on the positional parameters.
        /// </summary>
        private static bool IsPositionalConstructorFromMetadata(IMethodSymbol constructor)
        {
            var type = constructor.ContainingType;
            if (constructor.Parameters.Length == 0) return false;
            if (constructor.Parameters.Length == 1 && SymbolEqualityComparer.Default.Equals(constructor.Parameters[0].Type, type)) return false;
            foreach (var parameter in constructor.Parameters)
            {
                var found = false;
                foreach (var member in type.GetMembers(parameter.Name))
                {
                    if (member is IPropertySymbol { IsStatic: false } property && SymbolEqualityComparer.Default.Equals(property.Type, parameter.Type)) found = true;
                }
                if (!found) return false;
            }
            return true;
        }

        /// <summary>A record's positional parameter that declares <paramref name="property"/>, or null (source or metadata).</summary>
        public static IParameterSymbol? PositionalParameterOf(IPropertySymbol property)
        {
            if (!property.ContainingType.IsRecord) return null;
            foreach (var constructor in property.ContainingType.InstanceConstructors)
            {
                foreach (var parameter in constructor.Parameters)
                {
                    if (parameter.Name == property.Name && IsPrimaryConstructorParameterOfRecord(parameter)) return parameter;
                }
            }
            return null;
        }

        internal static bool IsPartial(INamedTypeSymbol type)
        {
            if (type.DeclaringSyntaxReferences.Length == 0) return false;
            foreach (var reference in type.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration ||
                    !declaration.Modifiers.Any(m => m.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.PartialKeyword)))
                    return false;
            }
            return true;
        }

        internal static bool IsFileLocal(INamedTypeSymbol type)
        {
            for (var t = type; t is not null; t = t.ContainingType)
            {
                foreach (var reference in t.DeclaringSyntaxReferences)
                {
                    if (reference.GetSyntax() is Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax declaration &&
                        declaration.Modifiers.Any(m => m.ValueText == "file"))
                        return true;
                }
            }
            return false;
        }

        /// <summary>
        /// The type as generated code names it: <c>ToDisplayString(CodeNameFormat)</c>, with the C# keywords answered
        /// without building a display (most annotated members are strings; this runs for every one of them).
        /// </summary>
        internal static string CodeName(ITypeSymbol type)
        {
            string? keyword = type.SpecialType switch
            {
                SpecialType.System_String => "string",
                SpecialType.System_Object => "object",
                SpecialType.System_Boolean => "bool",
                SpecialType.System_Char => "char",
                SpecialType.System_Int32 => "int",
                SpecialType.System_Int64 => "long",
                SpecialType.System_Double => "double",
                SpecialType.System_Decimal => "decimal",
                _ => null,
            };
            if (keyword is null) return type.ToDisplayString(CodeNameFormat);
            // A value type keyword is never followed by '?' (int? is Nullable<int>, which has no SpecialType).
            return type.IsReferenceType && type.NullableAnnotation == NullableAnnotation.Annotated ? keyword + "?" : keyword;
        }

        private static string Keyword(INamedTypeSymbol type) =>
            type.IsRecord ? (type.IsValueType ? "record struct" : "record") : type.IsValueType ? "struct" : type.TypeKind == TypeKind.Interface ? "interface" : "class";

        private static string TypeParameterList(INamedTypeSymbol type) =>
            type.TypeParameters.Length == 0 ? "" : "<" + string.Join(", ", type.TypeParameters.Select(p => p.Name)) + ">";

        private static string TypeConstraints(INamedTypeSymbol type)
        {
            var clauses = new List<string>();
            foreach (var parameter in type.TypeParameters)
            {
                var parts = new List<string>();
                if (parameter.HasReferenceTypeConstraint) parts.Add(parameter.ReferenceTypeConstraintNullableAnnotation == NullableAnnotation.Annotated ? "class?" : "class");
                if (parameter.HasUnmanagedTypeConstraint) parts.Add("unmanaged");
                else if (parameter.HasValueTypeConstraint) parts.Add("struct");
                if (parameter.HasNotNullConstraint) parts.Add("notnull");
                parts.AddRange(parameter.ConstraintTypes.Select(t => t.ToDisplayString(CodeNameFormat)));
                if (parameter.HasConstructorConstraint && !parameter.HasValueTypeConstraint) parts.Add("new()");
                if (parts.Count > 0) clauses.Add("where " + parameter.Name + " : " + string.Join(", ", parts));
            }
            return string.Join(" ", clauses);
        }
    }
}
