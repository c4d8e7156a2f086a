using System.Diagnostics;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// Where a warm run after a method-body edit goes: the processor time of ours beside a reference generator that does
/// only what the driver makes every generator pay for the same output (each file selected, and every one of our
/// generated files, under the same hint names, carried over from the previous run), and the generator's tracked steps.
/// </summary>
/// <remarks>
/// The driver adds every generated file again on each run, cached or not, and checks each name against the names
/// already added one by one (Roslyn's <c>AdditionalSourcesCollection</c>): that cost grows with the square of the
/// number of generated files, whatever the generator does. Ours minus the reference is the generator's own work.
/// </remarks>
public static class WarmSteps
{
    /// <param name="OursMs">Our warm run, processor time.</param>
    /// <param name="FloorMs">The reference generator's warm run: the driver's floor for the same files and generated files.</param>
    /// <param name="OwnMs">
    /// What our pipeline costs beyond the driver's floor (our transforms, and the driver's walk over our nodes): the
    /// median of each round's difference, ours and the floor having run one after the other under the same load.
    /// </param>
    /// <param name="SelectOnlyMs">A generator that selects each file and generates nothing.</param>
    /// <param name="AttributeFinderMs">A generator that finds <c>[PersonalData]</c> with <c>ForAttributeWithMetadataName</c> and generates nothing.</param>
    public sealed record Figures(int Types, int GeneratedFiles, double OursMs, double FloorMs, double OwnMs, double SelectOnlyMs, double AttributeFinderMs);

    /// <summary>
    /// The processor time of our warm run after a body edit and of the reference generators', interleaved, medians of
    /// <paramref name="rounds"/>; with <paramref name="oursOnly"/>, ours alone (for a profiler); with
    /// <paramref name="tracked"/>, then our tracked steps.
    /// </summary>
    public static Figures Run(int types, int rounds, bool oursOnly, bool tracked, TextWriter log)
    {
        var ours = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var hintNames = ours.WarmDriver.GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.HintName).ToImmutableArray();
        var drivers = new List<(string Name, GeneratorDriver Warm)>
        {
            ("ours", ours.WarmDriver),
            ("floor: each file selected, our generated files carried", FloorDriver(hintNames).RunGenerators(ours.Compilation)),
            ("floor: each file selected, nothing generated", FloorDriver(ImmutableArray<string>.Empty).RunGenerators(ours.Compilation)),
            ("floor: [PersonalData] found with ForAttributeWithMetadataName, nothing generated", AttributeFinderDriver().RunGenerators(ours.Compilation)),
        };
        if (oursOnly) drivers.RemoveRange(1, drivers.Count - 1);
        var cpu = drivers.ToDictionary(d => d.Name, _ => new List<double>());
        var wall = drivers.ToDictionary(d => d.Name, _ => new List<double>());
        for (var round = 0; round < rounds + 2; round++)
        {
            foreach (var (name, warm) in drivers)
            {
                var edited = ours.WithBodyEdit();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var watch = Stopwatch.StartNew();
                var start = CpuTimedAnalyzer.ThreadCpu.Nanoseconds();
                GC.KeepAlive(warm.RunGenerators(edited));
                var cpuMs = (CpuTimedAnalyzer.ThreadCpu.Nanoseconds() - start) / 1e6;
                if (round < 2) continue; // warm-up
                cpu[name].Add(cpuMs);
                wall[name].Add(watch.Elapsed.TotalMilliseconds);
            }
        }
        foreach (var (name, values) in cpu)
            log.WriteLine($"  [{types} types, {hintNames.Length} generated files] warm body edit, {name}: processor time {QuickBench.Median(values):0.00} ms ({values.Min():0.00}..{values.Max():0.00}), wall {QuickBench.Median(wall[name]):0.00} ms, {rounds} rounds");
        var figures = oursOnly
            ? new Figures(types, hintNames.Length, QuickBench.Median(cpu["ours"]), double.NaN, double.NaN, double.NaN, double.NaN)
            : new Figures(types, hintNames.Length, QuickBench.Median(cpu["ours"]), QuickBench.Median(cpu[drivers[1].Name]),
                QuickBench.Median(cpu["ours"].Zip(cpu[drivers[1].Name], static (o, f) => o - f).ToList()),
                QuickBench.Median(cpu[drivers[2].Name]), QuickBench.Median(cpu[drivers[3].Name]));
        if (!tracked) return figures;
        // Step tracking costs the driver far more than the steps (minutes at 5,000 types): for a look at which ran.
        var result = Workload.DriverFor(CorpusVariant.Ours, trackSteps: true).RunGenerators(ours.Compilation).RunGenerators(ours.WithBodyEdit()).GetRunResult().Results[0];
        foreach (var step in result.TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + " x" + g.Count());
            log.WriteLine($"    {step.Key}: {step.Value.Length} entries, {step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):0.000} ms; {string.Join(", ", reasons)}");
        }
        return figures;
    }

    /// <summary>
    /// The lines <c>.ci/bench</c> prints for the growth of the warm body edit in processor time, from a run at 1,000
    /// and one at 5,000 types.
    /// </summary>
    public static void PrintGrowth(Figures small, Figures large, TextWriter output)
    {
        output.WriteLine($"warm body edit, processor time at 1,000 / 5,000 types: ours {small.OursMs:0.00} / {large.OursMs:0.00} ms = the driver's floor for the same files and " +
                         $"{small.GeneratedFiles:N0} / {large.GeneratedFiles:N0} generated files {small.FloorMs:0.00} / {large.FloorMs:0.00} ms + our pipeline {small.OwnMs:0.00} / {large.OwnMs:0.00} ms");
        output.WriteLine($"warm body edit growth 1,000 to 5,000 types, our pipeline's processor time beyond the driver's floor: {Growth(small.OwnMs, large.OwnMs)} (target < 1.5)");
        output.WriteLine($"warm body edit growth 1,000 to 5,000 types, processor time with the driver's floor: {Growth(small.OursMs, large.OursMs)} (the floor alone {Growth(small.FloorMs, large.FloorMs)})");
        output.WriteLine($"warm body edit growth 1,000 to 5,000 types, generators that generate nothing: selecting each file {Growth(small.SelectOnlyMs, large.SelectOnlyMs)} " +
                         $"({small.SelectOnlyMs:0.00} / {large.SelectOnlyMs:0.00} ms); finding [PersonalData] with ForAttributeWithMetadataName {Growth(small.AttributeFinderMs, large.AttributeFinderMs)} " +
                         $"({small.AttributeFinderMs:0.0} / {large.AttributeFinderMs:0.0} ms)");
    }

    private static string Growth(double small, double large) => small > 0 ? (large / small).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "n/a";

    private static GeneratorDriver FloorDriver(ImmutableArray<string> hintNames) =>
        CSharpGeneratorDriver.Create(new[] { new FloorGenerator(hintNames).AsSourceGenerator() }, parseOptions: Workload.ParseOptions);

    private static GeneratorDriver AttributeFinderDriver() =>
        CSharpGeneratorDriver.Create(new[] { new AttributeFinderGenerator().AsSourceGenerator() }, parseOptions: Workload.ParseOptions);

    /// <summary>
    /// The smallest generator that reads a per-member attribute the way Roslyn recommends: it finds the members that
    /// carry <c>[PersonalData]</c> and counts them, and generates nothing. Its growth with the number of files is the
    /// driver's alone.
    /// </summary>
    private sealed class AttributeFinderGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var members = context.SyntaxProvider.ForAttributeWithMetadataName(
                "Klivar.PrivacyAnnotations.PersonalDataAttribute",
                static (node, _) => true,
                static (attributed, _) => attributed.TargetSymbol.Name);
            context.RegisterSourceOutput(members.Collect().Select(static (names, _) => names.Length), static (_, _) => { });
        }
    }

    /// <summary>
    /// Each file selected (what a per-file pipeline pays), and the given generated files, with one-line texts, from one
    /// output that stays cached after a body edit: the driver still adds each of them again on every run.
    /// </summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        private readonly ImmutableArray<string> _hintNames;

        public FloorGenerator(ImmutableArray<string> hintNames) => _hintNames = hintNames;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var paths = context.CompilationProvider.SelectMany(static (c, _) => c.SyntaxTrees).Select(static (t, _) => t.FilePath).Collect();
            var hintNames = _hintNames;
            context.RegisterSourceOutput(paths.Select((_, _) => hintNames.Length), (output, count) =>
            {
                for (var i = 0; i < count; i++) output.AddSource(hintNames[i], "// " + hintNames[i]);
            });
        }
    }
}
