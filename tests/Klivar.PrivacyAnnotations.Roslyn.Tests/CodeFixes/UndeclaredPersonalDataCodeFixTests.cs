using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.CodeFixes;

public class UndeclaredPersonalDataCodeFixTests
{
    private static CSharpCodeFixTest<UndeclaredPersonalDataAnalyzer, UndeclaredPersonalDataCodeFix, DefaultVerifier> Test(
        string source, string fixedSource, string equivalenceKey)
    {
        var test = new CSharpCodeFixTest<UndeclaredPersonalDataAnalyzer, UndeclaredPersonalDataCodeFix, DefaultVerifier>
        {
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };
        test.TestState.UseTestReferences();
        test.FixedState.UseTestReferences();
        test.BatchFixedState.UseTestReferences();
        return test;
    }

    [Fact]
    public async Task Adds_PersonalData_with_the_guessed_category_and_the_default_purpose_and_the_using()
    {
        await Test("""
            using System;

            public class Customer
            {
                public Guid Id { get; set; }
                // The address we send receipts to.
                public string {|KPA0001:Email|} { get; set; } = "";
            }
            """, """
            using System;
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                public Guid Id { get; set; }
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
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey).RunAsync();
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
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey).RunAsync();
    }

    [Fact]
    public async Task With_two_activities_the_default_purpose_is_used()
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
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """, UndeclaredPersonalDataCodeFix.PersonalDataKey).RunAsync();
    }

    [Fact]
    public async Task Annotates_record_parameters_and_fields_in_place()
    {
        await Test("""
            namespace Shop;

            public record CustomerDto(
                System.Guid Id,
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
                System.Guid Id,
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
}
