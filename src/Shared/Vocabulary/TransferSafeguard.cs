namespace Klivar.PrivacyAnnotations
{
    /// <summary>The safeguard that makes a transfer outside the EEA lawful (GDPR Chapter V).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum TransferSafeguard
    {
        /// <summary>Art. 45: the Commission decided the country offers adequate protection.</summary>
        AdequacyDecision = 0,
        /// <summary>Art. 46(2)(c): standard contractual clauses adopted by the Commission.</summary>
        StandardContractualClauses = 1,
        /// <summary>Art. 47: binding corporate rules approved by a supervisory authority.</summary>
        BindingCorporateRules = 2,
        /// <summary>Art. 49: a derogation for a specific situation (explicit consent, contract, legal claims...).</summary>
        Derogation = 3,
    }
}
