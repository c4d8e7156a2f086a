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
// --warm [--types N] [--rounds K]: our warm run after a method-body edit, repeated (for a profiler).
// --compare-analyzers DIR [--only Name] [--types N] [--rounds K]: another build's analyzers beside ours, same process, alternating.
// --analyzers [--types N] [--rounds K] [--only Name]: each analyzer's own time (compare two checkouts in turn).
// --generated-compile [--types N] [--rounds K]: the processor time of compiling the generated files, ours and the peer's.
// --generated-files DIR [DIR...] [--types N] [--rounds K]: ways of writing the generated files (folders written by
//   --size --write DIR, then edited) compiled beside each other, processor time.
// --real [--types N] [--rounds K] [--split] [--baseline DIR]: the real builds alone; --split adds two builds that divide our
//   added cost; --baseline adds the package of another checkout (an older commit) to the same rounds.
// --steps [--types N]: the generator's tracked steps after an unrelated edit (which ones recomputed).
// --warm-steps [--types N] [--rounds K] [--ours-only] [--tracked]: processor time of our warm run after a body edit beside
//   the driver's floor (a reference generator carrying the same generated files), at N types or at 1,000 and 5,000 (then
//   with the growth lines .ci/bench prints); --tracked adds our tracked steps. .ci/bench runs it without tiered JIT.
// anything else: BenchmarkDotNet (e.g. --filter '*'), in process.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

string? TextOption(string name)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
}

int Option(string name, int fallback) => TextOption(name) is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

if (args.Contains("--quick") && !args.Contains("--ci"))
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

if (args.Contains("--ci"))
{
    // What .ci/bench prints. Full: real builds of the 2,000-type corpus for the rebuild costs and the DLL size, the
    // in-process harness for the rest. --quick: everything in process on a smaller corpus (for development).
    var quick = args.Contains("--quick");
    var types = Option("--types", quick ? 300 : 2000);
    var rounds = Option("--rounds", quick ? 1 : 2);
    RealBuild.Result? real = quick ? null : RealBuild.Run(types, rounds, Console.Out, baseline: TextOption("--baseline"));
    var inProcess = PeerBench.Run(types, Option("--inprocess-rounds", quick ? rounds : 2), Console.Out, measureBuilds: real is null);
    PrintPeer(inProcess);
    if (real is not null)
    {
        Console.WriteLine($"real rebuilds, medians of {real.Rounds}: bare {real.Bare.WallMs / 1000:0.0} s, ours {real.Ours.WallMs / 1000:0.0} s (+{real.AddedVsBare:P0}), peer {real.Peer.WallMs / 1000:0.0} s (+{real.PeerAddedVsBare:P0})");
        Console.WriteLine($"ReportAnalyzer: generator ours {real.Ours.OwnGeneratorS:0.00} s, peer {real.Peer.OwnGeneratorS:0.00} s; our analyzers {real.Ours.OwnAnalyzersS:0.00} s (KPA0008/9 {real.Ours.LeakAnalyzerS:0.00} s), peer's {real.Peer.OwnAnalyzersS:0.00} s");
        Console.WriteLine($"dll: bare {real.Bare.DllBytes / 1024} KiB, ours {real.Ours.DllBytes / 1024} KiB, peer {real.Peer.DllBytes / 1024} KiB");
        Console.WriteLine($"analyzers in the real build: ours {real.Ours.OwnAnalyzersS:0.00} s (ReportAnalyzer) over the bare compile {real.Bare.CompileMs / 1000:0.0} s (CoreCompile) = {real.AnalyzersVsCompile:0.000}; in process {inProcess.AnalyzersRatio:0.000}");
    }
    else
    {
        Console.WriteLine("quick mode: rebuild costs and the DLL size are in-process proxies (generator + compile + emit), not real builds");
    }
    Console.WriteLine($"rebuild added cost vs bare: {(real?.AddedVsBare ?? inProcess.AddedVsBare):0.00}");
    Console.WriteLine($"rebuild added cost vs peer: {(real?.AddedVsPeer ?? inProcess.AddedVsPeer):0.00}");
    Console.WriteLine($"dll size vs bare: {(real?.DllVsBare ?? inProcess.DllVsBare):0.00}");
    if (real?.Baseline is { } before)
    {
        Console.WriteLine($"baseline ({TextOption("--baseline")}) in the same rounds: rebuild {before.WallMs / 1000:0.0} s, added cost vs bare {real.BaselineAddedVsBare:0.00}, " +
                          $"vs peer {real.BaselineAddedVsPeer:0.00}, dll size vs bare {real.BaselineDllVsBare:0.00}");
    }
    var scaling = PeerBench.WarmEditScaling(Option("--scaling-rounds", quick ? 5 : 10), Console.Out);
    foreach (var edit in scaling)
        Console.WriteLine($"warm {edit.Edit} edit at 1,000 / 5,000 types: ours {edit.Ours1000:0.0} / {edit.Ours5000:0.0} ms, peer {edit.Peer1000:0.0} / {edit.Peer5000:0.0} ms");
    Console.WriteLine($"warm body edit vs peer: {inProcess.WarmVsPeer:0.00}");
    Console.WriteLine($"warm member edit vs peer: {inProcess.WarmMemberVsPeer:0.00} (ours {inProcess.OursWarmMemberEditMs:0.0} ms, peer {inProcess.PeerWarmMemberEditMs:0.0} ms)");
    Console.WriteLine($"warm assembly edit vs peer: {inProcess.WarmAssemblyVsPeer:0.00} (ours {inProcess.OursWarmAssemblyEditMs:0.0} ms, peer {inProcess.PeerWarmAssemblyEditMs:0.0} ms)");
    foreach (var edit in scaling)
        Console.WriteLine($"warm {edit.Edit} edit growth 1,000 to 5,000 types, wall clock: {edit.OursGrowth:0.00} (peer {edit.PeerGrowth:0.00}; driver included" + (edit.Edit == "body" ? ", see the processor-time lines)" : ")"));
    // Full mode: our analyzers' ReportAnalyzer time in the real build over the bare build's compile, as docs/performance.md
    // reads them; the in-process ratio (wall-time telemetry over a single compile, printed above) is the quick proxy.
    Console.WriteLine($"analyzers/compile ratio: {(real?.AnalyzersVsCompile ?? inProcess.AnalyzersRatio):0.000}");
    return 0;
}

if (args.Contains("--generated-files"))
{
    var folders = args.SkipWhile(a => a != "--generated-files").Skip(1).TakeWhile(a => !a.StartsWith("--", StringComparison.Ordinal)).ToList();
    GeneratedFilesBench.Run(folders, Option("--types", 2000), Option("--rounds", 5), Console.Out);
    return 0;
}

if (args.Contains("--generated-compile"))
{
    GeneratedCompileBench.Run(Option("--types", 2000), Option("--rounds", 5), Console.Out);
    return 0;
}

if (args.Contains("--warm"))
{
    // The warm run after a method-body edit, ours and the peer's in turn, many times (also for a profiler).
    var ours = new Workload(Corpus.Build(Option("--types", 2000), variant: CorpusVariant.Ours));
    var peer = new Workload(Corpus.Build(Option("--types", 2000), variant: CorpusVariant.Peer));
    var times = PeerBench.WarmBodyEdits(ours, peer, Option("--rounds", 30));
    Console.WriteLine($"warm body edit: ours median {QuickBench.Median(times.Ours):0.0} ms ({times.Ours.Min():0.0}..{times.Ours.Max():0.0}), " +
                      $"peer {QuickBench.Median(times.Peer):0.0} ms ({times.Peer.Min():0.0}..{times.Peer.Max():0.0}); ratio {QuickBench.Median(times.Ours) / QuickBench.Median(times.Peer):0.00}");
    return 0;
}

if (args.Contains("--warm-steps"))
{
    var figures = new List<WarmSteps.Figures>();
    foreach (var types in TextOption("--types") is not null ? new[] { Option("--types", 1000) } : new[] { 1000, 5000 })
        figures.Add(WarmSteps.Run(types, Option("--rounds", 30), args.Contains("--ours-only"), args.Contains("--tracked"), Console.Out));
    if (figures.Count == 2 && !args.Contains("--ours-only")) WarmSteps.PrintGrowth(figures[0], figures[1], Console.Out);
    return 0;
}

if (args.Contains("--compare-analyzers"))
{
    var other = TextOption("--compare-analyzers") ?? throw new ArgumentException("--compare-analyzers needs the other build's analyzer folder");
    AnalyzerComparison.Run(other, Option("--types", 1000), Option("--rounds", 20), TextOption("--only"), Console.Out);
    return 0;
}

if (args.Contains("--analyzers"))
{
    AnalyzerBench.Run(Option("--types", 2000), Option("--rounds", 5), Console.Out, TextOption("--only"));
    return 0;
}

if (args.Contains("--real"))
{
    var r = RealBuild.Run(Option("--types", 2000), Option("--rounds", 2), Console.Out, split: args.Contains("--split"), baseline: TextOption("--baseline"));
    Console.WriteLine($"rebuild +{r.AddedVsBare:P0} vs bare, peer +{r.PeerAddedVsBare:P0}; ours/peer added {r.AddedVsPeer:0.00}; dll {r.DllVsBare:0.00}");
    if (r.Baseline is not null)
    {
        Console.WriteLine($"baseline: rebuild +{r.BaselineAddedVsBare:P0} vs bare; its added cost over the peer's {r.BaselineAddedVsPeer:0.00}; dll {r.BaselineDllVsBare:0.00}");
    }
    Console.WriteLine($"analyzers in the real build: ours {r.Ours.OwnAnalyzersS:0.00} s (ReportAnalyzer) over the bare compile {r.Bare.CompileMs / 1000:0.0} s (CoreCompile) = {r.AnalyzersVsCompile:0.000}");
    if (r.Split is { } split)
    {
        // Our added cost, in seconds of the rebuild's wall time, in three parts that add up to it (medians, so nearly).
        double S(RealBuild.Build a, RealBuild.Build b) => (a.WallMs - b.WallMs) / 1000;
        Console.WriteLine($"added {S(r.Ours, r.Bare):0.0} s: the annotations {S(split.Annotated, r.Bare):0.0} s, compiling the generated files {S(split.GeneratedAsSource, split.Annotated):0.0} s, " +
                          $"running our generator and analyzers {S(r.Ours, split.GeneratedAsSource):0.0} s");
    }
    return 0;
}

if (args.Contains("--peer"))
{
    var r = PeerBench.Run(Option("--types", 2000), Option("--rounds", 3), Console.Out);
    PrintPeer(r);
    return 0;
}

if (args.Contains("--dllstats"))
{
    foreach (var variant in new[] { CorpusVariant.Bare, CorpusVariant.Ours })
    {
        var w = new Workload(Corpus.Build(Option("--types", 300), variant: variant));
        Workload.DriverFor(variant).RunGeneratorsAndUpdateCompilation(w.Fresh(), out var output, out _);
        using var stream = new MemoryStream();
        output.Emit(stream);
        stream.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(stream);
        var md = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe);
        Console.WriteLine($"{variant}: dll {stream.Length}, metadata {pe.PEHeaders.MetadataSize}, strings {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(md, System.Reflection.Metadata.Ecma335.HeapIndex.String)}, " +
            $"us {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(md, System.Reflection.Metadata.Ecma335.HeapIndex.UserString)}, blob {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetHeapSize(md, System.Reflection.Metadata.Ecma335.HeapIndex.Blob)}, " +
            $"methods {md.MethodDefinitions.Count}, types {md.TypeDefinitions.Count}, fields {md.FieldDefinitions.Count}, memberrefs {md.MemberReferences.Count}, typespecs {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetTableRowCount(md, System.Reflection.Metadata.Ecma335.TableIndex.TypeSpec)}, methodspecs {System.Reflection.Metadata.Ecma335.MetadataReaderExtensions.GetTableRowCount(md, System.Reflection.Metadata.Ecma335.TableIndex.MethodSpec)}");
    }
    return 0;
}

if (args.Contains("--size"))
{
    var corpus = Corpus.Build(Option("--types", 2000));
    var run = Workload.NewDriver().RunGenerators(new Workload(corpus).Fresh()).GetRunResult();
    var bytes = run.Results.SelectMany(r => r.GeneratedSources).Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s.SourceText.ToString()));
    var register = run.Results.SelectMany(r => r.GeneratedSources).Single(s => s.HintName.EndsWith("PrivacyRegister.g.cs", StringComparison.Ordinal)).SourceText.ToString();
    Console.WriteLine($"{corpus.TypeCount} types, {corpus.AnnotatedMembers} annotated members, generated {bytes} bytes, register file {register.Length} chars");
    Console.WriteLine($"{corpus.MembersOfAnnotatedTypes} members of annotated types");
    if (args.Contains("--dump")) foreach (var s in run.Results.SelectMany(r => r.GeneratedSources).Take(4)) Console.WriteLine(s.SourceText);
    if (TextOption("--write") is { } folder)
    {
        // Every generated file, to see where the bytes go.
        Directory.CreateDirectory(folder);
        foreach (var s in run.Results.SelectMany(r => r.GeneratedSources)) File.WriteAllText(Path.Combine(folder, s.HintName), s.SourceText.ToString());
    }
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

static void PrintPeer(PeerBench.Result r)
{
    if (!double.IsNaN(r.BareBuildMs))
        Console.WriteLine($"in-process build (generator + compile + emit), medians of {r.Rounds}: bare {r.BareBuildMs:0} ms, ours {r.OursBuildMs:0} ms (+{r.AddedVsBare:P0}), peer {r.PeerBuildMs:0} ms (+{r.PeerAddedVsBare:P0})");
    Console.WriteLine($"generator cold: ours {r.OursGeneratorMs:0} ms, peer {r.PeerGeneratorMs:0} ms; warm body edit: ours {r.OursWarmBodyEditMs:0.0} ms, peer {r.PeerWarmBodyEditMs:0.0} ms");
    Console.WriteLine($"warm member edit: ours {r.OursWarmMemberEditMs:0.0} ms, peer {r.PeerWarmMemberEditMs:0.0} ms; warm assembly edit: ours {r.OursWarmAssemblyEditMs:0.0} ms, peer {r.PeerWarmAssemblyEditMs:0.0} ms");
    Console.WriteLine($"generated source: ours {r.GeneratedBytes / 1048576.0:0.00} MiB, peer {r.PeerGeneratedBytes / 1048576.0:0.00} MiB ({r.MembersOfAnnotatedTypes} members of annotated types)");
    Console.WriteLine($"dll: bare {r.BareDll / 1024} KiB, ours {r.OursDll / 1024} KiB, peer {r.PeerDll / 1024} KiB; register: JSON {r.RegisterJsonBytes / 1024} KiB, in the DLL {r.RegisterInDllBytes / 1024} KiB ({(double)r.RegisterInDllBytes / r.RegisterJsonBytes:P1})");
}

static string Mb(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
static string Kb(long bytes) => (bytes / 1024.0).ToString("0", CultureInfo.InvariantCulture) + " KB";
