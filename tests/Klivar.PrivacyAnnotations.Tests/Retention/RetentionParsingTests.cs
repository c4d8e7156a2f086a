using System.Globalization;
using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

public class RetentionParsingTests
{
    [Theory]
    [InlineData("1y", 1, 0, 0)]
    [InlineData("30d", 0, 0, 30)]
    [InlineData("6m", 0, 6, 0)]
    [InlineData("2w", 0, 0, 14)]
    [InlineData("1y6m", 1, 6, 0)]
    [InlineData("1y 6m", 1, 6, 0)]
    [InlineData("1 y", 1, 0, 0)]
    [InlineData("2w3d", 0, 0, 17)]
    [InlineData("1y2m3w4d", 1, 2, 25)]
    [InlineData("P1Y", 1, 0, 0)]
    [InlineData("P1Y6M", 1, 6, 0)]
    [InlineData("P30D", 0, 0, 30)]
    [InlineData("P2W", 0, 0, 14)]
    [InlineData("p6m", 0, 6, 0)]
    [InlineData("100y", 100, 0, 0)]
    [InlineData("1200m", 0, 1200, 0)]
    [InlineData("36500d", 0, 0, 36500)]
    [InlineData("  1Y  ", 1, 0, 0)]
    public void Period_Parses(string text, int years, int months, int days)
    {
        Assert.True(RetentionPolicy.TryParse(text, out var policy, out var error), error?.Message);
        Assert.Null(error);
        Assert.Equal(RetentionKind.FromCollection, policy!.Kind);
        Assert.Equal(new RetentionPeriod(years, months, days), policy.Period);
        Assert.Null(policy.ArchivePeriod);
        Assert.Null(policy.EndingEvent);
    }

    [Theory]
    [InlineData("1y", "P1Y")]
    [InlineData("6m", "P6M")]
    [InlineData("30d", "P30D")]
    [InlineData("2w", "P2W")]
    [InlineData("2w", "P14D")]
    [InlineData("1y6m", "P1Y6M")]
    [InlineData("during contract + 5y archive", "during contract then P5Y archive")]
    public void ShortAndIsoForms_AreEqual(string shortForm, string iso)
    {
        var a = RetentionPolicy.Parse(shortForm);
        var b = RetentionPolicy.Parse(iso);
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
    }

    [Fact]
    public void DifferentPolicies_AreNotEqual()
    {
        Assert.NotEqual(RetentionPolicy.Parse("1y"), RetentionPolicy.Parse("12m"));
        Assert.NotEqual(RetentionPolicy.Parse("1y"), RetentionPolicy.Parse("1y after contact"));
        Assert.NotEqual(RetentionPolicy.Parse("during contract"), RetentionPolicy.Parse("during contract + 1y archive"));
        Assert.NotEqual(RetentionPolicy.Parse("1y"), RetentionPolicy.Parse("1y unless consent-withdrawn"));
        Assert.NotEqual(RetentionPolicy.Parse("during contract"), RetentionPolicy.Parse("calendar-year of contract"));
        Assert.True(RetentionPolicy.Parse("1y") != RetentionPolicy.Parse("2y"));
        Assert.False(RetentionPolicy.Parse("1y").Equals(null));
    }

    [Theory]
    [InlineData("1y", "1y")]
    [InlineData("P1Y", "1y")]
    [InlineData("P2W", "14d")]
    [InlineData("2w", "14d")]
    [InlineData("1Y6M", "1y6m")]
    [InlineData("3y after last-contact unless consent-withdrawn", "3y after last-contact unless consent-withdrawn")]
    [InlineData("  3Y   AFTER   Last-Contact   UNLESS  Consent-Withdrawn ", "3y after last-contact unless consent-withdrawn")]
    [InlineData("during contract", "during contract")]
    [InlineData("during contract+5y archive", "during contract + 5y archive")]
    [InlineData("during contract then P10Y archive", "during contract + 10y archive")]
    [InlineData("calendar-year of request + 2y archive", "calendar-year of request + 2y archive")]
    [InlineData("Calendar-Year Of Request Then 2Y Archive", "calendar-year of request + 2y archive")]
    [InlineData("1y after collection", "1y")]
    [InlineData("6m after signup + 1y archive unless account-deleted", "6m after signup + 1y archive unless account-deleted")]
    [InlineData("calendar-year of collection", "calendar-year of collection")]
    [InlineData("1y\tafter\ncontact", "1y after contact")]
    [InlineData("0y6m", "6m")]
    public void ToString_IsCanonical_AndRoundTrips(string text, string canonical)
    {
        var policy = RetentionPolicy.Parse(text);
        Assert.Equal(canonical, policy.ToString());
        Assert.Equal(policy, RetentionPolicy.Parse(policy.ToString()));
    }

    [Theory]
    [InlineData("1y", "1 year")]
    [InlineData("2y", "2 years")]
    [InlineData("1y6m", "1 year and 6 months")]
    [InlineData("30d", "30 days")]
    [InlineData("1d", "1 day")]
    [InlineData("1y1m1d", "1 year, 1 month and 1 day")]
    [InlineData("3y after last-contact unless consent-withdrawn", "3 years after last contact, unless consent withdrawn")]
    [InlineData("calendar-year of request", "the calendar year of the request")]
    public void Describe_ReadsAsEnglish(string text, string description)
    {
        Assert.Equal(description, RetentionPolicy.Parse(text).Describe());
    }

    [Theory]
    [InlineData("1y", "collection")]
    [InlineData("3y after last-contact", "last-contact")]
    [InlineData("during contract", "end of contract")]
    [InlineData("calendar-year of request", "end of calendar year of request")]
    public void Trigger_IsShortMachineString(string text, string trigger)
    {
        Assert.Equal(trigger, RetentionPolicy.Parse(text).Trigger);
    }

    [Fact]
    public void Parts_AreExposed()
    {
        var policy = RetentionPolicy.Parse("6M AFTER Signup THEN 1y ARCHIVE UNLESS Account-Deleted");
        Assert.Equal(RetentionKind.AfterEvent, policy.Kind);
        Assert.Equal(new RetentionPeriod(0, 6, 0), policy.Period);
        Assert.Equal("signup", policy.Anchor);
        Assert.Equal(new RetentionPeriod(1, 0, 0), policy.ArchivePeriod);
        Assert.Equal("account-deleted", policy.EndingEvent);
    }

    [Fact]
    public void Parsing_IsCultureInvariant_UnderTurkish()
    {
        var previous = CultureInfo.CurrentCulture;
        var previousUi = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("tr-TR");
            CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");

            var during = RetentionPolicy.Parse("DURING CONTRACT");
            Assert.Equal(RetentionKind.Relationship, during.Kind);
            Assert.Equal("contract", during.Anchor);
            Assert.Equal("during contract", during.ToString());

            var prospecting = RetentionPolicy.Parse("3Y AFTER LAST-CONTACT UNLESS CONSENT-WITHDRAWN");
            Assert.Equal("last-contact", prospecting.Anchor);
            Assert.Equal("consent-withdrawn", prospecting.EndingEvent);

            var rights = RetentionPolicy.Parse("CALENDAR-YEAR OF REQUEST + 2Y ARCHIVE");
            Assert.Equal("calendar-year of request + 2y archive", rights.ToString());
            Assert.Equal(new DateTime(2028, 12, 31),
                rights.ComputeSchedule(new RetentionAnchors(new DateTime(2026, 5, 10)).With("REQUEST", new DateTime(2026, 5, 10))).EraseOn);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
            CultureInfo.CurrentUICulture = previousUi;
        }
    }

    [Fact]
    public void DottedCapitalI_IsNotAKeyword()
    {
        Assert.False(RetentionPolicy.TryParse("DUR\u0130NG contract", out _));
    }
}
