using System.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>`dotnet publish samples/Klivar.Platform` puts the register files in the publish folder.</summary>
public class SamplePublishTests
{
    /// <summary>The sample writes its register in English and French: four files each.</summary>
    public static readonly string[] RegisterFiles =
    {
        "Klivar.Platform.privacy-register.json", "Klivar.Platform.privacy-register.md", "Klivar.Platform.privacy-register.csv", "Klivar.Platform.privacy-notice.draft.md",
        "Klivar.Platform.privacy-register.fr.json", "Klivar.Platform.privacy-register.fr.md", "Klivar.Platform.privacy-register.fr.csv", "Klivar.Platform.privacy-notice.draft.fr.md",
    };

    [Fact]
    public void Publish_copies_the_eight_register_files_and_the_opt_out_keeps_them_out()
    {
        var project = Path.GetFullPath(Path.Combine(SampleOutput.Directory, "..", "..", "..", "Klivar.Platform.csproj"));
        Assert.True(File.Exists(project), project);
        var output = Directory.CreateTempSubdirectory("klivar-publish-");
        var optedOut = Directory.CreateTempSubdirectory("klivar-publish-optout-");
        try
        {
            // --no-build: the sample is built already (project reference); publishing must not rebuild it under other tests.
            Publish(project, output.FullName);
            foreach (var name in RegisterFiles)
            {
                var published = Path.Combine(output.FullName, name);
                Assert.True(File.Exists(published), $"'{name}' is not in the publish folder {output.FullName}");
                Assert.Equal(File.ReadAllBytes(SampleOutput.File(name)), File.ReadAllBytes(published));
            }

            Publish(project, optedOut.FullName, "-p:PrivacyRegisterPublish=false");
            Assert.True(File.Exists(Path.Combine(optedOut.FullName, "Klivar.Platform.dll")));
            Assert.Empty(Directory.GetFiles(optedOut.FullName, "*.privacy-*"));
        }
        finally
        {
            output.Delete(recursive: true);
            optedOut.Delete(recursive: true);
        }
    }

    private static void Publish(string project, string outputDirectory, params string[] extra)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "publish", project, "--no-build", "--nologo", "-c", Configuration, "-o", outputDirectory }.Concat(extra))
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(300_000), "dotnet publish did not finish within five minutes");
        Assert.True(process.ExitCode == 0, $"dotnet publish exited with {process.ExitCode}:\n{stdout.Result}\n{stderr}");
    }

    // The sample's output folder is bin/<Configuration>/net10.0/: publish the same configuration.
    private static string Configuration => new DirectoryInfo(SampleOutput.Directory).Parent!.Name;
}
