namespace Klivar.PrivacyAnnotations
{
    /// <summary>What the active phase of a <see cref="RetentionPolicy"/> is measured from.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum RetentionKind
    {
        /// <summary>A period from the day the data was collected: <c>1y</c>.</summary>
        FromCollection = 0,
        /// <summary>A period after an event: <c>3y after last-contact</c>.</summary>
        AfterEvent = 1,
        /// <summary>The length of a relationship, ending the day it ends: <c>during contract</c>.</summary>
        Relationship = 2,
        /// <summary>Until December 31 of the year an event happened: <c>calendar-year of request</c>.</summary>
        CalendarYear = 3,
    }
}
