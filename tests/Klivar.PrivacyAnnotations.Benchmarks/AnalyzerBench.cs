using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// Each analyzer's own time on the corpus (what <c>-p:ReportAnalyzer=true</c> shows per analyzer), medians of rounds,
/// with the compile it is measured against. <c>--analyzers [--types N] [--rounds K] [--only AnalyzerTypeName]</c>. Run it from two checkouts in
/// turn to compare a change's analyzer cost.
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
        var passCpu = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var compilation = workload.Fresh();
            GC.Collect();
            var watch = Stopwatch.StartNew();
            Workload.Compile(compilation);
            var compile = watch.Elapsed.TotalMilliseconds;
            // Processor time of the whole analyzer pass (driver included): steadier than wall time on a loaded machine.
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            var (_, own) = Workload.RunEach(compilation, analyzers);
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
            if (round == 0) continue; // warm-up: JIT and the analyzers' first-use caches
            for (var i = 0; i < analyzers.Length; i++) perAnalyzer[analyzers[i].GetType().Name].Add(own[i].TotalMilliseconds);
            var total = own.Sum(t => t.TotalMilliseconds);
            totals.Add(total);
            passCpu.Add(cpu);
            compiles.Add(compile);
        }
        foreach (var (name, times) in perAnalyzer.OrderByDescending(p => QuickBench.Median(p.Value)))
            log.WriteLine($"  {name}: {QuickBench.Median(times):0.0} ms");
        log.WriteLine($"analyzers own total: {QuickBench.Median(totals):0.0} ms (min {totals.Min():0.0}); analyzer pass processor time {QuickBench.Median(passCpu):0} ms (min {passCpu.Min():0}); " +
                      $"compile {QuickBench.Median(compiles):0} ms; {types} types, {rounds} rounds");
    }
}

/// <summary>
/// <c>--compare-analyzers DIR [--only Name] [--types N] [--rounds K]</c>: the analyzers of another build of
/// Klivar.PrivacyAnnotations.Roslyn (DIR holds its DLL, e.g. a worktree of an older commit) beside this build's, in the
/// same process, round by round in alternating order, each on a fresh compilation: a before/after of an analyzer change
/// that both sides measure under the same load. Prints each side's own time (medians and minimums) and the ratio.
/// </summary>
public static class AnalyzerComparison
{
    public static void Run(string otherDirectory, int types, int rounds, string? only, TextWriter log)
    {
        // Each analyzer wrapped to count its callbacks' thread processor time as well.
        var other = LoadOther(otherDirectory).Where(a => only is null || a.GetType().Name == only).Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a)).ToImmutableArray();
        var ours = Workload.Analyzers.Where(a => only is null || a.GetType().Name == only).Select(a => (DiagnosticAnalyzer)new CpuTimedAnalyzer(a)).ToImmutableArray();
        if (other.IsEmpty || ours.IsEmpty) throw new InvalidOperationException("no analyzer named " + only + " on one side");
        var workload = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var times = (Other: new List<double>(), Ours: new List<double>());
        // Processor time of each side's whole analyzer pass (driver included, the same on both sides): a thread that
        // waits for a core on a loaded machine adds to the own time, not to this.
        var cpu = (Other: new List<double>(), Ours: new List<double>());
        var threadCpu = (Other: new List<double>(), Ours: new List<double>());
        var perAnalyzer = other.Concat(ours).ToDictionary(a => a, _ => new List<double>());
        // The compile each pass runs after, in processor time (all threads) and wall time: R2's denominator.
        var compileCpu = new List<double>();
        var compileWall = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            var sides = round % 2 == 0
                ? new[] { (other, times.Other, cpu.Other, threadCpu.Other), (ours, times.Ours, cpu.Ours, threadCpu.Ours) }
                : new[] { (ours, times.Ours, cpu.Ours, threadCpu.Ours), (other, times.Other, cpu.Other, threadCpu.Other) };
            foreach (var (analyzers, list, cpuList, threadCpuList) in sides)
            {
                foreach (CpuTimedAnalyzer timed in analyzers) timed.Reset();
                var compilation = workload.Fresh();
                var compileCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var compileWatch = Stopwatch.StartNew();
                Workload.Compile(compilation);
                if (round > 0)
                {
                    compileCpu.Add((Process.GetCurrentProcess().TotalProcessorTime - compileCpuBefore).TotalMilliseconds);
                    compileWall.Add(compileWatch.Elapsed.TotalMilliseconds);
                }
                GC.Collect();
                var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
                var own = Workload.RunEach(compilation, analyzers).OwnTimes.Sum(t => t.TotalMilliseconds);
                var passCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalMilliseconds;
                if (round > 0)
                {
                    list.Add(own);
                    cpuList.Add(passCpu);
                    threadCpuList.Add(analyzers.Sum(a => ((CpuTimedAnalyzer)a).Time.TotalMilliseconds));
                    foreach (var analyzer in analyzers) perAnalyzer[analyzer].Add(((CpuTimedAnalyzer)analyzer).Time.TotalMilliseconds);
                }
            }
        }
        log.WriteLine("rounds, other: " + string.Join(" ", times.Other.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        log.WriteLine("rounds, this:  " + string.Join(" ", times.Ours.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        log.WriteLine($"other build ({otherDirectory}): median {QuickBench.Median(times.Other):0.0} ms, min {times.Other.Min():0.0} ms");
        log.WriteLine($"this build: median {QuickBench.Median(times.Ours):0.0} ms, min {times.Ours.Min():0.0} ms");
        log.WriteLine($"this/other: median {QuickBench.Median(times.Ours) / QuickBench.Median(times.Other):0.00}, min {times.Ours.Min() / times.Other.Min():0.00} " +
                      $"({(only ?? "all analyzers")}, {types} types, {rounds} rounds each)");
        log.WriteLine("rounds, other, callbacks' processor time: " + string.Join(" ", threadCpu.Other.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        log.WriteLine("rounds, this,  callbacks' processor time: " + string.Join(" ", threadCpu.Ours.Select(t => t.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture))));
        log.WriteLine($"callbacks' processor time (thread CPU, the wait for a core not counted): other median {QuickBench.Median(threadCpu.Other):0.0} ms (min {threadCpu.Other.Min():0.0}), " +
                      $"this median {QuickBench.Median(threadCpu.Ours):0.0} ms (min {threadCpu.Ours.Min():0.0}); this/other median {QuickBench.Median(threadCpu.Ours) / QuickBench.Median(threadCpu.Other):0.00}");
        foreach (var (analyzer, side) in other.Select(a => (a, "other")).Concat(ours.Select(a => (a, "this"))))
            log.WriteLine($"  {side}: {((CpuTimedAnalyzer)analyzer).Inner.GetType().Name}: callbacks' processor time median {QuickBench.Median(perAnalyzer[analyzer]):0.0} ms (min {perAnalyzer[analyzer].Min():0.0})");
        log.WriteLine($"compile: processor time median {QuickBench.Median(compileCpu):0} ms, wall median {QuickBench.Median(compileWall):0} ms; " +
                      $"callbacks' processor time / compile processor time: other {QuickBench.Median(threadCpu.Other) / QuickBench.Median(compileCpu):0.000}, this {QuickBench.Median(threadCpu.Ours) / QuickBench.Median(compileCpu):0.000}");
        log.WriteLine($"analyzer pass processor time: other median {QuickBench.Median(cpu.Other):0} ms (min {cpu.Other.Min():0}), this median {QuickBench.Median(cpu.Ours):0} ms (min {cpu.Ours.Min():0}); " +
                      $"this/other median {QuickBench.Median(cpu.Ours) / QuickBench.Median(cpu.Other):0.00}");
    }

    // The other build's Klivar assemblies in their own load context; Roslyn itself is shared with this process.
    private static ImmutableArray<DiagnosticAnalyzer> LoadOther(string directory)
    {
        var context = new OtherBuild(directory);
        var assembly = context.LoadFromAssemblyPath(Path.GetFullPath(Path.Combine(directory, "Klivar.PrivacyAnnotations.Roslyn.dll")));
        return assembly.GetTypes()
            .Where(t => typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && !t.IsAbstract && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
    }

    private sealed class OtherBuild(string directory) : System.Runtime.Loader.AssemblyLoadContext("other-build")
    {
        protected override System.Reflection.Assembly? Load(System.Reflection.AssemblyName name)
        {
            if (name.Name is null || !name.Name.StartsWith("Klivar.", StringComparison.Ordinal)) return null; // shared: Roslyn, the BCL
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(Path.GetFullPath(path)) : null;
        }
    }
}
