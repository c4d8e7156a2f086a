using System.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// What compiling the generated files costs (<c>--generated-compile [--types N] [--rounds K]</c>), ours and the peer's:
/// each variant's corpus compiled and emitted alone, and again with the files its generator wrote added as ordinary
/// sources (no generator, no analyzer runs), alternating, on new trees each time, single-threaded. Processor time, not wall time:
/// it is what the build pays and it holds steady on a loaded machine.
/// </summary>
public static class GeneratedCompileBench
{
    public static void Run(int types, int rounds, TextWriter log)
    {
        foreach (var variant in new[] { CorpusVariant.Ours, CorpusVariant.Peer }) Run(variant, types, rounds, log);
    }

    private static void Run(CorpusVariant variant, int types, int rounds, TextWriter log)
    {
        var workload = new Workload(Corpus.Build(types, variant: variant));
        Workload.DriverFor(variant).RunGeneratorsAndUpdateCompilation(workload.Fresh(), out var withGenerated, out _);
        var generated = withGenerated.SyntaxTrees.Skip(workload.Fresh().SyntaxTrees.Count()).ToList();
        var alone = new List<double>();
        var withFiles = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            foreach (var addGenerated in round % 2 == 0 ? new[] { false, true } : new[] { true, false })
            {
                var compilation = workload.Fresh().WithOptions(workload.Fresh().Options.WithConcurrentBuild(false));
                if (addGenerated)
                    compilation = compilation.AddSyntaxTrees(generated.Select(t => CSharpSyntaxTree.Create((CSharpSyntaxNode)t.GetRoot(), Workload.ParseOptions, t.FilePath, t.Encoding)));
                GC.Collect();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                using var stream = new MemoryStream();
                var result = compilation.Emit(stream);
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                if (!result.Success) throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                if (round == 0) continue; // warm-up: JIT
                (addGenerated ? withFiles : alone).Add(cpu);
            }
        }
        var a = Median(alone);
        var g = Median(withFiles);
        log.WriteLine($"{variant} [{types} types, {rounds} rounds] compile+emit processor time: corpus alone {a:0} ms, with the {generated.Count} generated files {g:0} ms: +{g - a:0} ms ({(g - a) / a:P0})");
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
