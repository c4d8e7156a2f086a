extern alias runtime;

using System.Text.Json;
using Json.Schema;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>docs/privacy-policy.schema.json agrees with the reader: the sample's policy is valid, and its name lists are the vocabulary's.</summary>
public class PolicySchemaTests
{
    private static readonly string Root = FindRoot();

    private static string FindRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
            if (File.Exists(Path.Combine(d.FullName, "Klivar.PrivacyAnnotations.sln"))) return d.FullName;
        throw new InvalidOperationException("repository root not found");
    }

    private static JsonElement Schema() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "docs", "privacy-policy.schema.json"))).RootElement;

    [Fact]
    public void The_sample_policy_is_valid_against_the_schema_and_a_wrong_one_is_not()
    {
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(Root, "docs", "privacy-policy.schema.json")));
        var sample = JsonDocument.Parse(File.ReadAllText(Path.Combine(Root, "samples", "Klivar.Platform", "privacy-policy.json"))).RootElement;
        Assert.True(schema.Evaluate(sample).IsValid);
        var wrong = JsonDocument.Parse("{ \"forbiddenCategories\": [\"Helth\"], \"maxRetentionByCategory\": { \"Technical\": \"-1y\" } }").RootElement;
        Assert.False(schema.Evaluate(wrong).IsValid);
    }

    [Fact]
    public void The_schema_lists_exactly_the_vocabulary_and_the_change_kinds()
    {
        var defs = Schema().GetProperty("$defs");
        string[] Enum(string name) => defs.GetProperty(name).GetProperty("enum").EnumerateArray().Select(e => e.GetString()!).ToArray();
        Assert.Equal(System.Enum.GetNames<runtime::Klivar.PrivacyAnnotations.DataCategory>(), Enum("category"));
        Assert.Equal(System.Enum.GetNames<runtime::Klivar.PrivacyAnnotations.LegalBasis>(), Enum("legalBasis"));
        Assert.Equal(System.Enum.GetNames<runtime::Klivar.PrivacyAnnotations.TransferSafeguard>(), Enum("safeguard"));
        Assert.Equal(global::Klivar.PrivacyAnnotations.RegisterChangeKinds.All, Enum("changeKind"));
    }

    [Fact]
    public void The_sample_policy_reads_without_error()
    {
        var read = global::Klivar.PrivacyAnnotations.PrivacyPolicyReader.Read(File.ReadAllText(Path.Combine(Root, "samples", "Klivar.Platform", "privacy-policy.json")));
        Assert.Empty(read.Errors);
        Assert.Equal(6, read.Policy!.Purposes!.Count);
    }
}
