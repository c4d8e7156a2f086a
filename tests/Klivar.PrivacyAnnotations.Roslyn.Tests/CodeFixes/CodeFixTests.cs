using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.CodeFixes;

public class AddProcessingActivityCodeFixTests
{
    private static CSharpCodeFixTest<DeclarationAnalyzer, AddProcessingActivityCodeFix, DefaultVerifier> Test(string source, string fixedSource, string basis)
    {
        var test = new CSharpCodeFixTest<DeclarationAnalyzer, AddProcessingActivityCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = "KPA0002:" + basis,
        };
        test.TestState.UseTestReferences(false);
        return test;
    }

    [Fact]
    public async Task Adds_the_declaration_after_the_existing_ones_with_the_chosen_basis()
    {
        var test = Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, {|KPA0002:Purpose.Billing|}, Retention = "10y")]
                public string Iban { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis (LegalObligation) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing, Retention = "10y")]
                public string Iban { get; set; } = "";
            }
            """, "LegalObligation");
        await test.RunAsync();
    }

    [Fact]
    public async Task Offers_one_action_per_legal_basis_and_declares_custom_ids_as_strings()
    {
        var test = Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]

            public class Device
            {
                [PersonalData(DataCategory.Technical, {|KPA0002:"fraud-screening"|}, Retention = "1y")]
                public string Id { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.Consent, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis (Consent) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]

            public class Device
            {
                [PersonalData(DataCategory.Technical, "fraud-screening", Retention = "1y")]
                public string Id { get; set; } = "";
            }
            """, "Consent");
        test.CodeActionIndex = 0;
        test.CodeActionVerifier = (action, verifier) =>
            verifier.Equal("Declare [assembly: ProcessingActivity(\"fraud-screening\", LegalBasis.Consent)], to confirm", action.Title);
        await test.RunAsync();

        // The six bases are six actions.
        for (var index = 0; index < 6; index++)
        {
            var basis = (Klivar.PrivacyAnnotations.LegalBasis)index;
            if (basis == Klivar.PrivacyAnnotations.LegalBasis.LegitimateInterests) continue; // KPA0007 would then ask for the interest
            var each = Test("""
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Klivar SAS")]
                public class Device { [PersonalData(DataCategory.Technical, {|KPA0002:Purpose.Logging|}, Retention = "1y")] public string Id = ""; }
                """, $$"""
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Klivar SAS")]
                [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.{{basis}}, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis ({{basis}}) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]
                public class Device { [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "1y")] public string Id = ""; }
                """, basis.ToString());
            each.CodeActionIndex = index;
            await each.RunAsync();
        }
    }

    [Fact]
    public async Task What_the_fix_writes_is_marked_to_confirm_and_has_a_retention_so_no_KPA0004_follows()
    {
        // The members state no retention: before this fix, the declaration it wrote left them without one (KPA0004 errors).
        var test = Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]

            public class Visitor
            {
                [PersonalData(DataCategory.Technical, {|KPA0002:Purpose.ServiceImprovement|})]
                public string IpAddress { get; set; } = "";
                [PersonalData(DataCategory.Usage, {|KPA0002:Purpose.ServiceImprovement|})]
                public string Page { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis (Consent) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]

            public class Visitor
            {
                [PersonalData(DataCategory.Technical, Purpose.ServiceImprovement)]
                public string IpAddress { get; set; } = "";
                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
                public string Page { get; set; } = "";
            }
            """, "Consent");
        // The first action is what a command-line run (dotnet format) applies: it too is marked, never a silent Consent.
        test.CodeActionIndex = 0;
        test.NumberOfIncrementalIterations = 1;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_declares_each_missing_purpose_once()
    {
        var test = Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses, Purposes = {|KPA0002:new[] { Purpose.Billing }|})]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, {|KPA0002:Purpose.Billing|}, Retention = "10y")]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Contact, {|KPA0002:Purpose.Billing|}, {|KPA0002:Purpose.CustomerManagement|}, Retention = "3y")]
                public string Email { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.Billing })]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis (Contract) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "1y", ToConfirm = {|KPA0014:"Written by a code fix: the legal basis (Contract) and the retention (1y) are placeholders, not decisions; confirm both with the DPO, then remove this note"|})]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing, Retention = "10y")]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Billing, Purpose.CustomerManagement, Retention = "3y")]
                public string Email { get; set; } = "";
            }
            """, "Contract");
        // One fix makes one declaration; Fix All makes both in one pass.
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }
}

public class RedactValueCodeFixTests
{
    private const string Model = """
        using System;
        using Klivar.PrivacyAnnotations;
        using Microsoft.Extensions.Logging;

        public partial class User
        {
            public int Id { get; set; }
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging, Redaction = RedactionKind.Erase)]
            public string Ip = "";
            // Stands in for the generated helper, so the test compiles without the generator.
            public string ToRedactedString() => "User";
        }

        """;

    private static Task Verify(string source, string fixedSource) =>
        AnalyzerTestSetup.VerifyFixAsync<LeakAnalyzer, RedactValueCodeFix>(Model + source, Model + fixedSource, withLogging: true);

    [Fact]
    public async Task Wraps_members_in_Redact_and_objects_in_ToRedactedString_with_fix_all()
    {
        await Verify("""
            public class Service
            {
                public void Run(ILogger logger, User user)
                {
                    logger.LogInformation("Signed in {Email}", {|KPA0008:user.Email|});
                    logger.LogWarning($"From {{|KPA0008:user.Ip|}} as {{|KPA0008:user?.Email|}}");
                    Console.WriteLine("User " + {|KPA0008:user|});
                    throw new InvalidOperationException("No account for " + {|KPA0008:user.Email|});
                }
            }
            """, """
            public class Service
            {
                public void Run(ILogger logger, User user)
                {
                    logger.LogInformation("Signed in {Email}", Redaction.Redact(user.Email, DataCategory.Contact));
                    logger.LogWarning($"From {Redaction.Redact(user.Ip, DataCategory.Technical, RedactionKind.Erase)} as {Redaction.Redact(user?.Email, DataCategory.Contact)}");
                    Console.WriteLine("User " + user.ToRedactedString());
                    throw new InvalidOperationException("No account for " + Redaction.Redact(user.Email, DataCategory.Contact));
                }
            }
            """);
    }

    [Fact]
    public async Task Fixes_a_ToString_override_that_reads_personal_members()
    {
        await Verify("""
            public class Account
            {
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string Name { get; set; } = "";
                public override string ToString() => $"Account {{|KPA0009:Name|}}";
            }
            """, """
            public class Account
            {
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string Name { get; set; } = "";
                public override string ToString() => $"Account {Redaction.Redact(Name, DataCategory.Identification)}";
            }
            """);
    }
}

public class RedactRecordCodeFixTests
{
    private static Task Verify(string source, string fixedSource) =>
        AnalyzerTestSetup.VerifyFixAsync<LeakAnalyzer, RedactRecordCodeFix>(source, fixedSource, equivalenceKey: "KPA-RedactRecord");

    // The first fix makes the record (and the types around it) partial; the generator does the rest.
    [Fact]
    public async Task First_fix_makes_the_record_and_its_containing_types_partial()
    {
        await AnalyzerTestSetup.VerifyFixAsync<LeakAnalyzer, RedactRecordCodeFix>("""
            using Klivar.PrivacyAnnotations;

            public record {|KPA0009:Customer|}([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id);

            public static class Outer
            {
                // kept
                record {|KPA0009:Card|}([PersonalData(DataCategory.Financial, Purpose.Billing)] string Pan);
            }
            """, """
            using Klivar.PrivacyAnnotations;

            public partial record Customer([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id);

            public static partial class Outer
            {
                // kept
                partial record Card([PersonalData(DataCategory.Financial, Purpose.Billing)] string Pan);
            }
            """, codeActionIndex: 0);
    }

    [Fact]
    public async Task Declares_PrintMembers_for_records_with_fix_all()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;

            public record {|KPA0009:Customer|}([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id);

            public sealed record {|KPA0009:Lead|}
            {
                [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting, Redaction = RedactionKind.Hash)]
                public string Name { get; init; } = "";
                public string Source { get; init; } = "";
            }

            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public record struct {|KPA0009:Visit|}(string Ip);
            """, """
            using Klivar.PrivacyAnnotations;

            public record Customer([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Email = ");
                    builder.Append(Redaction.Redact(Email, DataCategory.Contact));
                    builder.Append(", Id = ");
                    builder.Append(Id);
                    return true;
                }
            }

            public sealed record Lead
            {
                [PersonalData(DataCategory.Identification, Purpose.CommercialProspecting, Redaction = RedactionKind.Hash)]
                public string Name { get; init; } = "";
                public string Source { get; init; } = "";
                private bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Name = ");
                    builder.Append(Redaction.Redact(Name, DataCategory.Identification, RedactionKind.Hash));
                    builder.Append(", Source = ");
                    builder.Append(Source);
                    return true;
                }
            }

            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public record struct Visit(string Ip)
            {
                private bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Ip = ");
                    builder.Append(Redaction.Redact(Ip, DataCategory.Technical));
                    return true;
                }
            }
            """);
    }

    [Fact]
    public async Task Derived_records_call_the_base_PrintMembers()
    {
        await Verify("""
            using Klivar.PrivacyAnnotations;

            public abstract record Person
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder) => false;
            }

            public record {|KPA0009:Patient|}([PersonalData(DataCategory.Identification, Purpose.CustomerManagement)] string Name) : Person;
            """, """
            using Klivar.PrivacyAnnotations;

            public abstract record Person
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder) => false;
            }

            public record Patient([PersonalData(DataCategory.Identification, Purpose.CustomerManagement)] string Name) : Person
            {
                protected override bool PrintMembers(System.Text.StringBuilder builder)
                {
                    if (base.PrintMembers(builder)) builder.Append(", ");
                    builder.Append("Name = ");
                    builder.Append(Redaction.Redact(Name, DataCategory.Identification));
                    return true;
                }
            }
            """);
    }
}
