using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Klivar.PrivacyAnnotations.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

// --quick [--types N] [--iterations K] [--warmups W]: the Stopwatch harness (what .ci/bench runs).
// --table: the quick harness for 100, 1,000 and 5,000 types, as the Markdown table of docs/performance.md.
// --steps [--types N]: the generator's tracked steps after an unrelated edit (which ones recomputed).
// anything else: BenchmarkDotNet (e.g. --filter '*'), in process.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

int Option(string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], CultureInfo.InvariantCulture) : fallback;
}

if (args.Contains("--quick"))
{
    var result = QuickBench.Run(Option("--types", 1000), Option("--warmups", 2), Option("--iterations", 5), Console.Out);
    Console.WriteLine($"compile {result.CompileMs:0} ms; generator cold {result.GeneratorColdMs:0.0} ms; analyzers own {result.AnalyzersOwnMs:0.0} ms " +
                      $"(analyzer pass wall, driver included: {result.AnalyzersWallDeltaMs:0} ms, ratio {result.AnalyzersWallRatio:0.000}); warm annotated edit {result.WarmAnnotatedMs:0.00} ms");
    Console.WriteLine($"allocated: compile {Mb(result.CompileBytes)}, generator cold {Mb(result.GeneratorColdBytes)}, warm unrelated {Kb(result.WarmUnrelatedBytes)}, " +
                      $"warm annotated {Kb(result.WarmAnnotatedBytes)}, analyzer pass {Mb(result.AnalyzersBytes)}");
    Console.WriteLine("spread (min..max): " + result.Spread);
    Console.WriteLine($"generator cold/compile ratio: {result.GeneratorColdRatio:0.000}");
    Console.WriteLine($"analyzers/compile ratio: {result.AnalyzersRatio:0.000}");
    Console.WriteLine($"warm unrelated edit ms: {result.WarmUnrelatedMs:0.000}");
    return 0;
}

if (args.Contains("--table"))
{
    var rows = new List<QuickBench.Result>();
    foreach (var types in new[] { 100, 1000, 5000 })
        rows.Add(QuickBench.Run(types, Option("--warmups", 2), types >= 5000 ? Math.Max(3, Option("--iterations", 5) - 2) : Option("--iterations", 5), Console.Out));
    Console.WriteLine();
    Console.WriteLine("| types | compile ms | R1 generator cold/compile | R2 analyzers/compile | T warm unrelated edit ms | warm annotated edit ms | analyzer pass wall/compile | allocated: compile / generator cold / warm unrelated / warm annotated / analyzers |");
    Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---|");
    foreach (var r in rows)
        Console.WriteLine($"| {r.Types:N0} | {r.CompileMs:0} | {r.GeneratorColdRatio:0.000} | {r.AnalyzersRatio:0.000} | {r.WarmUnrelatedMs:0.00} | {r.WarmAnnotatedMs:0.00} | {r.AnalyzersWallRatio:0.000} | " +
                          $"{Mb(r.CompileBytes)} / {Mb(r.GeneratorColdBytes)} / {Kb(r.WarmUnrelatedBytes)} / {Kb(r.WarmAnnotatedBytes)} / {Mb(r.AnalyzersBytes)} |");
    foreach (var r in rows) Console.WriteLine($"{r.Types} types spread: {r.Spread}");
    return 0;
}

if (args.Contains("--steps"))
{
    var workload = new Workload(Corpus.Build(Option("--types", 100)));
    var driver = Workload.NewDriver(trackSteps: true).RunGenerators(workload.Fresh());
    Print("cold run", driver.GetRunResult().Results.Single());
    foreach (var (name, edited) in new[] { ("unrelated edit", workload.WithUnrelatedEdit()), ("annotated edit", workload.WithAnnotatedEdit()) })
    {
        Print(name, driver.RunGenerators(edited).GetRunResult().Results.Single());
    }
    foreach (var concurrent in new[] { false, true })
    {
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(System.Collections.Immutable.ImmutableArray<AdditionalText>.Empty), null, concurrent, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
        var cwa = workload.Fresh().WithAnalyzers(Workload.Analyzers, options);
        var diagnostics = cwa.GetAnalyzerDiagnosticsAsync().Result;
        foreach (var analyzer in Workload.Analyzers)
            Console.WriteLine($"concurrent={concurrent} {analyzer.GetType().Name}: {cwa.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).Result.ExecutionTime.TotalMilliseconds:0.0} ms");
    }
    return 0;

    static void Print(string name, GeneratorRunResult result)
    {
        Console.WriteLine(name + ":");
        foreach (var step in result.TrackedSteps.Concat(result.TrackedOutputSteps).OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + " x" + g.Count());
            Console.WriteLine($"  {step.Key}: {step.Value.Length} runs, {step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):0.000} ms; outputs {string.Join(", ", reasons)}");
        }
    }
}

BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly)
    .Run(args, DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance)).WithOptions(ConfigOptions.JoinSummary));
return 0;

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
static string Kb(long bytes) => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
