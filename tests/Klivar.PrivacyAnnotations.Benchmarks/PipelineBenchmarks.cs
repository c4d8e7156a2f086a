using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// The full measurement (BenchmarkDotNet, with allocations): the bare compilation is the baseline, so the Ratio column
/// is each operation's cost relative to the compiler's own on the same corpus. Every invocation gets fresh
/// compilations from the iteration setup, so nothing bound is reused between invocations.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 2, iterationCount: 7)]
public class PipelineBenchmarks
{
    private Workload _workload = null!;
    private CSharpCompilation _fresh = null!;
    private CSharpCompilation _unrelatedEdit = null!;
    private CSharpCompilation _annotatedEdit = null!;

    [Params(100, 1000, 5000)]
    public int Types { get; set; }

    [GlobalSetup]
    public void Setup() => _workload = new Workload(Corpus.Build(Types));

    [IterationSetup]
    public void NewCompilations()
    {
        _fresh = _workload.Fresh();
        _unrelatedEdit = _workload.WithUnrelatedEdit();
        _annotatedEdit = _workload.WithAnnotatedEdit();
    }

    [Benchmark(Baseline = true, Description = "bare compilation")]
    public int Compile() => Workload.Compile(_fresh);

    [Benchmark(Description = "generator, cold")]
    public GeneratorDriver GeneratorCold() => Workload.RunGenerator(Workload.NewDriver(), _fresh);

    [Benchmark(Description = "generator, warm, unrelated edit")]
    public GeneratorDriver GeneratorWarmUnrelatedEdit() => Workload.RunGenerator(_workload.WarmDriver, _unrelatedEdit);

    [Benchmark(Description = "generator, warm, annotated member edit")]
    public GeneratorDriver GeneratorWarmAnnotatedEdit() => Workload.RunGenerator(_workload.WarmDriver, _annotatedEdit);

    [Benchmark(Description = "compilation + all analyzers")]
    public int CompileWithAnalyzers() => Workload.RunAnalyzers(_fresh, compilerDiagnostics: true).Diagnostics.Length;
}
