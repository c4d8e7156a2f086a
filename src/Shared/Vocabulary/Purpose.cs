namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The built-in purposes of processing. Each purpose used in a <c>[PersonalData]</c> annotation needs one
    /// <c>[assembly: ProcessingActivity]</c> that gives it a legal basis. A team declares its own purposes with a
    /// string id (<c>[assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests)]</c>) and uses
    /// that id in <c>[PersonalData(DataCategory.Technical, "fraud-screening")]</c>.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum Purpose
    {
        /// <summary>Managing access to and use of the platform: subscriptions, support, maintenance, updates. Id <c>platform-management</c>.</summary>
        PlatformManagement = 0,
        /// <summary>Commercial prospecting campaigns. Id <c>commercial-prospecting</c>.</summary>
        CommercialProspecting = 1,
        /// <summary>Improving the service: tests, analyses, surveys, service quality. Id <c>service-improvement</c>.</summary>
        ServiceImprovement = 2,
        /// <summary>Security logging: detecting fraudulent access or misuse, finding the origin of incidents. Id <c>logging</c>.</summary>
        Logging = 3,
        /// <summary>Letting anyone contact the organisation. Id <c>contact-form</c>.</summary>
        ContactForm = 4,
        /// <summary>Answering data-subject requests (Art. 15-22). Id <c>exercising-rights</c>.</summary>
        ExercisingRights = 5,
        /// <summary>Invoicing and accounting. Id <c>billing</c>.</summary>
        Billing = 6,
        /// <summary>Managing the customer file and the customer relationship. Id <c>customer-management</c>.</summary>
        CustomerManagement = 7,
    }
}
