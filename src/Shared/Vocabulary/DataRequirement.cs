namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Whether a person must provide the data an activity processes (Art. 13(2)(e)): the privacy notice says it, with
    /// what follows if they do not (<c>ConsequenceIfNotProvided</c>).
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum DataRequirement
    {
        /// <summary>Nothing is said: the notice marks it to confirm.</summary>
        NotStated = 0,
        /// <summary>A statute requires the data (an invoice's legal mentions, an identity check the law imposes).</summary>
        Statutory = 1,
        /// <summary>The contract requires the data: without it, the service cannot be provided as agreed.</summary>
        Contractual = 2,
        /// <summary>The data is needed to enter into the contract (to open an account, to subscribe).</summary>
        NecessaryForContract = 3,
        /// <summary>Providing the data is up to the person: nothing they are entitled to depends on it.</summary>
        Voluntary = 4,
    }

    /// <summary>
    /// Whether an activity makes decisions based solely on automated processing, including profiling, that produce legal
    /// or similarly significant effects (Art. 22; the notice must say so, and say it when there are none: Art. 13(2)(f)).
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum AutomatedDecisions
    {
        /// <summary>Nothing is said: the notice marks it to confirm.</summary>
        NotStated = 0,
        /// <summary>No such decision is made: the notice says so.</summary>
        None = 1,
        /// <summary>Such decisions are made: describe the logic involved and its significance and envisaged consequences (<c>AutomatedDecisionLogic</c>).</summary>
        Used = 2,
    }
}
