using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

/// <summary>KPA0012 and the person-link model: person types, person keys, navigations, and what they do to KPA0001.</summary>
public class PersonLinkModelTests
{
    private const string IdentityStub = """
        namespace Microsoft.AspNetCore.Identity
        {
            public class IdentityUser<TKey> { public virtual TKey Id { get; set; } = default!; }
            public class IdentityUser : IdentityUser<string> { }
        }
        """;

    private static CSharpAnalyzerTest<UndeclaredPersonalDataAnalyzer, DefaultVerifier> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UndeclaredPersonalDataAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static DiagnosticResult Kpa0001(int markup, string member, string category, string words) =>
        new DiagnosticResult("KPA0001", DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(member, category, words);

    private static DiagnosticResult Kpa0012(int markup, string member, string type, string why) =>
        new DiagnosticResult("KPA0012", DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(member, type, why);

    [Fact]
    public async Task Kpa0012_fires_on_person_keys_navigations_and_the_id_of_a_person_type()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class AppUser
            {
                public Guid {|#0:Id|} { get; set; }
                public string {|#1:Email|} { get; set; } = "";
                public List<Order> Orders { get; } = new();
            }
            public class Order
            {
                public int Id { get; set; }
                public Guid {|#2:CustomerId|} { get; set; }
                public AppUser {|#3:Customer|} { get; set; } = null!;
                public string {|#4:CreatedBy|} { get; set; } = "";
                public int ProductId { get; set; }
                public int? ParentId { get; set; }
                public decimal Total { get; set; }
                public string Name { get; set; } = "";
                public string {|#5:City|} { get; set; } = "";
                public string? {|#6:Notes|} { get; set; }
            }
            public class Ticket { public long {|#7:AssigneeId|} { get; set; } public string {|#8:UserReportedId|} { get; set; } = ""; }
            public class Audit { public string {|#9:User|} { get; set; } = ""; public string Action { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "AppUser", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0012(2, "CustomerId", "Order", "person key: customer id"),
            Kpa0012(3, "Customer", "Order", "navigation to 'AppUser'"),
            Kpa0012(4, "CreatedBy", "Order", "person key: created by"),
            Kpa0001(5, "City", "Contact", "city"),
            Kpa0001(6, "Notes", "Content", "note"),
            Kpa0012(7, "AssigneeId", "Ticket", "person key: assignee id"),
            Kpa0012(8, "UserReportedId", "Ticket", "person key: user reported id"),
            Kpa0012(9, "User", "Audit", "person key: user")).RunAsync();
    }

    [Fact]
    public async Task Kpa0012_is_silent_on_keys_of_things_declared_links_and_a_persons_own_collections()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            using Klivar.PrivacyAnnotations;
            public class Customer
            {
                [NotPersonalData("a surrogate key; the register lists the customer row itself")]
                public Guid Id { get; set; }
                public List<Review> Reviews { get; } = new();
                public Customer[] Friends { get; set; } = [];
            }
            public class Review
            {
                public int Id { get; set; }
                public int ProductId { get; set; }
                public string StoreId { get; set; } = "";
                public Guid AccountId { get; set; }
                public bool CustomerIdVerified { get; set; }
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public Guid CustomerId { get; set; }
            }
            [NotPersonalData("test fixtures")]
            public class Fixture { public Guid UserId { get; set; } public Customer Customer { get; set; } = null!; }
            public class UserService { public Guid UserId { get; set; } }
            """).RunAsync();
    }

    [Fact]
    public async Task Types_deriving_from_IdentityUser_or_holding_person_members_are_person_types()
    {
        var test = Test("""
            using System;
            using Microsoft.AspNetCore.Identity;
            public class Reader : IdentityUser
            {
                public DateTime {|#0:LastActive|} { get; set; }
                public string? {|#1:ApiKey|} { get; set; }
                public string? {|#2:Key|} { get; set; }
            }
            public class Bookmark { public int Page { get; set; } public Reader {|#3:Reader|} { get; set; } = null!; }
            public class Registration
            {
                public Guid {|#4:Id|} { get; set; }
                public string {|#5:Email|} { get; set; } = "";
                public string {|#6:Password|} { get; set; } = "";
            }
            public class Setting { public string Key { get; set; } = ""; public string Value { get; set; } = ""; }
            """,
            Kpa0001(0, "LastActive", "Usage", "last active"),
            Kpa0001(1, "ApiKey", "Credentials", "api key"),
            Kpa0001(2, "Key", "Credentials", "key"),
            Kpa0012(3, "Reader", "Bookmark", "navigation to 'Reader'"),
            Kpa0012(4, "Id", "Registration", "person key: the id of a person type"),
            Kpa0001(5, "Email", "Contact", "email"),
            Kpa0001(6, "Password", "Credentials", "password"));
        test.TestState.Sources.Add(("Identity.cs", IdentityStub));
        await test.RunAsync();
    }

    [Fact]
    public async Task Type_name_suppressions_silence_ambiguous_words_never_strong_ones()
    {
        await Test("""
            using System;
            public class TenantInvitation { public string {|#0:InvitedEmail|} { get; set; } = ""; public string Name { get; set; } = ""; }
            public class DeviceOptions { public string {|#1:DeviceId|} { get; set; } = ""; public string CustomName { get; set; } = ""; }
            public class CompanyDetails { public string {|#2:OwnerEmail|} { get; set; } = ""; public string ContactEmail { get; set; } = ""; public string Phone { get; set; } = ""; public string City { get; set; } = ""; public string Password { get; set; } = ""; }
            public class SmtpAccount
            {
                public string Host { get; set; } = "";
                public int Port { get; set; }
                public string Email { get; set; } = "";
                public string Username { get; set; } = "";
                public string Password { get; set; } = "";
            }
            """,
            Kpa0001(0, "InvitedEmail", "Contact", "email"),
            Kpa0001(1, "DeviceId", "Technical", "device id"),
            Kpa0001(2, "OwnerEmail", "Contact", "email")).RunAsync();
    }

    [Fact]
    public async Task Devices_sessions_and_payment_cards_report_their_identifiers_secrets_and_activity()
    {
        await Test("""
            using System;
            public class Device
            {
                public int Id { get; set; }
                public Guid {|#0:UserId|} { get; set; }
                public string {|#1:Identifier|} { get; set; } = "";
                public string? {|#2:PushToken|} { get; set; }
                public string? {|#3:EncryptedPrivateKey|} { get; set; }
                public DateTime? {|#4:LastActivityDate|} { get; set; }
                public string ClientVersion { get; set; } = "";
            }
            public class SessionInfo { public string? {|#5:RemoteEndPoint|} { get; set; } public string? {|#6:SessionId|} { get; set; } }
            public class PaymentCard { public string? {|#7:CardSecurityCode|} { get; set; } public int {|#8:CardExpiryMonth|} { get; set; } public string Brand { get; set; } = ""; }
            public class Webhook { public string Secret { get; set; } = ""; public string Token { get; set; } = ""; public string Identifier { get; set; } = ""; }
            """,
            Kpa0012(0, "UserId", "Device", "person key: user id"),
            Kpa0001(1, "Identifier", "Technical", "identifier"),
            Kpa0001(2, "PushToken", "Technical", "push token"),
            Kpa0001(3, "EncryptedPrivateKey", "Credentials", "encrypted private key"),
            Kpa0001(4, "LastActivityDate", "Usage", "last activity"),
            Kpa0001(5, "RemoteEndPoint", "Technical", "remote end point"),
            Kpa0001(6, "SessionId", "Technical", "session id"),
            Kpa0001(7, "CardSecurityCode", "Financial", "card security code"),
            Kpa0001(8, "CardExpiryMonth", "Financial", "card expiry")).RunAsync();
    }

    [Fact]
    public async Task The_link_message_names_the_member_the_type_and_why_and_carries_the_category_to_the_fix()
    {
        var compilation = TestCompilation.CreateNamed("Test", "public class Order { public System.Guid CustomerId { get; set; } }");
        var diagnostics = await compilation.WithAnalyzers([new UndeclaredPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("KPA0012", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "'CustomerId' links 'Order' to a person (person key: customer id) but is not declared; add [PersonalData(DataCategory.Identification, ...)] or [NotPersonalData(\"why\")]",
            diagnostic.GetMessage());
        Assert.Equal("Identification", diagnostic.Properties[UndeclaredPersonalDataAnalyzer.CategoryProperty]);
        Assert.EndsWith("docs/rules/KPA0012.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task Kpa0012_can_be_tuned_apart_from_KPA0001_in_editorconfig()
    {
        var test = Test("""
            public class Order { public System.Guid CustomerId { get; set; } public string {|#0:CustomerEmail|} { get; set; } = ""; }
            """,
            Kpa0001(0, "CustomerEmail", "Contact", "email"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            dotnet_diagnostic.KPA0012.severity = none
            """));
        await test.RunAsync();
    }
}
