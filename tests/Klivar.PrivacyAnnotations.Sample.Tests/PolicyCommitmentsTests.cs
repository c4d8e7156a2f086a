using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>
/// The sample's DPO policy file holds every commitment of Klivar's published privacy policy: each retention period
/// it publishes, and its transfer conditions; so a change in code that makes the published text untrue fails the build
/// (KPA0107, shown on variants of the sample in SamplePolicyTests).
/// </summary>
public class PolicyCommitmentsTests
{
    private static readonly string Published = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policy", "klivar-privacy-policy.txt"));

    private static readonly JsonElement Commitments = JsonDocument.Parse(File.ReadAllText(Path.Combine(
        SampleOutput.Directory, "..", "..", "..", "privacy-policy.json"))).RootElement.GetProperty("commitments");

    /// <summary>Each heading of the policy's "Retention periods" section with the numbers its sentence states.</summary>
    public static TheoryData<string, string> PublishedPeriods()
    {
        var section = Published[Published.IndexOf("Retention periods for your personal data", StringComparison.Ordinal)..
            Published.IndexOf("Your rights regarding", StringComparison.Ordinal)];
        var data = new TheoryData<string, string>();
        foreach (Match m in Regex.Matches(section, @"(?<heading>[A-Z][a-z]+(?: [a-z]+)?)\s*\n?(?:Exercise of rights )?(?:This data is|these data are) kept for (?<period>[^\n]+)"))
            data.Add(m.Groups["heading"].Value.Trim(), m.Groups["period"].Value.Trim());
        return data;
    }

    [Fact]
    public void The_published_policy_states_six_periods()
    {
        Assert.Equal(new[] { "Commercial prospecting", "Logging system", "User account", "Customer file", "Billing", "Exercising rights" },
            PublishedPeriods().Select(row => (string)row[0]));
    }

    [Theory]
    [MemberData(nameof(PublishedPeriods))]
    public void Each_published_period_is_a_commitment_with_the_same_figures(string heading, string period)
    {
        var commitment = Commitments.GetProperty("retention").EnumerateArray()
            .SingleOrDefault(c => c.GetProperty("published").GetString() == heading);
        Assert.True(commitment.ValueKind == JsonValueKind.Object, "No commitment for the published period '" + heading + "' in the sample's privacy-policy.json.");
        var rule = commitment.GetProperty("retention").GetString()!;

        // The same figures ("5 years" ~ "5y") and the same kind of period, in the retention language.
        var published = Regex.Matches(period, @"\d+").Select(m => m.Value).ToList();
        var committed = Regex.Matches(rule, @"\d+").Select(m => m.Value).ToList();
        Assert.Equal(published, committed);
        Assert.Equal(period.Contains("duration of the contract", StringComparison.Ordinal), rule.StartsWith("during contract", StringComparison.Ordinal));
        Assert.Equal(period.Contains("archives", StringComparison.Ordinal), rule.Contains("archive", StringComparison.Ordinal));
        Assert.Equal(period.Contains("calendar year", StringComparison.Ordinal), rule.StartsWith("calendar-year", StringComparison.Ordinal));
        Assert.Equal(period.Contains("after the last contact", StringComparison.Ordinal), rule.Contains("after last-contact", StringComparison.Ordinal));
        Assert.Equal(period.Contains("unless consent is withdrawn", StringComparison.Ordinal), rule.Contains("unless consent-withdrawn", StringComparison.Ordinal));
    }

    [Fact]
    public void The_published_transfer_conditions_are_a_commitment()
    {
        Assert.Contains("we implement the Standard Contractual Clauses", Published);
        Assert.Contains("Data Processing Agreement", Published);
        var transfers = Commitments.GetProperty("transfers");
        Assert.Equal(new[] { "StandardContractualClauses" }, transfers.GetProperty("safeguards").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("Data Processing Agreement", transfers.GetProperty("additionalSafeguard").GetString());
    }
}
