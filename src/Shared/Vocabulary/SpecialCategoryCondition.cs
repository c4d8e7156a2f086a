namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The condition that lifts the Art. 9(1) prohibition on processing special-category data (GDPR Art. 9(2)).
    /// <see cref="None"/> means no condition is stated.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum SpecialCategoryCondition
    {
        /// <summary>No Art. 9(2) condition stated: the activity may not process special-category data.</summary>
        None = 0,
        /// <summary>Art. 9(2)(a): explicit consent.</summary>
        ExplicitConsent = 1,
        /// <summary>Art. 9(2)(b): obligations in employment, social security and social protection law.</summary>
        EmploymentAndSocialSecurity = 2,
        /// <summary>Art. 9(2)(c): vital interests of a person unable to consent.</summary>
        VitalInterests = 3,
        /// <summary>Art. 9(2)(d): legitimate activities of a not-for-profit body with its members.</summary>
        NotForProfitBody = 4,
        /// <summary>Art. 9(2)(e): data manifestly made public by the data subject.</summary>
        MadePublicByDataSubject = 5,
        /// <summary>Art. 9(2)(f): establishment, exercise or defence of legal claims.</summary>
        LegalClaims = 6,
        /// <summary>Art. 9(2)(g): substantial public interest.</summary>
        SubstantialPublicInterest = 7,
        /// <summary>Art. 9(2)(h): preventive or occupational medicine, health or social care.</summary>
        HealthOrSocialCare = 8,
        /// <summary>Art. 9(2)(i): public interest in public health.</summary>
        PublicHealth = 9,
        /// <summary>Art. 9(2)(j): archiving in the public interest, scientific or historical research, statistics.</summary>
        ArchivingResearchOrStatistics = 10,
    }
}
