using System.Reflection;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Vocabulary;

public class VocabularyTests
{
    [Fact]
    public void Data_categories_include_everything_the_issue_names()
    {
        var names = Enum.GetNames<DataCategory>();
        foreach (var expected in new[]
        {
            "Identification", "Contact", "Technical", "Credentials", "Account", "Usage", "Financial", "Content", "Location",
            "NationalIdentifier", "RacialOrEthnicOrigin", "PoliticalOpinions", "ReligiousOrPhilosophicalBeliefs",
            "TradeUnionMembership", "Genetic", "Biometric", "Health", "SexLifeOrOrientation", "Criminal",
        })
            Assert.Contains(expected, names);
    }

    [Theory]
    [InlineData(DataCategory.RacialOrEthnicOrigin, "Art. 9")]
    [InlineData(DataCategory.PoliticalOpinions, "Art. 9")]
    [InlineData(DataCategory.ReligiousOrPhilosophicalBeliefs, "Art. 9")]
    [InlineData(DataCategory.TradeUnionMembership, "Art. 9")]
    [InlineData(DataCategory.Genetic, "Art. 9")]
    [InlineData(DataCategory.Biometric, "Art. 9")]
    [InlineData(DataCategory.Health, "Art. 9")]
    [InlineData(DataCategory.SexLifeOrOrientation, "Art. 9")]
    [InlineData(DataCategory.Criminal, "Art. 10")]
    public void Special_categories_are_known_to_code(DataCategory category, string article)
    {
        Assert.True(DataCategoryFacts.IsSpecial(category));
        Assert.True(DataCategoryFacts.IsSensitive(category));
        Assert.Equal(article, DataCategoryFacts.Article(category));
        Assert.Equal(RedactionKind.Erase, DataCategoryFacts.DefaultRedaction(category));
    }

    [Theory]
    [InlineData(DataCategory.Identification)]
    [InlineData(DataCategory.Contact)]
    [InlineData(DataCategory.Technical)]
    [InlineData(DataCategory.Usage)]
    [InlineData(DataCategory.NationalIdentifier)]
    public void Ordinary_categories_are_not_special(DataCategory category)
    {
        Assert.False(DataCategoryFacts.IsSpecial(category));
        Assert.Null(DataCategoryFacts.Article(category));
    }

    [Fact]
    public void The_national_identifier_is_sensitive_for_the_CNIL_without_being_an_Art9_category()
    {
        Assert.False(DataCategoryFacts.IsSpecial(DataCategory.NationalIdentifier));
        Assert.True(DataCategoryFacts.IsSensitive(DataCategory.NationalIdentifier));
    }

    [Fact]
    public void Professional_life_has_its_cnil_heading_and_account_data_is_not_personal_life()
    {
        Assert.Equal("Professional life", DataCategoryFacts.CnilHeading(DataCategory.Professional));
        Assert.NotEqual("Personal life", DataCategoryFacts.CnilHeading(DataCategory.Account));
        Assert.False(DataCategoryFacts.IsSensitive(DataCategory.Professional));
        Assert.Equal(RedactionKind.Mask, DataCategoryFacts.DefaultRedaction(DataCategory.Professional));
    }

    [Fact]
    public void Out_of_range_values_are_not_defined()
    {
        Assert.False(DataCategoryFacts.IsDefined((DataCategory)999));
        Assert.False(DataCategoryFacts.IsDefined((DataCategory)(-1)));
        Assert.False(PurposeFacts.IsDefined((Purpose)42));
        Assert.All(Enum.GetValues<DataCategory>(), c => Assert.True(DataCategoryFacts.IsDefined(c)));
        Assert.All(Enum.GetValues<Purpose>(), p => Assert.True(PurposeFacts.IsDefined(p)));
    }

    [Fact]
    public void Built_in_purposes_have_stable_kebab_case_ids_that_round_trip()
    {
        Assert.Equal("platform-management", PurposeFacts.Id(Purpose.PlatformManagement));
        Assert.Equal("commercial-prospecting", PurposeFacts.Id(Purpose.CommercialProspecting));
        Assert.Equal("logging", PurposeFacts.Id(Purpose.Logging));
        foreach (var purpose in Enum.GetValues<Purpose>())
        {
            Assert.True(PurposeFacts.IsValidId(PurposeFacts.Id(purpose)));
            Assert.True(PurposeFacts.TryFromId(PurposeFacts.Id(purpose), out var back));
            Assert.Equal(purpose, back);
        }
        foreach (var expected in new[] { "PlatformManagement", "CommercialProspecting", "ServiceImprovement", "Logging", "ContactForm", "ExercisingRights", "Billing", "CustomerManagement" })
            Assert.Contains(expected, Enum.GetNames<Purpose>());
    }

    [Theory]
    [InlineData("fraud-screening", true)]
    [InlineData("a", true)]
    [InlineData("beta-test-2", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    [InlineData("Fraud", false)]
    [InlineData("-fraud", false)]
    [InlineData("fraud-", false)]
    [InlineData("fraud--screening", false)]
    [InlineData("2fa", false)]
    [InlineData("fraud screening", false)]
    public void Custom_purpose_ids_are_kebab_case(string? id, bool valid) => Assert.Equal(valid, PurposeFacts.IsValidId(id));

    [Fact]
    public void Custom_purpose_ids_get_readable_names() =>
        Assert.Equal("Fraud screening", PurposeFacts.DisplayNameForId("fraud-screening"));

    [Fact]
    public void Legal_bases_and_conditions_cover_the_articles()
    {
        Assert.Equal(new[] { "Consent", "Contract", "LegalObligation", "VitalInterests", "PublicTask", "LegitimateInterests" }, Enum.GetNames<LegalBasis>());
        Assert.Equal("Art. 6(1)(f)", LegalBasisFacts.Article(LegalBasis.LegitimateInterests));
        // The ten Art. 9(2) conditions, (a) to (j), and None for "no condition stated".
        Assert.Equal(11, Enum.GetValues<SpecialCategoryCondition>().Length);
        Assert.Equal(new[] { "AdequacyDecision", "StandardContractualClauses", "BindingCorporateRules", "Derogation" }, Enum.GetNames<TransferSafeguard>());
    }

    [Fact]
    public void PersonalData_records_the_category_and_every_purpose()
    {
        var attribute = new PersonalDataAttribute(DataCategory.Technical, Purpose.Logging, Purpose.ServiceImprovement) { Retention = "1y" };
        Assert.Equal(DataCategory.Technical, attribute.Category);
        Assert.Equal(new[] { "logging", "service-improvement" }, attribute.Purposes);
        Assert.Equal("1y", attribute.Retention);

        var custom = new PersonalDataAttribute(DataCategory.Usage, "fraud-screening");
        Assert.Equal(new[] { "fraud-screening" }, custom.Purposes);
    }

    [Theory]
    [InlineData(typeof(PersonalDataAttribute), AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, true)]
    [InlineData(typeof(NotPersonalDataAttribute), AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.Class | AttributeTargets.Struct, false)]
    [InlineData(typeof(ProcessingActivityAttribute), AttributeTargets.Assembly, true)]
    [InlineData(typeof(InternationalTransferAttribute), AttributeTargets.Assembly, true)]
    [InlineData(typeof(DataControllerAttribute), AttributeTargets.Assembly, false)]
    public void Attributes_apply_where_the_vocabulary_says(Type attribute, AttributeTargets targets, bool allowMultiple)
    {
        var usage = attribute.GetCustomAttribute<AttributeUsageAttribute>()!;
        Assert.Equal(targets, usage.ValidOn);
        Assert.Equal(allowMultiple, usage.AllowMultiple);
    }

    [Fact]
    public void Every_public_type_lives_in_the_product_namespace()
    {
        var types = typeof(PersonalDataAttribute).Assembly.GetExportedTypes();
        Assert.All(types, t => Assert.Equal("Klivar.PrivacyAnnotations", t.Namespace));
        // "Category" collides with many domains' own entity: the vocabulary never uses it as a type name.
        Assert.DoesNotContain(types, t => t.Name == "Category");
    }
}
