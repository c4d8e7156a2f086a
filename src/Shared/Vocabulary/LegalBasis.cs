namespace Klivar.PrivacyAnnotations
{
    /// <summary>The lawful basis of a processing activity (GDPR Art. 6(1)).</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum LegalBasis
    {
        /// <summary>Art. 6(1)(a): the data subject has given consent; it can be withdrawn at any time.</summary>
        Consent = 0,
        /// <summary>Art. 6(1)(b): necessary for a contract with the data subject.</summary>
        Contract = 1,
        /// <summary>Art. 6(1)(c): necessary to comply with a legal obligation.</summary>
        LegalObligation = 2,
        /// <summary>Art. 6(1)(d): necessary to protect someone's vital interests.</summary>
        VitalInterests = 3,
        /// <summary>Art. 6(1)(e): a task carried out in the public interest or in official authority.</summary>
        PublicTask = 4,
        /// <summary>Art. 6(1)(f): the controller's legitimate interests; the interest pursued must be stated.</summary>
        LegitimateInterests = 5,
    }
}
