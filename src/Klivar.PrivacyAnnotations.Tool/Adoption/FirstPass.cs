using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Klivar.PrivacyAnnotations.CodeFixes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>
    /// The first pass of <c>klivar-privacy adopt</c> on one project: the KPA0001/KPA0012 code fix applied to every
    /// finding at once, each declaration marked to confirm (<see cref="UndeclaredPersonalDataCodeFix.AdoptionNote"/>),
    /// then the project compiled again: a file whose change brings a compiler error the project did not have is left as
    /// it was, so the pass never leaves code that does not compile.
    /// </summary>
    internal static class FirstPass
    {
        public const string ProcessingActivityAttribute = "Klivar.PrivacyAnnotations.ProcessingActivityAttribute";

        /// <summary>Whether the assembly declares a processing activity, whose purposes the declarations can name.</summary>
        public static bool DeclaresActivities(Compilation compilation) =>
            compilation.Assembly.GetAttributes().Any(a => a.AttributeClass?.ToDisplayString() == ProcessingActivityAttribute);

        public static async Task<FirstPassResult> RunAsync(Project project, IReadOnlyList<Finding> findings, CancellationToken cancellationToken)
        {
            var solution = project.Solution;
            if (findings.Count == 0) return new FirstPassResult(solution, Array.Empty<Finding>(), Array.Empty<string>());

            var provider = new UndeclaredPersonalDataCodeFix();
            var diagnostics = findings.Select(f => f.Diagnostic).ToImmutableArray();
            var context = new FixAllContext(
                project, provider, FixAllScope.Project, UndeclaredPersonalDataCodeFix.PersonalDataToConfirmKey,
                provider.FixableDiagnosticIds, new Provider(diagnostics), cancellationToken);
            var action = await provider.GetFixAllProvider()!.GetFixAsync(context).ConfigureAwait(false);
            if (action is null) return new FirstPassResult(solution, Array.Empty<Finding>(), Array.Empty<string>());
            var fixedSolution = solution;
            foreach (var operation in await action.GetOperationsAsync(cancellationToken).ConfigureAwait(false))
            {
                if (operation is ApplyChangesOperation apply) fixedSolution = apply.ChangedSolution;
            }

            // Compile before and after (the generator's files included, when the project runs it); revert the files that
            // gained a compiler error, until none does. An error in a generated file is pinned on the source files of the
            // symbols it names; one that cannot be pinned leaves the whole project as it was.
            var before = await CompilerErrorsAsync(project, cancellationToken).ConfigureAwait(false);
            var reverted = new List<string>();
            for (var round = 0; ; round++)
            {
                var after = await CompilerErrorsAsync(fixedSolution.GetProject(project.Id)!, cancellationToken).ConfigureAwait(false);
                var fresh = after.Where(e => !before.ContainsKey(e.Key)).ToList();
                if (fresh.Count == 0) break;
                // An error pinned on no file: reverting files one by one cannot be shown to remove it.
                var broken = fresh.Any(e => e.Value.Count == 0) ? new List<string>() : fresh.SelectMany(e => e.Value).Distinct(StringComparer.Ordinal).ToList();
                var revertedThisRound = 0;
                foreach (var path in broken)
                {
                    var document = fixedSolution.GetProject(project.Id)!.Documents.FirstOrDefault(d => d.FilePath == path);
                    var original = project.Documents.FirstOrDefault(d => d.FilePath == path);
                    if (document is null || original is null) continue;
                    fixedSolution = fixedSolution.WithDocumentText(document.Id, await original.GetTextAsync(cancellationToken).ConfigureAwait(false));
                    reverted.Add(path);
                    revertedThisRound++;
                }
                if (revertedThisRound == 0 || round == 3)
                {
                    fixedSolution = solution;
                    reverted = project.Documents.Where(d => d.FilePath is not null).Select(d => d.FilePath!).ToList();
                    break;
                }
            }

            // What was declared: the findings in files the pass changed and kept.
            var changed = new HashSet<string>(StringComparer.Ordinal);
            foreach (var document in fixedSolution.GetProject(project.Id)!.Documents)
            {
                var original = project.GetDocument(document.Id);
                if (original is null || document.FilePath is null) continue;
                if (!(await document.GetTextAsync(cancellationToken).ConfigureAwait(false)).ContentEquals(await original.GetTextAsync(cancellationToken).ConfigureAwait(false)))
                    changed.Add(document.FilePath);
            }
            var declared = findings.Where(f => changed.Contains(f.File)).ToList();
            return new FirstPassResult(fixedSolution, declared, reverted.Distinct(StringComparer.Ordinal).ToList());
        }

        /// <summary>
        /// The compiler's errors (not the analyzers'), each keyed "file|id|message" (no position, which shifts with edits),
        /// with the project files it is pinned on: its own file, or for a generated file the files declaring what it names.
        /// </summary>
        private static async Task<Dictionary<string, List<string>>> CompilerErrorsAsync(Project project, CancellationToken cancellationToken)
        {
            var compilation = await project.GetCompilationAsync(cancellationToken).ConfigureAwait(false);
            var errors = new Dictionary<string, List<string>>(StringComparer.Ordinal);
            if (compilation is null) return errors;
            var own = new HashSet<string>(project.Documents.Where(d => d.FilePath is not null).Select(d => d.FilePath!), StringComparer.Ordinal);
            foreach (var diagnostic in compilation.GetDiagnostics(cancellationToken))
            {
                if (diagnostic.Severity != DiagnosticSeverity.Error) continue;
                var path = diagnostic.Location.SourceTree?.FilePath ?? "";
                var key = path + "|" + diagnostic.Id + "|" + diagnostic.GetMessage();
                if (errors.ContainsKey(key)) continue;
                errors.Add(key, own.Contains(path) ? new List<string> { path } : SourcesOf(compilation, diagnostic, own, cancellationToken));
            }
            return errors;
        }

        /// <summary>The project files declaring the symbols an error in generated code names, or its enclosing type.</summary>
        private static List<string> SourcesOf(Compilation compilation, Diagnostic diagnostic, HashSet<string> own, CancellationToken cancellationToken)
        {
            var files = new List<string>();
            if (diagnostic.Location.SourceTree is not { } tree) return files;
            var model = compilation.GetSemanticModel(tree);
            var symbols = new List<ISymbol>();
            for (var node = tree.GetRoot(cancellationToken).FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true); node is not null && symbols.Count == 0; node = node.Parent)
            {
                var info = model.GetSymbolInfo(node, cancellationToken);
                if (info.Symbol is { } symbol) symbols.Add(symbol);
                symbols.AddRange(info.CandidateSymbols);
                if (symbols.Count == 0 && node is Microsoft.CodeAnalysis.CSharp.Syntax.BaseTypeDeclarationSyntax declaration && model.GetDeclaredSymbol(declaration, cancellationToken) is { } type)
                    symbols.Add(type);
            }
            foreach (var symbol in symbols)
            {
                foreach (var location in symbol.Locations)
                {
                    if (location.SourceTree?.FilePath is { } path && own.Contains(path) && !files.Contains(path)) files.Add(path);
                }
            }
            return files;
        }

        private sealed class Provider : FixAllContext.DiagnosticProvider
        {
            private readonly ImmutableArray<Diagnostic> _diagnostics;

            public Provider(ImmutableArray<Diagnostic> diagnostics) => _diagnostics = diagnostics;

            public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(_diagnostics);

            public override async Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken)
            {
                var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
                return _diagnostics.Where(d => d.Location.SourceTree == tree || d.Location.SourceTree?.FilePath == document.FilePath).ToList();
            }

            public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
                Task.FromResult<IEnumerable<Diagnostic>>(Array.Empty<Diagnostic>());
        }
    }

    internal sealed class FirstPassResult
    {
        public FirstPassResult(Solution solution, IReadOnlyList<Finding> declared, IReadOnlyList<string> reverted)
        {
            Solution = solution;
            Declared = declared;
            Reverted = reverted;
        }

        /// <summary>The solution with the declarations written.</summary>
        public Solution Solution { get; }
        /// <summary>The findings now declared.</summary>
        public IReadOnlyList<Finding> Declared { get; }
        /// <summary>Files left unchanged because the declarations broke their compilation.</summary>
        public IReadOnlyList<string> Reverted { get; }
    }
}
