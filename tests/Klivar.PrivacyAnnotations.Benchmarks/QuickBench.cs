using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// The quick mode behind <c>.ci/bench</c>: a Stopwatch harness (a full BenchmarkDotNet run takes far longer). Each
/// measurement is paired with the bare compilation of the same corpus, run just before it, so both see the same
/// machine load; ratios are medians of the per-pair ratios. Allocations are counted over all threads.
/// </summary>
public static class QuickBench
{
    public sealed record Result(
        int Types, double CompileMs, double GeneratorColdMs, double WarmUnrelatedMs, double WarmAnnotatedMs, double AnalyzersOwnMs,
        double AnalyzersWallDeltaMs, double GeneratorColdRatio, double AnalyzersRatio, double AnalyzersWallRatio,
        long CompileBytes, long GeneratorColdBytes, long WarmUnrelatedBytes, long WarmAnnotatedBytes, long AnalyzersBytes, string Spread);

    public static Result Run(int types, int warmups, int iterations, TextWriter log)
    {
        var setup = Stopwatch.StartNew();
        var workload = new Workload(Corpus.Build(types));
        Check(workload, log);
        log.WriteLine($"[{types} types] corpus built and checked in {setup.Elapsed.TotalSeconds:0.0} s; {warmups} warm-up and {iterations} measured rounds");

        var compile = new List<double>();
        var cold = new List<double>();
        var coldRatio = new List<double>();
        var analyzersOwn = new List<double>();
        var analyzersRatio = new List<double>();
        var analyzersWall = new List<double>();
        var analyzersWallRatio = new List<double>();
        long compileBytes = 0, coldBytes = 0, analyzerBytes = 0;
        for (var round = 0; round < warmups + iterations; round++)
        {
            var measured = round >= warmups;
            var forAnalyzers = workload.Fresh();
            var (bare, bareBytes) = Measure(() => Workload.Compile(forAnalyzers));
            TimeSpan own = default;
            var (withAnalyzers, withAnalyzersBytes) = Measure(() => own = Workload.RunAnalyzers(forAnalyzers).OwnTime);
            var forGenerator = workload.Fresh();
            var (generator, generatorBytes) = Measure(() => Workload.RunGenerator(Workload.NewDriver(), forGenerator));
            if (!measured) continue;
            compile.Add(bare);
            cold.Add(generator);
            coldRatio.Add(generator / bare);
            analyzersOwn.Add(own.TotalMilliseconds);
            analyzersRatio.Add(own.TotalMilliseconds / bare);
            analyzersWall.Add(withAnalyzers);
            analyzersWallRatio.Add(withAnalyzers / bare);
            compileBytes = bareBytes;
            coldBytes = generatorBytes;
            analyzerBytes = withAnalyzersBytes;
            log.WriteLine($"  round {round - warmups + 1}: compile {bare:0} ms, generator cold {generator:0.0} ms ({generator / bare:0.000}), " +
                          $"analyzers own {own.TotalMilliseconds:0.0} ms ({own.TotalMilliseconds / bare:0.000}), analyzer pass wall {withAnalyzers:0} ms");
        }

        // Warm runs are short: many of them. Each starts from the same warm driver and a new edited compilation.
        var warmRounds = Math.Max(10, iterations * 3);
        var unrelated = new List<double>();
        var annotated = new List<double>();
        long unrelatedBytes = 0, annotatedBytes = 0;
        for (var round = 0; round < warmups + warmRounds; round++)
        {
            var editedUnrelated = workload.WithUnrelatedEdit();
            var (u, ub) = Measure(() => Workload.RunGenerator(workload.WarmDriver, editedUnrelated));
            var editedAnnotated = workload.WithAnnotatedEdit();
            var (a, ab) = Measure(() => Workload.RunGenerator(workload.WarmDriver, editedAnnotated));
            if (round < warmups) continue;
            unrelated.Add(u);
            annotated.Add(a);
            unrelatedBytes = ub;
            annotatedBytes = ab;
        }

        var spread = $"compile {Range(compile)}, generator cold/compile {Range(coldRatio, "0.000")}, analyzers/compile {Range(analyzersRatio, "0.000")}, " +
                     $"warm unrelated {Range(unrelated, "0.00")} ms, warm annotated {Range(annotated, "0.00")} ms";
        return new Result(types, Median(compile), Median(cold), Median(unrelated), Median(annotated), Median(analyzersOwn), Median(analyzersWall),
            Median(coldRatio), Median(analyzersRatio), Median(analyzersWallRatio),
            compileBytes, coldBytes, unrelatedBytes, annotatedBytes, analyzerBytes, spread);
    }

    /// <summary>The corpus compiles, the generator produces its files without failing, no analyzer crashes.</summary>
    private static void Check(Workload workload, TextWriter log)
    {
        var errors = workload.Fresh().GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("The corpus does not compile:\n" + string.Join("\n", errors.Take(10)));

        var run = Workload.RunGenerator(Workload.NewDriver(), workload.Fresh()).GetRunResult();
        if (run.Results.Any(r => r.Exception is not null) || !run.Diagnostics.IsEmpty)
            throw new InvalidOperationException("The generator failed: " + run.Results.First(r => r.Exception is not null).Exception);
        var files = run.Results.Sum(r => r.GeneratedSources.Length);
        var expected = workload.Corpus.TypeCount / 3 + (workload.Corpus.TypeCount % 3 == 0 ? 0 : 1) + 1;
        if (files != expected) throw new InvalidOperationException($"The generator produced {files} files, expected {expected} (one per annotated type and the register)");

        var diagnostics = Workload.RunAnalyzers(workload.Fresh()).Diagnostics;
        if (diagnostics.Any(d => d.Id is "AD0001")) throw new InvalidOperationException("An analyzer crashed: " + diagnostics.First(d => d.Id == "AD0001"));
        log.WriteLine($"[{workload.Corpus.TypeCount} types] {workload.Corpus.Files.Count} files, {files} generated files, analyzer diagnostics: " +
                      string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count())));
    }

    private static (double Ms, long Bytes) Measure<T>(Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var bytes = GC.GetTotalAllocatedBytes(precise: true);
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        watch.Stop();
        return (watch.Elapsed.TotalMilliseconds, GC.GetTotalAllocatedBytes(precise: true) - bytes);
    }

    public static double Median(IReadOnlyList<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static string Range(IReadOnlyList<double> values, string format = "0") =>
        values.Min().ToString(format, CultureInfo.InvariantCulture) + ".." + values.Max().ToString(format, CultureInfo.InvariantCulture);
}
