using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

public class UndeclaredPersonalDataAnalyzerTests
{
    /// <summary>Stand-ins for attributes of packages the test compilation does not reference, under their real names.</summary>
    private const string ForeignAttributes = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }
        }
        namespace Microsoft.Extensions.Compliance.Classification
        {
            public readonly struct DataClassification { }
            public class DataClassificationAttribute : System.Attribute { }
        }
        namespace MyCompany.Compliance
        {
            public class PrivateDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
            public sealed class EuiiAttribute : PrivateDataAttribute { }
        }
        """;

    internal static CSharpAnalyzerTest<UndeclaredPersonalDataAnalyzer, DefaultVerifier> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<UndeclaredPersonalDataAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    internal static DiagnosticResult Kpa0001(int markup, string member, string category, string words) =>
        new DiagnosticResult("KPA0001", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(member, category, words);

    internal static DiagnosticResult Kpa0012(int markup, string member, string type, string why) =>
        new DiagnosticResult("KPA0012", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(member, type, why);

    [Fact]
    public async Task Fires_on_properties_fields_and_record_parameters_with_the_matched_words_and_category()
    {
        await Test("""
            using System;
            public class Customer
            {
                private string {|#0:_phoneNumber|} = "";
                public string {|#1:Email|} { get; set; } = "";
                public DateOnly {|#2:DateOfBirth|} { get; set; }
                public string {|#3:Name|} { get; set; } = "";
                public string? {|#4:IPAddress|} { get; set; }
                public bool {|#5:IsTradeUnionMember|} { get; set; }
                public Guid {|#8:Id|} { get; set; }
            }
            public record CustomerDto(Guid {|#9:Id|}, string {|#6:FullName|}, double {|#7:Latitude|});
            """,
            Kpa0012(8, "Id", "Customer", "person key: the id of a person type"),
            Kpa0012(9, "Id", "CustomerDto", "person key: the id of a person type"),
            Kpa0001(0, "_phoneNumber", "Contact", "phone"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "DateOfBirth", "Identification", "date of birth"),
            Kpa0001(3, "Name", "Identification", "name"),
            Kpa0001(4, "IPAddress", "Technical", "ip address"),
            Kpa0001(5, "IsTradeUnionMember", "TradeUnionMembership", "trade union"),
            Kpa0001(6, "FullName", "Identification", "full name"),
            Kpa0001(7, "Latitude", "Location", "latitude")).RunAsync();
    }

    [Fact]
    public async Task The_member_type_decides_what_it_can_hold()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            using System.Net;
            public enum Gender { Female, Male, Other }
            public class Person
            {
                public IPAddress? {|#0:LastIp|} { get; set; }
                public List<string> {|#1:Emails|} { get; } = new();
                public string[] {|#2:RecoveryCodes|} { get; set; } = [];
                public byte[] {|#3:Photo|} { get; set; } = [];
                public Uri? {|#4:AvatarUrl|} { get; set; }
                public Gender {|#5:Gender|} { get; set; }
                public DateTime? {|#6:BirthDate|} { get; set; }
                public int {|#7:BirthYear|} { get; set; }
                public decimal {|#8:Salary|} { get; set; }
                public Guid {|#9:DeviceId|} { get; set; }
                public Guid {|#10:CustomerId|} { get; set; }
                public TimeSpan PasswordAge { get; set; }
                public Dictionary<string, string> Addresses { get; } = new();
                public List<Person> Contacts { get; } = new();
                public Action<string>? OnEmailChanged { get; set; }
                public bool Gender2 { get; set; }
            }
            """,
            Kpa0001(0, "LastIp", "Technical", "ip"),
            Kpa0001(1, "Emails", "Contact", "email"),
            Kpa0001(2, "RecoveryCodes", "Credentials", "recovery code"),
            Kpa0001(3, "Photo", "Identification", "photo"),
            Kpa0001(4, "AvatarUrl", "Identification", "avatar"),
            Kpa0001(5, "Gender", "Identification", "gender"),
            Kpa0001(6, "BirthDate", "Identification", "birth date"),
            Kpa0001(7, "BirthYear", "Identification", "birth year"),
            Kpa0001(8, "Salary", "Financial", "salary"),
            Kpa0001(9, "DeviceId", "Technical", "device id"),
            Kpa0012(10, "CustomerId", "Person", "person key: customer id")).RunAsync();
    }

    [Fact]
    public async Task The_message_names_the_member_the_category_and_the_words()
    {
        var compilation = TestCompilation.CreateNamed("Test", "public class User { public string Email { get; set; } = \"\"; }");
        var diagnostics = await compilation.WithAnalyzers([new UndeclaredPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("'Email' looks like personal data (Contact: matched 'email') but is not declared; add [PersonalData] or [NotPersonalData(\"why\")]", diagnostic.GetMessage());
        Assert.Equal("Contact", diagnostic.Properties[UndeclaredPersonalDataAnalyzer.CategoryProperty]);
        Assert.EndsWith("docs/rules/KPA0001.md", diagnostic.Descriptor.HelpLinkUri);
    }

    [Fact]
    public async Task A_join_entity_named_Mapping_a_salutation_and_an_account_holder_are_personal()
    {
        // "Mapping" ends entity names as often as mapper names (CustomerRoleMapping: which roles a customer has).
        await Test("""
            public class Customer
            {
                public int {|#3:Id|} { get; set; }
                public string {|#0:Salutation|} { get; set; } = "";
            }
            public class CustomerRoleMapping
            {
                public int {|#1:CustomerId|} { get; set; }
                public int CustomerRoleId { get; set; }
            }
            public class Order
            {
                public string {|#2:DirectDebitAccountHolder|} { get; set; } = "";
            }
            """,
            Kpa0012(3, "Id", "Customer", "person key: the id of a person type"),
            Kpa0001(0, "Salutation", "Identification", "salutation"),
            Kpa0012(1, "CustomerId", "CustomerRoleMapping", "person key: customer id"),
            Kpa0001(2, "DirectDebitAccountHolder", "Identification", "account holder")).RunAsync();
    }

    [Fact]
    public async Task The_foreign_key_of_a_navigation_to_a_person_is_a_person_key_whatever_its_name()
    {
        await Test("""
            public class User
            {
                public long {|#0:Id|} { get; set; }
                public string {|#1:Email|} { get; set; } = "";
            }
            public class Page
            {
                public long {|#4:CreatedById|} { get; set; }
                public User {|#2:CreatedBy|} { get; set; } = null!;
                public long {|#3:LatestUpdatedById|} { get; set; }
                public User? {|#5:LatestUpdatedBy|} { get; set; }
                public long CategoryId { get; set; }
                public Category Category { get; set; } = null!;
            }
            public class Category { public long Id { get; set; } public string Title { get; set; } = ""; }
            public class Draft : Page { public long ReviewedById { get; set; } }
            """,
            Kpa0012(0, "Id", "User", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            // Neither key names a person; their navigations do (and are links of their own). CategoryId's does not, and
            // ReviewedById has no navigation.
            Kpa0012(4, "CreatedById", "Page", "person key: the key of 'CreatedBy' (User)"),
            Kpa0012(2, "CreatedBy", "Page", "navigation to 'User'"),
            Kpa0012(3, "LatestUpdatedById", "Page", "person key: the key of 'LatestUpdatedBy' (User)"),
            Kpa0012(5, "LatestUpdatedBy", "Page", "navigation to 'User'")).RunAsync();
    }

    [Fact]
    public async Task A_subject_key_mark_declares_a_person_link_but_not_personal_data()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            public class Buyer
            {
                [DataSubjectKey] public int Id { get; set; }
                [DataSubjectKey] public string {|#0:Email|} { get; set; } = "";
            }
            public class Order
            {
                [DataSubjectKey] public int BuyerId { get; set; }
                public Buyer {|#2:Buyer|} { get; set; } = null!;
                public int {|#1:CustomerId|} { get; set; }
            }
            """,
            // The mark says whose row it is, which is what KPA0012 asks; an e-mail is still personal data to declare.
            Kpa0001(0, "Email", "Contact", "email"),
            Kpa0012(2, "Buyer", "Order", "navigation to 'Buyer'"), // a link of its own, not marked
            Kpa0012(1, "CustomerId", "Order", "person key: customer id")).RunAsync();
    }

    [Fact]
    public async Task Silent_on_non_personal_shapes_settings_constants_statics_and_services()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class Customer
            {
                public const string SupportEmail = "support@example.com";
                public static string DefaultPhone = "";
                public bool HasEmail { get; set; }
                public bool EmailConfirmed { get; set; }
                public int PhoneCount { get; set; }
                public Func<string>? EmailFactory { get; set; }
                public List<Order> Addresses { get; } = new();
                public string EmailTemplate { get; set; } = "";
                public string PhoneFormat { get; set; } = "";
                public string PasswordPolicy { get; set; } = "";
                public int MinPasswordLength { get; set; }
                public string CompanyName { get; set; } = "";
                public string this[int i] => "";
                public string Email() => "";
            }
            public class Order { public string Name { get; set; } = ""; public string Country { get; set; } = ""; public int PageSize { get; set; } }
            public class Page { public int PageNumber { get; set; } public string Title { get; set; } = ""; }
            public class Shipment { public DateTime ShipDate { get; set; } public string ShipMethod { get; set; } = ""; }
            public class ZipArchiveEntry { public string ZipPath { get; set; } = ""; public string Password { get; set; } = ""; }
            public class SmtpSettings { public string Password { get; set; } = ""; public string UserName { get; set; } = ""; public string FromEmail { get; set; } = ""; }
            public class DatabaseOptions { public string ConnectionString { get; set; } = ""; public string ApiKey { get; set; } = ""; public string ClientSecret { get; set; } = ""; }
            public class UserService { private readonly string _email = ""; }
            public class Store { public string Address { get; set; } = ""; public double Latitude { get; set; } }
            public static class Defaults { public static readonly string AdminEmail = ""; }
            public interface IUser { string Email { get; } }
            public enum Field { Email, Phone }
            public class EmailException : Exception { public string Email { get; } = ""; }
            """).RunAsync();
    }

    [Fact]
    public async Task Silent_when_declared_by_our_attributes_on_the_member_or_its_type()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                [NotPersonalData("The shop's own switchboard number")]
                public string Phone { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string FirstName { get => _firstName; set => _firstName = value; }
                private string _firstName = "";
            }
            [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
            public class Contact { public string Email { get; set; } = ""; public string City { get; set; } = ""; }
            [NotPersonalData("Fictional test personas")]
            public class TestPersona { public string Email { get; set; } = ""; }
            public class VipContact : Contact { public string Phone { get; set; } = ""; }
            public record Subscriber([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, [property: NotPersonalData("A team mailbox")] string ReplyEmail);
            """).RunAsync();
    }

    [Fact]
    public async Task Silent_when_declared_by_identity_or_compliance_attributes()
    {
        var test = Test("""
            using Microsoft.AspNetCore.Identity;
            using MyCompany.Compliance;
            public class AppUser
            {
                [PersonalData] public string Email { get; set; } = "";
                [ProtectedPersonalData] public string PhoneNumber { get; set; } = "";
                [PrivateData] public string FirstName { get; set; } = "";
                [Euii] public string LastName { get; set; } = "";
                public string {|#0:Iban|} { get; set; } = "";
            }
            [Euii]
            public class Patient { public string BloodType { get; set; } = ""; }
            """,
            Kpa0001(0, "Iban", "Financial", "iban"));
        test.TestState.Sources.Add(("Foreign.cs", ForeignAttributes));
        await test.RunAsync();
    }

    [Fact]
    public async Task Silent_in_generated_code()
    {
        var test = Test("""
            public partial class Customer { public string {|#0:Email|} { get; set; } = ""; }
            [System.CodeDom.Compiler.GeneratedCode("a-tool", "1.0")]
            public class Lead { public string Email { get; set; } = ""; public int CustomerId { get; set; } }
            """,
            Kpa0001(0, "Email", "Contact", "email"));
        test.TestState.Sources.Add(("Customer.g.cs", """
            // <auto-generated/>
            public partial class Customer { public string Phone { get; set; } = ""; }
            public class Patient { public string Email { get; set; } = ""; }
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Editorconfig_adds_words_excludes_words_and_names_person_types()
    {
        var test = Test("""
            public class Beekeeper
            {
                public string {|#0:BadgeNumber|} { get; set; } = "";
                public string {|#1:City|} { get; set; } = "";
                public string Fax { get; set; } = "";
                public string DisplayName { get; set; } = "";
                public string {|#2:Email|} { get; set; } = "";
                public bool {|#3:PaysUnionDues|} { get; set; }
            }
            """,
            Kpa0001(0, "BadgeNumber", "Identification", "badge number"),
            Kpa0001(1, "City", "Contact", "city"),
            Kpa0001(2, "Email", "Contact", "email"),
            Kpa0001(3, "PaysUnionDues", "TradeUnionMembership", "union dues"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [*.cs]
            klivar_privacy.kpa0001.extra_tokens = BadgeNumber:Identification, union dues:TradeUnionMembership
            klivar_privacy.kpa0001.excluded_tokens = fax, display name
            klivar_privacy.kpa0001.person_types = Beekeeper
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Without_editorconfig_the_same_type_reports_only_built_in_words()
    {
        await Test("""
            public class Beekeeper
            {
                public string BadgeNumber { get; set; } = "";
                public string City { get; set; } = "";
                public string {|#0:Fax|} { get; set; } = "";
                public string {|#1:Email|} { get; set; } = "";
            }
            """,
            Kpa0001(0, "Fax", "Contact", "fax"),
            Kpa0001(1, "Email", "Contact", "email")).RunAsync();
    }

    [Fact]
    public async Task Editorconfig_sections_apply_per_file()
    {
        var test = Test("""
            public class Rider { public string {|#0:Fax|} { get; set; } = ""; }
            """,
            Kpa0001(0, "Fax", "Contact", "fax"));
        test.TestState.Sources.Add(("/0/Legacy/Old.cs", "public class OldRider { public string Fax { get; set; } = \"\"; }"));
        test.TestState.AnalyzerConfigFiles.Add(("/.editorconfig", """
            root = true

            [**/Legacy/*.cs]
            klivar_privacy.kpa0001.excluded_tokens = fax
            """));
        await test.RunAsync();
    }

    [Fact]
    public async Task Record_positional_parameters_are_reported_once_at_the_parameter()
    {
        var compilation = TestCompilation.CreateNamed("Test", "public record Person(string Email, string Name);");
        var diagnostics = await compilation.WithAnalyzers([new UndeclaredPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(2, diagnostics.Length);
        Assert.All(diagnostics, d => Assert.Equal("KPA0001", d.Id));
        Assert.Equal(["Email", "Name"], diagnostics.Select(d => d.GetMessage().Split('\'')[1]).Order().ToArray());
    }

    [Fact]
    public async Task A_mail_frames_its_recipients_and_a_card_its_details_under_their_own_names()
    {
        await Test("""
            using System;
            public class QueuedEmail
            {
                public int Id { get; set; }
                public string {|#0:To|} { get; set; } = "";
                public string {|#1:ToName|} { get; set; } = "";
                public string {|#2:Bcc|} { get; set; } = "";
                public string Subject { get; set; } = "";
            }
            public class PaymentMethod
            {
                public int Id { get; set; }
                public string {|#3:Last4|} { get; set; } = "";
                public DateTime {|#4:Expiration|} { get; set; }
                public string {|#5:SecurityCode|} { get; set; } = "";
            }
            // A card number beside them makes the other details the card's, whatever the type is called.
            public class Wallet
            {
                public string {|#6:CardNumber|} { get; set; } = "";
                public string {|#7:SecurityNumber|} { get; set; } = "";
            }
            // Not a mail, not a payment card: the same names say nothing.
            public class Shipment { public string To { get; set; } = ""; public DateTime Expiration { get; set; } }
            public class GiftCard { public string Number { get; set; } = ""; public DateTime Expiration { get; set; } public string GiftCardNumber { get; set; } = ""; }
            public class MessageTemplate { public string Bcc { get; set; } = ""; public string To { get; set; } = ""; }
            """,
            Kpa0001(0, "To", "Contact", "to"),
            Kpa0001(1, "ToName", "Identification", "to name"),
            Kpa0001(2, "Bcc", "Contact", "bcc"),
            Kpa0001(3, "Last4", "Financial", "last"),
            Kpa0001(4, "Expiration", "Financial", "expiration"),
            Kpa0001(5, "SecurityCode", "Financial", "security code"),
            Kpa0001(6, "CardNumber", "Financial", "card number"),
            Kpa0001(7, "SecurityNumber", "Financial", "security number")).RunAsync();
    }

    [Fact]
    public async Task A_title_is_part_of_a_persons_name_and_published_content_is_nobodys_writing()
    {
        await Test("""
            using System;
            public class Person
            {
                public Guid {|#0:Id|} { get; set; }
                public string {|#1:Title|} { get; set; } = "";
                public string {|#2:FirstName|} { get; set; } = "";
            }
            public class ProductReview
            {
                public int Id { get; set; }
                public Guid {|#3:CustomerId|} { get; set; }
                public string {|#4:Title|} { get; set; } = "";
                public string {|#5:Body|} { get; set; } = "";
            }
            public class BlogComment { public string {|#6:Text|} { get; set; } = ""; }
            // Edited by a person, written for everyone: a page's body, a search entry's text, a bot's message.
            public class CmsPage { public int Id { get; set; } public Guid {|#7:EditorUserId|} { get; set; } public string Title { get; set; } = ""; public string Body { get; set; } = ""; }
            public class SearchEntry { public Guid {|#8:UserId|} { get; set; } public string Body { get; set; } = ""; public string Note { get; set; } = ""; }
            public class BotMessage { public string Text { get; set; } = ""; public string Title { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "Person", "person key: the id of a person type"),
            Kpa0001(1, "Title", "Identification", "title"),
            Kpa0001(2, "FirstName", "Identification", "first name"),
            Kpa0012(3, "CustomerId", "ProductReview", "person key: customer id"),
            Kpa0001(4, "Title", "Content", "title"),
            Kpa0001(5, "Body", "Content", "body"),
            Kpa0001(6, "Text", "Content", "text"),
            Kpa0012(7, "EditorUserId", "CmsPage", "person key: user id"),
            Kpa0012(8, "UserId", "SearchEntry", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task Contact_details_do_not_make_an_organisation_a_person_and_a_hash_is_not_a_fingerprint()
    {
        await Test("""
            using System;
            public class Vendor
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public string Phone { get; set; } = "";
                public string {|#0:OwnerEmail|} { get; set; } = "";
            }
            public class Product { public int Id { get; set; } public Vendor? Vendor { get; set; } public int VendorId { get; set; } }
            public class StoredFile { public int Id { get; set; } public Guid {|#1:UploadedByUserId|} { get; set; } public string ContentFingerprint { get; set; } = ""; public string Fingerprint { get; set; } = ""; }
            public class Employee
            {
                public int {|#2:Id|} { get; set; }
                public byte[] {|#3:FingerprintTemplate|} { get; set; } = Array.Empty<byte>();
                public string {|#4:UserIdHash|} { get; set; } = "";
            }
            """,
            Kpa0001(0, "OwnerEmail", "Contact", "email"),
            Kpa0012(1, "UploadedByUserId", "StoredFile", "person key: user id"),
            Kpa0012(2, "Id", "Employee", "person key: the id of a person type"),
            Kpa0001(3, "FingerprintTemplate", "Biometric", "fingerprint"),
            Kpa0012(4, "UserIdHash", "Employee", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task A_writing_counts_with_its_writer_on_the_row_an_event_ticket_or_a_quiz_question_does_not()
    {
        await Test("""
            using System.Collections.Generic;
            public class Attendee
            {
                public int {|#0:Id|} { get; set; }
                public string {|#1:FirstName|} { get; set; } = "";
                public string {|#2:LastName|} { get; set; } = "";
                public Ticket? Ticket { get; set; }
            }
            public class Ticket { public int Id { get; set; } public int EventId { get; set; } public string Name { get; set; } = ""; public int QuantitySold { get; set; } }
            // A ticket type an organiser sells: its price and stock make it merchandise, whoever created it.
            public class EventTicket { public int {|#7:OrganizerUserId|} { get; set; } public string Name { get; set; } = ""; public decimal Price { get; set; } public int QuantityAvailable { get; set; } }
            public class Question { public int Id { get; set; } public string Content { get; set; } = ""; public List<Answer> PossibleAnswers { get; set; } = new(); }
            public class Answer { public int Id { get; set; } public string Content { get; set; } = ""; public int QuestionId { get; set; } }
            public class ReplyListItemDto
            {
                public long Id { get; set; }
                public string {|#3:Comment|} { get; set; } = "";
                public string {|#4:ReplierName|} { get; set; } = "";
            }
            public class ProductComment
            {
                public int ProductId { get; set; }
                public string {|#5:Text|} { get; set; } = "";
            }
            """,
            Kpa0012(0, "Id", "Attendee", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0001(3, "Comment", "Content", "comment"),
            Kpa0001(4, "ReplierName", "Identification", "name"),
            Kpa0001(5, "Text", "Content", "text"),
            Kpa0012(7, "OrganizerUserId", "EventTicket", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task A_row_whose_members_name_a_person_is_one_whatever_its_name_says_a_place_named_type_is_a_place()
    {
        await Test("""
            public enum Gender { Female, Male }
            public class AcademicTeam
            {
                public string {|#0:Id|} { get; set; } = "";
                public string {|#1:FullName|} { get; set; } = "";
                public string? {|#2:Address|} { get; set; }
                public Gender? {|#3:Gender|} { get; set; }
                public int {|#4:ProvinceId|} { get; set; }
                public int? {|#8:CityGeonameId|} { get; set; }
                public string? {|#9:MunicipalityName|} { get; set; }
                public string? {|#5:ImageUrl|} { get; set; }
            }
            public class TeacherAttendance
            {
                public string {|#6:AcademicTeamid|} { get; set; } = "";
                public string {|#7:Longitude|} { get; set; } = "";
                public bool IsPresent { get; set; }
            }
            public class SalesTeam { public int Id { get; set; } public string Name { get; set; } = ""; public string? Address { get; set; } public string Phone { get; set; } = ""; }
            public class Province { public int Id { get; set; } public string ProvinceNameInEnglish { get; set; } = ""; }
            public class District { public int Id { get; set; } public string DistrictName { get; set; } = ""; public int ProvinceId { get; set; } }
            """,
            Kpa0012(0, "Id", "AcademicTeam", "person key: the id of a person type"),
            Kpa0001(1, "FullName", "Identification", "full name"),
            Kpa0001(2, "Address", "Contact", "address"),
            Kpa0001(3, "Gender", "Identification", "gender"),
            Kpa0001(4, "ProvinceId", "Contact", "province"),
            Kpa0001(8, "CityGeonameId", "Contact", "city"),
            Kpa0001(9, "MunicipalityName", "Contact", "municipality"),
            Kpa0001(5, "ImageUrl", "Identification", "image"),
            Kpa0012(6, "AcademicTeamid", "TeacherAttendance", "person key: a key of 'AcademicTeam'"),
            Kpa0001(7, "Longitude", "Location", "longitude")).RunAsync();
    }

    [Fact]
    public async Task Lookup_keys_of_a_persons_traits_count_on_the_person_only()
    {
        await Test("""
            public class Profile
            {
                public int {|#0:Id|} { get; set; }
                public string {|#1:DisplayName|} { get; set; } = "";
                public int {|#2:GenderId|} { get; set; }
                public int? {|#3:RelationshipStatusId|} { get; set; }
                public string {|#4:SummaryOfSelf|} { get; set; } = "";
            }
            public class Product { public int Id { get; set; } public int GenderId { get; set; } public string Summary { get; set; } = ""; }
            public class KinModel
            {
                public int {|#5:PatientId|} { get; set; }
                public string {|#6:KinFirstName|} { get; set; } = "";
                public string {|#7:PatientRelationShip|} { get; set; } = "";
                public string Relationship { get; set; } = "";
            }
            """,
            Kpa0012(0, "Id", "Profile", "person key: the id of a person type"),
            Kpa0001(1, "DisplayName", "Identification", "name"),
            Kpa0001(2, "GenderId", "Identification", "gender"),
            Kpa0001(3, "RelationshipStatusId", "Identification", "relationship status"),
            Kpa0001(4, "SummaryOfSelf", "Content", "summary"),
            Kpa0012(5, "PatientId", "KinModel", "person key: patient id"),
            Kpa0001(6, "KinFirstName", "Identification", "first name"),
            Kpa0001(7, "PatientRelationShip", "Identification", "relation")).RunAsync();
    }

    [Fact]
    public async Task Uploaded_pictures_and_a_persons_picture_rows_count_a_products_do_not()
    {
        await Test("""
            namespace Microsoft.AspNetCore.Http { public interface IFormFile { } }
            namespace App
            {
                using Microsoft.AspNetCore.Http;
                public class ProfileVM
                {
                    public string {|#0:UserName|} { get; set; } = "";
                    public IFormFile? {|#1:PictureFile|} { get; set; }
                    public IFormFile? Attachment { get; set; }
                }
                public class UserImage
                {
                    public int Id { get; set; }
                    public string {|#2:ApplicationUserId|} { get; set; } = "";
                    public string {|#3:FileName|} { get; set; } = "";
                    public bool IsBanner { get; set; }
                }
                public class ProductImage { public int Id { get; set; } public int ProductId { get; set; } public string FileName { get; set; } = ""; }
                public class MessageConversation
                {
                    public int MessageId { get; set; }
                    public string {|#4:SenderProfileImageFileName|} { get; set; } = "";
                }
                public class Product { public IFormFile? Picture { get; set; } }
            }
            """,
            Kpa0001(0, "UserName", "Identification", "user name"),
            Kpa0001(1, "PictureFile", "Identification", "picture"),
            Kpa0012(2, "ApplicationUserId", "UserImage", "person key: user id"),
            Kpa0001(3, "FileName", "Identification", "file name"),
            Kpa0001(4, "SenderProfileImageFileName", "Identification", "profile image")).RunAsync();
    }

    [Fact]
    public async Task A_clinical_record_linked_to_a_patient_holds_health_data_a_prescriptions_number_and_a_settings_flag_do_not()
    {
        await Test("""
            using System;
            public class RadiologyOrder
            {
                public Guid {|#0:PatientId|} { get; set; }
                public string? {|#1:Findings|} { get; set; }
                public string? {|#2:ReportFilePath|} { get; set; }
                public DateTimeOffset OrderedAt { get; set; }
            }
            public class RadiologyTest { public Guid Id { get; set; } public string Name { get; set; } = ""; public string? Report { get; set; } }
            public class AllergyModel
            {
                public int {|#3:PatientId|} { get; set; }
                public string {|#4:Reaction|} { get; set; } = "";
                public string {|#5:Severity|} { get; set; } = "";
            }
            public class Prescription { public string PrescriptionNumber { get; set; } = ""; public Guid VisitId { get; set; } }
            public class ClinicSettings { public bool IsVaccinationActive { get; set; } }
            public class Member { public bool {|#6:IsTradeUnionMember|} { get; set; } }
            """,
            Kpa0012(0, "PatientId", "RadiologyOrder", "person key: patient id"),
            Kpa0001(1, "Findings", "Health", "finding"),
            Kpa0001(2, "ReportFilePath", "Health", "report"),
            Kpa0012(3, "PatientId", "AllergyModel", "person key: patient id"),
            Kpa0001(4, "Reaction", "Health", "reaction"),
            Kpa0001(5, "Severity", "Health", "severity"),
            Kpa0001(6, "IsTradeUnionMember", "TradeUnionMembership", "trade union")).RunAsync();
    }

    [Fact]
    public async Task Identity_documents_licences_and_acts_dated_on_a_persons_row_count()
    {
        await Test("""
            using System;
            public class IdentityDocument
            {
                public Guid {|#0:OwnerId|} { get; set; }
                public string {|#1:DocumentNumber|} { get; set; } = "";
                public string {|#2:NameInDocument|} { get; set; } = "";
            }
            public class InvoiceDocument { public string DocumentNumber { get; set; } = ""; public string Name { get; set; } = ""; }
            public class DoctorInfo
            {
                public Guid {|#3:Id|} { get; set; }
                public string? {|#4:LicenseNumber|} { get; set; }
            }
            public class Clinic { public string LicenseNumber { get; set; } = ""; }
            public class AnsweredQuestion
            {
                public string {|#5:UserId|} { get; set; } = "";
                public int QuestionId { get; set; }
                public DateTime {|#6:DateAnswered|} { get; set; }
            }
            public class DeletedUser { public string {|#7:UserId|} { get; set; } = ""; public DateTime DateDeleted { get; set; } }
            public class Notification
            {
                public string {|#8:RecipientUserId|} { get; set; } = "";
                public DateTime SentAt { get; set; }
                public DateTime? {|#9:ReadAt|} { get; set; }
            }
            public class EmailQueue
            {
                public string {|#10:ToEmail|} { get; set; } = "";
                public string? {|#11:ToName|} { get; set; }
                public DateTimeOffset? SentAt { get; set; }
            }
            """,
            Kpa0012(0, "OwnerId", "IdentityDocument", "person key: owner id"),
            Kpa0001(1, "DocumentNumber", "NationalIdentifier", "document number"),
            Kpa0001(2, "NameInDocument", "Identification", "name in document"),
            Kpa0012(3, "Id", "DoctorInfo", "person key: the id of a person type"),
            Kpa0001(4, "LicenseNumber", "Identification", "license number"),
            Kpa0012(5, "UserId", "AnsweredQuestion", "person key: user id"),
            Kpa0001(6, "DateAnswered", "Usage", "date answered"),
            Kpa0012(7, "UserId", "DeletedUser", "person key: user id"),
            Kpa0012(8, "RecipientUserId", "Notification", "person key: user id"),
            Kpa0001(9, "ReadAt", "Usage", "read at"),
            Kpa0001(10, "ToEmail", "Contact", "to email"),
            Kpa0001(11, "ToName", "Identification", "to name")).RunAsync();
    }

    [Fact]
    public async Task A_customer_the_applications_users_belong_to_is_an_organisation_a_shops_customer_is_a_person()
    {
        await Test("""
            namespace Helpdesk.Domain
            {
                public interface ICustomerEntity { int Customer_Id { get; } }
                public class Customer { public int Id { get; set; } public string Name { get; set; } = ""; public string CustomerNumber { get; set; } = ""; }
                public class User : ICustomerEntity
                {
                    public int {|#0:Id|} { get; set; }
                    public string {|#1:Email|} { get; set; } = "";
                    public int Customer_Id { get; set; }
                }
                public class Case : ICustomerEntity
                {
                    public int Id { get; set; }
                    public int Customer_Id { get; set; }
                    public Customer? Customer { get; set; }
                    public int {|#2:ReportedByUserId|} { get; set; }
                }
            }
            namespace Shop.Domain
            {
                public class Customer { public int {|#3:Id|} { get; set; } public string {|#4:Name|} { get; set; } = ""; }
                public class Order { public int Id { get; set; } public int {|#5:CustomerId|} { get; set; } }
            }
            """,
            Kpa0012(0, "Id", "User", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0012(2, "ReportedByUserId", "Case", "person key: user id"),
            Kpa0012(3, "Id", "Customer", "person key: the id of a person type"),
            Kpa0001(4, "Name", "Identification", "name"),
            Kpa0012(5, "CustomerId", "Order", "person key: customer id")).RunAsync();
    }

    [Fact]
    public async Task A_crm_account_of_a_person_is_not_a_person_a_login_account_is()
    {
        await Test("""
            public class Person { public long {|#0:Id|} { get; set; } public string {|#1:FirstName|} { get; set; } = ""; }
            public class Account { public long Id { get; set; } public string Industry { get; set; } = ""; public long {|#2:PersonId|} { get; set; } public Person? {|#3:Person|} { get; set; } }
            public class Potential { public long? AccountId { get; set; } public Account? Account { get; set; } }
            public class UserAccount { public int {|#4:Id|} { get; set; } public string {|#5:Password|} { get; set; } = ""; public Person? {|#6:Person|} { get; set; } }
            """,
            Kpa0012(0, "Id", "Person", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0012(2, "PersonId", "Account", "person key: person id"),
            Kpa0012(3, "Person", "Account", "navigation to 'Person'"),
            Kpa0012(4, "Id", "UserAccount", "person key: the id of a person type"),
            Kpa0001(5, "Password", "Credentials", "password"),
            Kpa0012(6, "Person", "UserAccount", "navigation to 'Person'")).RunAsync();
    }

    [Fact]
    public async Task An_institutions_pan_and_a_countrys_key_on_a_course_are_silent_a_students_education_counts()
    {
        await Test("""
            public enum EnglishProficiency { Basic, Fluent }
            public class Institution { public string Id { get; set; } = ""; public string PAN { get; set; } = ""; }
            public class Intake { public string {|#0:CreatedBy|} { get; set; } = ""; public string CountryId { get; set; } = ""; }
            public class CrmLead
            {
                public string {|#1:Email|} { get; set; } = "";
                public string {|#2:Phone|} { get; set; } = "";
                public string {|#3:FirstName|} { get; set; } = "";
                public string {|#4:CountryId|} { get; set; } = "";
                public EnglishProficiency? {|#5:EnglishProficiency|} { get; set; }
                public string {|#6:PreviousAcademicQualification|} { get; set; } = "";
            }
            public class PaymentCard { public string {|#7:PAN|} { get; set; } = ""; }
            """,
            Kpa0012(0, "CreatedBy", "Intake", "person key: created by"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "Phone", "Contact", "phone"),
            Kpa0001(3, "FirstName", "Identification", "first name"),
            Kpa0001(4, "CountryId", "Contact", "country"),
            Kpa0001(5, "EnglishProficiency", "Professional", "proficiency"),
            Kpa0001(6, "PreviousAcademicQualification", "Professional", "academic qualification"),
            Kpa0001(7, "PAN", "Financial", "pan")).RunAsync();
    }

    [Fact]
    public async Task Database_first_keys_with_id_first_link_to_a_person_an_organisation_that_names_itself_is_none()
    {
        await Test("""
            using System.Collections.Generic;
            public class Athlete
            {
                public int {|#0:AthleteId|} { get; set; }
                public string {|#1:LastName|} { get; set; } = "";
                public string? {|#2:AuditCreateUser|} { get; set; }
                public int IdGym { get; set; }
                public Gym IdGymNavigation { get; set; } = null!;
                public ICollection<MeasurementsProgress> MeasurementsProgresses { get; set; } = new List<MeasurementsProgress>();
            }
            public class Gym
            {
                public int GymId { get; set; }
                public string GymName { get; set; } = "";
                public string Email { get; set; } = "";
                public string Password { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
                public string Comments { get; set; } = "";
                public ICollection<Athlete> Athletes { get; set; } = new List<Athlete>();
            }
            public class AccessLog
            {
                public int AccessId { get; set; }
                public int {|#3:IdAthlete|} { get; set; }
                public int? IdCard { get; set; }
                public int IdGym { get; set; }
                public Athlete {|#4:IdAthleteNavigation|} { get; set; } = null!;
                public Gym IdGymNavigation { get; set; } = null!;
            }
            public class ChannelUsers
            {
                public long ChannelUsersId { get; set; }
                public long IdChannel { get; set; }
                public int {|#5:IdAthlete|} { get; set; }
            }
            public class MeasurementsProgress
            {
                public int MeasurementsProgressId { get; set; }
                public int {|#6:IdAthlete|} { get; set; }
                public decimal? {|#7:Waist|} { get; set; }
                public Athlete {|#8:IdAthleteNavigation|} { get; set; } = null!;
            }
            public class CardAccess
            {
                public int CardId { get; set; }
                public int {|#9:IdAthlete|} { get; set; }
            }
            """,
            Kpa0012(0, "AthleteId", "Athlete", "person key: athlete id"),
            Kpa0001(1, "LastName", "Identification", "last name"),
            Kpa0012(2, "AuditCreateUser", "Athlete", "person key: create user"),
            Kpa0012(3, "IdAthlete", "AccessLog", "person key: athlete id"),
            Kpa0012(4, "IdAthleteNavigation", "AccessLog", "navigation to 'Athlete'"),
            Kpa0012(5, "IdAthlete", "ChannelUsers", "person key: athlete id"),
            Kpa0012(6, "IdAthlete", "MeasurementsProgress", "person key: athlete id"),
            Kpa0001(7, "Waist", "Usage", "a row of Athlete's record"),
            Kpa0012(8, "IdAthleteNavigation", "MeasurementsProgress", "navigation to 'Athlete'"),
            Kpa0012(9, "IdAthlete", "CardAccess", "person key: athlete id")).RunAsync();
    }

    [Fact]
    public async Task A_role_kept_beside_its_user_is_a_person_a_thing_its_user_owns_is_not()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class WebUser
            {
                public string? {|#0:FullName|} { get; set; }
                public ICollection<Recruiter> Recruiters { get; set; } = new List<Recruiter>();
            }
            public class Recruiter
            {
                public Guid {|#1:RecruiterId|} { get; set; }
                public string {|#2:UserId|} { get; set; } = "";
                public Guid CompanyId { get; set; }
                public bool IsActive { get; set; }
                public WebUser {|#3:User|} { get; set; } = null!;
            }
            public class Position
            {
                public Guid PositionId { get; set; }
                public decimal? MinSalary { get; set; }
                public Guid {|#4:RecruiterId|} { get; set; }
                public Recruiter {|#5:Recruiter|} { get; set; } = null!;
            }
            public class Folder
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public string {|#6:UserId|} { get; set; } = "";
                public WebUser {|#7:User|} { get; set; } = null!;
            }
            public class Document { public int Id { get; set; } public int FolderId { get; set; } }
            """,
            Kpa0001(0, "FullName", "Identification", "full name"),
            Kpa0012(1, "RecruiterId", "Recruiter", "person key: the id of a person type"),
            Kpa0012(2, "UserId", "Recruiter", "person key: user id"),
            Kpa0012(3, "User", "Recruiter", "navigation to 'WebUser'"),
            Kpa0012(4, "RecruiterId", "Position", "person key: the key of 'Recruiter' (Recruiter)"),
            Kpa0012(5, "Recruiter", "Position", "navigation to 'Recruiter'"),
            Kpa0012(6, "UserId", "Folder", "person key: user id"),
            Kpa0012(7, "User", "Folder", "navigation to 'WebUser'")).RunAsync();
    }

    [Fact]
    public async Task Rows_of_a_persons_profile_hold_the_persons_data_a_row_with_a_second_parent_does_not()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class Candidate
            {
                public Guid {|#0:CandidateId|} { get; set; }
                public ICollection<WorkExperience> WorkExperiences { get; set; } = new List<WorkExperience>();
                public ICollection<CandidateHasSkill> Skills { get; set; } = new List<CandidateHasSkill>();
            }
            public class WorkExperience
            {
                public Guid WorkExperienceId { get; set; }
                public string? {|#1:Company|} { get; set; }
                public DateTime? {|#2:From|} { get; set; }
                public string Status { get; set; } = "";
                public DateTime CreatedAt { get; set; }
                public Guid {|#3:CandidateId|} { get; set; }
                public Candidate? {|#4:Candidate|} { get; set; }
            }
            public class Skill { public Guid Id { get; set; } public string Title { get; set; } = ""; }
            public class CandidateHasSkill
            {
                public Guid {|#5:CandidateId|} { get; set; }
                public Guid SkillId { get; set; }
                public int Rank { get; set; }
                public Candidate {|#6:Candidate|} { get; set; } = null!;
                public Skill Skill { get; set; } = null!;
            }
            """,
            Kpa0012(0, "CandidateId", "Candidate", "person key: candidate id"),
            Kpa0001(1, "Company", "Content", "a row of Candidate's record"),
            Kpa0001(2, "From", "Usage", "a row of Candidate's record"),
            Kpa0012(3, "CandidateId", "WorkExperience", "person key: candidate id"),
            Kpa0012(4, "Candidate", "WorkExperience", "navigation to 'Candidate'"),
            Kpa0012(5, "CandidateId", "CandidateHasSkill", "person key: candidate id"),
            Kpa0012(6, "Candidate", "CandidateHasSkill", "navigation to 'Candidate'")).RunAsync();
    }

    [Fact]
    public async Task A_bank_account_that_holds_its_holders_key_is_no_person_nor_what_derives_from_it_a_persons_subtype_is_one()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class ApplicationUser { public string {|#0:Email|} { get; set; } = ""; public string {|#1:PasswordHash|} { get; set; } = ""; }
            public class Account { public int Id { get; set; } public decimal Balance { get; set; } public string {|#2:UserId|} { get; set; } = ""; public ApplicationUser? {|#3:User|} { get; set; } }
            public class SavingsAccount : Account { public decimal InterestRate { get; set; } public ICollection<InterestLog> InterestLogs { get; set; } = new List<InterestLog>(); }
            public class InterestLog
            {
                public int Id { get; set; }
                public decimal Amount { get; set; }
                public DateTime Timestamp { get; set; }
                public int SavingsAccountId { get; set; }
                public SavingsAccount SavingsAccount { get; set; } = null!;
            }
            public class AccountDto { public int Id { get; set; } public string {|#4:UserId|} { get; set; } = ""; public decimal Balance { get; set; } }
            public class Person { public int {|#5:Id|} { get; set; } public string {|#6:LastName|} { get; set; } = ""; }
            public class Tenant : Person { public int Floor { get; set; } }
            public class Lease { public int Id { get; set; } public int {|#7:TenantId|} { get; set; } public Tenant {|#8:Tenant|} { get; set; } = null!; }
            """,
            Kpa0001(0, "Email", "Contact", "email"),
            Kpa0001(1, "PasswordHash", "Credentials", "password"),
            Kpa0012(2, "UserId", "Account", "person key: user id"),
            Kpa0012(3, "User", "Account", "navigation to 'ApplicationUser'"),
            Kpa0012(4, "UserId", "AccountDto", "person key: user id"),
            Kpa0012(5, "Id", "Person", "person key: the id of a person type"),
            Kpa0001(6, "LastName", "Identification", "last name"),
            Kpa0012(7, "TenantId", "Lease", "person key: the key of 'Tenant' (Tenant)"),
            Kpa0012(8, "Tenant", "Lease", "navigation to 'Tenant'")).RunAsync();
    }

    [Fact]
    public async Task Persons_that_point_back_at_a_dtos_subject_are_its_children_a_join_row_may_keep_its_order()
    {
        await Test("""
            using System.Collections.Generic;
            public class UserResDto { public string {|#0:Id|} { get; set; } = ""; public string {|#1:Email|} { get; set; } = ""; public string {|#2:Username|} { get; set; } = ""; public int? BankId { get; set; } }
            public class BankResDto { public int Id { get; set; } public string Name { get; set; } = ""; public List<UserResDto> Users { get; set; } = new(); }
            public class ClubDto { public int Id { get; set; } public List<UserResDto> {|#3:Members|} { get; set; } = new(); }
            public class AuthorDto { public int {|#4:Id|} { get; set; } public string {|#5:FullName|} { get; set; } = ""; }
            public class BookAuthorDto { public int Id { get; set; } public int BookId { get; set; } public int {|#6:AuthorId|} { get; set; } public byte Order { get; set; } }
            public class BookForCreationDto { public string Title { get; set; } = ""; public ICollection<BookAuthorDto> BookAuthors { get; set; } = new List<BookAuthorDto>(); }
            public class ProjectMember { public int {|#7:Id|} { get; set; } public int ProjectId { get; set; } public int {|#8:UserId|} { get; set; } public decimal HourlyRate { get; set; } }
            """,
            Kpa0012(0, "Id", "UserResDto", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "Username", "Identification", "username"),
            Kpa0012(3, "Members", "ClubDto", "navigation to 'UserResDto'"),
            Kpa0012(4, "Id", "AuthorDto", "person key: the id of a person type"),
            Kpa0001(5, "FullName", "Identification", "full name"),
            Kpa0012(6, "AuthorId", "BookAuthorDto", "person key: author id"),
            Kpa0012(7, "Id", "ProjectMember", "person key: the id of a person type"),
            Kpa0012(8, "UserId", "ProjectMember", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task Persons_that_point_at_what_their_holder_points_at_are_that_things_children()
    {
        await Test("""
            using System.Collections.Generic;
            public class Attendee { public int {|#0:Id|} { get; set; } public int? OrderId { get; set; } public string {|#1:FirstName|} { get; set; } = ""; public string {|#2:LastName|} { get; set; } = ""; }
            public class SaveBookingVM { public int OrderId { get; set; } public ICollection<Attendee> Attendees { get; set; } = new List<Attendee>(); }
            public class WorkshopVM { public int WorkshopId { get; set; } public int RoomId { get; set; } public ICollection<Attendee> {|#3:Attendees|} { get; set; } = new List<Attendee>(); }
            """,
            Kpa0012(0, "Id", "Attendee", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0012(3, "Attendees", "WorkshopVM", "navigation to 'Attendee'")).RunAsync();
    }

    [Fact]
    public async Task A_replys_message_is_the_systems_answer_a_persons_message_is_theirs()
    {
        await Test("""
            using System.Collections.Generic;
            public class AuthResDto
            {
                public string? Message { get; set; }
                public bool IsAuthenticated { get; set; }
                public string? {|#0:Username|} { get; set; }
                public string? {|#1:Email|} { get; set; }
                public string? {|#2:RefreshToken|} { get; set; }
            }
            public class CreateMemberResponse { public int {|#3:MemberId|} { get; set; } public string Message { get; set; } = ""; }
            public class SupportEnquiry { public string {|#4:CustomerId|} { get; set; } = ""; public string {|#5:Message|} { get; set; } = ""; }
            public class MemberProfile { public string {|#6:Email|} { get; set; } = ""; public string {|#7:Username|} { get; set; } = ""; public string {|#8:Message|} { get; set; } = ""; }
            """,
            Kpa0001(0, "Username", "Identification", "username"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "RefreshToken", "Credentials", "refresh token"),
            Kpa0012(3, "MemberId", "CreateMemberResponse", "person key: member id"),
            Kpa0012(4, "CustomerId", "SupportEnquiry", "person key: customer id"),
            Kpa0001(5, "Message", "Content", "message"),
            Kpa0001(6, "Email", "Contact", "email"),
            Kpa0001(7, "Username", "Identification", "username"),
            Kpa0001(8, "Message", "Content", "message")).RunAsync();
    }

    [Fact]
    public async Task A_machines_ip_address_is_its_own_a_person_linked_rows_is_the_persons()
    {
        await Test("""
            public class Machine { public int MachineId { get; set; } public string IpAddress { get; set; } = ""; }
            public class StoreTerminal { public int Id { get; set; } public string IpAddress { get; set; } = ""; public string MacAddress { get; set; } = ""; }
            public class LogInDisplayClient { public int LogInDisplayClientId { get; set; } public string IpAddress { get; set; } = ""; public string ClientId { get; set; } = ""; }
            public class Kiosk { public int Id { get; set; } public string Ip { get; set; } = ""; }
            public class StoreLogin { public int Id { get; set; } public string {|#0:UserId|} { get; set; } = ""; public string {|#1:IpAddress|} { get; set; } = ""; }
            public class Branch { public int Id { get; set; } public string {|#2:UserIpAddress|} { get; set; } = ""; }
            public class HttpRequestLog { public long Id { get; set; } public string? {|#3:RemoteIpAddress|} { get; set; } }
            """,
            Kpa0012(0, "UserId", "StoreLogin", "person key: user id"),
            Kpa0001(1, "IpAddress", "Technical", "ip address"),
            Kpa0001(2, "UserIpAddress", "Technical", "ip address"),
            Kpa0001(3, "RemoteIpAddress", "Technical", "ip address")).RunAsync();
    }

    [Fact]
    public async Task A_row_from_a_time_clock_keeps_the_clocks_ip_address_a_row_from_a_persons_device_keeps_theirs()
    {
        await Test("""
            using System;
            public class Employee { public int {|#0:Id|} { get; set; } public string {|#1:FirstName|} { get; set; } = ""; public string {|#2:LastName|} { get; set; } = ""; }
            public class Machine { public int MachineId { get; set; } public string IpAddress { get; set; } = ""; }
            public class AttendanceLog { public int AttendanceLogId { get; set; } public int {|#3:EmployeeId|} { get; set; } public int MachineId { get; set; } public string IpAddress { get; set; } = ""; }
            public class Device { public int DeviceId { get; set; } public string {|#6:IpAddress|} { get; set; } = ""; }
            public class LoginAudit { public int Id { get; set; } public int {|#4:EmployeeId|} { get; set; } public int DeviceId { get; set; } public string {|#5:IpAddress|} { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "Employee", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0012(3, "EmployeeId", "AttendanceLog", "person key: employee id"),
            Kpa0012(4, "EmployeeId", "LoginAudit", "person key: employee id"),
            Kpa0001(5, "IpAddress", "Technical", "ip address"),
            Kpa0001(6, "IpAddress", "Technical", "ip address")).RunAsync();
    }

    [Fact]
    public async Task A_persons_number_under_an_agencys_initials_is_theirs_a_books_isbn_is_not()
    {
        await Test("""
            public class EmployeeInfo
            {
                public int {|#0:Id|} { get; set; }
                public string {|#1:FirstName|} { get; set; } = "";
                public string {|#2:LastName|} { get; set; } = "";
                public string {|#3:TIN|} { get; set; } = "";
                public string {|#4:PAGIBIG|} { get; set; } = "";
                public int SSS { get; set; }
                public string Tin { get; set; } = "";
            }
            public class LibraryAsset { public int Id { get; set; } public string ISBN { get; set; } = ""; }
            public class Vendor { public int Id { get; set; } public string TIN { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "EmployeeInfo", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0001(3, "TIN", "Identification", "tin"),
            Kpa0001(4, "PAGIBIG", "Identification", "pagibig")).RunAsync();
    }

    [Fact]
    public async Task A_key_named_after_the_role_a_person_types_name_ends_with_is_that_persons_a_things_is_not()
    {
        await Test("""
            public class EVRenter { public int {|#0:RenterId|} { get; set; } public string {|#1:FullName|} { get; set; } = ""; public string {|#2:Email|} { get; set; } = ""; }
            public class Rating { public int RatingId { get; set; } public int {|#3:RenterId|} { get; set; } public string {|#4:Comment|} { get; set; } = ""; }
            public class PurchaseOrder { public int Id { get; set; } public decimal Total { get; set; } }
            public class Shipment { public int Id { get; set; } public int OrderId { get; set; } public string Comment { get; set; } = ""; }
            """,
            Kpa0012(0, "RenterId", "EVRenter", "person key: the id of a person type"),
            Kpa0001(1, "FullName", "Identification", "full name"),
            Kpa0001(2, "Email", "Contact", "email"),
            Kpa0012(3, "RenterId", "Rating", "person key: a key of 'EVRenter'"),
            Kpa0001(4, "Comment", "Content", "comment")).RunAsync();
    }

    [Fact]
    public async Task A_refresh_tokens_id_and_successor_are_the_users_session_a_download_links_are_not()
    {
        await Test("""
            using System;
            public class RefreshToken
            {
                public int Id { get; set; }
                public string {|#0:Token|} { get; set; } = "";
                public string {|#1:JwtId|} { get; set; } = "";
                public string TokenHash { get; set; } = "";
                public string? {|#3:ReplacedByToken|} { get; set; }
                public string? ReplacedByTokenHash { get; set; }
                public string TokenType { get; set; } = "";
                public DateTime ExpiryDate { get; set; }
                public int {|#4:UserId|} { get; set; }
            }
            public class DownloadLink { public int Id { get; set; } public string JwtId { get; set; } = ""; public string? ReplacedByToken { get; set; } }
            """,
            Kpa0001(0, "Token", "Credentials", "token"),
            Kpa0001(1, "JwtId", "Technical", "jwt id"),
            Kpa0001(3, "ReplacedByToken", "Credentials", "replaced by token"),
            Kpa0012(4, "UserId", "RefreshToken", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task Malformed_code_does_not_crash_the_analyzer()
    {
        var compilation = TestCompilation.CreateNamed("Test", """
            public class User { public Missing Email { get; set; } public string { get; set; } public string Phone
            public record R(string Email, );
            [NotPersonalData] public class X { public string Email; }
            """);
        var diagnostics = await compilation.WithAnalyzers([new UndeclaredPersonalDataAnalyzer()]).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }
}
