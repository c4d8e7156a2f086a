using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>
/// Issue 11's real-build mode: writes the corpus as three projects (bare; with this package, packed from the
/// repository; with CommunityToolkit.Mvvm on the same members) and runs <c>dotnet build -t:Rebuild</c> on them,
/// interleaved round by round (the order rotates), without the compiler server (each build starts its own compiler, as
/// a CI agent's first build does), with <c>-p:ReportAnalyzer=true</c> read from the detailed log. Medians of the rounds.
/// </summary>
public static class RealBuild
{
    public sealed record Build(double WallMs, double GeneratorsS, double OwnGeneratorS, double OwnAnalyzersS, double LeakAnalyzerS, long DllBytes, double CompileMs);

    public sealed record Result(int Types, int Rounds, Build Bare, Build Ours, Build Peer)
    {
        public double AddedVsBare => (Ours.WallMs - Bare.WallMs) / Bare.WallMs;
        public double PeerAddedVsBare => (Peer.WallMs - Bare.WallMs) / Bare.WallMs;
        public double AddedVsPeer => (Ours.WallMs - Bare.WallMs) / (Peer.WallMs - Bare.WallMs);
        public double DllVsBare => (double)Ours.DllBytes / Bare.DllBytes;

        /// <summary>Our analyzers' time as the compiler reports it (ReportAnalyzer) over the bare build's compile (its CoreCompile target).</summary>
        public double AnalyzersVsCompile => Ours.OwnAnalyzersS * 1000 / Bare.CompileMs;
    }

    public static Result Run(int types, int rounds, TextWriter log)
    {
        var repository = FindRepository();
        var root = Directory.CreateTempSubdirectory("klivar-realbuild-").FullName;
        try
        {
            var feed = Path.Combine(root, "feed");
            Dotnet(repository, log, "pack", Path.Combine(repository, "src", "Klivar.PrivacyAnnotations", "Klivar.PrivacyAnnotations.csproj"), "-c", "Release", "-o", feed, "-nologo", "-v:q");
            var version = Path.GetFileNameWithoutExtension(Directory.GetFiles(feed, "Klivar.PrivacyAnnotations.*.nupkg").Single()).Substring("Klivar.PrivacyAnnotations.".Length);

            var projects = new Dictionary<CorpusVariant, string>();
            foreach (var variant in new[] { CorpusVariant.Bare, CorpusVariant.Ours, CorpusVariant.Peer })
            {
                projects[variant] = WriteProject(root, feed, version, Corpus.Build(types, variant: variant));
                Dotnet(projects[variant], log, "restore", "-nologo", "-v:q");
            }
            log.WriteLine($"[{types} types] three projects written and restored under {root}; {rounds} interleaved rounds after one warm-up");

            var results = projects.Keys.ToDictionary(v => v, _ => new List<Build>());
            var order = new[] { CorpusVariant.Bare, CorpusVariant.Ours, CorpusVariant.Peer };
            for (var round = 0; round <= rounds; round++)
            {
                foreach (var variant in order.Skip(round % 3).Concat(order.Take(round % 3)))
                {
                    var build = RebuildOnce(projects[variant], variant, log);
                    if (round > 0) results[variant].Add(build);
                    log.WriteLine($"  round {round}{(round == 0 ? " (warm-up)" : "")} {variant}: {build.WallMs / 1000:0.0} s; generators {build.GeneratorsS:0.00} s (own {build.OwnGeneratorS:0.00} s); " +
                                  $"own analyzers {build.OwnAnalyzersS:0.00} s (KPA0008/9 {build.LeakAnalyzerS:0.00} s); compile {build.CompileMs / 1000:0.0} s; dll {build.DllBytes / 1024} KiB");
                }
            }
            return new Result(types, rounds, Median(results[CorpusVariant.Bare]), Median(results[CorpusVariant.Ours]), Median(results[CorpusVariant.Peer]));
        }
        finally
        {
            // BENCH_KEEP=1 keeps the three projects for a closer look (a binary log, a performance summary).
            if (Environment.GetEnvironmentVariable("BENCH_KEEP") == "1") log.WriteLine($"kept under {root}");
            else try { Directory.Delete(root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static Build Median(List<Build> builds) => new(
        QuickBench.Median(builds.Select(b => b.WallMs).ToList()), QuickBench.Median(builds.Select(b => b.GeneratorsS).ToList()),
        QuickBench.Median(builds.Select(b => b.OwnGeneratorS).ToList()), QuickBench.Median(builds.Select(b => b.OwnAnalyzersS).ToList()),
        QuickBench.Median(builds.Select(b => b.LeakAnalyzerS).ToList()), builds[0].DllBytes, QuickBench.Median(builds.Select(b => b.CompileMs).ToList()));

    private static string WriteProject(string root, string feed, string version, Corpus corpus)
    {
        var name = "Bench" + corpus.Variant;
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
        var restorePath = corpus.Variant == CorpusVariant.Ours ? $"<RestorePackagesPath>{Path.Combine(root, "packages")}</RestorePackagesPath>" : "";
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <LangVersion>latest</LangVersion>
                <NoWarn>$(NoWarn);CS1591;CS8618</NoWarn>
                {restorePath}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Microsoft.Extensions.Logging.Abstractions" Version="10.0.0" />
                {package}
              </ItemGroup>
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

    private static Build RebuildOnce(string folder, CorpusVariant variant, TextWriter log)
    {
        var watch = Stopwatch.StartNew();
        var output = Dotnet(folder, log, "build", "-t:Rebuild", "--no-restore", "-c", "Release", "-nologo", "-v:d",
            "-p:ReportAnalyzer=true", "-p:UseSharedCompilation=false", "-clp:PerformanceSummary");
        var wall = watch.Elapsed.TotalMilliseconds;
        var own = variant == CorpusVariant.Peer ? "CommunityToolkit" : "Klivar.PrivacyAnnotations";
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
