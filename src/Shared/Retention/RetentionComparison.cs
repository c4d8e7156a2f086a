using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>How one retention rule's longest keeping compares with another's.</summary>
    internal enum RetentionOrder
    {
        /// <summary>The rules keep data equally long.</summary>
        Same = 0,
        /// <summary>The first rule keeps data for less time.</summary>
        Shorter = 1,
        /// <summary>The first rule keeps data for more time.</summary>
        Longer = 2,
        /// <summary>The rules are measured from different events (<c>during contract</c> and <c>1y</c>): no order is known.</summary>
        Incomparable = 3,
    }

    /// <summary>
    /// Compares retention rules by the longest time they may keep data (active phase plus archive), computed from the
    /// parsed rules, never from their text. The <c>unless</c> event only shortens retention, so it decides only between
    /// rules whose longest keeping is equal. Used by the register diff ("retention longer") and the DPO policy ("longest
    /// retention allowed").
    /// </summary>
    internal static class RetentionComparison
    {
        // Periods are compared by adding them to reference days: two days, one of them in a leap year, so that "12m"
        // and "1y" compare equal and "365d" and "1y" do not pretend to an order that depends on the calendar.
        private static readonly DateTime[] ReferenceDays = { new DateTime(2001, 1, 31), new DateTime(2004, 2, 29) };

        /// <summary>How <paramref name="rule"/> compares with <paramref name="other"/>.</summary>
        /// <exception cref="ArgumentNullException">A rule is null.</exception>
        public static RetentionOrder Compare(RetentionPolicy rule, RetentionPolicy other)
        {
            if (rule == null) throw new ArgumentNullException(nameof(rule));
            if (other == null) throw new ArgumentNullException(nameof(other));
            if (rule.Equals(other)) return RetentionOrder.Same;

            var order = CompareLongest(rule, other);
            if (order != RetentionOrder.Same) return order;
            // Equally long at most: a rule that ends early on an event keeps data less.
            if (rule.EndingEvent == other.EndingEvent) return RetentionOrder.Same;
            if (rule.EndingEvent is null) return RetentionOrder.Longer;
            if (other.EndingEvent is null) return RetentionOrder.Shorter;
            return RetentionOrder.Incomparable;
        }

        /// <summary>Compares two rule texts; <see cref="RetentionOrder.Incomparable"/> when either does not parse.</summary>
        public static RetentionOrder Compare(string? rule, string? other)
        {
            if (!RetentionPolicy.TryParse(rule, out var a) || !RetentionPolicy.TryParse(other, out var b)) return RetentionOrder.Incomparable;
            return Compare(a!, b!);
        }

        private static RetentionOrder CompareLongest(RetentionPolicy a, RetentionPolicy b)
        {
            var aTimed = a.Kind == RetentionKind.FromCollection || a.Kind == RetentionKind.AfterEvent;
            var bTimed = b.Kind == RetentionKind.FromCollection || b.Kind == RetentionKind.AfterEvent;
            if (aTimed && bTimed)
            {
                var byLength = ComparePeriods(a.Period!.Value, a.ArchivePeriod, b.Period!.Value, b.ArchivePeriod);
                if (a.Anchor == b.Anchor) return byLength;
                // An event comes on or after collection: a period after it, at least as long, keeps data longer.
                if (a.Kind == RetentionKind.AfterEvent && b.Kind == RetentionKind.FromCollection && byLength != RetentionOrder.Shorter) return RetentionOrder.Longer;
                if (b.Kind == RetentionKind.AfterEvent && a.Kind == RetentionKind.FromCollection && byLength != RetentionOrder.Longer) return RetentionOrder.Shorter;
                return RetentionOrder.Incomparable;
            }
            // A relationship or a calendar year on the same event: the archive decides.
            if (a.Kind == b.Kind && a.Anchor == b.Anchor)
                return ComparePeriods(new RetentionPeriod(0, 0, 0), a.ArchivePeriod, new RetentionPeriod(0, 0, 0), b.ArchivePeriod);
            return RetentionOrder.Incomparable;
        }

        private static RetentionOrder ComparePeriods(RetentionPeriod active, RetentionPeriod? archive, RetentionPeriod otherActive, RetentionPeriod? otherArchive)
        {
            RetentionOrder? result = null;
            foreach (var day in ReferenceDays)
            {
                var end = End(day, active, archive);
                var otherEnd = End(day, otherActive, otherArchive);
                var order = end == otherEnd ? RetentionOrder.Same : end > otherEnd ? RetentionOrder.Longer : RetentionOrder.Shorter;
                if (result is null) result = order;
                else if (result != order) return RetentionOrder.Incomparable;
            }
            return result!.Value;
        }

        private static DateTime End(DateTime start, RetentionPeriod active, RetentionPeriod? archive)
        {
            try
            {
                var end = active.AddTo(start);
                return archive.HasValue ? archive.Value.AddTo(end) : end;
            }
            catch (ArgumentOutOfRangeException)
            {
                return DateTime.MaxValue; // beyond year 9999: longer than anything a calendar holds
            }
        }
    }
}
