using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData.UndeclaredPersonalDataAnalyzerTests;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

/// <summary>
/// KPA0001 and KPA0012 judge a member by the type around it and by what other types say of that type. Each case below
/// comes from real code: the shape that fired wrongly, or stayed silent wrongly, with its counterpart.
/// </summary>
public class TypeContextCasesTests
{
    [Fact]
    public async Task A_content_hash_named_with_a_biometric_word_is_silent_a_persons_fingerprint_is_not()
    {
        await Test("""
            using System;
            public class MediaFile
            {
                public int Id { get; set; }
                public Guid {|#0:UploadedByUserId|} { get; set; }
                public string Fingerprint { get; set; } = "";
                public string FileFingerprint { get; set; } = "";
            }
            public class Employee
            {
                public int {|#1:Id|} { get; set; }
                public byte[] {|#2:FingerprintTemplate|} { get; set; } = Array.Empty<byte>();
                public string {|#3:Fingerprint|} { get; set; } = "";
            }
            """,
            Kpa0012(0, "UploadedByUserId", "MediaFile", "person key: user id"),
            Kpa0012(1, "Id", "Employee", "person key: the id of a person type"),
            Kpa0001(2, "FingerprintTemplate", "Biometric", "fingerprint"),
            Kpa0001(3, "Fingerprint", "Biometric", "fingerprint")).RunAsync();
    }

    [Fact]
    public async Task An_animals_name_birth_date_gender_picture_and_key_are_silent_its_owners_are_not()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public enum Gender { Male, Female }
            public class AppUser { public int {|#0:Id|} { get; set; } public string {|#1:Email|} { get; set; } = ""; public string {|#2:PasswordHash|} { get; set; } = ""; }
            public class PetEntity
            {
                public int Id { get; set; }
                public string Name { get; set; } = "";
                public DateTime Birthdate { get; set; }
                public Gender Gender { get; set; }
                public string? ImageURL { get; set; }
                public int {|#3:OwnerId|} { get; set; }
                public string {|#4:OwnerEmail|} { get; set; } = "";
            }
            public class RegisterPetRequest { public string Name { get; set; } = ""; public string Birthdate { get; set; } = ""; public Gender Gender { get; set; } }
            public class GetPetResponse { public int Id { get; set; } public string Name { get; set; } = ""; public DateTime Birthdate { get; set; } public Gender Gender { get; set; } }
            public class Patient { public int Id { get; set; } public string Name { get; set; } = ""; public string Species { get; set; } = ""; public string Breed { get; set; } = ""; public DateTime DateOfBirth { get; set; } public Gender Sex { get; set; } }
            public class AdoptionApplicationEntity
            {
                public int Id { get; set; }
                public int PetId { get; set; }
                public PetEntity Pet { get; set; } = null!;
                public int {|#5:AppUserId|} { get; set; }
                public AppUser {|#6:AppUser|} { get; set; } = null!;
            }
            public class ShelterDetailResponse { public int Id { get; set; } public ICollection<GetPetResponse> Pets { get; set; } = new List<GetPetResponse>(); }
            public class Member { public int {|#7:Id|} { get; set; } public string {|#8:Name|} { get; set; } = ""; public DateTime {|#9:Birthdate|} { get; set; } public Gender {|#10:Gender|} { get; set; } }
            """,
            Kpa0012(0, "Id", "AppUser", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "PasswordHash", "Credentials", "password"),
            Kpa0012(3, "OwnerId", "PetEntity", "person key: owner id"),
            Kpa0001(4, "OwnerEmail", "Contact", "email"),
            Kpa0012(5, "AppUserId", "AdoptionApplicationEntity", "person key: user id"),
            Kpa0012(6, "AppUser", "AdoptionApplicationEntity", "navigation to 'AppUser'"),
            Kpa0012(7, "Id", "Member", "person key: the id of a person type"),
            Kpa0001(8, "Name", "Identification", "name"),
            Kpa0001(9, "Birthdate", "Identification", "birthdate"),
            Kpa0001(10, "Gender", "Identification", "gender")).RunAsync();
    }

    [Fact]
    public async Task A_shelters_or_a_cinemas_own_email_street_and_picture_are_silent_its_users_are_not()
    {
        await Test("""
            public class ShelterEntity { public int Id { get; set; } public string Name { get; set; } = ""; public string Email { get; set; } = ""; public string Phone { get; set; } = ""; }
            public class ShelterSummaryResponse { public int Id { get; set; } public string Email { get; set; } = ""; }
            public class TblCinema { public int Id { get; set; } public string CinemaProfilePicture { get; set; } = ""; public string StreetName { get; set; } = ""; }
            public class ShelterUser { public int {|#0:Id|} { get; set; } public string {|#1:Email|} { get; set; } = ""; public string {|#2:ProfilePicture|} { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "ShelterUser", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "ProfilePicture", "Identification", "picture")).RunAsync();
    }

    [Fact]
    public async Task Published_content_bodies_are_silent_a_customers_ticket_text_is_not()
    {
        await Test("""
            using System;
            public class HelpArticle { public int Id { get; set; } public Guid {|#0:AuthorId|} { get; set; } public string Body { get; set; } = ""; public string Text { get; set; } = ""; }
            public class ChatbotReply { public string Text { get; set; } = ""; public string Title { get; set; } = ""; }
            public class SupportTicket
            {
                public int Id { get; set; }
                public Guid {|#1:CustomerId|} { get; set; }
                public string Subject { get; set; } = "";
                public string {|#3:Description|} { get; set; } = "";
            }
            public class Product { public int Id { get; set; } public string Description { get; set; } = ""; public string Remarks { get; set; } = ""; }
            """,
            Kpa0012(0, "AuthorId", "HelpArticle", "person key: author id"),
            Kpa0012(1, "CustomerId", "SupportTicket", "person key: customer id"),
            Kpa0001(3, "Description", "Content", "description")).RunAsync();
    }

    [Fact]
    public async Task Person_words_in_the_names_of_settings_and_grouping_types_and_join_rows_make_no_person()
    {
        await Test("""
            using System;
            using System.Collections.Generic;
            public class AppUser { public Guid {|#0:Id|} { get; set; } public string {|#1:Email|} { get; set; } = ""; }
            public class CustomerGroup { public int Id { get; set; } public string Name { get; set; } = ""; public List<CustomerGroupUser> Users { get; set; } = new(); }
            public class CustomerGroupUser
            {
                public int CustomerGroupId { get; set; }
                public Guid {|#2:UserId|} { get; set; }
                public CustomerGroup? CustomerGroup { get; set; }
                public AppUser? {|#3:User|} { get; set; }
            }
            public class UserNotificationSettings { public string Email { get; set; } = ""; public string Name { get; set; } = ""; }
            public class ThemeManifest { public string Name { get; set; } = ""; public string FullName { get; set; } = ""; public string Email { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "AppUser", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0012(2, "UserId", "CustomerGroupUser", "person key: user id"),
            Kpa0012(3, "User", "CustomerGroupUser", "navigation to 'AppUser'")).RunAsync();
    }

    [Fact]
    public async Task A_card_word_inside_another_word_is_silent_card_codes_and_expiry_under_other_names_are_not()
    {
        await Test("""
            using System;
            public class Viewport { public double PanX { get; set; } public double PanOffset { get; set; } public string Company { get; set; } = ""; }
            public class Payment
            {
                public int Id { get; set; }
                public string {|#0:Pan|} { get; set; } = "";
                public string {|#1:CardCode|} { get; set; } = "";
                public string {|#2:Cvv2|} { get; set; } = "";
                public string {|#3:CcExp|} { get; set; } = "";
                public int {|#4:CardExpMonth|} { get; set; }
            }
            public class PaymentInfo { public int {|#5:ExpMonth|} { get; set; } public int {|#6:ExpYear|} { get; set; } }
            public class Coupon { public string Code { get; set; } = ""; public DateTime Expiry { get; set; } public int ExpMonth { get; set; } }
            """,
            Kpa0001(0, "Pan", "Financial", "pan"),
            Kpa0001(1, "CardCode", "Financial", "card code"),
            Kpa0001(2, "Cvv2", "Financial", "cvv"),
            Kpa0001(3, "CcExp", "Financial", "cc exp"),
            Kpa0001(4, "CardExpMonth", "Financial", "card exp month"),
            Kpa0001(5, "ExpMonth", "Financial", "exp month"),
            Kpa0001(6, "ExpYear", "Financial", "exp year")).RunAsync();
    }

    [Fact]
    public async Task A_postcode_in_a_geographic_lookup_is_silent_a_persons_place_is_not()
    {
        await Test("""
            using System;
            public class PostcodeCentroid { public string Postcode { get; set; } = ""; public double Latitude { get; set; } public double Longitude { get; set; } }
            public class DistanceResult { public string PostalCode { get; set; } = ""; public string City { get; set; } = ""; public double Distance { get; set; } }
            public class UserCheckIn
            {
                public Guid {|#0:UserId|} { get; set; }
                public string {|#1:Postcode|} { get; set; } = "";
                public double {|#2:Latitude|} { get; set; }
                public double {|#3:Long|} { get; set; }
                public string {|#4:Place|} { get; set; } = "";
            }
            """,
            Kpa0012(0, "UserId", "UserCheckIn", "person key: user id"),
            Kpa0001(1, "Postcode", "Contact", "postcode"),
            Kpa0001(2, "Latitude", "Location", "latitude"),
            Kpa0001(3, "Long", "Location", "long"),
            Kpa0001(4, "Place", "Location", "place")).RunAsync();
    }

    [Fact]
    public async Task A_type_a_person_holds_is_that_persons_and_a_type_alone_is_nobodys()
    {
        await Test("""
            using System;
            public class Member
            {
                public Guid {|#0:Id|} { get; set; }
                public Position? LastPosition { get; set; }
            }
            public class Position { public double {|#1:Latitude|} { get; set; } public double {|#2:Longitude|} { get; set; } public string {|#3:Place|} { get; set; } = ""; }
            public class Town { public double Latitude { get; set; } public double Longitude { get; set; } public string Place { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "Member", "person key: the id of a person type"),
            Kpa0001(1, "Latitude", "Location", "latitude"),
            Kpa0001(2, "Longitude", "Location", "longitude"),
            Kpa0001(3, "Place", "Location", "place")).RunAsync();
    }

    [Fact]
    public async Task The_keys_of_a_type_holding_contact_details_are_not_person_keys()
    {
        await Test("""
            using System;
            public class Location { public int Id { get; set; } public string {|#0:Email|} { get; set; } = ""; public string {|#1:Phone|} { get; set; } = ""; }
            public class Event { public int Id { get; set; } public int LocationId { get; set; } public Location? Location { get; set; } }
            public class Registration { public int {|#2:Id|} { get; set; } public string {|#3:Email|} { get; set; } = ""; public string {|#4:Password|} { get; set; } = ""; }
            public class Attendance { public int Id { get; set; } public int {|#5:RegistrationId|} { get; set; } public Registration? {|#6:Registration|} { get; set; } }
            """,
            Kpa0001(0, "Email", "Contact", "email"),
            Kpa0001(1, "Phone", "Contact", "phone"),
            Kpa0012(2, "Id", "Registration", "person key: the id of a person type"),
            Kpa0001(3, "Email", "Contact", "email"),
            Kpa0001(4, "Password", "Credentials", "password"),
            Kpa0012(5, "RegistrationId", "Attendance", "person key: the key of 'Registration' (Registration)"),
            Kpa0012(6, "Registration", "Attendance", "navigation to 'Registration'")).RunAsync();
    }

    [Fact]
    public async Task Salts_one_time_codes_and_passkeys_are_a_persons_credentials_an_organisations_are_not()
    {
        await Test("""
            using System;
            public class AppUser
            {
                public Guid {|#0:Id|} { get; set; }
                public string {|#1:Salt|} { get; set; } = "";
                public string {|#2:OtpCode|} { get; set; } = "";
                public string {|#3:PasswordResetToken|} { get; set; } = "";
            }
            public class Passkey
            {
                public Guid {|#4:UserId|} { get; set; }
                public byte[] {|#5:CredentialId|} { get; set; } = Array.Empty<byte>();
                public byte[] {|#6:PublicKey|} { get; set; } = Array.Empty<byte>();
                public uint SignCount { get; set; }
            }
            public class Organization { public string Salt { get; set; } = ""; public string PublicKey { get; set; } = ""; public string VerificationCode { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "AppUser", "person key: the id of a person type"),
            Kpa0001(1, "Salt", "Credentials", "salt"),
            Kpa0001(2, "OtpCode", "Credentials", "otp code"),
            Kpa0001(3, "PasswordResetToken", "Credentials", "password reset token"),
            Kpa0012(4, "UserId", "Passkey", "person key: user id"),
            Kpa0001(5, "CredentialId", "Credentials", "credential id"),
            Kpa0001(6, "PublicKey", "Credentials", "public key")).RunAsync();
    }

    [Fact]
    public async Task Login_provider_keys_installation_ids_and_hashes_of_a_user_id_are_found()
    {
        await Test("""
            using System;
            public class ExternalLogin
            {
                public string LoginProvider { get; set; } = "";
                public string {|#0:ProviderKey|} { get; set; } = "";
                public Guid {|#1:UserId|} { get; set; }
            }
            public class DeviceRegistration { public string {|#2:InstallId|} { get; set; } = ""; public string AppVersion { get; set; } = ""; }
            public class AnalyticsEvent { public string {|#3:UserIdSha256|} { get; set; } = ""; public string ContentSha256 { get; set; } = ""; public string Name { get; set; } = ""; }
            public class CacheEntry { public string ProviderKey { get; set; } = ""; }
            """,
            Kpa0012(0, "ProviderKey", "ExternalLogin", "person key: provider key"),
            Kpa0012(1, "UserId", "ExternalLogin", "person key: user id"),
            Kpa0001(2, "InstallId", "Technical", "install id"),
            Kpa0012(3, "UserIdSha256", "AnalyticsEvent", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task Free_text_on_a_row_linked_to_a_person_is_theirs_on_a_product_it_is_not()
    {
        await Test("""
            using System;
            public class Booking
            {
                public int Id { get; set; }
                public Guid {|#0:GuestId|} { get; set; }
                public string {|#1:Remarks|} { get; set; } = "";
                public string {|#2:AdditionalInfo|} { get; set; } = "";
            }
            public class Room { public int Id { get; set; } public string Remarks { get; set; } = ""; public string AdditionalInfo { get; set; } = ""; }
            """,
            Kpa0012(0, "GuestId", "Booking", "person key: guest id"),
            Kpa0001(1, "Remarks", "Content", "remark"),
            Kpa0001(2, "AdditionalInfo", "Content", "additional info")).RunAsync();
    }

    [Fact]
    public async Task A_messages_recipients_and_a_notifications_sender_are_addresses_a_templates_are_not()
    {
        await Test("""
            using System.Collections.Generic;
            public class ChatMessage
            {
                public int Id { get; set; }
                public List<string> {|#0:Recipients|} { get; set; } = new();
                public string {|#1:CcAddresses|} { get; set; } = "";
            }
            public class PushNotification { public string {|#2:SenderAddress|} { get; set; } = ""; public string {|#3:ReplyToAddress|} { get; set; } = ""; public string {|#4:Body|} { get; set; } = ""; }
            public class NotificationSettings { public string SenderAddress { get; set; } = ""; public string Body { get; set; } = ""; }
            public class MessageTemplate { public string Cc { get; set; } = ""; public string Body { get; set; } = ""; }
            """,
            Kpa0001(0, "Recipients", "Contact", "recipient"),
            Kpa0001(1, "CcAddresses", "Contact", "cc address"),
            Kpa0001(2, "SenderAddress", "Contact", "sender address"),
            Kpa0001(3, "ReplyToAddress", "Contact", "reply to address"),
            Kpa0001(4, "Body", "Content", "body")).RunAsync();
    }

    [Fact]
    public async Task A_visits_timestamp_is_an_activity_fact_a_products_creation_date_is_not()
    {
        await Test("""
            using System;
            public class PageVisit { public Guid {|#0:VisitorId|} { get; set; } public DateTime {|#1:Timestamp|} { get; set; } public string Url { get; set; } = ""; }
            public class FileViewLog { public int {|#2:UserId|} { get; set; } public DateTime {|#3:CreatedDate|} { get; set; } }
            public class PageVisitCounter { public DateTime Date { get; set; } public int Count { get; set; } }
            public class Product { public DateTime CreatedDate { get; set; } public Guid {|#4:CreatedBy|} { get; set; } }
            """,
            Kpa0012(0, "VisitorId", "PageVisit", "person key: visitor id"),
            Kpa0001(1, "Timestamp", "Usage", "timestamp"),
            Kpa0012(2, "UserId", "FileViewLog", "person key: user id"),
            Kpa0001(3, "CreatedDate", "Usage", "created date"),
            Kpa0012(4, "CreatedBy", "Product", "person key: created by")).RunAsync();
    }

    [Fact]
    public async Task An_interface_a_person_type_implements_is_the_persons_other_interfaces_hold_nothing()
    {
        await Test("""
            using System;
            public interface IContactable { string {|#0:Email|} { get; } string {|#1:Nickname|} { get; } }
            public class Customer : IContactable
            {
                public Guid {|#2:Id|} { get; set; }
                public string {|#3:Email|} { get; set; } = "";
                public string {|#4:Nickname|} { get; set; } = "";
            }
            public interface INamed { string Name { get; } string Email { get; } }
            public class Product : INamed { public string Name { get; set; } = ""; string INamed.Email => ""; }
            """,
            Kpa0001(0, "Email", "Contact", "email"),
            Kpa0001(1, "Nickname", "Identification", "nickname"),
            Kpa0012(2, "Id", "Customer", "person key: the id of a person type"),
            Kpa0001(3, "Email", "Contact", "email"),
            Kpa0001(4, "Nickname", "Identification", "nickname")).RunAsync();
    }

    [Fact]
    public async Task A_join_row_named_like_a_service_is_data_a_service_is_not()
    {
        await Test("""
            using System;
            public class UserLoginProvider
            {
                public string Name { get; set; } = "";
                public string {|#0:ProviderKey|} { get; set; } = "";
                public Guid {|#1:UserId|} { get; set; }
            }
            public class EmailSenderService
            {
                public Guid UserId { get; set; }
                public string Email { get; set; } = "";
                public void Send() { }
            }
            """,
            Kpa0012(0, "ProviderKey", "UserLoginProvider", "person key: provider key"),
            Kpa0012(1, "UserId", "UserLoginProvider", "person key: user id")).RunAsync();
    }

    [Fact]
    public async Task A_member_named_as_a_person_makes_its_type_a_person()
    {
        await Test("""
            using System;
            public class Party { public int {|#0:Id|} { get; set; } public string {|#1:Name|} { get; set; } = ""; }
            public class Order { public int Id { get; set; } public Party? {|#2:Buyer|} { get; set; } public int {|#3:BuyerId|} { get; set; } }
            public class Supplier { public int Id { get; set; } public string Name { get; set; } = ""; }
            public class Shipment { public Supplier? Owner { get; set; } }
            """,
            Kpa0012(0, "Id", "Party", "person key: the id of a person type"),
            Kpa0001(1, "Name", "Identification", "name"),
            Kpa0012(2, "Buyer", "Order", "navigation to 'Party'"),
            Kpa0012(3, "BuyerId", "Order", "person key: buyer id")).RunAsync();
    }

    [Fact]
    public async Task A_key_or_a_name_named_after_a_person_type_of_the_compilation_is_that_persons()
    {
        await Test("""
            public class Client { public string {|#0:FullName|} { get; set; } = ""; public string {|#1:EmailAddress|} { get; set; } = ""; }
            public class Room { public string Name { get; set; } = ""; }
            public class Appointment
            {
                public int {|#2:ClientId|} { get; set; }
                public string {|#3:ClientName|} { get; set; } = "";
                public int RoomId { get; set; }
                public string RoomName { get; set; } = "";
                public string ClientType { get; set; } = "";
            }
            """,
            Kpa0001(0, "FullName", "Identification", "full name"),
            Kpa0001(1, "EmailAddress", "Contact", "email address"),
            Kpa0012(2, "ClientId", "Appointment", "person key: a key of 'Client'"),
            Kpa0001(3, "ClientName", "Identification", "client name")).RunAsync();
    }

    [Fact]
    public async Task A_collection_of_relation_rows_is_not_a_link_a_collection_of_persons_is()
    {
        await Test("""
            using System.Collections.Generic;
            public class Contact { public int {|#0:Id|} { get; set; } public string {|#1:FirstName|} { get; set; } = ""; public string {|#2:LastName|} { get; set; } = ""; }
            public class CampaignContact { public int CampaignId { get; set; } public int ContactType { get; set; } public Contact? {|#3:Contact|} { get; set; } }
            public class Campaign { public int Id { get; set; } public List<CampaignContact> CampaignContacts { get; set; } = new(); }
            public class Organization { public int Id { get; set; } public List<Contact> {|#4:Members|} { get; set; } = new(); }
            public class VerifiableCredential { public string CredentialId { get; set; } = ""; public string Format { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "Contact", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0012(3, "Contact", "CampaignContact", "navigation to 'Contact'"),
            Kpa0012(4, "Members", "Organization", "navigation to 'Contact'")).RunAsync();
    }

    [Fact]
    public async Task Child_rows_that_point_back_at_their_holder_are_not_a_link()
    {
        await Test("""
            using System.Collections.Generic;
            public class Attendee
            {
                public int {|#0:Id|} { get; set; }
                public int EventId { get; set; }
                public string {|#1:FirstName|} { get; set; } = "";
                public string {|#2:LastName|} { get; set; } = "";
                public Event? Event { get; set; }
            }
            public class Event { public int Id { get; set; } public List<Attendee> Attendees { get; set; } = new(); }
            public class Ticket { public int Id { get; set; } public ICollection<Attendee> {|#3:Holders|} { get; set; } = new List<Attendee>(); }
            """,
            Kpa0012(0, "Id", "Attendee", "person key: the id of a person type"),
            Kpa0001(1, "FirstName", "Identification", "first name"),
            Kpa0001(2, "LastName", "Identification", "last name"),
            Kpa0012(3, "Holders", "Ticket", "navigation to 'Attendee'")).RunAsync();
    }

    [Fact]
    public async Task A_current_state_is_a_status_a_home_state_is_where_a_person_lives()
    {
        await Test("""
            public class ExpiringContract
            {
                public string {|#0:FullName|} { get; set; } = "";
                public string {|#1:Email|} { get; set; } = "";
                public string? CurrentState { get; set; }
                public string? PreviousState { get; set; }
                public string? {|#2:HomeState|} { get; set; }
            }
            """,
            Kpa0001(0, "FullName", "Identification", "full name"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "HomeState", "Contact", "state")).RunAsync();
    }

    [Fact]
    public async Task An_employees_attendance_times_are_activity_a_shifts_are_not()
    {
        await Test("""
            using System;
            public class Attendance
            {
                public int AttendanceId { get; set; }
                public int {|#0:EmployeeId|} { get; set; }
                public DateTime? {|#1:EntryTime|} { get; set; }
                public DateTime? {|#2:ExitTime|} { get; set; }
            }
            public class Shift
            {
                public int ShiftId { get; set; }
                public DateTime? EntryTime { get; set; }
                public DateTime? ExitTime { get; set; }
            }
            public class ReadHistoryEvent
            {
                public int {|#3:AppUserId|} { get; set; }
                public DateTime {|#4:ReadDate|} { get; set; }
            }
            """,
            Kpa0012(0, "EmployeeId", "Attendance", "person key: employee id"),
            Kpa0001(1, "EntryTime", "Usage", "entry time"),
            Kpa0001(2, "ExitTime", "Usage", "exit time"),
            Kpa0012(3, "AppUserId", "ReadHistoryEvent", "person key: user id"),
            Kpa0001(4, "ReadDate", "Usage", "read date")).RunAsync();
    }

    [Fact]
    public async Task A_manager_is_a_person_a_count_of_managers_is_not()
    {
        await Test("""
            public class Mission
            {
                public int MissionId { get; set; }
                public int {|#0:ManagerId|} { get; set; }
                public string? {|#1:ManagerName|} { get; set; }
                public string? Destination { get; set; }
                public int ManagerCount { get; set; }
                public bool IsManagerApproved { get; set; }
            }
            """,
            Kpa0012(0, "ManagerId", "Mission", "person key: manager id"),
            Kpa0001(1, "ManagerName", "Identification", "name")).RunAsync();
    }

    [Fact]
    public async Task A_bare_reason_on_a_row_about_a_person_is_theirs_a_failure_reason_is_not()
    {
        await Test("""
            public class LeaveRequest
            {
                public int RequestId { get; set; }
                public int {|#0:EmployeeId|} { get; set; }
                public string? {|#1:Justification|} { get; set; }
                public string? {|#2:Reason|} { get; set; }
                public string? DeniedReason { get; set; }
            }
            public class PaymentAttempt { public int Id { get; set; } public string? FailureReason { get; set; } public string? Reason { get; set; } }
            """,
            Kpa0012(0, "EmployeeId", "LeaveRequest", "person key: employee id"),
            Kpa0001(1, "Justification", "Content", "justification"),
            Kpa0001(2, "Reason", "Content", "reason")).RunAsync();
    }

    [Fact]
    public async Task A_persons_image_is_their_picture_a_products_is_not()
    {
        await Test("""
            public class Employee
            {
                public int {|#0:EmployeeId|} { get; set; }
                public string? {|#1:FullName|} { get; set; }
                public string? {|#2:ProfileImage|} { get; set; }
            }
            public class Product { public int Id { get; set; } public string? Name { get; set; } public string? Image { get; set; } public string? ImageUrl { get; set; } }
            """,
            Kpa0012(0, "EmployeeId", "Employee", "person key: employee id"),
            Kpa0001(1, "FullName", "Identification", "full name"),
            Kpa0001(2, "ProfileImage", "Identification", "profile image")).RunAsync();
    }

    [Fact]
    public async Task An_events_bare_address_is_the_venue_a_contacts_address_is_a_persons()
    {
        await Test("""
            using System;
            public class Event
            {
                public int Id { get; set; }
                public string Title { get; set; } = "";
                public DateTime? StartDate { get; set; }
                public string? Address { get; set; }
                public string? City { get; set; }
                public string? PostalCode { get; set; }
                public string? {|#0:ContactEmail|} { get; set; }
                public string? {|#1:ContactAddress|} { get; set; }
                public int? {|#2:UserId|} { get; set; }
            }
            public class Order { public int Id { get; set; } public int {|#3:CustomerId|} { get; set; } public string? {|#4:Address|} { get; set; } }
            """,
            Kpa0001(0, "ContactEmail", "Contact", "email"),
            Kpa0001(1, "ContactAddress", "Contact", "address"),
            Kpa0012(2, "UserId", "Event", "person key: user id"),
            Kpa0012(3, "CustomerId", "Order", "person key: customer id"),
            Kpa0001(4, "Address", "Contact", "address")).RunAsync();
    }

    [Fact]
    public async Task The_tagline_of_a_review_is_its_authors_a_products_is_not()
    {
        await Test("""
            public class UserReviewDto { public int {|#0:UserId|} { get; set; } public string? {|#1:Tagline|} { get; set; } }
            public class Product { public int Id { get; set; } public string? Tagline { get; set; } public string? Headline { get; set; } }
            """,
            Kpa0012(0, "UserId", "UserReviewDto", "person key: user id"),
            Kpa0001(1, "Tagline", "Content", "tagline")).RunAsync();
    }

    [Fact]
    public async Task A_prefix_with_its_own_phone_or_email_names_a_person_a_company_or_support_prefix_does_not()
    {
        await Test("""
            public class GuarantorModel
            {
                public int {|#0:PatientId|} { get; set; }
                public int {|#1:GuarantorId|} { get; set; }
                public string? {|#2:GuarantorName|} { get; set; }
                public string? {|#3:GuarantorPhoneNumber|} { get; set; }
                public string? {|#4:GuarantorCity|} { get; set; }
                public string? {|#5:GuarantorGender|} { get; set; }
                public bool GuarantorSelf { get; set; }
            }
            public class Supplier
            {
                public int Id { get; set; }
                public string? CompanyEmail { get; set; }
                public string? CompanyName { get; set; }
                public string? SupportPhone { get; set; }
                public string? SupportName { get; set; }
            }
            """,
            Kpa0012(0, "PatientId", "GuarantorModel", "person key: patient id"),
            Kpa0012(1, "GuarantorId", "GuarantorModel", "person key: the key of the 'Guarantor' whose contact details the type holds"),
            Kpa0001(2, "GuarantorName", "Identification", "Guarantor name"),
            Kpa0001(3, "GuarantorPhoneNumber", "Contact", "phone"),
            Kpa0001(4, "GuarantorCity", "Contact", "Guarantor city"),
            Kpa0001(5, "GuarantorGender", "Identification", "Guarantor gender")).RunAsync();
    }

    [Fact]
    public async Task A_list_item_of_reviews_is_a_review_a_teams_attendance_is_the_employees()
    {
        await Test("""
            using System;
            public class ReviewListItemDto { public long Id { get; set; } public string? {|#0:Title|} { get; set; } public string? {|#1:Comment|} { get; set; } }
            public class ProductListItemDto { public long Id { get; set; } public string? Title { get; set; } public string? Description { get; set; } }
            public class TeamAttendanceSummary
            {
                public int {|#2:EmployeeId|} { get; set; }
                public string? {|#3:EmployeeName|} { get; set; }
                public DateTime? {|#4:EntryTime|} { get; set; }
            }
            public class TeamSummary { public int TeamId { get; set; } public string? Name { get; set; } public DateTime? StartTime { get; set; } }
            """,
            Kpa0001(0, "Title", "Content", "title"),
            Kpa0001(1, "Comment", "Content", "comment"),
            Kpa0012(2, "EmployeeId", "TeamAttendanceSummary", "person key: employee id"),
            Kpa0001(3, "EmployeeName", "Identification", "name"),
            Kpa0001(4, "EntryTime", "Usage", "entry time")).RunAsync();
    }

    [Fact]
    public async Task A_persons_job_title_and_employer_are_professional_life_a_postings_are_not()
    {
        await Test("""
            public class Employee
            {
                public int {|#0:EmployeeId|} { get; set; }
                public string? {|#1:FullName|} { get; set; }
                public string? {|#2:JobTitle|} { get; set; }
                public string? {|#3:Employer|} { get; set; }
            }
            public class JobPosting { public int Id { get; set; } public string? JobTitle { get; set; } public string? Employer { get; set; } }
            """,
            Kpa0012(0, "EmployeeId", "Employee", "person key: employee id"),
            Kpa0001(1, "FullName", "Identification", "full name"),
            Kpa0001(2, "JobTitle", "Professional", "job title"),
            Kpa0001(3, "Employer", "Professional", "employer")).RunAsync();
    }

    [Fact]
    public async Task National_identity_numbers_under_their_countries_names_are_found_a_word_that_only_starts_like_one_is_not()
    {
        await Test("""
            using System.Collections.Generic;
            public class Customer { public string {|#0:TcNo|} { get; set; } = ""; }
            public class CallToDonate { public string {|#1:JMBG|} { get; set; } = ""; public bool ShowedUp { get; set; } }
            public class CreateDonorCallsDto { public string[]? {|#2:JMBGs|} { get; set; } public List<string> {|#3:Pesels|} { get; set; } = new(); }
            public class River { public string Dniester { get; set; } = ""; public int PeselLength { get; set; } }
            """,
            Kpa0001(0, "TcNo", "NationalIdentifier", "tc no"),
            Kpa0001(1, "JMBG", "NationalIdentifier", "jmbg"),
            Kpa0001(2, "JMBGs", "NationalIdentifier", "jmbg"),
            Kpa0001(3, "Pesels", "NationalIdentifier", "pesel")).RunAsync();
    }

    [Fact]
    public async Task An_insurance_policy_number_is_found_on_the_policy_and_its_claims_its_format_is_not()
    {
        await Test("""
            public class Policy { public int Id { get; set; } public int {|#0:CustomerId|} { get; set; } public string {|#1:PolicyNumber|} { get; set; } = ""; }
            public class PolicyClaimDto { public int Id { get; set; } public string {|#2:PolicyNumber|} { get; set; } = ""; public decimal ClaimAmount { get; set; } }
            public class InsuranceProduct { public int Id { get; set; } public string PolicyNumberPrefix { get; set; } = ""; public int PolicyNumberLength { get; set; } }
            """,
            Kpa0012(0, "CustomerId", "Policy", "person key: customer id"),
            Kpa0001(1, "PolicyNumber", "Financial", "policy number"),
            Kpa0001(2, "PolicyNumber", "Financial", "policy number")).RunAsync();
    }

    [Fact]
    public async Task A_learners_scores_and_progress_are_found_an_uploads_progress_and_an_orders_completion_are_not()
    {
        await Test("""
            using System;
            public class Enrollment
            {
                public Guid {|#0:StudentId|} { get; set; }
                public double {|#1:CompletionPercentage|} { get; set; }
                public DateTime? {|#2:CompletedDateUtc|} { get; set; }
            }
            public class Submission { public string {|#3:Content|} { get; set; } = ""; public int? {|#4:Score|} { get; set; } }
            public class UploadProgress { public double PercentComplete { get; set; } public DateTime? CompletedAt { get; set; } public int Score { get; set; } }
            public class Order { public Guid {|#5:CustomerId|} { get; set; } public DateTime? CompletedDate { get; set; } }
            """,
            Kpa0012(0, "StudentId", "Enrollment", "person key: student id"),
            Kpa0001(1, "CompletionPercentage", "Professional", "completion percentage"),
            Kpa0001(2, "CompletedDateUtc", "Professional", "completed date"),
            Kpa0001(3, "Content", "Content", "content"),
            Kpa0001(4, "Score", "Professional", "score"),
            Kpa0012(5, "CustomerId", "Order", "person key: customer id")).RunAsync();
    }

    [Fact]
    public async Task A_forum_posts_title_and_text_are_its_writers_a_blog_or_job_posts_are_not()
    {
        await Test("""
            public class PostCreateDto { public string? {|#0:Title|} { get; set; } public string? {|#1:Description|} { get; set; } }
            public class BlogPost { public string? Title { get; set; } public string? Description { get; set; } }
            public class JobPost { public string? Title { get; set; } public string? Description { get; set; } }
            """,
            Kpa0001(0, "Title", "Content", "title"),
            Kpa0001(1, "Description", "Content", "description")).RunAsync();
    }

    [Fact]
    public async Task A_vacancys_salary_is_what_the_post_pays_an_employees_is_their_pay()
    {
        await Test("""
            public class VacancyFullDto { public int Salary { get; set; } public decimal? SalaryMax { get; set; } }
            public class JobApplication { public decimal {|#0:ExpectedSalary|} { get; set; } }
            public class Employee { public decimal {|#1:Salary|} { get; set; } }
            """,
            Kpa0001(0, "ExpectedSalary", "Financial", "salary"),
            Kpa0001(1, "Salary", "Financial", "salary")).RunAsync();
    }

    [Fact]
    public async Task A_persons_name_on_an_organisations_or_a_certificates_row_is_found_a_settings_sender_name_is_not()
    {
        await Test("""
            public class CertificateDto { public string {|#0:StudentName|} { get; set; } = ""; public string CourseName { get; set; } = ""; }
            public class EmailOptions { public string SenderName { get; set; } = ""; }
            """,
            Kpa0001(0, "StudentName", "Identification", "name")).RunAsync();
    }

    [Fact]
    public async Task A_place_lookups_name_is_silent_where_a_person_lives_is_not()
    {
        await Test("""
            using System.Collections.Generic;
            public class Donor { public string {|#0:Jmbg|} { get; set; } = ""; public string {|#1:Place|} { get; set; } = ""; }
            public class Place { public int Id { get; set; } public string PlaceName { get; set; } = ""; public List<Donor> {|#2:Donors|} { get; set; } = new(); }
            public class Venue { public int Id { get; set; } public string PlaceName { get; set; } = ""; }
            """,
            Kpa0001(0, "Jmbg", "NationalIdentifier", "jmbg"),
            Kpa0001(1, "Place", "Location", "place"),
            Kpa0012(2, "Donors", "Place", "navigation to 'Donor'")).RunAsync();
    }

    [Fact]
    public async Task A_business_rows_notes_are_silent_when_only_its_bookkeeping_actor_is_a_person_a_persons_request_is_not()
    {
        await Test("""
            using System;
            public class User { public int {|#0:Id|} { get; set; } public string {|#1:Email|} { get; set; } = ""; }
            public class Expense
            {
                public int Id { get; set; }
                public decimal Amount { get; set; }
                public string? Notes { get; set; }
                public int {|#2:CreatedBy|} { get; set; }
                public User? {|#3:Approver|} { get; set; }
            }
            public class LeaveRequest
            {
                public int Id { get; set; }
                public int {|#4:EmployeeId|} { get; set; }
                public string? {|#5:Reason|} { get; set; }
                public int {|#6:CreatedBy|} { get; set; }
            }
            """,
            Kpa0012(0, "Id", "User", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0012(2, "CreatedBy", "Expense", "person key: created by"),
            Kpa0012(3, "Approver", "Expense", "navigation to 'User'"),
            Kpa0012(4, "EmployeeId", "LeaveRequest", "person key: employee id"),
            Kpa0001(5, "Reason", "Content", "reason"),
            Kpa0012(6, "CreatedBy", "LeaveRequest", "person key: created by")).RunAsync();
    }

    [Fact]
    public async Task An_organisations_contact_email_and_phone_are_its_own_its_owners_name_and_a_persons_contact_email_are_not()
    {
        await Test("""
            public class InsuranceCompanyDto
            {
                public string? ContactEmail { get; set; }
                public string? ContactPhone { get; set; }
                public string? {|#0:OwnerName|} { get; set; }
            }
            public class Patient { public string? {|#1:ContactEmail|} { get; set; } }
            """,
            Kpa0001(0, "OwnerName", "Identification", "name"),
            Kpa0001(1, "ContactEmail", "Contact", "email")).RunAsync();
    }

    [Fact]
    public async Task On_a_person_the_date_they_last_did_something_is_found_the_records_upkeep_and_what_was_done_to_them_are_not()
    {
        await Test("""
            using System;
            public class Donor
            {
                public string {|#0:Jmbg|} { get; set; } = "";
                public DateTime? {|#1:LastDonationDate|} { get; set; }
                public DateTime LastModifiedUtc { get; set; }
                public DateTime? LastSyncDate { get; set; }
                public DateTime? LastContactedAt { get; set; }
                public DateTime LastContactOn { get; set; }
            }
            public class Product { public DateTime? LastDonationDate { get; set; } }
            """,
            Kpa0001(0, "Jmbg", "NationalIdentifier", "jmbg"),
            Kpa0001(1, "LastDonationDate", "Usage", "last donation date")).RunAsync();
    }

    [Fact]
    public async Task A_row_keyed_by_a_persons_national_identity_number_is_linked_to_the_person()
    {
        await Test("""
            public class Questionnaire { public string {|#0:Jmbg|} { get; set; } = ""; public string? {|#1:Remark|} { get; set; } }
            public class Inspection { public string Code { get; set; } = ""; public string? Remark { get; set; } }
            """,
            Kpa0001(0, "Jmbg", "NationalIdentifier", "jmbg"),
            Kpa0001(1, "Remark", "Content", "remark")).RunAsync();
    }

    [Fact]
    public async Task An_instructors_expertise_is_professional_life_a_courses_is_not()
    {
        await Test("""
            using System;
            public class InstructorDto { public string {|#0:Expertise|} { get; set; } = ""; }
            public class Course { public Guid {|#1:InstructorId|} { get; set; } public string Expertise { get; set; } = ""; }
            """,
            Kpa0001(0, "Expertise", "Professional", "expertise"),
            Kpa0012(1, "InstructorId", "Course", "person key: instructor id")).RunAsync();
    }

    [Fact]
    public async Task A_club_pitch_or_car_parks_address_and_contact_point_are_the_places_a_members_address_is_not()
    {
        await Test("""
            public class Club { public int Id { get; set; } public string Street { get; set; } = ""; public string City { get; set; } = ""; public string Zip { get; set; } = ""; }
            public class PitchViewModel { public string Street { get; set; } = ""; public string City { get; set; } = ""; }
            public class CreateParkingDto { public string ContactEmail { get; set; } = ""; public string ContactNumber { get; set; } = ""; public string PostalCode { get; set; } = ""; }
            public class ClubMember { public string {|#0:Street|} { get; set; } = ""; public string {|#1:City|} { get; set; } = ""; }
            """,
            Kpa0001(0, "Street", "Contact", "street"),
            Kpa0001(1, "City", "Contact", "city")).RunAsync();
    }

    [Fact]
    public async Task A_place_named_before_an_address_makes_it_the_places_a_customers_delivery_address_is_not()
    {
        await Test("""
            using System;
            public class ReservationDto { public Guid {|#0:CustomerId|} { get; set; } public string ParkingAddress { get; set; } = ""; public string {|#1:DeliveryAddress|} { get; set; } = ""; }
            """,
            Kpa0012(0, "CustomerId", "ReservationDto", "person key: customer id"),
            Kpa0001(1, "DeliveryAddress", "Contact", "address")).RunAsync();
    }

    [Fact]
    public async Task A_businesss_profile_is_not_a_person_a_users_profile_is()
    {
        await Test("""
            public class GarageProfile
            {
                public int Id { get; set; }
                public string Address { get; set; } = "";
                public string PhoneExt { get; set; } = "";
                public string? Email { get; set; }
            }
            public class VehicleAppointment { public int GarageId { get; set; } public GarageProfile? Garage { get; set; } }
            public class UserProfile { public int {|#0:Id|} { get; set; } public string {|#1:Address|} { get; set; } = ""; public string? {|#2:Email|} { get; set; } }
            """,
            Kpa0012(0, "Id", "UserProfile", "person key: the id of a person type"),
            Kpa0001(1, "Address", "Contact", "address"),
            Kpa0001(2, "Email", "Contact", "email")).RunAsync();
    }

    [Fact]
    public async Task A_name_a_surname_and_a_patronymic_make_a_person_whatever_the_type_is_called_a_products_name_does_not()
    {
        await Test("""
            public class Dentist
            {
                public int {|#0:Id|} { get; set; }
                public string {|#1:Name|} { get; set; } = "";
                public string {|#2:Surname|} { get; set; } = "";
                public string {|#3:Patronymic|} { get; set; } = "";
            }
            public class Appointment { public int {|#4:DentistId|} { get; set; } public Dentist {|#5:Dentist|} { get; set; } = null!; }
            public class Product { public int Id { get; set; } public string Name { get; set; } = ""; public string Brand { get; set; } = ""; }
            """,
            Kpa0012(0, "Id", "Dentist", "person key: the id of a person type"),
            Kpa0001(1, "Name", "Identification", "name"),
            Kpa0001(2, "Surname", "Identification", "surname"),
            Kpa0001(3, "Patronymic", "Identification", "patronymic"),
            Kpa0012(4, "DentistId", "Appointment", "person key: the key of 'Dentist' (Dentist)"),
            Kpa0012(5, "Dentist", "Appointment", "navigation to 'Dentist'")).RunAsync();
    }

    [Fact]
    public async Task Beside_a_passport_number_the_issue_and_expiry_dates_are_the_passports_a_coupons_are_not()
    {
        await Test("""
            using System;
            public class TourBookingForm
            {
                public string {|#0:PassportNumber|} { get; set; } = "";
                public DateOnly? {|#1:IssueDate|} { get; set; }
                public DateOnly? {|#2:ExpiryDate|} { get; set; }
            }
            public class Coupon { public string Code { get; set; } = ""; public DateOnly? IssueDate { get; set; } public DateOnly? ExpiryDate { get; set; } }
            """,
            Kpa0001(0, "PassportNumber", "NationalIdentifier", "passport number"),
            Kpa0001(1, "IssueDate", "NationalIdentifier", "issue date"),
            Kpa0001(2, "ExpiryDate", "NationalIdentifier", "expiry date")).RunAsync();
    }

    [Fact]
    public async Task A_vehicles_registration_plate_and_chassis_number_identify_its_keeper_its_model_does_not()
    {
        await Test("""
            public class Vehicle
            {
                public string {|#0:RegistrationPlate|} { get; set; } = "";
                public string {|#1:ChassisNumber|} { get; set; } = "";
                public string {|#2:Vin|} { get; set; } = "";
                public string Model { get; set; } = "";
                public string Colour { get; set; } = "";
            }
            """,
            Kpa0001(0, "RegistrationPlate", "Identification", "registration plate"),
            Kpa0001(1, "ChassisNumber", "Identification", "chassis number"),
            Kpa0001(2, "Vin", "Identification", "vin")).RunAsync();
    }

    [Fact]
    public async Task A_national_identity_number_with_an_email_makes_a_person_a_screening_keyed_by_one_is_not()
    {
        await Test("""
            using System;
            public class Lawyer
            {
                public long {|#0:Id|} { get; set; }
                public string {|#1:Email|} { get; set; } = "";
                public string {|#2:AadharNumber|} { get; set; } = "";
                public string {|#3:VotingId|} { get; set; } = "";
            }
            public class Case { public long {|#4:LawyerId|} { get; set; } }
            public class Screening { public int Id { get; set; } public string {|#5:Jmbg|} { get; set; } = ""; public DateTime DateOfMaking { get; set; } }
            """,
            Kpa0012(0, "Id", "Lawyer", "person key: the id of a person type"),
            Kpa0001(1, "Email", "Contact", "email"),
            Kpa0001(2, "AadharNumber", "NationalIdentifier", "aadhar"),
            Kpa0001(3, "VotingId", "NationalIdentifier", "voting id"),
            Kpa0012(4, "LawyerId", "Case", "person key: a key of 'Lawyer'"),
            Kpa0001(5, "Jmbg", "NationalIdentifier", "jmbg")).RunAsync();
    }

    [Fact]
    public async Task A_persons_height_and_weight_are_found_a_parcels_are_not()
    {
        await Test("""
            public class Player { public string {|#0:FirstName|} { get; set; } = ""; public decimal {|#1:Height|} { get; set; } public decimal {|#2:Weight|} { get; set; } }
            public class Parcel { public decimal Height { get; set; } public decimal Weight { get; set; } }
            """,
            Kpa0001(0, "FirstName", "Identification", "first name"),
            Kpa0001(1, "Height", "Health", "height"),
            Kpa0001(2, "Weight", "Health", "weight")).RunAsync();
    }
}
