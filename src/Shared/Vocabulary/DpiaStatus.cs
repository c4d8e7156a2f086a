namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Where an activity stands on the data protection impact assessment (DPIA, Art. 35; CNIL: <i>AIPD</i>).
    /// <see cref="NotStated"/> is the default; KPA0015 warns when an activity processes special-category, criminal or
    /// national-identifier data and leaves it so.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum DpiaStatus
    {
        /// <summary>Nothing is said about a DPIA.</summary>
        NotStated = 0,
        /// <summary>A DPIA is required and not done yet.</summary>
        Required = 1,
        /// <summary>A DPIA was carried out: give its reference and date (<c>DpiaReference</c>, <c>DpiaDate</c>).</summary>
        Done = 2,
        /// <summary>No DPIA is required: give the reason (<c>DpiaReason</c>).</summary>
        NotRequired = 3,
    }
}
