namespace Klivar.PrivacyAnnotations
{
    /// <summary>Where data stands on a given day under its <see cref="RetentionSchedule"/>.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum RetentionStatus
    {
        /// <summary>In normal use.</summary>
        Active = 0,
        /// <summary>Kept in archive only: restricted access, no longer used for the purpose.</summary>
        Archived = 1,
        /// <summary>Past its erase date: the data must be erased (or anonymised).</summary>
        Erase = 2,
    }
}
