using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Redacting;

/// <summary>The leaks the redaction properties found, pinned as examples (see docs/reliability.md).</summary>
public class RedactionEdgeCaseTests
{
    [Theory]
    [InlineData("jane.doe@example.com", "j***@***.com")]
    [InlineData("Dupont-Lefebvre", "D***")]
    [InlineData("a@b.cd", "a***@***")]        // the domain would have shown half of a short address
    [InlineData("jo@x.io", "j***@***")]
    [InlineData("jo.do@x.io", "j***@***.io")]
    [InlineData("a  b", "***")]               // two visible letters: too short to show one
    [InlineData("  ab  ", "***")]
    [InlineData("\u200bjane@example.com", "***")]       // an invisible first character is not a recognisable one
    [InlineData("\u202etxet-dab", "***")]    // a right-to-left override would garble the log line
    [InlineData("\ud83d\ude00\ud83d\ude00abc", "***")] // half a surrogate pair is not a character
    [InlineData("\u001b[31mred", "***")]     // a terminal escape
    public void Mask_shows_at_most_a_recognisable_first_character_and_a_short_top_level_domain(string value, string expected)
    {
        Assert.Equal(expected, Redaction.Mask(value));
    }

    [Fact]
    public void A_category_the_enum_does_not_define_is_erased_by_default()
    {
        Assert.Equal(RedactionKind.Erase, DataCategoryFacts.DefaultRedaction((DataCategory)999));
        Assert.Equal(Redaction.Erased, Redaction.Redact("Jane Doe", (DataCategory)999));
        Assert.Equal(Redaction.Erased, Redaction.Redact("Jane Doe", (DataCategory)(-1)));
    }
}
