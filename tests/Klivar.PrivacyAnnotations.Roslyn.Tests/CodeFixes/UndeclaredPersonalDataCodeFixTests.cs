using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.CodeFixes;

public class UndeclaredPersonalDataCodeFixTests
{
    /// <summary>The one processing activity most tests declare, in a file of its own: the fix takes its purpose.</summary>
    private static readonly (string, string) PlatformActivity = ("/0/Activities.cs",
        "[assembly: Klivar.PrivacyAnnotations.ProcessingActivity(Klivar.PrivacyAnnotations.Purpose.PlatformManagement, Klivar.PrivacyAnnotations.LegalBasis.LegitimateInterests)]\n");

    private static CSharpCodeFixTest<UndeclaredPersonalDataAnalyzer, UndeclaredPersonalDataCodeFix, DefaultVerifier> Test(
        string source, string fixedSource, string equivalenceKey, bool withActivity = true)
    {
        var test = new CSharpCodeFixTest<UndeclaredPersonalDataAnalyzer, UndeclaredPersonalDataCodeFix, DefaultVerifier>
        {
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.Sources.Add(("/0/Test0.cs", source));
        test.FixedState.Sources.Add(("/0/Test0.cs", fixedSource));
        if (withActivity)
        {
            test.TestState.Sources.Add(PlatformActivity);
            test.FixedState.Sources.Add(PlatformActivity);
        }
        test.TestState.UseTestReferences();
        test.FixedState.UseTestReferences();
        test.BatchFixedState.UseTestReferences();
        return test;
    }

    [Fact]
    public async Task Adds_PersonalData_with_the_guessed_category_the_only_activitys_purpose_and_the_using()
    {
        await Test("""
            using System;

            public class Customer
            {
                public int Visits { get; set; }
                // The address we send receipts to.
                public string {|KPA0001:Email|} { get; set; } = "";
            }
            """, """
            using System;
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                public int Visits { get; set; }
                // The address we send receipts to.
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey).RunAsync();
    }

    [Fact]
    public async Task Adds_NotPersonalData_with_an_obvious_placeholder()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                [System.Obsolete]
                public string {|KPA0001:Phone|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                [NotPersonalData("TODO: say why this is not personal data")]
                [System.Obsolete]
                public string Phone { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.NotPersonalDataKey).RunAsync();
    }

    [Fact]
    public async Task Uses_the_purpose_of_the_only_processing_activity()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]

            public class Customer
            {
                public string {|KPA0001:Iban|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]

            public class Customer
            {
                [PersonalData(DataCategory.Financial, Purpose.CustomerManagement)]
                public string Iban { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false).RunAsync();
    }

    [Fact]
    public async Task Uses_a_custom_purpose_id_of_the_only_activity_as_a_string()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "Stopping card fraud")]

            public class LoginAttempt
            {
                public string {|KPA0001:IpAddress|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "Stopping card fraud")]

            public class LoginAttempt
            {
                [PersonalData(DataCategory.Technical, "fraud-screening")]
                public string IpAddress { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false).RunAsync();
    }

    [Fact]
    public async Task With_two_activities_and_no_hint_it_lists_every_declared_purpose_marked_to_confirm()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation)]

            public class Customer
            {
                public string {|KPA0001:Email|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation)]

            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement, Purpose.Billing /* TODO(klivar): confirm the purpose: keep the ones that apply */)]
                public string Email { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false).RunAsync();
    }

    [Fact]
    public async Task Annotates_record_parameters_and_fields_in_place()
    {
        await Test("""
            namespace Shop;

            public record CustomerDto(
                System.Guid {|KPA0012:Id|},
                string {|KPA0001:Email|},
                string {|KPA0001:FullName|});

            public class Employee
            {
                private string {|KPA0001:_homeAddress|} = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;

            namespace Shop;

            public record CustomerDto(
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] System.Guid Id,
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email,
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] string FullName);

            public class Employee
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                private string _homeAddress = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey).RunAsync();
    }

    [Fact]
    public async Task Qualifies_the_names_when_identitys_PersonalData_is_in_scope()
    {
        var test = Test("""
            using Microsoft.AspNetCore.Identity;

            public class AppUser
            {
                public string {|KPA0001:Iban|} { get; set; } = "";
            }
            """, """
            using Microsoft.AspNetCore.Identity;

            public class AppUser
            {
                [global::Klivar.PrivacyAnnotations.PersonalData(global::Klivar.PrivacyAnnotations.DataCategory.Financial, global::Klivar.PrivacyAnnotations.Purpose.PlatformManagement)]
                public string Iban { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey);
        const string identity = "namespace Microsoft.AspNetCore.Identity { public class PersonalDataAttribute : System.Attribute { } }";
        test.TestState.Sources.Add(("Identity.cs", identity));
        test.FixedState.Sources.Add(("Identity.cs", identity));
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_declares_every_member_in_every_document_with_its_own_category()
    {
        var test = new CSharpCodeFixTest<UndeclaredPersonalDataAnalyzer, UndeclaredPersonalDataCodeFix, DefaultVerifier>
        {
            CodeActionEquivalenceKey = UndeclaredPersonalDataCodeFix.PersonalDataKey,
            NumberOfFixAllIterations = 1,
            // Fix All in one document fixes that document; the other document needs its own pass.
            NumberOfFixAllInDocumentIterations = 2,
        };
        test.TestState.Sources.Add(("/0/Customer.cs", """
            public class Customer
            {
                public string {|KPA0001:Email|} { get; set; } = "";
                public string {|KPA0001:FirstName|} { get; set; } = "";
                public System.DateTime {|KPA0001:DateOfBirth|} { get; set; }
                public int OrderCount { get; set; }
            }
            """));
        test.TestState.Sources.Add(("/0/Patient.cs", """
            using System;

            public class Patient
            {
                public string {|KPA0001:BloodType|} { get; set; } = "";
                public double {|KPA0001:Latitude|} { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("/0/Customer.cs", """
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string FirstName { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public System.DateTime DateOfBirth { get; set; }
                public int OrderCount { get; set; }
            }
            """));
        test.FixedState.Sources.Add(("/0/Patient.cs", """
            using System;
            using Klivar.PrivacyAnnotations;

            public class Patient
            {
                [PersonalData(DataCategory.Health, Purpose.PlatformManagement)]
                public string BloodType { get; set; } = "";
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                public double Latitude { get; set; }
            }
            """));
        test.TestState.Sources.Add(PlatformActivity);
        test.FixedState.Sources.Add(PlatformActivity);
        test.TestState.UseTestReferences();
        test.FixedState.UseTestReferences();
        test.BatchFixedState.UseTestReferences();
        await test.RunAsync();
    }

    [Fact]
    public async Task Fix_all_with_NotPersonalData_silences_every_member()
    {
        var test = Test("""
            public class Customer
            {
                public string {|KPA0001:Email|} { get; set; } = "";
                public string {|KPA0001:Phone|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                [NotPersonalData("TODO: say why this is not personal data")]
                public string Email { get; set; } = "";
                [NotPersonalData("TODO: say why this is not personal data")]
                public string Phone { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.NotPersonalDataKey);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    [Fact]
    public async Task Uses_the_purpose_the_types_other_members_use()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation)]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing)]
                public string Iban { get; set; } = "";
                public System.Guid {|KPA0012:CustomerId|} { get; set; }
                public string {|KPA0001:BillingEmail|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation)]

            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing)]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.Billing)]
                public System.Guid CustomerId { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.Billing)]
                public string BillingEmail { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false).RunAsync();
    }

    [Fact]
    public async Task A_purpose_no_activity_declares_is_never_copied_from_other_members()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]

            public class Customer
            {
                [PersonalData(DataCategory.Contact, "newsletter")]
                public string Phone { get; set; } = "";
                public string {|KPA0001:Email|} { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract)]

            public class Customer
            {
                [PersonalData(DataCategory.Contact, "newsletter")]
                public string Phone { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false).RunAsync();
    }

    [Fact]
    public async Task Without_a_processing_activity_it_marks_the_member_writes_no_attribute_and_the_warning_stays()
    {
        var test = Test("""
            public class Customer
            {
                public string {|KPA0001:Email|} { get; set; } = "";
                public string {|KPA0001:Phone|} { get; set; } = "";
            }
            """, """
            public class Customer
            {
                /* TODO(klivar): confirm the purpose: declare an [assembly: ProcessingActivity] first, then this member's [PersonalData] */
                public string Email { get; set; } = "";
                /* TODO(klivar): confirm the purpose: declare an [assembly: ProcessingActivity] first, then this member's [PersonalData] */
                public string Phone { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false);
        // The warnings stay: only a person can declare the processing activity the purpose comes from.
        foreach (var state in new[] { test.FixedState, test.BatchFixedState })
        {
            state.ExpectedDiagnostics.Add(new DiagnosticResult("KPA0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan("/0/Test0.cs", 4, 19, 4, 24).WithArguments("Email", "Contact", "email"));
            state.ExpectedDiagnostics.Add(new DiagnosticResult("KPA0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithSpan("/0/Test0.cs", 6, 19, 6, 24).WithArguments("Phone", "Contact", "phone"));
        }
        test.NumberOfIncrementalIterations = 2;
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();
    }

    /// <summary>
    /// From the command line the fix turned five warnings into five KPA0002 errors. Fix All over members of
    /// several types, with several activities, must leave no purpose that no activity declares.
    /// </summary>
    [Fact]
    public async Task Fix_all_never_writes_a_purpose_the_assembly_does_not_declare()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "3y")]
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "Stopping card fraud", Retention = "1y")]

            public class Customer
            {
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string FirstName { get; set; } = "";
                public string {|KPA0001:Email|} { get; set; } = "";
                public string {|KPA0001:Phone|} { get; set; } = "";
            }
            public class LoginAttempt
            {
                public string {|KPA0001:IpAddress|} { get; set; } = "";
                public System.Guid {|KPA0012:UserId|} { get; set; }
            }
            """;
        const string fixedSource = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "3y")]
            [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "Stopping card fraud", Retention = "1y")]

            public class Customer
            {
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string FirstName { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Phone { get; set; } = "";
            }
            public class LoginAttempt
            {
                [PersonalData(DataCategory.Technical, "customer-management", "fraud-screening" /* TODO(klivar): confirm the purpose: keep the ones that apply */)]
                public string IpAddress { get; set; } = "";
                [PersonalData(DataCategory.Identification, "customer-management", "fraud-screening" /* TODO(klivar): confirm the purpose: keep the ones that apply */)]
                public System.Guid UserId { get; set; }
            }
            """;
        var test = Test(source, fixedSource, UndeclaredPersonalDataCodeFix.PersonalDataKey, withActivity: false);
        test.NumberOfFixAllIterations = 1;
        await test.RunAsync();

        // The declarations the fix wrote compile and raise no KPA0002 (nor any other error of ours).
        var compilation = TestCompilation.Create(fixedSource);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
        var diagnostics = await compilation
            .WithAnalyzers([new Klivar.PrivacyAnnotations.Roslyn.Analyzers.DeclarationAnalyzer()])
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "KPA0002");
        Assert.DoesNotContain(diagnostics, d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
    }
}
