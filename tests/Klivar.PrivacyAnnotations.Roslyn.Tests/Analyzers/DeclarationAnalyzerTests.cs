using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

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
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)]
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

    // ---- KPA0002 ----

    [Fact]
    public async Task KPA0002_purpose_with_no_activity()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Logging, {|#0:Purpose.Billing|}, Retention = "10y")]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Identification, {|#1:"fraud-screening"|}, Retention = "1y")]
                public string Name { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(0).WithArguments("billing"),
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("fraud-screening"));
    }

    [Fact]
    public async Task KPA0002_transfer_purposes_with_no_activity()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses, Purposes = {|#0:new[] { Purpose.Logging, Purpose.Billing }|})]
            [assembly: InternationalTransfer("CRM", "US", TransferSafeguard.StandardContractualClauses, PurposeIds = {|#1:new[] { "crm" }|})]
            """,
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(0).WithArguments("billing"),
            new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("crm"));
    }

    // ---- KPA0003 ----

    [Fact]
    public async Task KPA0003_points_at_the_offending_characters()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "2 {|#1:parsecs|}")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "3 {|#0:bananas|}")]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0)
                .WithArguments("3 bananas", "at character 3, expected a unit (y, m, w, d) but found 'bananas'"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1)
                .WithArguments("2 parsecs", "at character 3, expected a unit (y, m, w, d) but found 'parsecs'"));
    }

    [Fact]
    public async Task KPA0003_an_explicit_empty_retention_says_what_to_write()
    {
        // Issue 15: Retention = "" or "   " was accepted silently (the member inherited its activity's rule).
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = {|#2:""|})]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {|#0:""|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {|#1:"   "|})]
                public string Phone { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Fax { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0).WithArguments("", "it is empty (leave Retention out to use the activity's rule)"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1).WithArguments("   ", "it is empty (leave Retention out to use the activity's rule)"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(2).WithArguments("", "it is empty (leave Retention out to use the activity's rule)"));
    }

    [Fact]
    public async Task KPA0003_on_a_constant_or_escaped_text_points_at_the_argument()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                private const string Keep = "forever";
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = {|#0:Keep|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = {|#1:"1y\tx"|})]
                public string Phone { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0)
                .WithArguments("forever", "at character 1, expected a retention period such as 1y, 30d, P1Y, 'during contract' or 'calendar-year of request' but found 'forever'"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1)
                .WithArguments("1y\\u0009x", "at character 4, expected 'after', '+', 'then', 'unless' or end of text but found 'x'"));
    }

    // ---- KPA0004 ----

    [Fact]
    public async Task KPA0004_no_retention_anywhere()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "10y")]
            public class User
            {
                [{|#0:PersonalData(DataCategory.Contact, Purpose.Logging)|}]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Billing)]
                public string Phone { get; set; } = "";
            }

            [{|#1:PersonalData(DataCategory.Technical, Purpose.Logging)|}]
            public class Visit
            {
                public string Ip { get; set; } = "";
            }

            [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "2y")]
            public class Lead
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.MissingRetention).WithLocation(0).WithArguments("User.Email", "Contact", "logging"),
            new DiagnosticResult(Rules.MissingRetention).WithLocation(1).WithArguments("Visit", "Technical", "logging"));
    }

    [Fact]
    public async Task KPA0004_is_silent_on_a_type_annotation_no_member_inherits()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract)]
            [PersonalData(DataCategory.Contact, Purpose.Logging)]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "1y")]
                public string Email { get; set; } = "";
            }
            """);
    }

    // ---- KPA0005 ----

    [Fact]
    public async Task KPA0005_special_category_without_condition()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "1y")]
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Contract, Retention = "1y", SpecialCategoryCondition = SpecialCategoryCondition.ExplicitConsent)]
            public class Patient
            {
                [PersonalData({|#0:DataCategory.Health|}, Purpose.CustomerManagement)]
                public string Diagnosis { get; set; } = "";
                [PersonalData({|#1:DataCategory.Criminal|}, Purpose.CustomerManagement)]
                public string Record { get; set; } = "";
                [PersonalData(DataCategory.Health, Purpose.ServiceImprovement)]
                public string BloodType { get; set; } = "";
                [PersonalData(DataCategory.NationalIdentifier, Purpose.CustomerManagement)]
                public string Nir { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.SpecialCategoryWithoutCondition).WithLocation(0).WithArguments("Patient.Diagnosis", "Health", "Art. 9", "customer-management"),
            new DiagnosticResult(Rules.SpecialCategoryWithoutCondition).WithLocation(1).WithArguments("Patient.Record", "Criminal", "Art. 10", "customer-management"));
    }

    // ---- KPA0006 ----

    [Fact]
    public async Task KPA0006_unknown_eea_and_unadequate_countries()
    {
        await Verify(Controller + """
            [assembly: InternationalTransfer("A", {|#0:"XX"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("B", {|#1:"us"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("C", {|#2:"FR"|}, TransferSafeguard.StandardContractualClauses)]
            [assembly: InternationalTransfer("D", "CN", {|#3:TransferSafeguard.AdequacyDecision|})]
            [assembly: InternationalTransfer("E", "CN", TransferSafeguard.BindingCorporateRules)]
            [assembly: InternationalTransfer("F", "JP", TransferSafeguard.AdequacyDecision)]
            [assembly: InternationalTransfer("G", "GB", TransferSafeguard.AdequacyDecision)]
            """,
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(0)
                .WithArguments("A", "XX", "'XX' is not an ISO 3166-1 alpha-2 country code, so the register cannot say where the data goes"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(1)
                .WithArguments("B", "us", "'us' is not an ISO 3166-1 alpha-2 country code (write it 'US'), so the register cannot say where the data goes"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(2)
                .WithArguments("C", "FR", "'FR' is in the European Economic Area, so this is not a third-country transfer (GDPR Chapter V does not apply): remove the declaration"),
            new DiagnosticResult(Rules.UnsafeTransfer).WithLocation(3)
                .WithArguments("D", "CN", "the European Commission has no adequacy decision for 'CN' (as of 2026): rely on StandardContractualClauses, BindingCorporateRules or a Derogation (Art. 46-49)"));
    }

    [Fact]
    public void The_country_lists_are_consistent()
    {
        Assert.Equal(249, Countries.Iso3166Alpha2.Count);
        Assert.Equal(30, Countries.Eea.Count);
        Assert.All(Countries.Eea, c => Assert.Contains(c, Countries.Iso3166Alpha2));
        Assert.All(Countries.Adequate, c => Assert.Contains(c, Countries.Iso3166Alpha2));
        Assert.All(Countries.Adequate, c => Assert.DoesNotContain(c, Countries.Eea));
        Assert.DoesNotContain("XK", Countries.Iso3166Alpha2);
        Assert.DoesNotContain("UK", Countries.Iso3166Alpha2);
    }

    // ---- KPA0007 ----

    [Fact]
    public async Task KPA0007_legitimate_interests_without_the_interest()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, {|#0:LegalBasis.LegitimateInterests|})]
            [assembly: ProcessingActivity(Purpose.Billing, {|#1:LegalBasis.LegitimateInterests|}, LegitimateInterest = "  ")]
            [assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.LegitimateInterests, LegitimateInterest = "Answering people who write to us")]
            """,
            new DiagnosticResult(Rules.LegitimateInterestNotStated).WithLocation(0).WithArguments("logging"),
            new DiagnosticResult(Rules.LegitimateInterestNotStated).WithLocation(1).WithArguments("billing"));
    }

    // ---- KPA0010 ----

    [Fact]
    public async Task KPA0010_on_the_first_assembly_declaration()
    {
        await Verify("""
            [assembly: {|#0:ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")|}]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.MissingController).WithLocation(0).WithArguments("TestProject"));
    }

    [Fact]
    public async Task KPA0010_on_the_first_annotation_when_nothing_is_declared_at_assembly_level()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<DeclarationAnalyzer, DefaultVerifier>();
        test.TestState.Sources.Add(("/b.cs", "using Klivar.PrivacyAnnotations;\npublic class B { [PersonalData(DataCategory.Contact, {|#1:Purpose.Logging|})] public string E = \"\"; }"));
        test.TestState.Sources.Add(("/a.cs", "using Klivar.PrivacyAnnotations;\npublic class A { [{|#0:PersonalData(DataCategory.Contact, {|#2:Purpose.Logging|})|}] public string E = \"\"; }"));
        test.TestState.UseTestReferences(false);
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.MissingController).WithLocation(0).WithArguments("TestProject"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(1).WithArguments("logging"));
        test.ExpectedDiagnostics.Add(new DiagnosticResult(Rules.PurposeWithoutLegalBasis).WithLocation(2).WithArguments("logging"));
        await test.RunAsync();
    }

    [Fact]
    public async Task KPA0010_is_silent_with_no_annotation()
    {
        await Verify("public class Plain { public string Email { get; set; } = \"\"; }");
    }

    // ---- KPA0011 ----

    [Fact]
    public async Task KPA0011_personal_and_not_personal_on_one_member()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                [{|#0:NotPersonalData("shared mailbox")|}]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.ContradictoryMarks).WithLocation(0).WithArguments("User.Email"));
    }

    [Fact]
    public async Task KPA0011_two_activities_for_one_purpose()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "10y")]
            [assembly: {|#0:ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "10y")|}]
            """,
            new DiagnosticResult(Rules.DuplicateActivity).WithLocation(0).WithArguments("billing", "Contract"));
    }

    [Fact]
    public async Task KPA0011_enum_values_out_of_range_and_bad_purpose_ids()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, {|#0:(LegalBasis)42|}, Retention = "1y", SpecialCategoryCondition = {|#1:(SpecialCategoryCondition)99|})]
            [assembly: ProcessingActivity({|#2:"Fraud_Screening"|}, LegalBasis.Contract)]
            [assembly: ProcessingActivity({|#3:(Purpose)77|}, LegalBasis.Contract)]
            [assembly: InternationalTransfer("Hosting", "US", {|#4:(TransferSafeguard)9|})]
            public class User
            {
                [PersonalData({|#5:(DataCategory)500|}, Purpose.Logging, Redaction = {|#6:(RedactionKind)7|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, {|#7:(Purpose)12|})]
                public string Phone { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(0).WithArguments("LegalBasis", "42", "processing activity 'logging'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(1).WithArguments("SpecialCategoryCondition", "99", "processing activity 'logging'"),
            new DiagnosticResult(Rules.InvalidPurposeId).WithLocation(2).WithArguments("Fraud_Screening", "the processing activity"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(3).WithArguments("Purpose", "77", "the processing activity"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(4).WithArguments("TransferSafeguard", "9", "the transfer to 'Hosting'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(5).WithArguments("DataCategory", "500", "'User.Email'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(6).WithArguments("RedactionKind", "7", "'User.Email'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(7).WithArguments("Purpose", "12", "'User.Phone'"));
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
