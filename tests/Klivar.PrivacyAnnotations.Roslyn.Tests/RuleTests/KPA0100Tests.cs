extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.PolicyRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0100: DPO policy file cannot be used.</summary>
public class KPA0100Tests
{
    [Fact]
    public async Task Wrong_json_names_the_line_and_what_was_expected()
    {
        await Verify(Compliant.Replace("dpo@klivar.com", ""), """
            {
              "version": "1",
              "forbiddenCategories": ["Health",]
            }
            """,
            Unreadable(3, 36, 37, "not valid JSON: expected a value"));
    }

    [Fact]
    public async Task Unknown_category_and_negative_period()
    {
        await Verify(Compliant, """
            {
              "maxRetentionByCategory": { "Technical": "-1y", "Biometrics": "1y" },
              "forbiddenCategories": ["Helth"]
            }
            """,
            Unreadable(2, 44, 49, "negative retention period '-1y' for 'Technical': expected a period of zero or more (\"1y\", \"during contract + 10y archive\")"),
            Unreadable(2, 51, 63, "unknown data category 'Biometrics': expected a DataCategory (" + string.Join(", ", Enum.GetNames<runtime::Klivar.PrivacyAnnotations.DataCategory>()) + ")"),
            Unreadable(3, 27, 34, "unknown 'Helth' in 'forbiddenCategories': expected a DataCategory (" + string.Join(", ", Enum.GetNames<runtime::Klivar.PrivacyAnnotations.DataCategory>()) + ")"));
    }

    [Fact]
    public async Task Unknown_property_and_unparsable_retention()
    {
        await Verify(Compliant, """
            {
              "purposes": { "logging": { "maxRetention": "1 year" } },
              "forbidden": []
            }
            """,
            Unreadable(2, 46, 54, "retention rule '1 year' for 'maxRetention' does not parse: " + RetentionError("1 year")),
            Unreadable(3, 3, 14, "unknown property 'forbidden' in the policy: expected one of version, purposes, maxRetentionByCategory, forbiddenCategories, transfers, require, review, commitments"));
    }
}
