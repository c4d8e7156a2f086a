using Xunit;

namespace Klivar.PrivacyAnnotations.Tests;

/// <summary>
/// The runtime library holds what an application needs at run time, and only what users call is public. The merger,
/// the renderers, the lexicon and the DPO policy reader serve the build step and klivar-privacy, which compile them in;
/// the public API is recorded in PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt (PublicApiAnalyzers fails the build
/// when the two disagree).
/// </summary>
public class PublicApiTests
{
    private static readonly Type[] Exported = typeof(PersonalDataAttribute).Assembly.GetExportedTypes();

    [Theory]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMerger")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMergeResult")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterConflict")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMarkdown")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterCsv")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyNotice")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMermaid")]
    [InlineData("Klivar.PrivacyAnnotations.FlowGraph")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterTranslation")]
    [InlineData("Klivar.PrivacyAnnotations.Lexicon")]
    [InlineData("Klivar.PrivacyAnnotations.MarkdownText")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyPolicy")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyPolicyReader")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterChangeKinds")]
    public void Tooling_types_are_not_in_the_runtime_library(string typeName)
    {
        Assert.Null(typeof(PersonalDataAttribute).Assembly.GetType(typeName, throwOnError: false));
    }

    [Fact]
    public void No_renderer_merger_diff_mermaid_policy_or_lexicon_type_is_in_the_runtime_library()
    {
        var tooling = new System.Text.RegularExpressions.Regex("Markdown|Csv|Notice|Merge|Diff|Mermaid|FlowGraph|PrivacyPolicy|Policy(Error|Purpose|ReadResult|RetentionLimit)|ChangeKind|Lexicon|Translation");
        var found = typeof(PersonalDataAttribute).Assembly.GetTypes()
            .Select(t => t.FullName!)
            .Where(name => name.StartsWith("Klivar.", StringComparison.Ordinal) && tooling.IsMatch(name.Substring(name.LastIndexOf('.') + 1)))
            .ToList();
        Assert.True(found.Count == 0, "tooling types in the runtime library: " + string.Join(", ", found));
    }

    [Theory]
    [InlineData("Klivar.PrivacyAnnotations.PersonalDataAttribute")]
    [InlineData("Klivar.PrivacyAnnotations.Redaction")]
    [InlineData("Klivar.PrivacyAnnotations.RetentionPolicy")]
    [InlineData("Klivar.PrivacyAnnotations.ProcessingRegister")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterJson")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyTypeMetadata")]
    public void What_users_and_generated_code_call_stays_public(string typeName)
    {
        Assert.Contains(Exported, t => t.FullName == typeName);
    }

    [Fact]
    public void Every_public_type_is_recorded_in_the_public_api_files()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Klivar.PrivacyAnnotations");
        var recorded = File.ReadLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(GenericArity)
            .ToHashSet(StringComparer.Ordinal);
        var missing = Exported.Select(t => t.FullName!.Replace('+', '.')).Where(name => !recorded.Contains(name) && !recorded.Contains("static " + name) && !recorded.Contains("abstract " + name)).ToList();
        Assert.True(missing.Count == 0, "public types missing from PublicAPI.*.txt: " + string.Join(", ", missing));
        Assert.DoesNotContain(recorded, line => line.Contains("RegisterMerger", StringComparison.Ordinal) || line.Contains("RegisterMarkdown", StringComparison.Ordinal));
    }

    // The files spell a generic type "PrivacyMember<T, TValue>"; reflection names it "PrivacyMember`2".
    private static string GenericArity(string line) =>
        System.Text.RegularExpressions.Regex.Replace(line, @"^((?:abstract |static |sealed )*[\w.]+)<([^<>()]*)>$",
            m => m.Groups[1].Value + "`" + (m.Groups[2].Value.Count(c => c == ',') + 1));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
