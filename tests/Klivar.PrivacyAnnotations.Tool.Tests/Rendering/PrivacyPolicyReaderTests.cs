using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

public class PrivacyPolicyReaderTests
{
    [Fact]
    public void A_full_policy_reads_with_every_section()
    {
        var read = PrivacyPolicyReader.Read("""
            {
              "$schema": "x",
              "version": "2026.1",
              "purposes": { "logging": { "legalBases": ["LegitimateInterests"], "maxRetention": "1y" }, "billing": {} },
              "maxRetentionByCategory": { "Technical": "1y" },
              "forbiddenCategories": ["Health"],
              "transfers": { "allowedCountries": ["US"], "allowedSafeguards": ["StandardContractualClauses"] },
              "require": { "dataProtectionOfficer": true, "dpiaForSensitiveActivities": true },
              "review": ["activity-added"]
            }
            """);

        Assert.Empty(read.Errors);
        var policy = read.Policy!;
        Assert.Equal("2026.1", policy.Version);
        Assert.Equal(new[] { "billing", "logging" }, policy.Purposes!.Select(p => p.Id));
        Assert.Equal("1y", policy.Purpose("logging")!.MaxRetention);
        Assert.Empty(policy.Purpose("billing")!.LegalBases);
        Assert.Equal("Technical", policy.MaxRetentionByCategory.Single().Category);
        Assert.Equal(new[] { "Health" }, policy.ForbiddenCategories);
        Assert.Equal(new[] { "US" }, policy.AllowedTransferCountries);
        Assert.True(policy.RequireDataProtectionOfficer);
        Assert.True(policy.RequireDpiaForSensitiveActivities);
        Assert.Equal(new[] { "activity-added" }, policy.Review);
    }

    [Fact]
    public void An_empty_policy_restricts_nothing_and_reviews_the_built_in_kinds()
    {
        var policy = PrivacyPolicyReader.Read("{}").Policy!;
        Assert.Null(policy.Purposes);
        Assert.Null(policy.AllowedTransferCountries);
        Assert.Equal(RegisterChangeKinds.ReviewByDefault, policy.Review);
    }

    [Theory]
    [InlineData("", 1, 1, "not valid JSON: expected a value")]
    [InlineData("[]", 1, 1, "expected a JSON object")]
    [InlineData("{\n  \"version\": 3\n}", 2, 14, "expected 'version' to be a string")]
    [InlineData("{\n  \"purposes\": { \"Billing\": {} }\n}", 2, 17, "'Billing' is not a purpose id")]
    [InlineData("{\n  \"purposes\": { \"billing\": { \"legalBases\": [\"Contrat\"] } }\n}", 2, 45, "unknown 'Contrat' in 'legalBases'")]
    [InlineData("{\n  \"transfers\": { \"allowedCountries\": [\"usa\"] }\n}", 2, 39, "unknown 'usa' in 'allowedCountries'")]
    [InlineData("{\n  \"review\": [\"everything\"]\n}", 2, 14, "unknown 'everything' in 'review'")]
    [InlineData("{\n  \"require\": { \"dpo\": true }\n}", 2, 16, "unknown property 'dpo' in 'require'")]
    [InlineData("{ \"maxRetentionByCategory\": { \"Technical\": -1 } }", 1, 44, "expected 'Technical' to be a retention rule in a string")]
    public void Each_problem_names_its_line_column_and_what_was_expected(string text, int line, int column, string message)
    {
        var read = PrivacyPolicyReader.Read(text);

        Assert.Null(read.Policy);
        var error = Assert.Single(read.Errors);
        Assert.Contains(message, error.Message);
        Assert.Equal((line, column), (error.Line, error.Column));
    }

    [Fact]
    public void The_hash_ignores_line_ends_and_a_byte_order_mark_but_not_content()
    {
        var hash = PrivacyPolicy.ComputeHash("{\n  \"version\": \"1\"\n}\n");
        Assert.Matches("^sha256:[0-9a-f]{64}$", hash);
        Assert.Equal(hash, PrivacyPolicy.ComputeHash("\uFEFF{\r\n  \"version\": \"1\"\r\n}\r\n"));
        Assert.NotEqual(hash, PrivacyPolicy.ComputeHash("{\n  \"version\": \"2\"\n}\n"));
    }
}
