using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// Each analyzer's own time on the corpus (what <c>-p:ReportAnalyzer=true</c> shows per analyzer), medians of rounds,
/// with the compile it is measured against. <c>--analyzers [--types N] [--rounds K] [--only AnalyzerTypeName]</c>. Run it from two checkouts in
/// turn to compare a change's analyzer cost (issue 10: KPA0001 and KPA0012 must not grow the total by more than 10 %).
/// </summary>
public static class AnalyzerBench
{
    public static void Run(int types, int rounds, TextWriter log, string? only = null)
    {
        var analyzers = Workload.Analyzers.Where(a => only is null || a.GetType().Name == only).ToImmutableArray();
        var workload = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var perAnalyzer = analyzers.ToDictionary(a => a.GetType().Name, _ => new List<double>());
        var totals = new List<double>();
        var compiles = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var compilation = workload.Fresh();
            GC.Collect();
            var watch = Stopwatch.StartNew();
            Workload.Compile(compilation);
            var compile = watch.Elapsed.TotalMilliseconds;
            var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(default), null, concurrentAnalysis: false, logAnalyzerExecutionTime: true, reportSuppressedDiagnostics: false);
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (round == 0) continue; // warm-up: JIT and the analyzers' first-use caches
            var total = 0.0;
            foreach (var analyzer in analyzers)
            {
                var ms = withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzer, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds;
                perAnalyzer[analyzer.GetType().Name].Add(ms);
                total += ms;
            }
            totals.Add(total);
            compiles.Add(compile);
        }
        foreach (var (name, times) in perAnalyzer.OrderByDescending(p => QuickBench.Median(p.Value)))
            log.WriteLine($"  {name}: {QuickBench.Median(times):0.0} ms");
        log.WriteLine($"analyzers own total: {QuickBench.Median(totals):0.0} ms (min {totals.Min():0.0}); compile {QuickBench.Median(compiles):0} ms; {types} types, {rounds} rounds");
    }
}
