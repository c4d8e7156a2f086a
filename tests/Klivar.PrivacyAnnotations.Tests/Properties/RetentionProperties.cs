using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Properties;

/// <summary>
/// A retention policy described part by part, with the text a team could write for it (in any of the accepted
/// spellings). The parts say what the parser must find; the text is what it reads.
/// </summary>
public sealed record PolicySpec(
    RetentionKind Kind,
    RetentionPeriod? Period,
    string Anchor,
    RetentionPeriod? Archive,
    string? Unless,
    string Text)
{
    public override string ToString() => "\"" + Text + "\" (" + Kind + ")";
}

/// <summary>The generators of the retention properties.</summary>
public static class RetentionArbitraries
{
    // Event names that are not keywords; "collection" is handled apart because only some positions accept it.
    private static readonly string[] EventWords =
        { "contract", "last-contact", "request", "consent-withdrawn", "account-closed", "a", "x9", "end-of-trial-2" };

    // 100 years in the parser's weights: years + months/12 + days/365 never exceeds it.
    private const long YearWeight = 4380, MonthWeight = 365, DayWeight = 12, MaxWeight = 438000;

    public static Arbitrary<PolicySpec> Policies() => Arb.From(PolicyGen);

    public static Arbitrary<AnchorDates> Dates() => Arb.From(DatesGen);

    public static Gen<RetentionPeriod> PeriodGen =>
        from years in Gen.Frequency((3, Gen.Choose(0, 5)), (1, Gen.Choose(0, 100)))
        from months in Gen.Frequency((3, Gen.Choose(0, 18)), (1, Gen.Choose(0, 1200)))
        from days in Gen.Frequency((3, Gen.Choose(0, 60)), (1, Gen.Choose(0, 36500)))
        let weight = YearWeight * years + MonthWeight * months + DayWeight * days
        where weight > 0 && weight <= MaxWeight
        select new RetentionPeriod(years, months, days);

    private static Gen<string> EventGen => Gen.Elements(EventWords);

    // Case-insensitive keywords and events: the parser lower-cases what it keeps.
    private static Gen<string> Cased(string word) =>
        Gen.Elements(word, word.ToUpperInvariant(), CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word));

    private static Gen<string> Space => Gen.Elements(" ", "  ", "\t", " \t ");

    /// <summary>Any accepted spelling of a period: short (<c>1y6m</c>, with weeks where days allow), or ISO 8601.</summary>
    private static Gen<string> PeriodText(RetentionPeriod p)
    {
        var shortForm = Gen.Constant(Short(p, useWeeks: false));
        var weeks = p.Days >= 7 ? Gen.Constant(Short(p, useWeeks: true)) : shortForm;
        var iso = Gen.Elements(p.ToIso8601(), p.ToIso8601().ToLowerInvariant());
        return Gen.OneOf(shortForm, weeks, iso);
    }

    private static string Short(RetentionPeriod p, bool useWeeks)
    {
        var text = "";
        if (p.Years > 0) text += p.Years.ToString(CultureInfo.InvariantCulture) + "y";
        if (p.Months > 0) text += p.Months.ToString(CultureInfo.InvariantCulture) + "m";
        var days = p.Days;
        if (useWeeks && days >= 7)
        {
            text += (days / 7).ToString(CultureInfo.InvariantCulture) + "w";
            days %= 7;
        }
        if (days > 0) text += days.ToString(CultureInfo.InvariantCulture) + "d";
        return text;
    }

    public static Gen<PolicySpec> PolicyGen =>
        from kind in Gen.Elements(RetentionKind.FromCollection, RetentionKind.AfterEvent, RetentionKind.Relationship, RetentionKind.CalendarYear)
        from period in PeriodGen
        from periodText in PeriodText(period)
        from anchorWord in Gen.Frequency((5, EventGen), (1, Gen.Constant("collection")))
        from anchorText in Cased(anchorWord)
        from hasArchive in Gen.Elements(false, true)
        from archive in PeriodGen
        from archiveText in PeriodText(archive)
        from archiveJoin in Gen.Elements("+", "then", "THEN")
        from hasUnless in Gen.Elements(false, true)
        from unless in EventGen
        from unlessText in Cased(unless)
        from gap in Space
        select Build(kind, period, periodText, anchorWord, anchorText, hasArchive ? archive : null, archiveText, archiveJoin,
            hasUnless ? unless : null, unlessText, gap);

    private static PolicySpec Build(RetentionKind kind, RetentionPeriod period, string periodText, string anchor, string anchorText,
        RetentionPeriod? archive, string archiveText, string archiveJoin, string? unless, string unlessText, string gap)
    {
        string text;
        RetentionPeriod? keptPeriod = period;
        switch (kind)
        {
            case RetentionKind.AfterEvent:
                text = periodText + gap + "after" + gap + anchorText;
                // "1y after collection" is "1y": the parser folds it into the canonical form.
                if (anchor == "collection") kind = RetentionKind.FromCollection;
                break;
            case RetentionKind.Relationship:
                // "during collection" is an error; a relationship always has its own event.
                if (anchor == "collection") { anchor = "contract"; anchorText = "contract"; }
                text = "during" + gap + anchorText;
                keptPeriod = null;
                break;
            case RetentionKind.CalendarYear:
                text = "calendar-year" + gap + "of" + gap + anchorText;
                keptPeriod = null;
                break;
            default:
                text = periodText;
                anchor = "collection";
                break;
        }
        if (archive is not null) text += gap + archiveJoin + gap + archiveText + gap + "archive";
        // An unless event named like the anchor would overwrite the anchor's date: keep the two events apart.
        if (unless is not null && unless == anchor)
        {
            unless = anchor == "consent-withdrawn" ? "account-closed" : "consent-withdrawn";
            unlessText = unless;
        }
        if (unless is not null) text += gap + "unless" + gap + unlessText;
        return new PolicySpec(kind, keptPeriod, anchor, archive, unless, gap + text + gap);
    }

    private static Gen<DateTime> Day =>
        from year in Gen.Choose(1950, 2150)
        from dayOfYear in Gen.Choose(0, 365)
        from hour in Gen.Choose(0, 23)
        select new DateTime(year, 1, 1).AddDays(dayOfYear).AddHours(hour);

    public static Gen<AnchorDates> DatesGen =>
        from collected in Day
        from anchor in Day
        from unlessKnown in Gen.Elements(false, true)
        from unless in Day
        select new AnchorDates(collected, anchor, unlessKnown ? unless : null);
}

/// <summary>The collection date, the anchor event's date, and the <c>unless</c> event's date if it happened.</summary>
public sealed record AnchorDates(DateTime Collected, DateTime Anchor, DateTime? Unless);

[Properties(Arbitrary = new[] { typeof(RetentionArbitraries) }, MaxTest = 1000)]
public class RetentionProperties
{
    [Property]
    public void Every_spelling_parses_to_the_described_policy(PolicySpec spec)
    {
        Assert.True(RetentionPolicy.TryParse(spec.Text, out var policy, out var error), spec.Text + ": " + error);
        Assert.Equal(spec.Kind, policy!.Kind);
        Assert.Equal(spec.Period, policy.Period);
        Assert.Equal(spec.Anchor, policy.Anchor);
        Assert.Equal(spec.Archive, policy.ArchivePeriod);
        Assert.Equal(spec.Unless, policy.EndingEvent);
    }

    [Property]
    public void Parse_of_ToString_gives_back_an_equal_policy_with_the_same_text(PolicySpec spec)
    {
        var policy = RetentionPolicy.Parse(spec.Text);
        var canonical = policy.ToString();
        var again = RetentionPolicy.Parse(canonical);
        Assert.Equal(policy, again);
        Assert.Equal(policy.GetHashCode(), again.GetHashCode());
        Assert.Equal(canonical, again.ToString());
        // The canonical text is one spelling: lower case, single spaces, no ISO form, no weeks, no "then".
        Assert.Equal(canonical.Trim(), canonical);
        Assert.DoesNotContain("  ", canonical);
        Assert.Equal(canonical.ToLowerInvariant(), canonical);
        Assert.DoesNotContain("then", canonical);
    }

    [Property]
    public void The_erase_date_never_precedes_the_anchor_and_archiving_comes_first(PolicySpec spec, AnchorDates dates)
    {
        var policy = RetentionPolicy.Parse(spec.Text);
        var anchors = Anchors(policy, dates, withUnless: true);
        var schedule = policy.ComputeSchedule(anchors);

        Assert.True(anchors.TryGet(policy.Anchor, out var anchorDay));
        Assert.Null(schedule.MissingAnchor);
        Assert.NotNull(schedule.EraseOn);
        Assert.True(schedule.EraseOn >= anchorDay, $"{policy}: erase {schedule} before anchor {anchorDay:yyyy-MM-dd}");
        if (schedule.ArchiveOn is { } archiveOn)
        {
            Assert.True(archiveOn >= anchorDay, $"{policy}: archive {schedule} before anchor {anchorDay:yyyy-MM-dd}");
            Assert.True(archiveOn < schedule.EraseOn, $"{policy}: archive not before erase: {schedule}");
        }
        Assert.Equal(schedule.EraseOn!.Value.Date, schedule.EraseOn);
    }

    [Property]
    public void An_unless_event_never_keeps_data_longer(PolicySpec spec, AnchorDates dates)
    {
        var policy = RetentionPolicy.Parse(spec.Text);
        var without = policy.ComputeSchedule(Anchors(policy, dates, withUnless: false));
        var with = policy.ComputeSchedule(Anchors(policy, dates, withUnless: true));
        Assert.True(with.EraseOn <= without.EraseOn, $"{policy}: {with} is later than {without}");
        if (policy.EndingEvent is null || dates.Unless is null) Assert.Equal(without.EraseOn, with.EraseOn);
    }

    [Property]
    public void Without_its_anchor_the_data_stays_active_and_the_missing_event_is_named(PolicySpec spec, AnchorDates dates)
    {
        var policy = RetentionPolicy.Parse(spec.Text);
        if (policy.Anchor == RetentionAnchors.CollectionEvent) return; // the collection date is always known
        var schedule = policy.ComputeSchedule(new RetentionAnchors(dates.Collected));
        Assert.Equal(policy.Anchor, schedule.MissingAnchor);
        Assert.Null(schedule.EraseOn);
        Assert.Null(schedule.ArchiveOn);
        Assert.Equal(RetentionStatus.Active, schedule.StatusOn(DateTime.MaxValue));
    }

    private static RetentionAnchors Anchors(RetentionPolicy policy, AnchorDates dates, bool withUnless)
    {
        var anchors = new RetentionAnchors(dates.Collected);
        if (policy.Anchor != RetentionAnchors.CollectionEvent) anchors = anchors.With(policy.Anchor, dates.Anchor);
        if (withUnless && policy.EndingEvent is not null) anchors = anchors.With(policy.EndingEvent, dates.Unless);
        return anchors;
    }
}
