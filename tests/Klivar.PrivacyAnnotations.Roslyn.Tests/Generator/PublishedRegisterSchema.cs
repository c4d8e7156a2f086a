using System.Text.Json;
using Json.Schema;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>Validates register JSON against the published schema, docs/privacy-register.schema.json.</summary>
internal static class PublishedRegisterSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schema", "privacy-register.schema.json"))));

    public static void AssertValid(string json)
    {
        using var document = JsonDocument.Parse(json);
        var result = Schema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value));
        Assert.True(result.IsValid, "The register does not match docs/privacy-register.schema.json:\n" + string.Join("\n", errors) + "\n" + json);
    }
}
