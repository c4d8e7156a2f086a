using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

public class RetentionScheduleTests
{
    private static DateTime D(int y, int m, int d) => new DateTime(y, m, d);

    [Fact]
    public void StatusOn_BeforeAndAfterEraseDate()
    {
        var schedule = RetentionPolicy.Parse("30d").ComputeSchedule(new RetentionAnchors(D(2026, 1, 1)));
        Assert.Equal(D(2026, 1, 31), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2025, 12, 31)));
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2026, 1, 30).AddHours(23.99)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2026, 1, 31)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2026, 1, 31).AddHours(8)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2030, 1, 1)));
    }

    [Fact]
    public void TimeOfDay_IsIgnored()
    {
        var anchors = new RetentionAnchors(D(2026, 3, 15).AddHours(23).AddMinutes(59))
            .With("contract", D(2026, 6, 30).AddHours(17));
        Assert.Equal(D(2026, 3, 15), anchors.Collected);
        Assert.Equal(D(2027, 3, 15), RetentionPolicy.Parse("1y").ComputeSchedule(anchors).EraseOn);
        Assert.Equal(D(2026, 6, 30), RetentionPolicy.Parse("during contract").ComputeSchedule(anchors).EraseOn);
    }

    [Fact]
    public void AfterEvent_MissingEvent_StaysActive()
    {
        var schedule = RetentionPolicy.Parse("3y after last-contact").ComputeSchedule(new RetentionAnchors(D(2024, 1, 1)));
        Assert.Equal("last-contact", schedule.MissingAnchor);
        Assert.Null(schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2090, 1, 1)));
    }

    [Fact]
    public void MissingAnchor_ButUnlessEventHappened_ErasesFromThatDay()
    {
        var policy = RetentionPolicy.Parse("during contract unless consent-withdrawn");
        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2024, 1, 1)).With("consent-withdrawn", D(2025, 2, 1)));
        Assert.Equal("contract", schedule.MissingAnchor);
        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2025, 2, 1), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(D(2025, 1, 31)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2025, 2, 1)));
    }

    [Fact]
    public void UnlessEvent_AfterNormalEraseDate_ChangesNothing()
    {
        var policy = RetentionPolicy.Parse("1y unless consent-withdrawn");
        var schedule = policy.ComputeSchedule(new RetentionAnchors(D(2024, 1, 1)).With("consent-withdrawn", D(2026, 1, 1)));
        Assert.Equal(D(2025, 1, 1), schedule.EraseOn);
    }

    [Fact]
    public void UnlessEvent_DuringArchive_ErasesEarly_KeepsArchiveDay()
    {
        var policy = RetentionPolicy.Parse("during contract + 5y archive unless erasure-request");
        var anchors = new RetentionAnchors(D(2020, 1, 1)).With("contract", D(2025, 3, 31)).With("erasure-request", D(2026, 7, 1));
        var schedule = policy.ComputeSchedule(anchors);
        Assert.Equal(D(2025, 3, 31), schedule.ArchiveOn);
        Assert.Equal(D(2026, 7, 1), schedule.EraseOn);
        Assert.Equal(RetentionStatus.Archived, schedule.StatusOn(D(2026, 6, 30)));
        Assert.Equal(RetentionStatus.Erase, schedule.StatusOn(D(2026, 7, 1)));
    }

    [Fact]
    public void UnlessEvent_BeforeArchive_DropsTheArchivePhase()
    {
        var policy = RetentionPolicy.Parse("during contract + 5y archive unless erasure-request");
        var anchors = new RetentionAnchors(D(2020, 1, 1)).With("contract", D(2025, 3, 31)).With("erasure-request", D(2024, 7, 1));
        var schedule = policy.ComputeSchedule(anchors);
        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2025, 3, 31), schedule.EraseOn); // never before the anchor date
    }

    [Fact]
    public void UnlessEvent_BeforeAnchor_EraseOnIsTheAnchorDate()
    {
        var policy = RetentionPolicy.Parse("3y after last-contact unless consent-withdrawn");
        var anchors = new RetentionAnchors(D(2020, 1, 1))
            .With("last-contact", D(2024, 6, 1))
            .With("consent-withdrawn", D(2023, 1, 1));
        Assert.Equal(D(2024, 6, 1), policy.ComputeSchedule(anchors).EraseOn);
    }

    [Fact]
    public void CalendarYear_OfCollection_UsesTheCollectionDate()
    {
        var schedule = RetentionPolicy.Parse("calendar-year of collection").ComputeSchedule(new RetentionAnchors(D(2026, 1, 1)));
        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(D(2026, 12, 31), schedule.EraseOn);
    }

    [Fact]
    public void CalendarYear_EventOnDecember31_ArchivesThatDay()
    {
        var schedule = RetentionPolicy.Parse("calendar-year of request + 2y archive")
            .ComputeSchedule(new RetentionAnchors(D(2026, 12, 31)).With("request", D(2026, 12, 31)));
        Assert.Equal(D(2026, 12, 31), schedule.ArchiveOn);
        Assert.Equal(D(2028, 12, 31), schedule.EraseOn);
    }

    [Fact]
    public void Anchors_AreImmutable_AndCaseInsensitive()
    {
        var original = new RetentionAnchors(D(2024, 1, 1));
        var withContract = original.With("Contract", D(2025, 1, 1));
        Assert.False(original.TryGet("contract", out _));
        Assert.True(withContract.TryGet("CONTRACT", out var ended));
        Assert.Equal(D(2025, 1, 1), ended);

        Assert.True(original.TryGet("collection", out var collected));
        Assert.Equal(D(2024, 1, 1), collected);
        Assert.Equal(D(2023, 6, 1), original.With("collection", D(2023, 6, 1)).Collected);

        Assert.Same(original, original.With("contract", (DateTime?)null));
        Assert.True(original.With("contract", (DateTime?)D(2025, 2, 2)).TryGet("contract", out _));
        Assert.False(original.TryGet(null, out _));
        Assert.Throws<ArgumentException>(() => original.With(" ", D(2025, 1, 1)));
    }

    [Fact]
    public void ComputeSchedule_RequiresAnchors()
    {
        Assert.Throws<ArgumentNullException>(() => RetentionPolicy.Parse("1y").ComputeSchedule(null!));
    }

    [Fact]
    public void Schedule_ToString_Summarises()
    {
        var policy = RetentionPolicy.Parse("during contract + 5y archive");
        Assert.Equal("archive 2025-03-31, erase 2030-03-31",
            policy.ComputeSchedule(new RetentionAnchors(D(2020, 1, 1)).With("contract", D(2025, 3, 31))).ToString());
        Assert.Equal("no erase date (waiting for contract)", policy.ComputeSchedule(new RetentionAnchors(D(2020, 1, 1))).ToString());
    }
}
