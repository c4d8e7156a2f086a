using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

/// <summary>The ground of an archive phase: <c>for legal-obligation (...)</c> or <c>for legal-claims (...)</c> after the archive period.</summary>
public class ArchiveGroundParsingTests
{
    [Theory]
    [InlineData("during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)", ArchiveGround.LegalObligation, "Code de commerce, art. L123-22",
        "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)")]
    [InlineData("During Contract Then P5Y Archive FOR Legal-Claims (  Code civil,\n art. 2224 )", ArchiveGround.LegalClaims, "Code civil, art. 2224",
        "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
    [InlineData("30d + 2y archive for legal-claims(Code civil, art. 2224) unless consent-withdrawn", ArchiveGround.LegalClaims, "Code civil, art. 2224",
        "30d + 2y archive for legal-claims (Code civil, art. 2224) unless consent-withdrawn")]
    public void A_ground_parses_with_its_reference_and_prints_canonically(string text, ArchiveGround ground, string reference, string canonical)
    {
        Assert.True(RetentionPolicy.TryParse(text, out var policy, out var error), error?.Message);
        Assert.Equal(ground, policy!.ArchiveGround);
        Assert.Equal(reference, policy.ArchiveReference);
        Assert.Equal(canonical, policy.ToString());
        Assert.Equal(policy, RetentionPolicy.Parse(policy.ToString()));
    }

    [Fact]
    public void Without_a_ground_there_is_no_reference_and_the_ground_is_part_of_equality()
    {
        var bare = RetentionPolicy.Parse("during contract + 5y archive");
        Assert.Equal(ArchiveGround.None, bare.ArchiveGround);
        Assert.Null(bare.ArchiveReference);
        var claims = RetentionPolicy.Parse("during contract + 5y archive for legal-claims (Code civil, art. 2224)");
        Assert.NotEqual(bare, claims);
        Assert.NotEqual(claims, RetentionPolicy.Parse("during contract + 5y archive for legal-obligation (Code civil, art. 2224)"));
        // The ground does not change how long the data is kept.
        Assert.Equal(RetentionOrder.Same, RetentionComparison.Compare(bare, claims));
    }

    [Fact]
    public void Describe_says_why_the_archive_is_kept()
    {
        Assert.Equal("the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)",
            RetentionPolicy.Parse("during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)").Describe());
        Assert.Equal("the duration of the contract, then 5 years in archive for legal claims (Code civil, art. 2224)",
            RetentionPolicy.Parse("during contract + 5y archive for legal-claims (Code civil, art. 2224)").Describe());
    }

    [Theory]
    [InlineData("during contract + 5y archive for", "a ground after 'for'")]
    [InlineData("during contract + 5y archive for legal-interest (x)", "a ground after 'for'")]
    [InlineData("during contract + 5y archive for legal-claims", "the limitation period in parentheses")]
    [InlineData("during contract + 5y archive for legal-obligation Code de commerce", "the statute in parentheses")]
    [InlineData("during contract + 5y archive for legal-claims ()", "the limitation period in parentheses")]
    [InlineData("during contract + 5y archive for legal-claims (Code civil", "')' to close the reference")]
    [InlineData("during contract + 5y archive for legal-claims (Code (civil))", "without '('")]
    [InlineData("during contract for legal-claims (Code civil)", "'+'")]
    [InlineData("during contract + 5y archive for legal-claims (Code civil, art. 2224) for legal-obligation (x)", "'unless'")]
    public void A_malformed_ground_is_an_error_that_says_what_to_write(string text, string expected)
    {
        Assert.False(RetentionPolicy.TryParse(text, out _, out var error));
        Assert.Contains(expected, error!.Message);
    }

    [Fact]
    public void A_reference_longer_than_a_line_is_refused()
    {
        Assert.False(RetentionPolicy.TryParse("1y + 1y archive for legal-claims (" + new string('x', 121) + ")", out _, out var error));
        Assert.Contains("at most 120 characters", error!.Message);
    }

    [Fact]
    public void For_is_a_keyword_not_an_event()
    {
        Assert.False(RetentionPolicy.TryParse("1y after for", out _, out _));
    }
}
