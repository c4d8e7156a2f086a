using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// KPA0016: an anchor name written as text (<c>anchors.With("Contract-End", date)</c>) that no retention rule of the
    /// assembly uses. The date would be recorded under a name no rule reads, and the data kept forever. The names the
    /// rules use are the constants the generator writes in <c>PrivacyAnchors</c>, so this analyzer reads that class
    /// rather than the annotations again; an assembly without it (no rules) is not checked.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RetentionAnchorAnalyzer : DiagnosticAnalyzer
    {
        /// <summary>The diagnostic property that holds the nearest anchor name, for the code fix.</summary>
        public const string NearestProperty = "Nearest";

        private const string AnchorsTypeName = "Klivar.PrivacyAnnotations.Generated." + RegisterEmitter.AnchorsClassName;

        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.UnknownRetentionAnchor);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                var anchorsType = KnownTypes.FindRuntime(start.Compilation, KnownNames.Namespace + ".RetentionAnchors");
                // The compilation's own generated class: a referenced assembly's is [Embedded] and not ours to read.
                var generated = start.Compilation.Assembly.GetTypeByMetadataName(AnchorsTypeName);
                if (anchorsType is null || generated is null) return;
                var known = new List<string>();
                foreach (var member in generated.GetMembers())
                {
                    if (member is IFieldSymbol { IsConst: true, ConstantValue: string name }) known.Add(name);
                }
                if (known.Count == 0) return;
                start.RegisterOperationAction(operation => Analyze(operation, anchorsType, known), OperationKind.Invocation);
            });
        }

        private static void Analyze(OperationAnalysisContext context, INamedTypeSymbol anchorsType, List<string> known)
        {
            var invocation = (IInvocationOperation)context.Operation;
            var method = invocation.TargetMethod;
            if (method.Name is not ("With" or "TryGet") || !SymbolEqualityComparer.Default.Equals(method.ContainingType, anchorsType)) return;
            foreach (var argument in invocation.Arguments)
            {
                if (argument.Parameter?.Ordinal != 0) continue;
                if (argument.Value.ConstantValue is not { HasValue: true, Value: string text }) return;
                // The retention language matches event names case-insensitively, trimmed: so does RetentionAnchors.
                var key = text.Trim().ToLowerInvariant();
                if (key.Length == 0 || known.Contains(key)) return;
                var nearest = Nearest(key, known);
                var properties = ImmutableDictionary<string, string?>.Empty.Add(NearestProperty, nearest);
                context.ReportDiagnostic(Diagnostic.Create(Rules.UnknownRetentionAnchor, argument.Value.Syntax.GetLocation(), properties, text, nearest));
                return;
            }
        }

        /// <summary>The known name closest to <paramref name="name"/> by edit distance (ties: the first in ordinal order).</summary>
        public static string Nearest(string name, IReadOnlyList<string> known)
        {
            var best = known[0];
            var bestDistance = int.MaxValue;
            var ordered = new List<string>(known);
            ordered.Sort(StringComparer.Ordinal);
            foreach (var candidate in ordered)
            {
                var distance = EditDistance(name, candidate);
                if (distance < bestDistance) (best, bestDistance) = (candidate, distance);
            }
            return best;
        }

        private static int EditDistance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++) previous[j] = j;
            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }
                (previous, current) = (current, previous);
            }
            return previous[b.Length];
        }
    }
}
