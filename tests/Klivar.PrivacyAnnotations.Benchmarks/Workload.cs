extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using Basic.Reference.Assemblies;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// The operations measured on one corpus: the bare compilation, the generator (cold, and warm after an edit), and the
/// analyzers. Every operation works on a fresh compilation (<see cref="Fresh"/>), so no bound state is shared between
/// iterations: each one pays what a build pays.
/// </summary>
public sealed class Workload
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly ImmutableArray<MetadataReference> References = Net80.References.All.Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "CorpusReferences", "Microsoft.Extensions.Logging.Abstractions.dll")))
        .Append(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "CorpusReferences", "CommunityToolkit.Mvvm.dll")))
        .ToImmutableArray();

    /// <summary>The peer's generators, loaded from its package as the compiler loads them.</summary>
    private static readonly Lazy<ImmutableArray<ISourceGenerator>> PeerGenerators = new(() =>
        new AnalyzerFileReference(Path.Combine(AppContext.BaseDirectory, "PeerGenerator", "CommunityToolkit.Mvvm.SourceGenerators.dll"), new PathLoader())
            .GetGenerators(LanguageNames.CSharp));

    private sealed class PathLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    /// <summary>Every analyzer the Roslyn component ships, found by reflection so a new one is measured too.</summary>
    public static readonly ImmutableArray<DiagnosticAnalyzer> Analyzers = typeof(PrivacyGenerator).Assembly.GetTypes()
        .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttribute<DiagnosticAnalyzerAttribute>() is not null)
        .OrderBy(t => t.FullName, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    private readonly CSharpCompilation _compilation;
    private readonly SyntaxTree _unrelatedBefore, _unrelatedAfter, _annotatedBefore, _annotatedAfter, _bodyAfter, _memberAfter, _assemblyBefore, _assemblyAfter;

    public Workload(Corpus corpus)
    {
        Corpus = corpus;
        var trees = corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, ParseOptions, path: f.Path)).ToArray();
        _compilation = CSharpCompilation.Create(
            "Klivar.Bench",
            trees,
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        _unrelatedBefore = trees[corpus.UnrelatedEditFile];
        _unrelatedAfter = Edit(_unrelatedBefore, Corpus.UnrelatedEditBefore, Corpus.UnrelatedEditAfter);
        _annotatedBefore = trees[corpus.AnnotatedEditFile];
        _annotatedAfter = corpus.Variant == CorpusVariant.Ours ? Edit(_annotatedBefore, Corpus.AnnotatedEditBefore, Corpus.AnnotatedEditAfter) : _annotatedBefore;
        _bodyAfter = Edit(_annotatedBefore, Corpus.BodyEditBefore, Corpus.BodyEditAfter);
        _memberAfter = corpus.Variant == CorpusVariant.Bare ? _annotatedBefore
            : Edit(_annotatedBefore, Corpus.MemberEditBefore, corpus.Variant == CorpusVariant.Ours ? Corpus.OursMemberEditAfter : Corpus.PeerMemberEditAfter);
        _assemblyBefore = trees[0];
        _assemblyAfter = corpus.Variant == CorpusVariant.Ours
            ? Edit(_assemblyBefore, Corpus.OursAssemblyEditBefore, Corpus.OursAssemblyEditAfter)
            : Edit(_assemblyBefore, Corpus.OtherAssemblyEditBefore, Corpus.OtherAssemblyEditAfter);
        // The warm driver has seen the very trees the edits are made on, as an IDE's or a build server's driver has:
        // on Fresh() trees every tree would look new to it, and a "warm" run would redo every file's work.
        WarmDriver = DriverFor(corpus.Variant).RunGenerators(_compilation);
    }

    public Corpus Corpus { get; }

    /// <summary>The corpus as the warm driver last saw it (the trees the edits are made on).</summary>
    public CSharpCompilation Compilation => _compilation;

    /// <summary>A driver that has already run on the corpus: what the IDE or a build server holds before an edit.</summary>
    public GeneratorDriver WarmDriver { get; }

    /// <summary>
    /// The corpus as a new compilation with nothing bound yet, on new trees (sharing the parsed green nodes), so no
    /// cache keyed by tree or compilation (Roslyn's, or the generator's memos) survives from an earlier iteration:
    /// what a command-line build sees. Parsing is not measured.
    /// </summary>
    public CSharpCompilation Fresh() => _compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(
        _compilation.SyntaxTrees.Select(t => CSharpSyntaxTree.Create((CSharpSyntaxNode)t.GetRoot(), ParseOptions, t.FilePath, t.Encoding)));

    /// <summary>The corpus after a change to a method body in a service that holds no annotation.</summary>
    public CSharpCompilation WithUnrelatedEdit() => _compilation.ReplaceSyntaxTree(_unrelatedBefore, _unrelatedAfter);

    /// <summary>The corpus after a change to a method body in the first annotated type's file.</summary>
    public CSharpCompilation WithBodyEdit() => _compilation.ReplaceSyntaxTree(_annotatedBefore, _bodyAfter);

    /// <summary>The corpus after a personal member is added to the first annotated type (an [ObservableProperty] field for the peer).</summary>
    public CSharpCompilation WithMemberEdit() => _compilation.ReplaceSyntaxTree(_annotatedBefore, _memberAfter);

    /// <summary>The corpus after an edit of an assembly-level declaration (ours: the controller's e-mail).</summary>
    public CSharpCompilation WithAssemblyEdit() => _compilation.ReplaceSyntaxTree(_assemblyBefore, _assemblyAfter);

    /// <summary>A new driver with the generator of the variant: ours, the peer's, none for the bare corpus.</summary>
    public static GeneratorDriver DriverFor(CorpusVariant variant, bool trackSteps = false) => variant switch
    {
        CorpusVariant.Peer => CSharpGeneratorDriver.Create(PeerGenerators.Value, parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps)),
        CorpusVariant.Bare => CSharpGeneratorDriver.Create(Array.Empty<ISourceGenerator>(), parseOptions: ParseOptions),
        _ => NewDriver(trackSteps),
    };

    /// <summary>The corpus after a change to the retention of one annotated member.</summary>
    public CSharpCompilation WithAnnotatedEdit() => _compilation.ReplaceSyntaxTree(_annotatedBefore, _annotatedAfter);

    public static GeneratorDriver NewDriver(bool trackSteps = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    /// <summary>The compiler's own work: declarations and every method body bound, all diagnostics.</summary>
    public static int Compile(Compilation compilation) => compilation.GetDiagnostics().Length;

    public static GeneratorDriver RunGenerator(GeneratorDriver driver, Compilation compilation) => driver.RunGenerators(compilation);

    /// <summary>
    /// Runs every analyzer, one callback at a time (so their own execution times add up to the time they took), and
    /// returns the diagnostics and the analyzers' own time as the compiler's telemetry counts it (what
    /// <c>-p:ReportAnalyzer=true</c> shows).
    /// </summary>
    /// <remarks>
    /// Run after <see cref="Compile"/> on the same compilation, as the compiler does: what it has bound (attributes,
    /// declarations) is shared. The telemetry counts only with <c>GetAnalyzerDiagnosticsAsync</c>.
    /// </remarks>
    public static (ImmutableArray<Diagnostic> Diagnostics, TimeSpan OwnTime) RunAnalyzers(Compilation compilation, bool compilerDiagnostics = false)
    {
        var (diagnostics, each) = RunEach(compilation, Analyzers, compilerDiagnostics);
        return (diagnostics, each.Aggregate(TimeSpan.Zero, (sum, own) => sum + own));
    }

    /// <summary>As <see cref="RunAnalyzers"/>, for the given analyzers (ours, or another build's): each one's own time, in their order.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<TimeSpan> OwnTimes) RunEach(
        Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers, bool compilerDiagnostics = false)
    {
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: null,
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: true,
            reportSuppressedDiagnostics: false);
        var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
        var diagnostics = (compilerDiagnostics ? withAnalyzers.GetAllDiagnosticsAsync() : withAnalyzers.GetAnalyzerDiagnosticsAsync()).GetAwaiter().GetResult();
        var own = analyzers.Select(a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime).ToImmutableArray();
        return (diagnostics, own);
    }

    private static SyntaxTree Edit(SyntaxTree tree, string before, string after)
    {
        var text = tree.GetText().ToString();
        var at = text.IndexOf(before, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{before}' is not in {tree.FilePath}");
        return tree.WithChangedText(tree.GetText().Replace(at, before.Length, after));
    }
}
