using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// The real-build mode: writes the corpus as three projects (bare; with this package, packed from the
/// repository; with CommunityToolkit.Mvvm on the same members) and runs <c>dotnet build -t:Rebuild</c> on them,
/// interleaved round by round (the order rotates), without the compiler server (each build starts its own compiler, as
/// a CI agent's first build does), with <c>-p:ReportAnalyzer=true</c> read from the detailed log. Medians of the rounds.
/// </summary>
public static class RealBuild
{
    public sealed record Build(double WallMs, double GeneratorsS, double OwnGeneratorS, double OwnAnalyzersS, double LeakAnalyzerS, long DllBytes, double CompileMs);

    public sealed record Result(int Types, int Rounds, Build Bare, Build Ours, Build Peer, Split? Split = null, Build? Baseline = null)
    {
        public double AddedVsBare => (Ours.WallMs - Bare.WallMs) / Bare.WallMs;
        public double PeerAddedVsBare => (Peer.WallMs - Bare.WallMs) / Bare.WallMs;
        public double AddedVsPeer => (Ours.WallMs - Bare.WallMs) / (Peer.WallMs - Bare.WallMs);
        public double DllVsBare => (double)Ours.DllBytes / Bare.DllBytes;

        /// <summary>Our analyzers' time as the compiler reports it (ReportAnalyzer) over the bare build's compile (its CoreCompile target).</summary>
        public double AnalyzersVsCompile => Ours.OwnAnalyzersS * 1000 / Bare.CompileMs;

        /// <summary>With a baseline checkout: its package's added cost vs bare, vs the peer and DLL ratio, from the same rounds.</summary>
        public double? BaselineAddedVsBare => Baseline is { } b ? (b.WallMs - Bare.WallMs) / Bare.WallMs : null;
        public double? BaselineAddedVsPeer => Baseline is { } b ? (b.WallMs - Bare.WallMs) / (Peer.WallMs - Bare.WallMs) : null;
        public double? BaselineDllVsBare => Baseline is { } b ? (double)b.DllBytes / Bare.DllBytes : null;
    }

    /// <summary>
    /// <c>--real --split</c>: where our added cost goes, from two more builds of the annotated corpus in the same rounds.
    /// <see cref="Annotated"/> references the package with its analyzer assemblies removed (the attributes compiled, nothing
    /// generated, no register step); <see cref="GeneratedAsSource"/> is that project with our generator's output of the
    /// annotated build added as ordinary source files. So: the annotations themselves (Annotated − Bare), compiling what we
    /// generate (GeneratedAsSource − Annotated), and running our generator and analyzers (Ours − GeneratedAsSource).
    /// </summary>
    public sealed record Split(Build Annotated, Build GeneratedAsSource);

    // The projects a run builds: the three variants, and with --split two more builds of the annotated corpus.
    private enum Project { Bare, Ours, Peer, Annotated, GeneratedAsSource, Baseline }

    // The baseline package gets a version of its own, so that neither restore can pick up the other's package.
    private const string BaselineVersion = "0.0.0-baseline";

    // Removes our analyzer assemblies (generator and analyzers) from the compile: the package's attributes stay.
    private const string WithoutOurAnalyzers = """
          <Target Name="BenchRemoveOurAnalyzers" BeforeTargets="CoreCompile">
            <ItemGroup>
              <Analyzer Remove="@(Analyzer)" Condition="$([System.String]::Copy('%(Filename)').StartsWith('Klivar.PrivacyAnnotations'))" />
            </ItemGroup>
          </Target>
        """;

    /// <param name="baseline">
    /// Another checkout of this repository (an older commit): its package is packed too and built on the same corpus as
    /// a fourth project in the same interleaved rounds, so a change's cost is read before and after in one run.
    /// </param>
    public static Result Run(int types, int rounds, TextWriter log, bool split = false, string? baseline = null)
    {
        var repository = FindRepository();
        var root = Directory.CreateTempSubdirectory("klivar-realbuild-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            Dotnet(repository, log, "pack", Path.Combine(repository, "src", "Klivar.PrivacyAnnotations", "Klivar.PrivacyAnnotations.csproj"), "-c", "Release", "-o", feed, "-nologo", "-v:q");
            var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "Klivar.PrivacyAnnotations.*.nupkg").Single()).Substring("Klivar.PrivacyAnnotations.".Length);

            var ours = Corpus.Build(types, variant: CorpusVariant.Ours);
            var projects = new Dictionary<Project, string>
            {
                [Project.Bare] = WriteProject(root, feed, version, Corpus.Build(types, variant: CorpusVariant.Bare), "BenchBare"),
                [Project.Ours] = WriteProject(root, feed, version, ours, "BenchOurs"),
                [Project.Peer] = WriteProject(root, feed, version, Corpus.Build(types, variant: CorpusVariant.Peer), "BenchPeer"),
            };
            if (baseline is not null)
            {
                var baselineFeed = Path.Combine(root, "feed-baseline");
                Dotnet(baseline, log, "pack", Path.Combine(baseline, "src", "Klivar.PrivacyAnnotations", "Klivar.PrivacyAnnotations.csproj"), "-c", "Release", "-o", baselineFeed,
                    "-nologo", "-v:q", "-p:PackageVersion=" + BaselineVersion);
                projects[Project.Baseline] = WriteProject(root, baselineFeed, BaselineVersion, ours, "BenchBaseline", packages: "packages-baseline");
            }
            if (split)
            {
                projects[Project.Annotated] = WriteProject(root, feed, version, ours, "BenchAnnotated", WithoutOurAnalyzers, "<PrivacyRegisterEnabled>false</PrivacyRegisterEnabled>");
                projects[Project.GeneratedAsSource] = WriteProject(root, feed, version, ours, "BenchGeneratedAsSource", WithoutOurAnalyzers);
            }
            foreach (var folder in projects.Values) Dotnet(folder, log, "restore", "-nologo", "-v:q");
            if (split) CopyGeneratedFiles(root, projects[Project.Ours], projects[Project.GeneratedAsSource], log);
            log.WriteLine($"[{types} types] {projects.Count} projects written and restored under {root}; {rounds} interleaved rounds after one warm-up");

            var results = projects.Keys.ToDictionary(p => p, _ => new List<Build>());
            var order = projects.Keys.ToArray();
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var project in order.Skip(round % order.Length).Concat(order.Take(round % order.Length)))
                {
                    var build = RebuildOnce(projects[project], project == Project.Peer ? "CommunityToolkit" : "Klivar.PrivacyAnnotations", log);
                    if (round > 0) results[project].Add(build);
                    log.WriteLine($"  round {round}{(round == 0 ? " (warm-up)" : "")} {project}: {build.WallMs / 1000:0.0} s; generators {build.GeneratorsS:0.00} s (own {build.OwnGeneratorS:0.00} s); " +
                                  $"own analyzers {build.OwnAnalyzersS:0.00} s (KPA0008/9 {build.LeakAnalyzerS:0.00} s); compile {build.CompileMs / 1000:0.0} s; dll {build.DllBytes / 1024} KiB");
                }
            }
            var parts = split ? new Split(Median(results[Project.Annotated]), Median(results[Project.GeneratedAsSource])) : null;
            return new Result(types, rounds, Median(results[Project.Bare]), Median(results[Project.Ours]), Median(results[Project.Peer]), parts,
                baseline is null ? null : Median(results[Project.Baseline]));
        }
        finally
        {
            // BENCH_KEEP=1 keeps the projects for a closer look (a binary log, a performance summary).
            if (Environment.GetEnvironmentVariable("BENCH_KEEP") == "1") log.WriteLine($"kept under {root}");
            else try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    // Builds our project once with the compiler writing the generated files out, and copies our generator's
    // files into the target project, where they compile as ordinary sources (still marked <auto-generated/>).
    private static void CopyGeneratedFiles(string root, string ours, string target, TextWriter log)
    {
        var emitted = Path.Combine(root, "emitted");
        Dotnet(ours, log, "build", "--no-restore", "-c", "Release", "-nologo", "-v:q", "-p:EmitCompilerGeneratedFiles=true", "-p:CompilerGeneratedFilesOutputPath=" + emitted);
        var ourFiles = Directory.GetFiles(Path.Combine(emitted, "Klivar.PrivacyAnnotations.Roslyn"), "*.cs", SearchOption.AllDirectories);
        if (ourFiles.Length == 0) throw new InvalidOperationException("The annotated build wrote no generated file under " + emitted);
        var into = Path.Combine(target, "Generated");
        Directory.CreateDirectory(into);
        foreach (var file in ourFiles) File.Copy(file, Path.Combine(into, Path.GetFileName(file)));
    }

    private static Build Median(List<Build> builds) => new(
        QuickBench.Median(builds.Select(b => b.WallMs).ToList()), QuickBench.Median(builds.Select(b => b.GeneratorsS).ToList()),
        QuickBench.Median(builds.Select(b => b.OwnGeneratorS).ToList()), QuickBench.Median(builds.Select(b => b.OwnAnalyzersS).ToList()),
        QuickBench.Median(builds.Select(b => b.LeakAnalyzerS).ToList()), builds[0].DllBytes, QuickBench.Median(builds.Select(b => b.CompileMs).ToList()));

    private static string WriteProject(string root, string feed, string version, Corpus corpus, string name, string targets = "", string properties = "", string packages = "packages")
    {
        var folder = Path.Combine(root, name);
        Directory.CreateDirectory(folder);
        var package = corpus.Variant switch
        {
            CorpusVariant.Ours => $"<PackageReference Include=\"Klivar.PrivacyAnnotations\" Version=\"{version}\" />",
            CorpusVariant.Peer => "<PackageReference Include=\"CommunityToolkit.Mvvm\" Version=\"8.4.2\" />",
            _ => "",
        };
        // The package just packed has the version of the last one: restored into the machine's package folder it would
        // be the cached older build. Ours restores into a folder of its own.
        var restorePath = corpus.Variant == CorpusVariant.Ours ? $"<RestorePackagesPath>{Path.Combine(root, packages)}</RestorePackagesPath>" : "";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
                <NoWarn>$(NoWarn);CS1591;CS8618</NoWarn>
                {restorePath}
                {properties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.0" />
                {package}
              </ItemGroup>
            {targets}
            </Project>
            """);
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="klivar-bench" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        foreach (var file in corpus.Files)
        {
            var path = Path.Combine(folder, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, file.Text);
        }
        return folder;
    }

    private static Build RebuildOnce(string folder, string own, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var output = Dotnet(folder, log, "build", "-t:Rebuild", "--no-restore", "-c", "Release", "-nologo", "-v:d",
            "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=false", "-clp:PerformanceSummary");
        var wall = watch.Elapsed.TotalMilliseconds;
        var dll = Path.Combine(folder, "bin", "Release", "net10.0", Path.GetFileName(folder) + ".dll");
        return new Build(wall, Total(output, "Total generator execution time"), Section(output, "generator", own, _ => true),
            Section(output, "analyzer", own, _ => true), Section(output, "analyzer", "Klivar.PrivacyAnnotations", n => n.Contains("LeakAnalyzer", StringComparison.Ordinal)),
            new FileInfo(dll).Length, TargetMs(output, "CoreCompile"));
    }

    // A row of the performance summary's target list: "   12345 ms  CoreCompile   1 calls".
    private static double TargetMs(string output, string target)
    {
        var match = Regex.Match(output, @"^\s*(\d+) ms\s+" + Regex.Escape(target) + @"\s+\d+ calls", RegexOptions.Multiline);
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : double.NaN;
    }

    private static readonly Regex Row = new(@"^\s*<?(?<time>\d+(\.\d+)?)\s+<?\d+\s+(?<name>\S.*)$", RegexOptions.Compiled);

    private static double Total(string output, string label)
    {
        var match = Regex.Match(output, Regex.Escape(label) + @":\s*<?(\d+(\.\d+)?)");
        return match.Success ? double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
    }

    /// <summary>The sum of the ReportAnalyzer rows, in the analyzer or generator section, of the assemblies named <paramref name="owner"/>.</summary>
    private static double Section(string output, string kind, string owner, Func<string, bool> select)
    {
        var total = 0.0;
        var inSection = false;
        string? assembly = null;
        foreach (var raw in output.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.Contains("Total " + kind + " execution time", StringComparison.Ordinal)) { inSection = true; continue; }
            if (line.Contains("execution time", StringComparison.Ordinal) && line.Contains("Total", StringComparison.Ordinal)) { inSection = false; continue; }
            if (!inSection) continue;
            var match = Row.Match(line);
            if (!match.Success) continue;
            var name = match.Groups["name"].Value.Trim();
            var time = double.Parse(match.Groups["time"].Value, CultureInfo.InvariantCulture);
            // Assembly rows ("Klivar.PrivacyAnnotations.Roslyn, Version=...") head the rows of their analyzers.
            if (name.Contains(", Version=", StringComparison.Ordinal)) { assembly = name; continue; }
            if ((assembly ?? name).Contains(owner, StringComparison.Ordinal) && select(name)) total += time;
        }
        return total;
    }

    private static string Dotnet(string workingDirectory, TextWriter log, params string[] arguments)
    {
        var info = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["MSBUILDNODEREUSE"] = "0";
        using var process = Process.Start(info)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.Append(e.Data).Append('\n'); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var text = output.ToString();
            log.WriteLine(text.Length > 4000 ? text.Substring(text.Length - 4000) : text);
            throw new InvalidOperationException("dotnet " + string.Join(" ", arguments) + " failed in " + workingDirectory);
        }
        return output.ToString();
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Run the benchmark from the repository's build output.");
    }
}
