using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// Where a warm run after a method-body edit goes: the processor time of ours beside reference generators that do
/// nothing but what the driver does per file and per generated file (the driver's floor), and the generator's tracked
/// steps (which ran, with what outcome).
/// </summary>
public static class WarmSteps
{
    /// <summary>
    /// The processor time of our warm run after a body edit and of the reference generators', interleaved; with
    /// <paramref name="oursOnly"/>, ours alone (for a profiler); with <paramref name="tracked"/>, then our tracked steps.
    /// </summary>
    public static void Run(int types, int rounds, bool oursOnly, bool tracked, TextWriter log)
    {
        var ours = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var drivers = new[] { ("ours", ours.WarmDriver), ("floor: per-file select", FloorDriver(perFile: true).RunGenerators(ours.Compilation)), ("floor: compilation only", FloorDriver(perFile: false).RunGenerators(ours.Compilation)),
            ("floor: per-file select + a file per annotated type", FilesFloorDriver().RunGenerators(ours.Compilation)) };
        if (oursOnly) drivers = drivers.Take(1).ToArray();
        var cpu = drivers.ToDictionary(d => d.Item1, _ => new List<double>());
        for (var round = 0; round < rounds; round++)
        {
            foreach (var (name, warm) in drivers)
            {
                var edited = ours.WithBodyEdit();
                GC.Collect();
                GC.WaitForPendingFinalizers();
                var start = CpuTimedAnalyzer.ThreadCpu.Nanoseconds();
                GC.KeepAlive(warm.RunGenerators(edited));
                cpu[name].Add((CpuTimedAnalyzer.ThreadCpu.Nanoseconds() - start) / 1e6);
            }
        }
        foreach (var (name, values) in cpu)
            log.WriteLine($"[{types} types] warm body edit, {name}: thread CPU median {QuickBench.Median(values):0.000} ms ({values.Min():0.000}..{values.Max():0.000}), {rounds} rounds");
        if (!tracked) return;
        var driver = Workload.DriverFor(CorpusVariant.Ours, trackSteps: true).RunGenerators(ours.Compilation);
        var result = driver.RunGenerators(ours.WithBodyEdit()).GetRunResult();
        foreach (var step in result.Results[0].TrackedSteps.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var reasons = step.Value.SelectMany(s => s.Outputs).GroupBy(o => o.Reason).Select(g => g.Key + " x" + g.Count());
            log.WriteLine($"    {step.Key}: {step.Value.Length} entries, {step.Value.Sum(s => s.ElapsedTime.TotalMilliseconds):0.000} ms; {string.Join(", ", reasons)}");
        }
    }

    private static GeneratorDriver FloorDriver(bool perFile) =>
        CSharpGeneratorDriver.Create(new[] { new FloorGenerator(perFile).AsSourceGenerator() }, parseOptions: Workload.ParseOptions);

    private static GeneratorDriver FilesFloorDriver() =>
        CSharpGeneratorDriver.Create(new[] { new FilesFloorGenerator().AsSourceGenerator() }, parseOptions: Workload.ParseOptions);

    /// <summary>
    /// Each file selected, and one tiny generated file per file that mentions <c>PersonalData(</c> (as many files as
    /// ours, under names as long): what the driver pays to carry cached outputs from one run to the next.
    /// </summary>
    private sealed class FilesFloorGenerator : IIncrementalGenerator
    {
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var names = context.CompilationProvider
                .SelectMany(static (c, _) => c.SyntaxTrees)
                .Select(static (t, _) => t.GetText().ToString().Contains("PersonalData(") ? Path.GetFileNameWithoutExtension(t.FilePath) : null)
                .Where(static n => n is not null);
            context.RegisterSourceOutput(names, static (output, name) => output.AddSource("Klivar.Bench." + name + ".Privacy.g.cs", "// " + name));
        }
    }

    /// <summary>The compilation, and optionally its trees one by one, with nothing done per tree: what any per-file pipeline pays.</summary>
    private sealed class FloorGenerator : IIncrementalGenerator
    {
        private readonly bool _perFile;

        public FloorGenerator(bool perFile) => _perFile = perFile;

        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            if (_perFile)
            {
                var paths = context.CompilationProvider.SelectMany(static (c, _) => c.SyntaxTrees).Select(static (t, _) => t.FilePath).Collect();
                context.RegisterSourceOutput(paths, static (_, _) => { });
            }
            else
            {
                context.RegisterSourceOutput(context.CompilationProvider.Select(static (c, _) => c.AssemblyName), static (_, _) => { });
            }
        }
    }
}
