extern alias runtime;

using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>The generator records the DPO policy file (name, version, hash) in the register, incrementally.</summary>
public class PolicyStampTests
{
    private sealed class Text(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }

    private const string Source = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Klivar")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
        public partial class Visit { [PersonalData(DataCategory.Technical, Purpose.Logging)] public string Ip { get; set; } = ""; }
        """;

    private const string Policy = "{\n  \"version\": \"2026.1\",\n  \"forbiddenCategories\": [\"Health\"]\n}\n";

    private static GeneratorDriver Driver(params AdditionalText[] texts) =>
        CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, texts, GeneratorRun.ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    private static runtime::Klivar.PrivacyAnnotations.ProcessingRegister RegisterOf(GeneratorDriver driver, CSharpCompilation compilation)
    {
        var run = GeneratorRun.Run(compilation, driver);
        return runtime::Klivar.PrivacyAnnotations.RegisterJson.Read(run.RegisterJson());
    }

    [Fact]
    public void The_register_records_the_policy_file_name_version_and_hash()
    {
        var register = RegisterOf(Driver(new Text("/repo/src/App/privacy-policy.json", Policy)), GeneratorRun.Compile(Source));

        Assert.NotNull(register.Policy);
        Assert.Equal("privacy-policy.json", register.Policy!.File);
        Assert.Equal("2026.1", register.Policy.Version);
        Assert.Equal(global::Klivar.PrivacyAnnotations.PrivacyPolicy.ComputeHash(Policy), register.Policy.Hash);
    }

    [Fact]
    public void The_stamp_is_the_same_on_a_Windows_checkout_and_absent_without_a_policy()
    {
        var unix = RegisterOf(Driver(new Text("/a/privacy-policy.json", Policy)), GeneratorRun.Compile(Source));
        var windows = RegisterOf(Driver(new Text("C:\\b\\privacy-policy.json", Policy.Replace("\n", "\r\n"))), GeneratorRun.Compile(Source));
        var none = RegisterOf(Driver(new Text("/a/notes.json", Policy)), GeneratorRun.Compile(Source));

        Assert.Equal(unix.Policy!.Hash, windows.Policy!.Hash);
        Assert.Equal(runtime::Klivar.PrivacyAnnotations.RegisterJson.Write(unix), runtime::Klivar.PrivacyAnnotations.RegisterJson.Write(windows));
        Assert.Null(none.Policy);
    }

    [Fact]
    public void A_broken_policy_is_still_stamped_by_hash_so_the_register_never_hides_it()
    {
        var register = RegisterOf(Driver(new Text("/a/privacy-policy.json", "{ \"version\": ")), GeneratorRun.Compile(Source));
        Assert.Null(register.Policy!.Version);
        Assert.StartsWith("sha256:", register.Policy.Hash);
    }

    [Fact]
    public void An_edit_to_code_does_not_read_the_policy_again()
    {
        var compilation = GeneratorRun.Compile(Source);
        var driver = Driver(new Text("/a/privacy-policy.json", Policy)).RunGenerators(compilation);
        var edited = compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorRun.ParseOptions, path: "Other.cs"));

        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var steps = result.TrackedSteps[PrivacyGenerator.Steps.Policy];
        Assert.All(steps.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }
}
