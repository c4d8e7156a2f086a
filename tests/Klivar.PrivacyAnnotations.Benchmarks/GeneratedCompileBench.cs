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

    internal static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}

/// <summary>
/// Variants of the generated files side by side (<c>--generated-files DIR [DIR...] [--types N] [--rounds K]</c>): the
/// annotated corpus compiled and emitted alone, and with each folder's files parsed from text and added (no generator
/// runs), rotating the order every round. Each folder holds one way of writing the generated code for the same corpus
/// (written by <c>--size --write DIR</c> and edited by hand), so a change to the emitted code is priced before it is made.
/// </summary>
public static class GeneratedFilesBench
{
    public static void Run(IReadOnlyList<string> folders, int types, int rounds, TextWriter log)
    {
        var workload = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var variants = new List<(string Name, (string Path, string Text)[] Files)> { ("corpus alone", []) };
        foreach (var folder in folders)
            variants.Add((folder, Directory.GetFiles(folder, "*.cs").Order(StringComparer.Ordinal).Select(p => (p, File.ReadAllText(p))).ToArray()));
        var times = variants.Select(_ => new List<double>()).ToArray();
        for (var round = 0; round <= rounds; round++)
        {
            for (var step = 0; step < variants.Count; step++)
            {
                var index = (step + round) % variants.Count;
                // A PDB needs each tree's encoding, which the corpus's trees do not carry.
                var fresh = workload.Fresh();
                var compilation = fresh.RemoveAllSyntaxTrees()
                    .AddSyntaxTrees(fresh.SyntaxTrees.Select(t => CSharpSyntaxTree.Create((CSharpSyntaxNode)t.GetRoot(), Workload.ParseOptions, t.FilePath, System.Text.Encoding.UTF8)))
                    .WithOptions(fresh.Options.WithConcurrentBuild(false));
                GC.Collect();
                var before = Process.GetCurrentProcess().TotalProcessorTime;
                var trees = variants[index].Files.Select(f => CSharpSyntaxTree.ParseText(Microsoft.CodeAnalysis.Text.SourceText.From(f.Text, System.Text.Encoding.UTF8), Workload.ParseOptions, f.Path)).ToList();
                compilation = compilation.AddSyntaxTrees(trees);
                using var stream = new MemoryStream();
                using var pdb = new MemoryStream();
                // As a build emits them: a portable PDB, with the generated files' text embedded in it.
                var result = compilation.Emit(stream, pdb, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb),
                    embeddedTexts: trees.Select(t => EmbeddedText.FromSource(t.FilePath, t.GetText())));
                var cpu = (Process.GetCurrentProcess().TotalProcessorTime - before).TotalMilliseconds;
                if (!result.Success) throw new InvalidOperationException(variants[index].Name + ": " + string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(5)));
                if (round > 0) times[index].Add(cpu);
            }
        }
        // The fastest round beside the median: on a busy machine other work only ever adds time.
        var alone = GeneratedCompileBench.Median(times[0]);
        var aloneFastest = times[0].Min();
        for (var i = 0; i < variants.Count; i++)
        {
            var median = GeneratedCompileBench.Median(times[i]);
            var fastest = times[i].Min();
            log.WriteLine($"{variants[i].Name}: median {median:0} ms processor time, +{median - alone:0} ms over the corpus alone; fastest {fastest:0} ms, +{fastest - aloneFastest:0} ms");
        }
    }
}
