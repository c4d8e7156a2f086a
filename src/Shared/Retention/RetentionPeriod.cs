using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// A calendar period of years, months and days (weeks are stored as 7 days). Two periods are equal when their
    /// three components are equal: <c>1y</c> and <c>P1Y</c> are equal, <c>1y</c> and <c>12m</c> are not.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    readonly struct RetentionPeriod : IEquatable<RetentionPeriod>
    {
        /// <summary>Creates a period.</summary>
        /// <param name="years">Whole years, 0 or more.</param>
        /// <param name="months">Whole months, 0 or more.</param>
        /// <param name="days">Whole days, 0 or more (a week is 7 days).</param>
        /// <exception cref="ArgumentOutOfRangeException">A component is negative.</exception>
        public RetentionPeriod(int years, int months, int days)
        {
            if (years < 0) throw new ArgumentOutOfRangeException(nameof(years), years, "A period cannot be negative.");
            if (months < 0) throw new ArgumentOutOfRangeException(nameof(months), months, "A period cannot be negative.");
            if (days < 0) throw new ArgumentOutOfRangeException(nameof(days), days, "A period cannot be negative.");
            Years = years;
            Months = months;
            Days = days;
        }

        /// <summary>The years of the period.</summary>
        public int Years { get; }

        /// <summary>The months of the period.</summary>
        public int Months { get; }

        /// <summary>The days of the period, weeks included (<c>2w</c> is 14 days).</summary>
        public int Days { get; }

        /// <summary>
        /// The day the period ends when it starts on <paramref name="date"/>: adds the years, then the months, then
        /// the days, with <see cref="DateTime.AddYears(int)"/>, <see cref="DateTime.AddMonths(int)"/> and
        /// <see cref="DateTime.AddDays(double)"/>. A day that does not exist in the target month clamps to the end of
        /// that month (2024-02-29 + 3y = 2027-02-28), the earlier of the two candidate days, so data is never kept
        /// longer than stated.
        /// </summary>
        /// <param name="date">The start of the period; its time of day is kept.</param>
        /// <exception cref="ArgumentOutOfRangeException">The result would be after year 9999.</exception>
        public DateTime AddTo(DateTime date) => date.AddYears(Years).AddMonths(Months).AddDays(Days);

        /// <summary>The ISO 8601 duration: <c>P3Y</c>, <c>P1Y6M</c>, <c>P14D</c> (weeks are written as days).</summary>
        public string ToIso8601()
        {
            if (Years == 0 && Months == 0 && Days == 0) return "P0D";
            var builder = new StringBuilder("P");
            Append(builder, Years, "Y");
            Append(builder, Months, "M");
            Append(builder, Days, "D");
            return builder.ToString();
        }

        /// <summary>The canonical short form of the retention language: <c>3y</c>, <c>1y6m</c>, <c>14d</c>.</summary>
        public override string ToString()
        {
            if (Years == 0 && Months == 0 && Days == 0) return "0d";
            var builder = new StringBuilder();
            Append(builder, Years, "y");
            Append(builder, Months, "m");
            Append(builder, Days, "d");
            return builder.ToString();
        }

        /// <summary>The period in English words: <c>3 years</c>, <c>1 year and 6 months</c>, <c>30 days</c>.</summary>
        public string Describe()
        {
            var parts = new List<string>(3);
            if (Years != 0) parts.Add(Words(Years, "year"));
            if (Months != 0) parts.Add(Words(Months, "month"));
            if (Days != 0 || parts.Count == 0) parts.Add(Words(Days, "day"));
            if (parts.Count == 1) return parts[0];
            return string.Join(", ", parts.GetRange(0, parts.Count - 1)) + " and " + parts[parts.Count - 1];
        }

        /// <summary>True when the years, months and days are equal.</summary>
        /// <param name="other">The period to compare with.</param>
        public bool Equals(RetentionPeriod other) => Years == other.Years && Months == other.Months && Days == other.Days;

        /// <summary>True when <paramref name="obj"/> is an equal <see cref="RetentionPeriod"/>.</summary>
        /// <param name="obj">The object to compare with.</param>
        public override bool Equals(object? obj) => obj is RetentionPeriod other && Equals(other);

        /// <summary>A hash of the three components.</summary>
        public override int GetHashCode() => unchecked((Years * 397 + Months) * 397 + Days);

        /// <summary>True when the periods are equal.</summary>
        /// <param name="left">A period.</param>
        /// <param name="right">Another period.</param>
        public static bool operator ==(RetentionPeriod left, RetentionPeriod right) => left.Equals(right);

        /// <summary>True when the periods differ.</summary>
        /// <param name="left">A period.</param>
        /// <param name="right">Another period.</param>
        public static bool operator !=(RetentionPeriod left, RetentionPeriod right) => !left.Equals(right);

        private static void Append(StringBuilder builder, int value, string unit)
        {
            if (value != 0) builder.Append(value.ToString(CultureInfo.InvariantCulture)).Append(unit);
        }

        private static string Words(int value, string unit) =>
            value.ToString(CultureInfo.InvariantCulture) + " " + unit + (value == 1 ? "" : "s");
    }
}
