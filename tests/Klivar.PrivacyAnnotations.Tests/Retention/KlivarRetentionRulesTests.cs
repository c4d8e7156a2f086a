using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

// Klivar's six retention rules (regulatory.md §5), written in the language, computing the dates a purge job uses.
public class KlivarRetentionRulesTests
{
    private static DateTime D(int y, int m, int d) => new DateTime(y, m, d);

    [Fact]
    public void CommercialProspecting_ThreeYearsAfterLastContact_Feb29ClampsToFeb28()
    {
        var policy = RetentionPolicy.Parse("3y after last-contact unless consent-withdrawn");
        Assert.Equal(RetentionKind.AfterEvent, policy.Kind);
        Assert.Equal("last-contact", policy.Anchor);
        Assert.Equal("consent-withdrawn", policy.EndingEvent);

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2023, 5, 1)).With("last-contact", D(2024, 2, 29)));

        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2027, 2, 28), schedule.EraseOn);
        Assert.Null(schedule.MissingAnchor);
    }

    [Fact]
    public void CommercialProspecting_ConsentWithdrawn_ErasesOnWithdrawal()
    {
        var policy = RetentionPolicy.Parse("3y after last-contact unless consent-withdrawn");
        var anchors = new RetentionAnchors(D(2023, 5, 1))
            .With("last-contact", D(2024, 2, 29))
            .With("consent-withdrawn", D(2025, 1, 10));

        var schedule = policy.ComputeSchedule(anchors);

        Assert.Equal(D(2025, 1, 10), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2025, 1, 9)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2025, 1, 10)));
    }

    [Fact]
    public void Logging_OneYearFromCollection()
    {
        var policy = RetentionPolicy.Parse("1y");
        Assert.Equal(RetentionKind.FromCollection, policy.Kind);
        Assert.Equal("collection", policy.Anchor);

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2026, 3, 15)));

        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2027, 3, 15), schedule.EraseOn);
    }

    [Fact]
    public void UserAccount_DuringContract_ErasedWhenContractEnds()
    {
        var policy = RetentionPolicy.Parse("during contract");
        Assert.Equal(RetentionKind.Relationship, policy.Kind);
        Assert.Null(policy.Period);

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2024, 1, 1)).With("contract", D(2026, 6, 30)));

        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2026, 6, 30), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2026, 6, 29)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2026, 6, 30)));
    }

    [Fact]
    public void UserAccount_ContractRunning_MissingAnchorAndActive()
    {
        var policy = RetentionPolicy.Parse("during contract");

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2024, 1, 1)));

        Assert.Equal("contract", schedule.MissingAnchor);
        Assert.Null(schedule.ArchiveOn);
        Assert.Null(schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2099, 1, 1)));
    }

    [Fact]
    public void CustomerFile_ContractThenFiveYearsArchive()
    {
        var policy = RetentionPolicy.Parse("during contract + 5y archive");

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2020, 1, 1)).With("contract", D(2025, 3, 31)));

        Assert.Equal(D(2025, 3, 31), schedule.ArchiveOn);
        Assert.Equal(D(2030, 3, 31), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2025, 3, 30)));
        Assert.Equal(RetentionStatus.Archived, schedule.StatusOn(D(2025, 3, 31)));
        Assert.Equal(RetentionStatus.Archived, schedule.StatusOn(D(2030, 3, 30)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2030, 3, 31)));
    }

    [Fact]
    public void Billing_ContractThenTenYearsArchive()
    {
        var policy = RetentionPolicy.Parse("during contract + 10y archive");

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2020, 1, 1)).With("contract", D(2025, 3, 31)));

        Assert.Equal(D(2025, 3, 31), schedule.ArchiveOn);
        Assert.Equal(D(2035, 3, 31), schedule.EraseOn);
    }

    [Fact]
    public void ExercisingRights_CalendarYearOfRequestThenTwoYearsArchive()
    {
        var policy = RetentionPolicy.Parse("calendar-year of request + 2y archive");
        Assert.Equal(RetentionKind.CalendarYear, policy.Kind);
        Assert.Equal("request", policy.Anchor);

        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2026, 5, 10)).With("request", D(2026, 5, 10)));

        Assert.Equal(D(2026, 12, 31), schedule.ArchiveOn);
        Assert.Equal(D(2028, 12, 31), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2026, 12, 30)));
        Assert.Equal(RetentionStatus.Archived, schedule.StatusOn(D(2026, 12, 31)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2028, 12, 31)));
    }

    [Theory]
    [InlineData("3y after last-contact unless consent-withdrawn", "3 years after last contact, unless consent withdrawn", "last-contact")]
    [InlineData("1y", "1 year", "collection")]
    [InlineData("during contract", "the duration of the contract", "end of contract")]
    [InlineData("during contract + 5y archive", "the duration of the contract, then 5 years in archive", "end of contract")]
    [InlineData("during contract + 10y archive", "the duration of the contract, then 10 years in archive", "end of contract")]
    [InlineData("calendar-year of request + 2y archive", "the calendar year of the request, then 2 years in archive", "end of calendar year of request")]
    public void SixRules_DescribeAndTrigger(string text, string description, string trigger)
    {
        var policy = RetentionPolicy.Parse(text);
        Assert.Equal(description, policy.Describe());
        Assert.Equal(trigger, policy.Trigger);
        Assert.Equal(text, policy.ToString());
    }
}
