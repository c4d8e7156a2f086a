extern alias runtime;

using System.Diagnostics;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.EndToEnd;

/// <summary>
/// The packed package in a throw-away project, restored from a local folder into a private package cache: the build
/// writes the register files beside the assembly, brings a deleted one back, writes the same bytes twice, and
/// <c>dotnet clean</c> removes them.
/// </summary>
[Trait("Category", "EndToEnd")]
public class PackedPackageTests
{
    private const string ProjectFile = """
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <AssemblyName>Klivar.Sample</AssemblyName>
            <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
          </PropertyGroup>
          <ItemGroup>
            <PackageReference Include="Klivar.PrivacyAnnotations" Version="{VERSION}" />
          </ItemGroup>
        </Project>
        """;

    private const string Code = """
        using Klivar.PrivacyAnnotations;

        [assembly: DataController("Klivar", Email = "avotreecoute@klivar.com")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Fraud detection", Retention = "1y")]
        [assembly: InternationalTransfer("Hosting provider", "US", TransferSafeguard.StandardContractualClauses)]

        namespace Klivar.Sample
        {
            public partial class Customer
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string FullName { get; set; } = "";

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public string? LastIpAddress { get; set; }
            }
        }
        """;

    [Fact]
    public void The_build_writes_rewrites_and_cleans_the_register_files()
    {
        var root = Path.Combine(Path.GetTempPath(), "klivar-e2e-" + Guid.NewGuid().ToString("N"));
        try
        {
            var feed = Path.Combine(root, "feed");
            var version = "0.1.0-e2e";
            Dotnet(RepoRoot(), "pack", "src/Klivar.PrivacyAnnotations/Klivar.PrivacyAnnotations.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version);

            var project = Path.Combine(root, "app");
            Directory.CreateDirectory(project);
            File.WriteAllText(Path.Combine(project, "Klivar.Sample.csproj"), ProjectFile.Replace("{VERSION}", version));
            File.WriteAllText(Path.Combine(project, "Customer.cs"), Code);
            File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources><clear /><add key="local" value="{feed}" /></packageSources>
                  <config><add key="globalPackagesFolder" value="{Path.Combine(root, "packages")}" /></config>
                </configuration>
                """);

            var output = Dotnet(project, "build");
            Assert.DoesNotContain("CS8784", output);
            Assert.DoesNotContain("CS8785", output);

            var bin = Path.Combine(project, "bin", "Debug", "net10.0");
            var files = new[] { "json", "md", "csv" }.Select(ext => Path.Combine(bin, "Klivar.Sample.privacy-register." + ext)).ToArray();
            Assert.All(files, f => Assert.True(File.Exists(f), f + " was not written:\n" + output));

            var json = File.ReadAllText(files[0]);
            RegisterSchema.AssertValid(json);
            var register = runtime::Klivar.PrivacyAnnotations.RegisterJson.Read(json);
            Assert.Equal(
                new[] { "Email", "FullName", "LastIpAddress" },
                register.Activities.SelectMany(a => a.Fields).Select(f => f.Member).Order(StringComparer.Ordinal));
            Assert.Contains("Customer", File.ReadAllText(files[1]));
            Assert.StartsWith("Activity id,", File.ReadAllText(files[2]));
            var firstBytes = files.Select(File.ReadAllBytes).ToArray();

            // Deleted, then built again: it comes back, with the same bytes as every other file.
            File.Delete(files[0]);
            Dotnet(project, "build");
            Assert.Equal(firstBytes, files.Select(File.ReadAllBytes).ToArray());

            // A rebuild from scratch gives byte-identical files.
            Dotnet(project, "build", "--no-incremental");
            Assert.Equal(firstBytes, files.Select(File.ReadAllBytes).ToArray());

            Dotnet(project, "clean");
            Assert.All(files, f => Assert.False(File.Exists(f), f + " survived dotnet clean"));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static string Dotnet(string directory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // No build servers or reused nodes left running after the test.
        start.ArgumentList.Add("--disable-build-servers");
        start.ArgumentList.Add("-nodeReuse:false");
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var output = stdout.Result + stderr;
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({process.ExitCode}):\n{output}");
        return output;
    }

    private static string RepoRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Klivar.PrivacyAnnotations.sln"))) return dir;
        }
        throw new InvalidOperationException("The repository root is not above " + AppContext.BaseDirectory);
    }
}
