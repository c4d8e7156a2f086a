using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Which AdditionalFiles item is the privacy baseline: the one the package's targets mark from
    /// <c>PrivacyBaselineFile</c> (metadata <c>KlivarPrivacyBaseline=true</c>), or a file named <c>privacy-baseline.txt</c>
    /// or <c>*.privacy-baseline.txt</c>; and how a member is named in it. Shared by the suppressor, the stale-entry
    /// analyzer and the generator (which lists the entries in the register), so all three read the same file the same way;
    /// klivar-privacy compiles this file too, to name members as the suppressor matches them.
    /// </summary>
    internal static class BaselineFile
    {
        public const string MetadataKey = "build_metadata.AdditionalFiles.KlivarPrivacyBaseline";

        public static bool IsBaseline(AdditionalText file, AnalyzerConfigOptions options)
        {
            if (options.TryGetValue(MetadataKey, out var marked) && string.Equals(marked?.Trim(), "true", StringComparison.OrdinalIgnoreCase)) return true;
            var path = file.Path;
            var name = path.Substring(Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\')) + 1);
            return string.Equals(name, PrivacyBaseline.FileName, StringComparison.OrdinalIgnoreCase) ||
                   name.EndsWith("." + PrivacyBaseline.FileName, StringComparison.OrdinalIgnoreCase);
        }

        /// <summary>The baseline files among the additional files, in path order (several are read as one).</summary>
        public static ImmutableArray<AdditionalText> Find(AnalyzerOptions options)
        {
            var files = ImmutableArray.CreateBuilder<AdditionalText>();
            foreach (var file in options.AdditionalFiles)
            {
                if (IsBaseline(file, options.AnalyzerConfigOptionsProvider.GetOptions(file))) files.Add(file);
            }
            return files.OrderBy(f => f.Path, StringComparer.Ordinal).ToImmutableArray();
        }

        /// <summary>The baseline's entries for one assembly, from every baseline file; null when the project has none.</summary>
        public static PrivacyBaseline? Read(AnalyzerOptions options, CancellationToken cancellationToken)
        {
            var files = Find(options);
            if (files.IsEmpty) return null;
            var entries = new List<BaselineEntry>();
            foreach (var file in files)
            {
                if (file.GetText(cancellationToken)?.ToString() is { } text) entries.AddRange(PrivacyBaseline.Parse(text).Entries);
            }
            return new PrivacyBaseline(entries, Array.Empty<BaselineError>());
        }

        /// <summary>
        /// The type's name in the baseline: its metadata name (namespace, nested types after '+', arity after '`'),
        /// which <see cref="IAssemblySymbol.GetTypeByMetadataName"/> finds back.
        /// </summary>
        public static string TypeName(INamedTypeSymbol type)
        {
            var nested = new Stack<string>();
            for (var t = type; t is not null; t = t.ContainingType) nested.Push(t.MetadataName);
            var text = new StringBuilder();
            if (type.ContainingNamespace is { IsGlobalNamespace: false } ns) text.Append(ns.ToDisplayString()).Append('.');
            text.Append(string.Join("+", nested));
            return text.ToString();
        }

        /// <summary>
        /// The member a KPA0001/KPA0012 diagnostic is on, as the baseline names it: its type and its name (a record's
        /// positional parameter stands for its property); null when the location holds no such member.
        /// </summary>
        public static (string Type, string Member)? MemberAt(Location location, SemanticModel model, CancellationToken cancellationToken)
        {
            if (!location.IsInSource || location.SourceTree is not { } tree) return null;
            var node = tree.GetRoot(cancellationToken).FindNode(location.SourceSpan, getInnermostNodeForTie: true);
            foreach (var ancestor in node.AncestorsAndSelf())
            {
                if (ancestor is Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax or
                    Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax or
                    Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax)
                {
                    var symbol = model.GetDeclaredSymbol(ancestor, cancellationToken);
                    var type = symbol switch
                    {
                        IParameterSymbol parameter => parameter.ContainingSymbol?.ContainingType,
                        null => null,
                        _ => symbol.ContainingType,
                    };
                    return type is null || symbol is null ? null : (TypeName(type), symbol.Name);
                }
                if (ancestor is Microsoft.CodeAnalysis.CSharp.Syntax.MemberDeclarationSyntax and not Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax) return null;
            }
            return null;
        }
    }
}
