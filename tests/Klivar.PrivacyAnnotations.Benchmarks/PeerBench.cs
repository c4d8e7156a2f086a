extern alias runtime;

using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// The in-process measures, ours beside the peer (CommunityToolkit.Mvvm's <c>[ObservableProperty]</c> on the same
/// members) and the bare code, in the same process, interleaved round by round so both see the same machine load;
/// every figure is a median of its rounds. A "build" here is the generator, then the compiler's diagnostics and emit
/// of everything (what a rebuild does minus MSBuild and the analyzers); the real-build mode measures the real thing.
/// </summary>
public static class PeerBench
{
    public sealed record Result(
        int Types, int Rounds, int MembersOfAnnotatedTypes, long GeneratedBytes, long PeerGeneratedBytes,
        double BareBuildMs, double OursBuildMs, double PeerBuildMs,
        double OursGeneratorMs, double PeerGeneratorMs,
        double OursWarmBodyEditMs, double PeerWarmBodyEditMs,
        double OursWarmMemberEditMs, double PeerWarmMemberEditMs,
        double OursWarmAssemblyEditMs, double PeerWarmAssemblyEditMs,
        long BareDll, long OursDll, long PeerDll, long RegisterJsonBytes, long RegisterInDllBytes,
        double AnalyzersRatio)
    {
        public double AddedVsBare => (OursBuildMs - BareBuildMs) / BareBuildMs;
        public double PeerAddedVsBare => (PeerBuildMs - BareBuildMs) / BareBuildMs;
        public double AddedVsPeer => (OursBuildMs - BareBuildMs) / (PeerBuildMs - BareBuildMs);
        public double DllVsBare => (double)OursDll / BareDll;
        public double WarmVsPeer => OursWarmBodyEditMs / PeerWarmBodyEditMs;
        public double WarmMemberVsPeer => OursWarmMemberEditMs / PeerWarmMemberEditMs;
        public double WarmAssemblyVsPeer => OursWarmAssemblyEditMs / PeerWarmAssemblyEditMs;
    }

    public static Result Run(int types, int rounds, TextWriter log, bool measureBuilds = true)
    {
        var ours = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
        var peer = new Workload(Corpus.Build(types, variant: CorpusVariant.Peer));
        var bare = new Workload(Corpus.Build(types, variant: CorpusVariant.Bare));
        log.WriteLine($"[{types} types] {ours.Corpus.MembersOfAnnotatedTypes} members of annotated types ({ours.Corpus.AnnotatedMembers} personal); {rounds} interleaved rounds after one warm-up");

        // Sizes, once (they do not vary): generated source, the DLLs, the register in the DLL.
        var (oursOutput, oursGenerated) = Generate(ours);
        var (peerOutput, peerGenerated) = Generate(peer);
        var registerSource = oursGenerated.Single(s => s.HintName.EndsWith("PrivacyRegister.g.cs", StringComparison.Ordinal)).SourceText.ToString();
        const string packedMarker = "PackedRegister(\"";
        var packed = registerSource.Substring(registerSource.IndexOf(packedMarker, StringComparison.Ordinal) + packedMarker.Length);
        packed = packed.Substring(0, packed.IndexOf('"'));
        var registerJson = System.Text.Encoding.UTF8.GetByteCount(runtime::Klivar.PrivacyAnnotations.RegisterPacking.Unpack(packed));
        var sizes = (Bare: EmitSize(bare.Fresh()), Ours: EmitSize(oursOutput), Peer: EmitSize(peerOutput));

        var bareMs = new List<double>();
        var oursMs = new List<double>();
        var peerMs = new List<double>();
        var oursGen = new List<double>();
        var peerGen = new List<double>();
        var analyzers = new List<double>();
        for (var round = 0; round <= rounds; round++)
        {
            // The in-process build proxy is skipped when real builds measure the rebuild cost.
            var b = measureBuilds ? Time(() => BuildOnce(bare, CorpusVariant.Bare, out _)) : double.NaN;
            var o = measureBuilds ? Time(() => BuildOnce(ours, CorpusVariant.Ours, out _)) : double.NaN;
            var p = measureBuilds ? Time(() => BuildOnce(peer, CorpusVariant.Peer, out _)) : double.NaN;
            var og = Time(() => Workload.DriverFor(CorpusVariant.Ours).RunGenerators(ours.Fresh()));
            var pg = Time(() => Workload.DriverFor(CorpusVariant.Peer).RunGenerators(peer.Fresh()));
            var forAnalyzers = ours.Fresh();
            var compile = Time(() => Workload.Compile(forAnalyzers));
            // Collected first, as every timed section here is: a collection of the earlier rounds' compilations would
            // otherwise land inside some callback and count as its own time.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var own = Workload.RunAnalyzers(forAnalyzers).OwnTime.TotalMilliseconds;
            if (round == 0) continue; // warm-up
            bareMs.Add(b);
            oursMs.Add(o);
            peerMs.Add(p);
            oursGen.Add(og);
            peerGen.Add(pg);
            analyzers.Add(own / compile);
            log.WriteLine($"  round {round}: build bare {b:0} / ours {o:0} / peer {p:0} ms; generator cold ours {og:0} / peer {pg:0} ms; analyzers/compile {own / compile:0.000}");
        }

        var warmRounds = Math.Max(10, rounds * 4);
        var (oursWarm, peerWarm) = WarmBodyEdits(ours, peer, warmRounds);
        log.WriteLine($"  warm body edit: ours {Range(oursWarm)} ms, peer {Range(peerWarm)} ms ({oursWarm.Count} rounds)");
        var (oursMember, peerMember) = WarmEdits(ours, peer, warmRounds, static w => w.WithMemberEdit());
        log.WriteLine($"  warm member edit: ours {Range(oursMember)} ms, peer {Range(peerMember)} ms ({oursMember.Count} rounds)");
        var (oursAssembly, peerAssembly) = WarmEdits(ours, peer, warmRounds, static w => w.WithAssemblyEdit());
        log.WriteLine($"  warm assembly edit: ours {Range(oursAssembly)} ms, peer {Range(peerAssembly)} ms ({oursAssembly.Count} rounds)");

        return new Result(types, rounds, ours.Corpus.MembersOfAnnotatedTypes, Bytes(oursGenerated), Bytes(peerGenerated),
            QuickBench.Median(bareMs), QuickBench.Median(oursMs), QuickBench.Median(peerMs), QuickBench.Median(oursGen), QuickBench.Median(peerGen),
            QuickBench.Median(oursWarm), QuickBench.Median(peerWarm), QuickBench.Median(oursMember), QuickBench.Median(peerMember),
            QuickBench.Median(oursAssembly), QuickBench.Median(peerAssembly), sizes.Bare, sizes.Ours, sizes.Peer, registerJson, packed.Length /* an attribute string: UTF-8, one byte per base64 character */,
            QuickBench.Median(analyzers));
    }

    /// <summary>
    /// Warm runs after a method-body edit in an annotated type's file, ours then the peer's, <paramref name="rounds"/>
    /// measured rounds after two unmeasured ones: what the IDE does on a keystroke.
    /// </summary>
    public static (List<double> Ours, List<double> Peer) WarmBodyEdits(Workload ours, Workload peer, int rounds) =>
        WarmEdits(ours, peer, rounds, static w => w.WithBodyEdit());

    /// <summary>The medians of one kind of edit's warm run at 1,000 and at 5,000 types, ours and the peer's.</summary>
    public sealed record EditScaling(string Edit, double Ours1000, double Ours5000, double Peer1000, double Peer5000)
    {
        public double OursGrowth => Ours5000 / Ours1000;
        public double PeerGrowth => Peer5000 / Peer1000;
    }

    /// <summary>
    /// How the warm run after each kind of edit (in a method body, adding a personal member, of an assembly declaration)
    /// scales from 1,000 to 5,000 types, ours and the peer's measured interleaved.
    /// </summary>
    public static IReadOnlyList<EditScaling> WarmEditScaling(int rounds, TextWriter log)
    {
        var edits = new (string Name, Func<Workload, Compilation> Edit)[]
        {
            ("body", static w => w.WithBodyEdit()),
            ("member", static w => w.WithMemberEdit()),
            ("assembly", static w => w.WithAssemblyEdit()),
        };
        var medians = edits.ToDictionary(e => e.Name, _ => new List<(double Ours, double Peer)>());
        foreach (var types in new[] { 1000, 5000 })
        {
            var ours = new Workload(Corpus.Build(types, variant: CorpusVariant.Ours));
            var peer = new Workload(Corpus.Build(types, variant: CorpusVariant.Peer));
            foreach (var (name, edit) in edits)
            {
                var (o, p) = WarmEdits(ours, peer, rounds, edit);
                log.WriteLine($"  warm {name} edit at {types} types: ours {Range(o)} ms, peer {Range(p)} ms ({o.Count} rounds)");
                medians[name].Add((QuickBench.Median(o), QuickBench.Median(p)));
            }
        }
        return edits.Select(e => new EditScaling(e.Name, medians[e.Name][0].Ours, medians[e.Name][1].Ours, medians[e.Name][0].Peer, medians[e.Name][1].Peer)).ToList();
    }

    /// <summary>Warm runs after the given edit, ours then the peer's, <paramref name="rounds"/> measured rounds after two unmeasured ones.</summary>
    public static (List<double> Ours, List<double> Peer) WarmEdits(Workload ours, Workload peer, int rounds, Func<Workload, Compilation> edit)
    {
        var oursWarm = new List<double>();
        var peerWarm = new List<double>();
        for (var round = 0; round < rounds + 2; round++)
        {
            var oursEdited = edit(ours);
            var peerEdited = edit(peer);
            var o = Time(() => ours.WarmDriver.RunGenerators(oursEdited));
            var p = Time(() => peer.WarmDriver.RunGenerators(peerEdited));
            if (round < 2) continue;
            oursWarm.Add(o);
            peerWarm.Add(p);
        }
        return (oursWarm, peerWarm);
    }

    private static (Compilation Output, IReadOnlyList<GeneratedSourceResult> Sources) Generate(Workload workload)
    {
        Workload.DriverFor(workload.Corpus.Variant).RunGeneratorsAndUpdateCompilation(workload.Fresh(), out var output, out _);
        var sources = Workload.DriverFor(workload.Corpus.Variant).RunGenerators(workload.Fresh()).GetRunResult().Results.SelectMany(r => r.GeneratedSources).ToList();
        var errors = output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Take(5).ToList();
        if (errors.Count > 0) throw new InvalidOperationException(workload.Corpus.Variant + " corpus does not compile:\n" + string.Join("\n", errors));
        return (output, sources);
    }

    /// <summary>What a rebuild does in the compiler: the generator, binding everything, emitting the DLL.</summary>
    private static long BuildOnce(Workload workload, CorpusVariant variant, out Compilation output)
    {
        Workload.DriverFor(variant).RunGeneratorsAndUpdateCompilation(workload.Fresh(), out output, out _);
        return EmitSize(output);
    }

    private static long EmitSize(Compilation compilation)
    {
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success) throw new InvalidOperationException("emit failed: " + string.Join("\n", result.Diagnostics.Take(5)));
        return stream.Length;
    }

    private static long Bytes(IEnumerable<GeneratedSourceResult> sources) =>
        sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));

    private static double Time<T>(Func<T> action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        GC.KeepAlive(action());
        return watch.Elapsed.TotalMilliseconds;
    }

    private static string Range(IReadOnlyList<double> values) =>
        values.Min().ToString("0.0", CultureInfo.InvariantCulture) + ".." + values.Max().ToString("0.0", CultureInfo.InvariantCulture);
}
