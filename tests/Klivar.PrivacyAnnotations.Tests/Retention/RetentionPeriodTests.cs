using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

public class RetentionPeriodTests
{
    [Theory]
    [InlineData(3, 0, 0, "3y", "P3Y", "3 years")]
    [InlineData(1, 6, 0, "1y6m", "P1Y6M", "1 year and 6 months")]
    [InlineData(0, 0, 14, "14d", "P14D", "14 days")]
    [InlineData(0, 1, 0, "1m", "P1M", "1 month")]
    [InlineData(2, 3, 4, "2y3m4d", "P2Y3M4D", "2 years, 3 months and 4 days")]
    public void Formats(int years, int months, int days, string text, string iso, string words)
    {
        var period = new RetentionPeriod(years, months, days);
        Assert.Equal(text, period.ToString());
        Assert.Equal(iso, period.ToIso8601());
        Assert.Equal(words, period.Describe());
    }

    [Theory]
    [InlineData("2024-02-29", 3, 0, 0, "2027-02-28")] // no Feb 29 in 2027: the earlier day, never longer
    [InlineData("2024-02-29", 4, 0, 0, "2028-02-29")]
    [InlineData("2024-01-31", 0, 1, 0, "2024-02-29")]
    [InlineData("2023-01-31", 0, 1, 0, "2023-02-28")]
    [InlineData("2024-02-29", 1, 6, 0, "2025-08-28")] // years first, then months
    [InlineData("2026-03-15", 0, 0, 30, "2026-04-14")]
    [InlineData("2025-12-31", 0, 2, 1, "2026-03-01")]
    public void AddTo_AddsYearsThenMonthsThenDays(string start, int years, int months, int days, string expected)
    {
        var result = new RetentionPeriod(years, months, days).AddTo(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), result);
    }

    [Fact]
    public void Equality_IsByComponent()
    {
        Assert.Equal(new RetentionPeriod(1, 0, 0), new RetentionPeriod(1, 0, 0));
        Assert.True(new RetentionPeriod(0, 0, 14) == new RetentionPeriod(0, 0, 14));
        Assert.True(new RetentionPeriod(1, 0, 0) != new RetentionPeriod(0, 12, 0));
        Assert.Equal(new RetentionPeriod(1, 2, 3).GetHashCode(), new RetentionPeriod(1, 2, 3).GetHashCode());
    }

    [Fact]
    public void NegativeComponents_AreRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPeriod(-1, 0, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPeriod(0, -1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RetentionPeriod(0, 0, -1));
    }
}
