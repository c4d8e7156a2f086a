using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>What the declaration rules share: silence on a complete declaration and on a compilation without the runtime
/// library, and no crash on broken code. Each rule has its own class under RuleTests/.</summary>
public class DeclarationAnalyzerTests
{
    private const string Controller = """[assembly: DataController("Klivar SAS")]""";

    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<DeclarationAnalyzer>("using Klivar.PrivacyAnnotations;\n" + source, false, expected);

    // ---- silent on a complete, consistent declaration ----

    [Fact]
    public async Task A_complete_declaration_is_silent()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegalObligation, Retention = "5y")]
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent,
                Dpia = DpiaStatus.Done, DpiaReference = "AIPD-2024-03", DpiaDate = "2024-03-12")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.AdequacyDecision, Purposes = new[] { Purpose.Logging })]
            [assembly: InternationalTransfer("Support", "IN", TransferSafeguard.StandardContractualClauses, PurposeIds = new[] { "fraud-screening" })]

            [PersonalData(DataCategory.Contact, Purpose.CustomerManagement, Retention = "3y after last-contact")]
            public class Customer
            {
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Health, Purpose.CustomerManagement, Retention = "1y")]
                public string Allergies { get; set; } = "";
                [NotPersonalData("Our own reference")]
                public string Reference { get; set; } = "";
            }

            public record Visit([PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress);

            public class Screening
            {
                [PersonalData(DataCategory.Technical, "fraud-screening")]
                public string DeviceId = "";
                public void Check([PersonalData(DataCategory.Technical, Purpose.Logging)][PersonalData(DataCategory.Technical, "fraud-screening")] string ip) { }
            }
            """);
    }

    [Fact]
    public async Task Nothing_is_reported_without_the_runtime_library()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<DeclarationAnalyzer, DefaultVerifier>
        {
            TestCode = "public class PersonalDataAttribute : System.Attribute { } [PersonalData] public class User { }",
        };
        test.TestState.ReferenceAssemblies = Infrastructure.HarnessSetup.NoDownload;
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        await test.RunAsync();
    }

    // ---- broken code: the compiler reports, the analyzer never throws (AD0001 would fail these tests) ----

    [Theory]
    [InlineData("[assembly: ProcessingActivity(Purpose.Logging)]")]
    [InlineData("[assembly: ProcessingActivity(]")]
    [InlineData("[assembly: ProcessingActivity(Purpose.Nope, LegalBasis.Contract, Retention = )]")]
    [InlineData("[assembly: InternationalTransfer(\"X\", null, TransferSafeguard.AdequacyDecision)]")]
    [InlineData("[assembly: InternationalTransfer(\"X\")]")]
    [InlineData("[assembly: DataController()]")]
    [InlineData("public class U { [PersonalData(DataCategory.Contact)] public string E = \"\"; }")]
    [InlineData("public class U { [PersonalData(] public string E = \"\"; }")]
    [InlineData("public class U { [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = null)] public string E = \"\"; }")]
    [InlineData("public class U { [PersonalData(DataCategory.Contact, (string)null)] public string E = \"\"; }")]
    [InlineData("public class U { [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = 3)] public string E = \"\"; }")]
    [InlineData("public class U { [PersonalData(DataCategory.Contact, Purpose.Logging, Purpose.)] public string E }")]
    [InlineData("[PersonalData(DataCategory.Contact, Purpose.Logging)] public record R([PersonalData(DataCategory.Contact, ] string E);")]
    public async Task Broken_code_never_crashes_the_analyzer(string code)
    {
        var errors = await AnalyzerCrashes.RunAsync("using Klivar.PrivacyAnnotations;\n" + code);
        Assert.Empty(errors);
    }
}
