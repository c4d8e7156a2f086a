using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Personal data that reaches an output unredacted: logs, console, debug and trace output, exception messages and
    /// <c>Activity</c> tags (KPA0008), and <c>ToString</c> (KPA0009). The value is followed through conversions,
    /// interpolated strings, concatenations, <c>string.Format</c>/<c>Concat</c>/<c>Join</c>, conditionals and
    /// <c>?.</c>/<c>??</c>; it is not followed through locals (no data-flow analysis: precision over recall).
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class LeakAnalyzer : DiagnosticAnalyzer
    {
        internal const string KindProperty = "Kind";
        internal const string CategoryProperty = "Category";
        internal const string RedactionProperty = "Redaction";
        internal const string MemberKind = "Member";
        internal const string ObjectKind = "Object";
        internal const string RecordKind = "Record";

        private const int MaxDepth = 32;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
            ImmutableArray.Create(Rules.PersonalDataInOutput, Rules.ToStringPrintsPersonalData);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var compilation = start.Compilation;
                if (KnownTypes.FindRuntime(compilation, KnownNames.PersonalDataAttribute) is null) return;
                var analysis = new LeakAnalysis(compilation);
                start.RegisterOperationAction(analysis.AnalyzeInvocation, OperationKind.Invocation);
                start.RegisterOperationAction(analysis.AnalyzeObjectCreation, OperationKind.ObjectCreation);
                start.RegisterOperationAction(analysis.AnalyzeReturn, OperationKind.Return);
                start.RegisterSymbolAction(analysis.AnalyzeRecord, SymbolKind.NamedType);
            });
        }

        /// <summary>Where a value ends up, as the message names it.</summary>
        private sealed class Sink
        {
            public Sink(string description, Func<IParameterSymbol, bool> carriesOutput)
            {
                Description = description;
                CarriesOutput = carriesOutput;
            }

            public string Description { get; }

            public Func<IParameterSymbol, bool> CarriesOutput { get; }
        }

        private sealed class LeakAnalysis
        {
            private readonly PersonalDataLookup _lookup = new PersonalDataLookup();
            private readonly ConcurrentDictionary<IMethodSymbol, bool> _loggerMessageMethods = new ConcurrentDictionary<IMethodSymbol, bool>(SymbolEqualityComparer.Default);
            private readonly INamedTypeSymbol? _loggerExtensions;
            private readonly INamedTypeSymbol? _loggerMessageAttribute;
            private readonly INamedTypeSymbol? _logger;
            private readonly INamedTypeSymbol? _logLevel;
            private readonly INamedTypeSymbol? _console;
            private readonly INamedTypeSymbol? _debug;
            private readonly INamedTypeSymbol? _trace;
            private readonly INamedTypeSymbol? _activity;
            private readonly INamedTypeSymbol? _exception;
            private readonly INamedTypeSymbol? _redaction;
            private readonly INamedTypeSymbol? _stringBuilder;

            public LeakAnalysis(Compilation compilation)
            {
                _loggerExtensions = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.LoggerExtensions");
                _loggerMessageAttribute = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.LoggerMessageAttribute");
                _logger = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.ILogger");
                _logLevel = KnownTypes.Find(compilation, "Microsoft.Extensions.Logging.LogLevel");
                _console = KnownTypes.Find(compilation, "System.Console");
                _debug = KnownTypes.Find(compilation, "System.Diagnostics.Debug");
                _trace = KnownTypes.Find(compilation, "System.Diagnostics.Trace");
                _activity = KnownTypes.Find(compilation, "System.Diagnostics.Activity");
                _exception = KnownTypes.Find(compilation, "System.Exception");
                _redaction = KnownTypes.FindRuntime(compilation, KnownNames.Namespace + ".Redaction");
                _stringBuilder = KnownTypes.Find(compilation, "System.Text.StringBuilder");
            }

            public void AnalyzeInvocation(OperationAnalysisContext context)
            {
                var invocation = (IInvocationOperation)context.Operation;
                var method = invocation.TargetMethod;
                if (SinkOf(method) is { } sink)
                {
                    foreach (var argument in invocation.Arguments)
                    {
                        if (argument.Parameter is { } parameter && sink.CarriesOutput(parameter))
                            Inspect(argument.Value, 0, wholeObjects: true, (operation, value) => ReportOutput(context, operation, value, sink.Description));
                    }
                }
                else if (IsToStringLike(context.ContainingSymbol) && Is(method.ContainingType, _stringBuilder) &&
                         (method.Name.StartsWith("Append", StringComparison.Ordinal) || method.Name == "Insert"))
                {
                    foreach (var argument in invocation.Arguments)
                        Inspect(argument.Value, 0, wholeObjects: false, (operation, value) => ReportToString(context, operation, value));
                }
            }

            public void AnalyzeObjectCreation(OperationAnalysisContext context)
            {
                var creation = (IObjectCreationOperation)context.Operation;
                if (creation.Constructor is not { } constructor || !DerivesFrom(constructor.ContainingType, _exception)) return;
                var description = "an exception message (new " + constructor.ContainingType.Name + ")";
                foreach (var argument in creation.Arguments)
                {
                    if (argument.Parameter is { } parameter && IsMessageParameter(parameter))
                        Inspect(argument.Value, 0, wholeObjects: true, (operation, value) => ReportOutput(context, operation, value, description));
                }
            }

            public void AnalyzeReturn(OperationAnalysisContext context)
            {
                if (!IsToStringLike(context.ContainingSymbol)) return;
                var returned = ((IReturnOperation)context.Operation).ReturnedValue;
                Inspect(returned, 0, wholeObjects: false, (operation, value) => ReportToString(context, operation, value));
            }

            /// <summary>A record whose compiler-generated ToString prints public personal members.</summary>
            public void AnalyzeRecord(SymbolAnalysisContext context)
            {
                var type = (INamedTypeSymbol)context.Symbol;
                if (!type.IsRecord || DeclaresPrinting(type)) return;
                // A partial record gets a redacting PrintMembers from the generator: only the others need a hand.
                if (RedactedPrinting.IsGenerated(type, context.Compilation)) return;
                List<string>? printed = null;
                foreach (var member in type.GetMembers())
                {
                    if (!RecordPrinting.IsPrinted(member) || _lookup.Of(member) is not { } value) continue;
                    (printed ??= new List<string>()).Add(member.Name + " (" + value.Annotation.CategoryName + ")");
                }
                if (printed is null) return;
                var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, RecordKind);
                context.ReportDiagnostic(Diagnostic.Create(Rules.ToStringPrintsPersonalData, AttributeLocations.FirstLocation(type), properties,
                    "The compiler-generated ToString of record '" + type.Name + "'", string.Join(", ", printed),
                    FirstFix(type, context.Compilation) + ", or declare PrintMembers to print them through Redaction.Redact"));
            }

            /// <summary>
            /// Follows a value to the members, parameters and objects it is made of, and calls <paramref name="report"/>
            /// for each one that holds personal data. A redaction call stops the walk: what it returns is safe.
            /// </summary>
            private void Inspect(IOperation? operation, int depth, bool wholeObjects, Action<IOperation, PersonalValue?> report)
            {
                if (operation is null || depth > MaxDepth) return;
                depth++;
                switch (operation)
                {
                    case IConversionOperation conversion:
                        // A boxed or converted value is reported at the value itself.
                        Inspect(conversion.Operand, depth, wholeObjects, report);
                        return;
                    case IArrayCreationOperation array:
                        if (array.Initializer is { } initializer)
                        {
                            foreach (var element in initializer.ElementValues) Inspect(element, depth, wholeObjects, report);
                        }
                        return;
                    case IInterpolatedStringHandlerCreationOperation handler:
                        Inspect(handler.Content, depth, wholeObjects, report);
                        return;
                    case IInterpolatedStringOperation interpolated:
                        foreach (var part in interpolated.Parts)
                        {
                            if (part is IInterpolationOperation interpolation) Inspect(interpolation.Expression, depth, wholeObjects, report);
                            else if (part is IInterpolatedStringAppendOperation { AppendCall: IInvocationOperation append } && append.TargetMethod.Name == "AppendFormatted" && append.Arguments.Length > 0)
                                Inspect(append.Arguments[0].Value, depth, wholeObjects, report);
                        }
                        return;
                    case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary when binary.Type?.SpecialType == SpecialType.System_String:
                        Inspect(binary.LeftOperand, depth, wholeObjects, report);
                        Inspect(binary.RightOperand, depth, wholeObjects, report);
                        return;
                    case IConditionalOperation conditional:
                        Inspect(conditional.WhenTrue, depth, wholeObjects, report);
                        Inspect(conditional.WhenFalse, depth, wholeObjects, report);
                        return;
                    case ICoalesceOperation coalesce:
                        Inspect(coalesce.Value, depth, wholeObjects, report);
                        Inspect(coalesce.WhenNull, depth, wholeObjects, report);
                        return;
                    case IConditionalAccessOperation conditionalAccess:
                        // user?.Email: the member is found in WhenNotNull, the whole expression is what gets reported and fixed.
                        if (conditionalAccess.WhenNotNull is IMemberReferenceOperation or IParameterReferenceOperation &&
                            PersonalOf(conditionalAccess.WhenNotNull) is { } conditionalValue)
                        {
                            report(conditionalAccess, conditionalValue);
                            return;
                        }
                        if (wholeObjects && _lookup.HoldsPersonalData(conditionalAccess.Type)) report(conditionalAccess, null);
                        return;
                    case IInvocationOperation invocation:
                        InspectInvocation(invocation, depth, wholeObjects, report);
                        return;
                    case IPropertyReferenceOperation or IFieldReferenceOperation or IParameterReferenceOperation:
                        if (PersonalOf(operation) is { } value)
                        {
                            // copy.Email, where copy came from Redacted(): the value already went through redaction.
                            if (operation is IMemberReferenceOperation { Instance: { } instance } && IsRedactedCopy(instance)) return;
                            report(operation, value);
                            return;
                        }
                        break;
                }

                if (wholeObjects && _lookup.HoldsPersonalData(operation.Type) && !PrintsThroughRedaction(operation.Type!) && !IsRedactedCopy(operation))
                    report(operation, null);
            }

            /// <summary>
            /// True for a value made by our redaction: a <c>Redacted()</c> call, or a local initialised with one and never
            /// written again (no data-flow analysis: any later write, or a ref to it, makes it an ordinary value).
            /// </summary>
            private bool IsRedactedCopy(IOperation operation)
            {
                while (operation is IConversionOperation conversion) operation = conversion.Operand;
                if (operation is IInvocationOperation invocation) return IsRedactionCall(invocation.TargetMethod);
                if (operation is not ILocalReferenceOperation { Local: { IsRef: false } local }) return false;
                if (local.DeclaringSyntaxReferences.Length != 1 ||
                    local.DeclaringSyntaxReferences[0].GetSyntax() is not VariableDeclaratorSyntax { Initializer.Value: InvocationExpressionSyntax initializer } declarator ||
                    operation.SemanticModel?.GetSymbolInfo(initializer).Symbol is not IMethodSymbol initializedBy ||
                    !IsRedactionCall(initializedBy))
                    return false;
                var scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? declarator.Parent;
                if (scope is null) return false;
                foreach (var node in scope.DescendantNodes())
                {
                    var written = node switch
                    {
                        AssignmentExpressionSyntax assignment => assignment.Left,
                        ArgumentSyntax { RefKindKeyword.RawKind: not 0 } argument => argument.Expression,
                        PrefixUnaryExpressionSyntax or PostfixUnaryExpressionSyntax => node.ChildNodes().FirstOrDefault(),
                        _ => null,
                    };
                    if (written is IdentifierNameSyntax name && name.Identifier.ValueText == local.Name) return false;
                }
                return true;
            }

            private bool IsRedactionCall(IMethodSymbol method) =>
                Is(method.ContainingType, _redaction) || (method.Name is "Redacted" && method.Parameters.Length == 0);

            /// <summary>
            /// True when the type prints itself through code its author wrote: a <c>ToString</c> override or a record's
            /// <c>PrintMembers</c> (what the KPA0009 fix adds). KPA0009 checks that code, so a whole object printed
            /// through it is not reported again here.
            /// </summary>
            private bool PrintsThroughRedaction(ITypeSymbol type)
            {
                for (var t = type as INamedTypeSymbol; t is not null && t.SpecialType != SpecialType.System_Object; t = t.BaseType)
                {
                    if (DeclaresPrinting(t)) return true;
                    // A record level without its own printing prints its members through the compiler's PrintMembers.
                    if (t.IsRecord && t.GetMembers().Any(m => RecordPrinting.IsPrinted(m) && _lookup.Of(m) is not null)) return false;
                }
                return false;
            }

            private void InspectInvocation(IInvocationOperation invocation, int depth, bool wholeObjects, Action<IOperation, PersonalValue?> report)
            {
                var method = invocation.TargetMethod;
                if (IsRedactionCall(method) || method.Name is "ToRedactedString") return;
                if (method.ContainingType?.SpecialType == SpecialType.System_String && method.Name is "Format" or "Concat" or "Join")
                {
                    foreach (var argument in invocation.Arguments) Inspect(argument.Value, depth, wholeObjects, report);
                }
                // Any other call transforms the value (a length, a hash, a lookup): not followed.
            }

            private PersonalValue? PersonalOf(IOperation operation) => operation switch
            {
                IPropertyReferenceOperation property => _lookup.Of(property.Property),
                IFieldReferenceOperation field => _lookup.Of(field.Field),
                IParameterReferenceOperation parameter => _lookup.Of(parameter.Parameter),
                _ => null,
            };

            private static void ReportOutput(OperationAnalysisContext context, IOperation operation, PersonalValue? value, string sink)
            {
                var what = value is null
                    ? "'" + operation.Syntax + "' (" + Rules.WithArticle(operation.Type?.Name ?? "value") + ", which holds personal data)"
                    : "Personal data '" + value.DisplayName + "' (" + value.Annotation.CategoryName + ")";
                context.ReportDiagnostic(Diagnostic.Create(Rules.PersonalDataInOutput, operation.Syntax.GetLocation(), Properties(value), what, sink));
            }

            private static void ReportToString(OperationAnalysisContext context, IOperation operation, PersonalValue? value)
            {
                if (value is null) return;
                var owner = DisplayNames.Of(context.ContainingSymbol);
                context.ReportDiagnostic(Diagnostic.Create(Rules.ToStringPrintsPersonalData, operation.Syntax.GetLocation(), Properties(value),
                    "'" + owner + "'", "'" + value.DisplayName + "' (" + value.Annotation.CategoryName + ")", "print it through Redaction.Redact"));
            }

            private static ImmutableDictionary<string, string?> Properties(PersonalValue? value)
            {
                var properties = ImmutableDictionary<string, string?>.Empty.Add(KindProperty, value is null ? ObjectKind : MemberKind);
                if (value is null) return properties;
                var annotation = value.Annotation;
                if (VocabularyValues.IsDefined((DataCategory)annotation.Category))
                    properties = properties.Add(CategoryProperty, ((DataCategory)annotation.Category).ToString());
                if (VocabularyValues.IsExplicit((RedactionKind)annotation.Redaction))
                    properties = properties.Add(RedactionProperty, ((RedactionKind)annotation.Redaction).ToString());
                return properties;
            }

            private Sink? SinkOf(IMethodSymbol method)
            {
                var type = method.ContainingType;
                if (type is null) return null;
                var name = method.Name;
                // Runs for every invocation in the compilation: the sinks' type names are compared as strings first, so
                // the usual call (none of these types) costs one switch and no symbol comparison.
                switch (type.Name)
                {
                    case "LoggerExtensions":
                    case "Console":
                    case "Debug":
                    case "Trace":
                    case "Activity":
                        break;
                    default:
                        return _loggerMessageAttribute is not null && IsLoggerMessageMethod(method)
                            ? new Sink("a log message ([LoggerMessage] " + type.Name + "." + name + ")", IsLoggedValue)
                            : null;
                }
                if (_loggerExtensions is not null && Is(type, _loggerExtensions))
                {
                    return name.StartsWith("Log", StringComparison.Ordinal) || name == "BeginScope"
                        ? new Sink("a log message (" + name + ")", p => p.Name is "message" or "messageFormat" or "args")
                        : null;
                }
                if (Is(type, _console))
                    return name is "Write" or "WriteLine" ? new Sink("the console (Console." + name + ")", NotACondition) : null;
                if (Is(type, _debug))
                    return name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "Print" or "Assert" or "Fail" ? new Sink("debug output (Debug." + name + ")", NotACondition) : null;
                if (Is(type, _trace))
                    return name is "Write" or "WriteLine" or "WriteIf" or "WriteLineIf" or "TraceInformation" or "TraceWarning" or "TraceError" or "Assert" or "Fail"
                        ? new Sink("trace output (Trace." + name + ")", NotACondition)
                        : null;
                if (Is(type, _activity))
                    return name is "SetTag" or "AddTag" or "SetBaggage" or "AddBaggage" ? new Sink("an Activity tag (Activity." + name + ")", p => p.Name == "value") : null;
                if (_loggerMessageAttribute is not null && IsLoggerMessageMethod(method))
                    return new Sink("a log message ([LoggerMessage] " + type.Name + "." + name + ")", IsLoggedValue);
                return null;
            }

            private static bool NotACondition(IParameterSymbol parameter) => parameter.Type.SpecialType != SpecialType.System_Boolean;

            private bool IsLoggedValue(IParameterSymbol parameter)
            {
                var type = parameter.Type;
                if (Is(type, _logger) || Is(type, _logLevel) || DerivesFrom(type, _exception)) return false;
                foreach (var implemented in type.AllInterfaces)
                {
                    if (Is(implemented, _logger)) return false;
                }
                return true;
            }

            private bool IsLoggerMessageMethod(IMethodSymbol method)
            {
                if (method.MethodKind != MethodKind.Ordinary || method.Parameters.Length == 0) return false;
                return _loggerMessageMethods.GetOrAdd(method.OriginalDefinition, m =>
                {
                    foreach (var attribute in m.GetAttributes())
                    {
                        if (Is(attribute.AttributeClass, _loggerMessageAttribute)) return true;
                    }
                    return false;
                });
            }

            private static bool IsMessageParameter(IParameterSymbol parameter) =>
                parameter.Name == "message" ||
                (parameter.Type.SpecialType == SpecialType.System_String && parameter.Name.IndexOf("message", StringComparison.OrdinalIgnoreCase) >= 0);

            private static bool IsToStringLike(ISymbol? symbol) =>
                symbol is IMethodSymbol method &&
                ((method.Name == "ToString" && method.Parameters.Length == 0 && method.IsOverride) ||
                 (method.Name == "PrintMembers" && method.Parameters.Length == 1 && method.ContainingType.IsRecord));

            // What lets the generator print the record redacted: partial declarations, else the switch turned back on.
            private static string FirstFix(INamedTypeSymbol type, Compilation compilation)
            {
                for (var t = type; t is not null; t = t.ContainingType)
                {
                    if (!AnnotationReader.IsPartial(t)) return "make " + (SymbolEqualityComparer.Default.Equals(t, type) ? "it" : "'" + t.Name + "'") + " partial (the generator then prints them redacted)";
                }
                return RedactedPrinting.SwitchOf(type) == false
                    ? "remove [RedactedToString(false)] (the generator then prints them redacted)"
                    : "remove [assembly: RedactedToString(false)] or mark the record [RedactedToString(true)] (the generator then prints them redacted)";
            }

            // Looked up by name: listing every member of every type (the driver calls AnalyzeRecord for each) was a third of
            // this analyzer's time on the benchmark corpus.
            private static bool DeclaresPrinting(INamedTypeSymbol type) =>
                DeclaresMethod(type, "ToString", 0) || DeclaresMethod(type, "PrintMembers", 1);

            private static bool DeclaresMethod(INamedTypeSymbol type, string name, int parameterCount)
            {
                foreach (var member in type.GetMembers(name))
                {
                    if (member is IMethodSymbol { IsImplicitlyDeclared: false } method && method.Parameters.Length == parameterCount) return true;
                }
                return false;
            }

            private static bool DerivesFrom(ITypeSymbol? type, INamedTypeSymbol? baseType)
            {
                if (baseType is null) return false;
                for (var t = type; t is not null; t = t.BaseType)
                {
                    if (Is(t, baseType)) return true;
                }
                return false;
            }

            private static bool Is(ITypeSymbol? type, INamedTypeSymbol? expected) =>
                expected is not null && SymbolEqualityComparer.Default.Equals(type?.OriginalDefinition, expected);
        }
    }

    /// <summary>What a record's synthesized PrintMembers prints (shared with the KPA0009 code fix).</summary>
    internal static class RecordPrinting
    {
        /// <summary>Public instance fields and readable properties, as the compiler prints them.</summary>
        public static bool IsPrinted(ISymbol member) => member switch
        {
            IPropertySymbol property => !property.IsStatic && !property.IsIndexer && property.DeclaredAccessibility == Accessibility.Public &&
                                        property.GetMethod is { DeclaredAccessibility: Accessibility.Public } && property.Name != "EqualityContract",
            IFieldSymbol field => !field.IsStatic && !field.IsConst && field.DeclaredAccessibility == Accessibility.Public && !field.IsImplicitlyDeclared,
            _ => false,
        };
    }
}
