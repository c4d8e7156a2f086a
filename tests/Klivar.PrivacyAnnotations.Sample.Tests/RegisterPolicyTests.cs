using System.Text.Json;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>
/// The sample's register JSON (Klivar.Platform.privacy-register.json, written by its build) read with System.Text.Json,
/// independently of the product's reader, against Klivar's policy (shared/design/regulatory.md §5).
/// </summary>
public class RegisterPolicyTests
{
    private static readonly JsonElement Register = JsonDocument.Parse(SampleOutput.Read("Klivar.Platform.privacy-register.json")).RootElement;

    private static IEnumerable<JsonElement> Activities => Register.GetProperty("activities").EnumerateArray();

    private static JsonElement Activity(string id) => Assert.Single(Activities, a => a.GetProperty("id").GetString() == id);

    private static string? S(JsonElement e, string name) => e.GetProperty(name).ValueKind == JsonValueKind.Null ? null : e.GetProperty(name).GetString();

    /// <summary>The policy's six purposes and their grounds ("The purposes and grounds for collecting your personal data").</summary>
    public static TheoryData<string, string> PolicyBases => new()
    {
        { "platform-management", "Contract" },              // Platform management (contract execution)
        { "commercial-prospecting", "Consent" },            // Commercial prospecting (Consent)
        { "service-improvement", "Consent" },               // Service improvement (Consent)
        { "logging", "LegitimateInterests" },               // Logging system (Legitimate interest)
        { "contact-form", "Consent" },                      // Contact form (Consent)
        { "exercising-rights", "LegalObligation" },         // Exercising rights (Legal obligation)
    };

    [Fact]
    public void The_register_has_exactly_the_six_activities_of_the_policy_all_declared()
    {
        Assert.Equal(
            new[] { "commercial-prospecting", "contact-form", "exercising-rights", "logging", "platform-management", "service-improvement" },
            Activities.Select(a => a.GetProperty("id").GetString()));
        Assert.All(Activities, a => Assert.True(a.GetProperty("declared").GetBoolean()));
    }

    [Theory]
    [MemberData(nameof(PolicyBases))]
    public void Each_activity_has_the_policys_legal_basis(string id, string basis)
    {
        var activity = Activity(id);
        Assert.Equal(basis, S(activity, "legalBasis"));
        // The legitimate interest is stated where, and only where, it is the basis.
        if (basis == "LegitimateInterests")
            Assert.Equal("Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.", S(activity, "legitimateInterest"));
        else
            Assert.Null(S(activity, "legitimateInterest"));
    }

    private sealed record Rule(string Text, string Kind, string? Duration, string Trigger, string? ArchiveDuration, string? EndingEvent);

    /// <summary>The policy's six retention rules ("Retention periods for your personal data"), in the register's terms.</summary>
    private static readonly Dictionary<string, Rule> PolicyRules = new()
    {
        // "Commercial prospecting: kept for 3 years after the last contact, unless consent is withdrawn."
        ["prospecting"] = new("3y after last-contact unless consent-withdrawn", "AfterEvent", "P3Y", "last-contact", null, "consent-withdrawn"),
        // "Logging system: kept for 1 year."
        ["logging"] = new("1y", "FromCollection", "P1Y", "collection", null, null),
        // "User account: kept for the duration of the contract."
        ["user account"] = new("during contract", "Relationship", null, "end of contract", null, null),
        // Service improvement: no period in the policy; the user account's, ending when consent is withdrawn (its basis).
        ["user account, on consent"] = new("during contract unless consent-withdrawn", "Relationship", null, "end of contract", null, "consent-withdrawn"),
        // "Customer file: the duration of the contract + 5 years in the archives."
        ["customer file"] = new("during contract + 5y archive for legal-claims (Code civil, art. 2224)", "Relationship", null, "end of contract", "P5Y", null),
        // "Billing: the duration of the contract + 10 years in the archives."
        ["billing"] = new("during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)", "Relationship", null, "end of contract", "P10Y", null),
        // "Exercising rights: the calendar year of the request + 2 years in the archives."
        ["exercising rights"] = new("calendar-year of request + 2y archive for legal-claims (proof of the answer, should the person complain to the CNIL or bring a claim)", "CalendarYear", null, "end of calendar year of request", "P2Y", null),
    };

    private static IEnumerable<Rule> RulesOf(JsonElement activity) =>
        activity.GetProperty("retention").EnumerateArray().Select(r => new Rule(
            S(r, "text")!, S(r, "kind")!, S(r, "duration"), S(r, "trigger")!, S(r, "archiveDuration"), S(r, "endingEvent")));

    [Fact]
    public void The_register_holds_the_six_retention_rules_of_the_policy_and_the_assumed_one_and_no_other()
    {
        var all = Activities.SelectMany(RulesOf).Distinct().OrderBy(r => r.Text, StringComparer.Ordinal).ToList();
        Assert.Equal(PolicyRules.Values.OrderBy(r => r.Text, StringComparer.Ordinal), all);
    }

    [Theory]
    [InlineData("commercial-prospecting", "prospecting")]
    [InlineData("logging", "logging")]
    [InlineData("exercising-rights", "exercising rights")]
    // Contact requests: the policy states no period; they are consent-based sales contacts, kept like prospects.
    [InlineData("contact-form", "prospecting")]
    // Service improvement: the policy states no period; usage and beta-test data go with the user account.
    [InlineData("service-improvement", "user account, on consent")]
    public void An_activity_with_one_rule_applies_it_to_all_its_data(string id, string rule)
    {
        var activity = Activity(id);
        Assert.Equal(new[] { PolicyRules[rule] }, RulesOf(activity).Distinct());
        Assert.All(activity.GetProperty("fields").EnumerateArray(), f => Assert.Equal(PolicyRules[rule].Text, S(f, "retention")));
    }

    [Theory]
    [InlineData("Klivar.Platform.Accounts.UserAccount", "user account")]
    [InlineData("Klivar.Platform.Customers.CustomerFile", "customer file")]
    [InlineData("Klivar.Platform.Billing.Invoice", "billing")]
    public void Platform_management_keeps_each_data_set_by_its_own_rule(string type, string rule)
    {
        var fields = Activity("platform-management").GetProperty("fields").EnumerateArray().Where(f => S(f, "type") == type).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f => Assert.Equal(PolicyRules[rule].Text, S(f, "retention")));
        Assert.Contains(PolicyRules[rule], RulesOf(Activity("platform-management")));
    }

    [Fact]
    public void The_controller_is_klivar_with_its_siren_contact_and_authority()
    {
        var c = Register.GetProperty("controller");
        Assert.Equal("Klivar", S(c, "name"));
        Assert.Equal("SIREN 909 093 148", S(c, "identifier"));
        Assert.Equal("avotreecoute@klivar.com", S(c, "email"));
        Assert.Equal("KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France", S(c, "address"));
        Assert.Equal("CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07", S(c, "supervisoryAuthority"));
    }

    [Fact]
    public void Every_activity_transfers_outside_the_eu_only_under_standard_contractual_clauses_and_a_dpa()
    {
        Assert.All(Activities, a =>
        {
            var transfer = Assert.Single(a.GetProperty("transfers").EnumerateArray());
            Assert.Equal("StandardContractualClauses", S(transfer, "safeguard"));
            Assert.Contains("Data Processing Agreement", S(transfer, "additionalSafeguards"));
        });
    }
}
