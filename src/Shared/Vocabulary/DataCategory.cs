namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The category of personal data a member holds. The Art. 9 special categories and Art. 10 criminal data are
    /// flagged by <see cref="DataCategoryFacts.IsSpecial(DataCategory)"/>; the register groups data by category.
    /// </summary>
    /// <remarks>Named <c>DataCategory</c>, not <c>Category</c>, so it never collides with a domain's own entity.</remarks>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum DataCategory
    {
        /// <summary>Civil status and identity: name, company, username.</summary>
        Identification = 0,
        /// <summary>Contact details: e-mail address, phone number, postal address.</summary>
        Contact = 1,
        /// <summary>Connection data: IP address, browser, operating system, device identifiers.</summary>
        Technical = 2,
        /// <summary>Secrets that authenticate a person: password hashes, recovery codes.</summary>
        Credentials = 3,
        /// <summary>Account and subscription data: plan, settings, support requests.</summary>
        Account = 4,
        /// <summary>Usage data: functions used, visit timestamps, configurations, beta-test data.</summary>
        Usage = 5,
        /// <summary>Economic and financial information: invoices, IBAN, card numbers.</summary>
        Financial = 6,
        /// <summary>Content a person writes: messages, comments, questions.</summary>
        Content = 7,
        /// <summary>Location data: coordinates, geolocated events.</summary>
        Location = 8,
        /// <summary>A national identification number (the French NIR, a passport number): sensitive for the CNIL.</summary>
        NationalIdentifier = 9,
        /// <summary>Art. 9: racial or ethnic origin.</summary>
        RacialOrEthnicOrigin = 10,
        /// <summary>Art. 9: political opinions.</summary>
        PoliticalOpinions = 11,
        /// <summary>Art. 9: religious or philosophical beliefs.</summary>
        ReligiousOrPhilosophicalBeliefs = 12,
        /// <summary>Art. 9: trade-union membership.</summary>
        TradeUnionMembership = 13,
        /// <summary>Art. 9: genetic data.</summary>
        Genetic = 14,
        /// <summary>Art. 9: biometric data used to identify a person.</summary>
        Biometric = 15,
        /// <summary>Art. 9: data concerning health.</summary>
        Health = 16,
        /// <summary>Art. 9: sex life or sexual orientation.</summary>
        SexLifeOrOrientation = 17,
        /// <summary>Art. 10: criminal convictions and offences.</summary>
        Criminal = 18,
        /// <summary>
        /// Professional life: job title, employer, department, professional situation; what a B2B service holds about its
        /// customers' and suppliers' staff. CNIL: <i>vie professionnelle</i>.
        /// </summary>
        Professional = 19,
    }
}
