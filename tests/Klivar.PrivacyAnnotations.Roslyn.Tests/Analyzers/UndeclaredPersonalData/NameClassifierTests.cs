using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

public class NameClassifierTests
{
    private static readonly NameClassifier Classifier = NameClassifier.Default;

    private static ValueKind Kind(string name) => Enum.Parse<ValueKind>(name);

    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("ipAddress", "ip address")]
    [InlineData("UserIPAddress", "user ip address")]
    [InlineData("FirstName", "first name")]
    [InlineData("_firstName", "first name")]
    [InlineData("m_personalEmail", "personal email")]
    [InlineData("EMail", "e mail")]
    [InlineData("IBAN", "iban")]
    [InlineData("AddressLine2", "address line")]
    [InlineData("date_of_birth", "date of birth")]
    [InlineData("SSNNumber", "ssn number")]
    [InlineData("HTMLBody", "html body")]
    [InlineData("ListOfDonorIDs", "list of donor ids")]
    [InlineData("JMBGs", "jmbgs")]
    [InlineData("x", "x")]
    [InlineData("", "")]
    [InlineData("_", "")]
    [InlineData("ÉlèveNom", "élève nom")]
    public void Tokenizer_splits_case_styles_acronyms_and_prefixes(string name, string expected) =>
        Assert.Equal(expected, string.Join(" ", NameTokenizer.Tokenize(name)));

    [Theory]
    [InlineData("IsTradeUnionMember", "trade union member")]
    [InlineData("HasEmail", "email")]
    [InlineData("GetPhone", "phone")]
    [InlineData("Is", "is")]
    [InlineData("Addresses", "address")]
    [InlineData("Allergies", "allergy")]
    [InlineData("PhoneNumbers", "phone number")]
    [InlineData("Ips", "ip")]
    [InlineData("Status", "status")]
    public void Member_names_drop_accessor_prefixes_and_fold_known_plurals(string name, string expected) =>
        Assert.Equal(expected, string.Join(" ", Classifier.Normalize(name, dropPrefix: true)));

    [Theory]
    [InlineData("Email", "Text", "Contact", "email")]
    [InlineData("EmailAddress", "Text", "Contact", "email address")]
    [InlineData("IPAddress", "Text", "Technical", "ip address")]
    [InlineData("RemoteIpAddress", "Text", "Technical", "ip address")]
    [InlineData("CreatedByIp", "Text", "Technical", "ip")]
    [InlineData("MacAddress", "Text", "Technical", "mac address")]
    [InlineData("DeviceId", "Guid", "Technical", "device id")]
    [InlineData("ShippingAddress", "Text", "Contact", "address")]
    [InlineData("DateOfBirth", "Date", "Identification", "date of birth")]
    [InlineData("BirthDate", "Date", "Identification", "birth date")]
    [InlineData("LastName", "Text", "Identification", "last name")]
    [InlineData("Iban", "Text", "Financial", "iban")]
    [InlineData("CardNumber", "Text", "Financial", "card number")]
    [InlineData("SocialSecurityNumber", "Text", "NationalIdentifier", "social security number")]
    [InlineData("PassportNumber", "Text", "NationalIdentifier", "passport number")]
    [InlineData("Latitude", "Number", "Location", "latitude")]
    [InlineData("PasswordHash", "Text", "Credentials", "password")]
    [InlineData("BloodType", "Text", "Health", "blood type")]
    [InlineData("FingerprintTemplate", "Bytes", "Biometric", "fingerprint")]
    [InlineData("IsTradeUnionMember", "Bool", "TradeUnionMembership", "trade union")]
    [InlineData("HasCriminalRecord", "Bool", "Criminal", "criminal record")]
    [InlineData("SexualOrientation", "Enum", "SexLifeOrOrientation", "sexual orientation")]
    [InlineData("Allergies", "TextCollection", "Health", "allergy")]
    public void Strong_words_match_on_any_data_type(string member, string kind, string category, string words)
    {
        var match = Classifier.Classify(member, TypeContext.Neutral, Kind(kind));
        Assert.NotNull(match);
        Assert.Equal(category, match.Value.Category.ToString());
        Assert.Equal(words, match.Value.Words);
    }

    [Theory]
    [InlineData("HasEmail", "Bool")]
    [InlineData("PhoneCount", "Number")]
    [InlineData("EmailTemplate", "Text")]
    [InlineData("WelcomeEmailTemplate", "Text")]
    [InlineData("PhoneFormat", "Text")]
    [InlineData("PasswordPolicy", "Text")]
    [InlineData("MinPasswordLength", "Number")]
    [InlineData("SmtpPassword", "Text")]
    [InlineData("ServerAddress", "Text")]
    [InlineData("HostAddress", "Text")]
    [InlineData("BaseAddress", "Text")]
    [InlineData("ServerIpAddress", "Text")]
    [InlineData("IpWhitelist", "TextCollection")]
    [InlineData("PageSize", "Number")]
    [InlineData("Shipment", "Text")]
    [InlineData("ShipDate", "Date")]
    [InlineData("Usage", "Text")]
    [InlineData("Passage", "Text")]
    [InlineData("Language", "Text")]
    [InlineData("HealthCheckPath", "Text")]
    [InlineData("MaskedCardNumber", "Text")]
    [InlineData("ConnectionString", "Text")]
    [InlineData("ClientSecret", "Text")]
    [InlineData("Email", "Other")]
    [InlineData("Email", "Guid")]
    [InlineData("Latitude", "Bool")]
    [InlineData("SalaryMin", "Number")]
    public void Settings_shapes_and_substrings_do_not_match(string member, string kind) =>
        Assert.Null(Classifier.Classify(member, TypeContext.PersonLike, Kind(kind)));

    [Theory]
    [InlineData("Name", "Text")]
    [InlineData("City", "Text")]
    [InlineData("Country", "Text")]
    [InlineData("Location", "Text")]
    [InlineData("Gender", "Enum")]
    [InlineData("Age", "Number")]
    [InlineData("DisplayName", "Text")]
    public void Ambiguous_words_match_only_on_person_like_types(string member, string kind)
    {
        Assert.NotNull(Classifier.Classify(member, TypeContext.PersonLike, Kind(kind)));
        Assert.Null(Classifier.Classify(member, TypeContext.Neutral, Kind(kind)));
        Assert.Null(Classifier.Classify(member, TypeContext.NotDataHolder, Kind(kind)));
    }

    [Theory]
    [InlineData("RecipientName", true)]
    [InlineData("ShippingCity", true)]
    [InlineData("BillingName", true)]
    [InlineData("EmployeeNumber", true)]
    [InlineData("RespondentAge", true)]
    [InlineData("ProductName", false)]
    [InlineData("FileName", false)]
    [InlineData("OrderNumber", false)]
    [InlineData("MinimumAge", false)]
    [InlineData("CountryOfOrigin", false)]
    public void A_person_word_in_the_member_name_makes_an_ambiguous_word_count_anywhere(string member, bool matches) =>
        Assert.Equal(matches, Classifier.Classify(member, TypeContext.Neutral, ValueKind.Text) is not null || Classifier.Classify(member, TypeContext.Neutral, ValueKind.Number) is not null);

    [Fact]
    public void Zip_is_a_postcode_only_on_a_person_like_type()
    {
        Assert.Null(Classifier.Classify("ZipPath", TypeContext.Neutral, ValueKind.Text));
        Assert.Null(Classifier.Classify("Zip", TypeContext.Neutral, ValueKind.Text));
        Assert.Equal(TypeContext.Suppressed, Classifier.ClassifyType("ZipArchive"));
        Assert.Equal(DataCategory.Contact, Classifier.Classify("Zip", TypeContext.PersonLike, ValueKind.Text)!.Value.Category);
        Assert.Equal(DataCategory.Contact, Classifier.Classify("ZipCode", TypeContext.Neutral, ValueKind.Text)!.Value.Category);
    }

    [Fact]
    public void On_a_person_like_type_a_foreign_qualifier_still_blocks_an_ambiguous_word()
    {
        Assert.Null(Classifier.Classify("CompanyName", TypeContext.PersonLike, ValueKind.Text));
        Assert.Null(Classifier.Classify("MachineName", TypeContext.PersonLike, ValueKind.Text));
        Assert.NotNull(Classifier.Classify("ContactName", TypeContext.Neutral, ValueKind.Text));
    }

    [Theory]
    [InlineData("Customer", "PersonLike")]
    [InlineData("CustomerDto", "PersonLike")]
    [InlineData("UserProfile", "PersonLike")]
    [InlineData("ApplicationUser", "PersonLike")]
    [InlineData("Patient", "PersonLike")]
    [InlineData("Product", "Neutral")]
    [InlineData("Order", "Neutral")]
    [InlineData("Userland", "Neutral")]
    [InlineData("SmtpSettings", "Suppressed, Settings")]
    [InlineData("JwtOptions", "Suppressed, Settings")]
    [InlineData("IdentityConfiguration", "Suppressed, Settings")]
    [InlineData("UserService", "NotDataHolder")]
    [InlineData("AppDbContext", "NotDataHolder")]
    [InlineData("Store", "NotDataHolder")]
    [InlineData("Company", "Suppressed")]
    [InlineData("ServerNode", "Suppressed")]
    [InlineData("ZipArchiveInfo", "Suppressed")]
    [InlineData("CompanyContact", "PersonLike")]
    [InlineData("UserRole", "Neutral")]
    [InlineData("UserToken", "DeviceOrSession")]
    [InlineData("CustomerTypeDto", "Neutral")]
    [InlineData("MemberStatus", "Neutral")]
    [InlineData("EmployeeSummary", "PersonLike")]
    [InlineData("Address", "PersonLike")]
    [InlineData("PostalAddress", "PersonLike")]
    [InlineData("WarehouseAddress", "Suppressed")]
    [InlineData("AddressValidator", "NotDataHolder")]
    public void Type_names_frame_their_members(string typeName, string expected) =>
        Assert.Equal(expected, Classifier.ClassifyType(typeName).ToString());

    [Fact]
    public void A_base_type_can_make_a_type_person_like_but_not_exclude_it()
    {
        Assert.Equal(TypeContext.PersonLike, Classifier.ClassifyType("AppIdentity", new[] { "IdentityUser" }));
        Assert.Equal(TypeContext.Neutral, Classifier.ClassifyType("Invoice", new[] { "ConfigurationBase" }));
        Assert.Equal(TypeContext.Neutral, Classifier.ClassifyType("AppRole", new[] { "IdentityUserRole" }));
    }

    [Fact]
    public void Extra_tokens_add_strong_phrases_with_their_category()
    {
        var classifier = NameClassifier.Create("BadgeNumber:Identification, loyalty card : financial, union dues:TradeUnionMembership, employee code", null, null);
        Assert.Equal(new NameMatch(DataCategory.Identification, "badge number").ToString(), classifier.Classify("BadgeNumber", TypeContext.Neutral, ValueKind.Text).ToString());
        Assert.Equal(DataCategory.Financial, classifier.Classify("LoyaltyCard", TypeContext.Neutral, ValueKind.Text)!.Value.Category);
        Assert.Equal(DataCategory.TradeUnionMembership, classifier.Classify("PaysUnionDues", TypeContext.Neutral, ValueKind.Bool)!.Value.Category);
        Assert.Equal(DataCategory.Identification, classifier.Classify("EmployeeCode", TypeContext.Neutral, ValueKind.Text)!.Value.Category);
        Assert.Null(NameClassifier.Default.Classify("BadgeNumber", TypeContext.Neutral, ValueKind.Text));
    }

    [Fact]
    public void An_unknown_category_falls_back_to_identification_rather_than_dropping_the_word()
    {
        var classifier = NameClassifier.Create("badge number:NoSuchCategory, member tier:999", null, null);
        Assert.Equal(DataCategory.Identification, classifier.Classify("BadgeNumber", TypeContext.Neutral, ValueKind.Text)!.Value.Category);
        Assert.Equal(DataCategory.Identification, classifier.Classify("MemberTier", TypeContext.Neutral, ValueKind.Text)!.Value.Category);
    }

    [Fact]
    public void Excluded_tokens_silence_every_member_that_contains_them()
    {
        var classifier = NameClassifier.Create(null, "fax, display name", null);
        Assert.Null(classifier.Classify("Fax", TypeContext.PersonLike, ValueKind.Text));
        Assert.Null(classifier.Classify("DisplayName", TypeContext.PersonLike, ValueKind.Text));
        Assert.NotNull(classifier.Classify("FirstName", TypeContext.PersonLike, ValueKind.Text));
        Assert.NotNull(classifier.Classify("Name", TypeContext.PersonLike, ValueKind.Text));
    }

    [Fact]
    public void Person_types_add_words_that_make_types_person_like()
    {
        var classifier = NameClassifier.Create(null, null, "Rider, Beekeeper");
        Assert.Equal(TypeContext.PersonLike, classifier.ClassifyType("BeekeeperDto"));
        Assert.Equal(TypeContext.Neutral, NameClassifier.Default.ClassifyType("BeekeeperDto"));
        Assert.NotNull(classifier.Classify("BeekeeperName", TypeContext.Neutral, ValueKind.Text));
    }

    [Fact]
    public void Empty_settings_give_the_default_classifier() =>
        Assert.Same(NameClassifier.Default, NameClassifier.Create(" ", null, ""));

    [Theory]
    [InlineData("CustomerId", "Text", false, false, "customer id")]
    [InlineData("AppUserId", "Number", false, false, "user id")]
    [InlineData("OwnerUserId", "Guid", false, false, "user id")]
    [InlineData("BuyerId", "Text", false, false, "buyer id")]
    [InlineData("UserReportedId", "Text", false, false, "user reported id")]
    [InlineData("IdentityGuid", "Text", false, false, "identity guid")]
    [InlineData("CreatedBy", "Text", false, false, "created by")]
    [InlineData("User", "Text", false, false, "user")]
    [InlineData("Id", "Guid", true, false, "the id of a person type")]
    [InlineData("InternalId", "Number", true, false, "internal id")]
    [InlineData("ExternalId", "Text", true, false, "external id")]
    [InlineData("ProviderKey", "Text", false, true, "provider key")]
    [InlineData("SubjectId", "Text", false, true, "subject id")]
    public void Person_keys_point_at_a_person(string member, string kind, bool onPerson, bool onLogin, string expected) =>
        Assert.Equal(expected, Classifier.ClassifyKey(member, Kind(kind), onPerson, onLogin));

    [Theory]
    [InlineData("ParentId", "Number", false, false)]
    [InlineData("ProductId", "Number", false, false)]
    [InlineData("StoreId", "Text", false, false)]
    [InlineData("AccountId", "Guid", false, false)]
    [InlineData("Id", "Guid", false, false)]
    [InlineData("ExternalId", "Text", false, false)]
    [InlineData("CustomerId", "Bool", false, false)]
    [InlineData("CustomerId", "Date", false, false)]
    [InlineData("SortedBy", "Enum", false, false)]
    public void Keys_of_things_and_non_key_values_are_not_person_keys(string member, string kind, bool onPerson, bool onLogin) =>
        Assert.Null(Classifier.ClassifyKey(member, Kind(kind), onPerson, onLogin));

    [Theory]
    [InlineData("AppUser", true)]
    [InlineData("CustomerDto", true)]
    [InlineData("OrganizationUser", true)]
    [InlineData("UserViewModel", true)]
    [InlineData("BaseItemPerson", true)]
    [InlineData("AppUserBookmark", false)]
    [InlineData("UserRole", false)]
    [InlineData("ParentEntity", false)]
    [InlineData("Order", false)]
    public void A_person_type_is_named_by_its_head_noun(string typeName, bool expected) =>
        Assert.Equal(expected, Classifier.IsPersonTypeName(typeName));

    [Theory]
    [InlineData("ApiKey", "Credentials")]
    [InlineData("AccessToken", "Credentials")]
    [InlineData("SecurityStamp", "Credentials")]
    [InlineData("EncryptedPrivateKey", "Credentials")]
    [InlineData("LastLoginDateUtc", "Usage")]
    [InlineData("LastActivityDate", "Usage")]
    public void Credentials_and_activity_count_on_person_device_and_linked_types_only(string member, string category)
    {
        var kind = member.StartsWith("Last", StringComparison.Ordinal) ? ValueKind.Date : ValueKind.Text;
        foreach (var context in new[] { TypeContext.PersonLike, TypeContext.PersonLinked, TypeContext.DeviceOrSession })
            Assert.Equal(category, Classifier.Classify(member, context, kind)?.Category.ToString());
        Assert.Null(Classifier.Classify(member, TypeContext.Neutral, kind));
        Assert.Null(Classifier.Classify(member, TypeContext.Suppressed | TypeContext.PersonLinked, kind));
    }

    [Theory]
    [InlineData("InvitedEmail", "Contact")]
    [InlineData("DeviceId", "Technical")]
    [InlineData("FirstName", "Identification")]
    [InlineData("AdvertisingId", "Technical")]
    public void Strong_words_survive_settings_and_organisation_type_names(string member, string category) =>
        Assert.Equal(category, Classifier.Classify(member, TypeContext.Suppressed, ValueKind.Text)?.Category.ToString());

    [Theory]
    [InlineData("IpAddress")]
    [InlineData("Ip")]
    [InlineData("MacAddress")]
    public void A_machines_network_address_counts_only_where_a_person_links_to_the_row_or_says_whose(string member)
    {
        Assert.Null(Classifier.Classify(member, TypeContext.Suppressed, ValueKind.Text));
        Assert.Equal(DataCategory.Technical, Classifier.Classify(member, TypeContext.Suppressed | TypeContext.PersonLinked, ValueKind.Text)?.Category);
        Assert.Equal(DataCategory.Technical, Classifier.Classify("User" + member, TypeContext.Suppressed, ValueKind.Text)?.Category);
        Assert.Equal(DataCategory.Technical, Classifier.Classify(member, TypeContext.Neutral, ValueKind.Text)?.Category);
    }

    [Theory]
    [InlineData("Password")]
    [InlineData("Username")]
    [InlineData("Street")]
    [InlineData("PhoneNumber")]
    [InlineData("City")]
    [InlineData("Name")]
    public void Suppressed_types_silence_ambiguous_words_credentials_and_places(string member) =>
        Assert.Null(Classifier.Classify(member, TypeContext.Suppressed, ValueKind.Text));

    [Fact]
    public void Linked_types_count_places_and_what_a_person_writes_but_not_a_bare_name()
    {
        Assert.Equal("customer comment", string.Join(" ", Classifier.Normalize("CustomerComments", dropPrefix: false)));
        Assert.Equal(DataCategory.Contact, Classifier.Classify("City", TypeContext.PersonLinked, ValueKind.Text)?.Category);
        Assert.Equal(DataCategory.Content, Classifier.Classify("CustomerComments", TypeContext.PersonLinked, ValueKind.Text)?.Category);
        Assert.Equal(DataCategory.Content, Classifier.Classify("Notes", TypeContext.PersonLinked, ValueKind.Text)?.Category);
        Assert.Null(Classifier.Classify("Name", TypeContext.PersonLinked, ValueKind.Text));
        Assert.Null(Classifier.Classify("State", TypeContext.PersonLinked, ValueKind.Text));
        Assert.Equal(DataCategory.Contact, Classifier.Classify("State", TypeContext.HoldsAddress, ValueKind.Text)?.Category);
        Assert.Null(Classifier.Classify("Notes", TypeContext.Neutral, ValueKind.Text));
    }

    [Fact]
    public void A_key_to_a_thing_named_by_a_strong_word_is_not_that_value()
    {
        Assert.Null(Classifier.Classify("EmailAccountId", TypeContext.Neutral, ValueKind.Text));
        Assert.Null(Classifier.Classify("PictureId", TypeContext.PersonLike, ValueKind.Text));
        Assert.Equal(DataCategory.Contact, Classifier.Classify("CountryId", TypeContext.PersonLike, ValueKind.Text)?.Category);
        Assert.Equal(DataCategory.Technical, Classifier.Classify("DeviceId", TypeContext.Neutral, ValueKind.Text)?.Category);
    }

    [Fact]
    public void A_question_typed_as_text_is_not_the_value()
    {
        Assert.Null(Classifier.Classify("hasPassword", TypeContext.PersonLike, ValueKind.Text));
        Assert.NotNull(Classifier.Classify("Password", TypeContext.PersonLike, ValueKind.Text));
    }
}
