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

/// <summary>Every Mermaid block in the docs (the sample's diagram, the example diff) passes the grammar check.</summary>
public sealed class DocsDiagramTests
{
    [Fact]
    public void Every_mermaid_block_in_the_docs_is_well_formed_and_the_tool_manual_shows_the_samples_diagram()
    {
        var blocks = new List<(string File, string Chart)>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(SampleVariant.Root, "docs"), "*.md", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            for (var start = text.IndexOf("```mermaid\n", StringComparison.Ordinal); start >= 0; start = text.IndexOf("```mermaid\n", start + 1, StringComparison.Ordinal))
            {
                var body = start + "```mermaid\n".Length;
                blocks.Add((Path.GetFileName(file), text[body..text.IndexOf("```", body, StringComparison.Ordinal)]));
            }
        }

        Assert.True(blocks.Count(b => b.File == "tool.md") >= 2, "docs/tool.md should show the sample's diagram and a diff's");
        foreach (var (file, chart) in blocks)
        {
            var problems = Rendering.MermaidGrammar.Check(chart);
            Assert.True(problems.Count == 0, file + ": " + string.Join("; ", problems));
        }
    }
}
