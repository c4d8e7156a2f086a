using System.Diagnostics;
using System.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// Packs the package once per test run into a temporary feed, and makes throw-away projects that restore it from there
/// with a private NuGet cache (so a stale copy of the same version can never be picked up).
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Root = Directory.CreateTempSubdirectory("klivar-e2e-").FullName;
        Feed = Path.Combine(Root, "feed");
        PackagesCache = Path.Combine(Root, "nuget-packages");
        var project = Path.Combine(RepositoryRoot, "src", "Klivar.PrivacyAnnotations", "Klivar.PrivacyAnnotations.csproj");
        var pack = Dotnet.Run(RepositoryRoot, "pack", project, "-c", "Release", "-o", Feed, "-p:ContinuousIntegrationBuild=true");
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        PackagePath = Directory.GetFiles(Feed, "Klivar.PrivacyAnnotations.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(PackagePath).Substring("Klivar.PrivacyAnnotations.".Length);
    }

    public string Root { get; }
    public string Feed { get; }
    public string PackagesCache { get; }
    public string PackagePath { get; }
    public string Version { get; }

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    /// <summary>Creates a project folder referencing the packed package, with the given source files.</summary>
    public ThrowAwayProject CreateProject(string name, IDictionary<string, string> sources, string extraProperties = "")
    {
        var folder = Path.Combine(Root, "projects", name + "-" + Guid.NewGuid().ToString("N")[..8], name);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config><add key="globalPackagesFolder" value="{PackagesCache}" /></config>
              <packageSources>
                <clear />
                <add key="local" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        // Keep the repository's own Directory.Build.props and central package management out of the throw-away project.
        File.WriteAllText(Path.Combine(folder, "Directory.Build.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, "Directory.Packages.props"), "<Project />");
        File.WriteAllText(Path.Combine(folder, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <OutputType>Exe</OutputType>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                {extraProperties}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Klivar.PrivacyAnnotations" Version="{Version}" />
              </ItemGroup>
            </Project>
            """);
        foreach (var (file, text) in sources) File.WriteAllText(Path.Combine(folder, file), text);
        if (!sources.ContainsKey("Program.cs")) File.WriteAllText(Path.Combine(folder, "Program.cs"), "System.Console.WriteLine(\"throw-away\");\n");
        return new ThrowAwayProject(folder, name);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}

public sealed record ThrowAwayProject(string Folder, string Name)
{
    public string OutputFolder => Path.Combine(Folder, "bin", "Debug", "net10.0");

    public DotnetResult Build(params string[] extra) => Dotnet.Run(Folder, ["build", "--nologo", .. extra]);

    public DotnetResult Clean() => Dotnet.Run(Folder, "clean", "--nologo");

    public string OutputFile(string suffix) => Path.Combine(OutputFolder, Name + suffix);
}

public sealed record DotnetResult(int ExitCode, string Output);

public static class Dotnet
{
    public static DotnetResult Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        // A build server would outlive the test and keep analyzer assemblies loaded between throw-away projects.
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        start.Environment["UseSharedCompilation"] = "false";
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH" }) start.Environment.Remove(name);

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            return new DotnetResult(-1, output + "\n(timed out after 5 minutes)");
        }
        process.WaitForExit();
        return new DotnetResult(process.ExitCode, output.ToString());
    }
}
