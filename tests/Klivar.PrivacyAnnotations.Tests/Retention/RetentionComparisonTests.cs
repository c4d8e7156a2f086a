using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

public class RetentionComparisonTests
{
    [Theory]
    [InlineData("1y", "1y", "Same")]
    [InlineData("12m", "1y", "Same")]
    [InlineData("2y", "1y", "Longer")]
    [InlineData("6m", "1y", "Shorter")]
    [InlineData("1y + 1y archive", "2y", "Same")]
    [InlineData("during contract + 15y archive", "during contract + 10y archive", "Longer")]
    [InlineData("during contract", "during contract + 10y archive", "Shorter")]
    [InlineData("3y after last-contact", "2y after last-contact", "Longer")]
    [InlineData("3y after last-contact", "3y", "Longer")]
    [InlineData("2y", "3y after last-contact", "Shorter")]
    [InlineData("3y after last-contact unless consent-withdrawn", "3y after last-contact", "Shorter")]
    [InlineData("3y after last-contact", "3y after last-contact unless consent-withdrawn", "Longer")]
    [InlineData("calendar-year of request + 2y archive", "calendar-year of request + 1y archive", "Longer")]
    [InlineData("during contract", "1y", "Incomparable")]
    [InlineData("3y after last-contact", "5y", "Incomparable")]
    [InlineData("3y after last-contact", "3y after request", "Incomparable")]
    [InlineData("1y unless a", "1y unless b", "Incomparable")]
    [InlineData("not a rule", "1y", "Incomparable")]
    public void Rules_compare_by_the_longest_they_may_keep_data(string rule, string other, string expected)
    {
        Assert.Equal(Enum.Parse<RetentionOrder>(expected), RetentionComparison.Compare(rule, other));
    }

    [Theory]
    [InlineData("2y", "1y")]
    [InlineData("during contract + 15y archive", "during contract + 10y archive")]
    [InlineData("3y after last-contact", "3y")]
    public void The_order_is_antisymmetric(string longer, string shorter)
    {
        Assert.Equal(RetentionOrder.Longer, RetentionComparison.Compare(longer, shorter));
        Assert.Equal(RetentionOrder.Shorter, RetentionComparison.Compare(shorter, longer));
    }
}
