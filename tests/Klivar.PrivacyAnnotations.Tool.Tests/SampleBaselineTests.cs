using System.Reflection;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// The repository's own CI runs the register diff: the register the sample's build wrote, against the baseline
/// committed in Baseline/. A change to the sample's privacy declarations fails here, with the diff a reviewer would
/// see in a pull request, until the baseline is updated (KLIVAR_UPDATE_GOLDEN=1) and the change reviewed with it.
/// </summary>
public sealed class SampleBaselineTests
{
    [Fact]
    public void The_sample_register_matches_the_committed_baseline()
    {
        var output = typeof(SampleBaselineTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Klivar.Platform").Value!;
        var built = Path.Combine(output, "Klivar.Platform.privacy-register.json");
        var baseline = Path.Combine(SampleVariant.Root, "tests", "Klivar.PrivacyAnnotations.Tool.Tests", "Baseline", "Klivar.Platform.privacy-register.json");
        if (Environment.GetEnvironmentVariable("KLIVAR_UPDATE_GOLDEN") == "1") File.Copy(built, baseline, overwrite: true);
        Assert.True(File.Exists(baseline), "No baseline at " + baseline + "; run the tests with KLIVAR_UPDATE_GOLDEN=1 to create it.");

        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(new[] { "diff", baseline, built, "--format", "md", "--policy", SampleVariant.PolicyPath }, stdout, stderr);

        Assert.True(exit == DiffCommand.NoChange,
            "The sample's register differs from the committed baseline (exit " + exit + "). If intended, review the diff below and rerun with " +
            "KLIVAR_UPDATE_GOLDEN=1.\n" + stderr + stdout);
    }
}
