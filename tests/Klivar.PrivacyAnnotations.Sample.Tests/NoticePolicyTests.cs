using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>
/// The privacy notice the sample's build writes (Klivar.Platform.privacy-notice.draft.md while points remain to confirm), checked fact by fact against
/// Klivar's policy (shared/seed/000_9724e63eefc6d3ed.txt), then checked for anything that contradicts it.
/// </summary>
public class NoticePolicyTests
{
    private static readonly string Notice = SampleOutput.Read("Klivar.Platform.privacy-notice.draft.md");

    private const string Data = "The data we collect";
    private const string Purposes = "Why we use it, and on what grounds";
    private const string Retention = "How long we keep it";
    private const string Rights = "Your rights";

    /// <summary>
    /// One row per fact of the policy: an id, the policy's own words, the section of the notice ("## " heading, or
    /// "heading/subheading" for a purpose), and the line the notice must contain there.
    /// </summary>
    public static TheoryData<string, string, string, string> Facts => new()
    {
        // Controller and contact.
        { "controller", "Klivar (SIREN: 909 093 148) is responsible for processing personal data",
          "Who is responsible for your data", "Klivar (SIREN 909 093 148) is the controller of the personal data described here." },
        { "contact-email", "Contact us by e-mail : avotreecoute@klivar.com",
          "Who is responsible for your data", "- E-mail: avotreecoute@klivar.com" },
        { "contact-address", "send a letter to:KLIVAR,1 center commercial la tour,93120 La courneuve",
          "Who is responsible for your data", "- Postal address: KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France" },
        { "questions", "If you have any questions about this Policy, you can contact us by sending an e-mail to the following address : avotreecoute@klivar.com",
          "Questions", "For any question about this notice, write to avotreecoute@klivar.com." },

        // Type of data collected, with the policy's examples.
        { "data-identification", "Identification data (name, e-mail address, company, etc.) via the contact form",
          Data, "- **Identification data:** company, contact name, ID, name, requester name, username" },
        // The customer file's company is the employer of the customer's contact: professional life (CNIL: vie professionnelle).
        { "data-professional", "This data is kept for the duration of the contract + 5 years in the archives.",
          Data, "- **Professional data:** company name" },
        { "data-identification-email", "Identification data (name, e-mail address, company, etc.) via the contact form",
          Data, "- **Contact data:** contact email, contact phone, email address, requester email" },
        { "data-identification-contact-form", "Identification data (name, e-mail address, company, etc.) via the contact form",
          Purposes + "/Contact form", "Data used: Contact data, Content you send us, Identification data." },
        { "data-technical", "Technical data (IP address, browser type and version, operating system used)",
          Data, "- **Technical data:** browser type, browser version, IP address, operating system" },
        { "data-subscription-credentials", "Platform subscription data (username, password, ...)",
          Data, "- **Login credentials:** password hash" },
        { "data-subscription-requests", "Platform subscription data (... requests, comments, questions sent to Customer Service)",
          Data, "- **Content you send us:** comment, feedback, message, question, request, subject" },
        { "data-usage", "Connection and usage data (functions used, visit timestamps, configurations selected, ...)",
          Data, "- **Connection and usage data:** feature tested, function used, selected configuration, visit timestamp" },
        { "data-beta", "Beta product test data if you have agreed to use the platform as a Beta tester",
          Purposes + "/Service improvement", "Concerns: Platform users, Beta testers." },

        // Purposes and grounds.
        { "purpose-platform", "Platform management (contract execution): To manage your access to and use of our platform. This includes processing your subscription request, accessing technical support and maintenance associated with the platform, sending you changes and updates to our site or platform and responding to your requests for information and/or comments.",
          Purposes + "/Platform management", "Managing access to and use of the platform: processing subscription requests, technical support and maintenance, sending changes and updates to the site or platform, answering requests for information and comments." },
        { "basis-platform", "Platform management (contract execution)",
          Purposes + "/Platform management", "Legal basis: performance of a contract (Art. 6(1)(b) GDPR)." },
        { "purpose-prospecting", "Commercial prospecting: To carry out commercial prospecting operations",
          Purposes + "/Commercial prospecting", "Carrying out commercial prospecting operations." },
        { "basis-prospecting", "Commercial prospecting (Consent)",
          Purposes + "/Commercial prospecting", "Legal basis: consent (Art. 6(1)(a) GDPR). You can withdraw your consent at any time." },
        { "purpose-improvement", "Service improvement: To improve functionality and navigation on our site and platform via tests, analyses and surveys. To evaluate service quality and improve customer relations.",
          Purposes + "/Service improvement", "Improving functionality and navigation on the site and platform through tests, analyses and surveys; evaluating service quality and improving customer relations." },
        { "basis-improvement", "Service improvement (Consent)",
          Purposes + "/Service improvement", "Legal basis: consent (Art. 6(1)(a) GDPR). You can withdraw your consent at any time." },
        { "purpose-logging", "we record certain actions carried out on IT systems ... a trace and incident management system. This records relevant events and ensures that these records cannot be altered.",
          Purposes + "/Logging system", "Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered." },
        { "basis-logging", "Logging system (Legitimate interest)",
          Purposes + "/Logging system", "Legal basis: legitimate interests (Art. 6(1)(f) GDPR)." },
        { "interest-logging", "In order to identify fraudulent access or misuse of personal data, or to determine the origin of an incident",
          Purposes + "/Logging system", "Our legitimate interest: Identifying fraudulent access or misuse of personal data, and determining the origin of incidents." },
        { "purpose-contact", "Contact form: To allow any user to contact Klivar regarding a particular issue that may be of interest to them.",
          Purposes + "/Contact form", "Allowing any user to contact Klivar about an issue that may interest them." },
        { "basis-contact", "Contact form (Consent)",
          Purposes + "/Contact form", "Legal basis: consent (Art. 6(1)(a) GDPR). You can withdraw your consent at any time." },
        { "purpose-rights", "Exercising rights: To respond to any data subject's request concerning the availability of personal data and its processing",
          Purposes + "/Exercising rights", "Responding to any data subject's request about their personal data and its processing." },
        { "basis-rights", "Exercising rights (Legal obligation)",
          Purposes + "/Exercising rights", "Legal basis: compliance with a legal obligation (Art. 6(1)(c) GDPR)." },

        // Retention: the six rules.
        { "retention-prospecting", "Commercial prospecting: This data is kept for 3 years after the last contact, unless consent is withdrawn.",
          Retention + "/Commercial prospecting", "  - Prospect: 3 years after last contact, unless consent withdrawn" },
        { "retention-logging", "Logging system: This data is kept for 1 year.",
          Retention + "/Logging system", "  - Access log entry: 1 year" },
        { "retention-user-account", "User account: This data is kept for the duration of the contract.",
          Retention + "/Platform management", "  - User account: the duration of the contract" },
        { "retention-customer-file", "Customer file: This data is kept for the duration of the contract + 5 years in the archives.",
          Retention + "/Platform management", "  - Customer file: the duration of the contract, then 5 years in archive for legal claims (Code civil, art. 2224)" },
        { "retention-billing", "Billing: This data is kept for the duration of the contract + 10 years in the archives.",
          Retention + "/Platform management", "  - Billing: the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)" },
        { "retention-rights", "Exercise of rights these data are kept for the calendar year of the request + 2 years in the archives",
          Retention + "/Exercising rights", "  - Rights request: the calendar year of the request, then 2 years in archive for legal claims (proof of the answer, should the person complain to the CNIL or bring a claim)" },

        // Rights, free of charge, how to exercise them.
        { "rights-free", "In accordance with the regulations, you can, free of charge :", Rights, "Free of charge, you can:" },
        { "right-access", "Have access to your Personal Data", Rights, "- access your personal data (right of access, Art. 15);" },
        { "right-rectification", "Rectify inaccurate Personal Data concerning you", Rights, "- have inaccurate personal data rectified (right to rectification, Art. 16);" },
        { "right-erasure", "Obtain the deletion of your Personal Data", Rights, "- have your personal data erased (right to erasure (\"right to be forgotten\"), Art. 17);" },
        { "right-restriction", "Restrict our processing of your Personal Data", Rights, "- restrict the processing of your personal data (right to restriction of processing, Art. 18);" },
        { "right-withdraw", "Withdraw your consent to the processing of your Personal Data", Rights, "- withdraw your consent at any time, for Commercial prospecting, Contact form, Service improvement; the withdrawal of consent does not affect the lawfulness of processing based on consent before its withdrawal (Art. 7(3));" },
        { "right-objection", "Object to the processing of your Personal Data", Rights, "- object to the processing of your personal data, as set out under \"Your right to object\" (right to object, Art. 21);" },
        { "right-portability", "Obtain a copy of your Personal Data (right to data portability)", Rights, "- receive the personal data you have provided to us in a structured, commonly used and machine-readable format, and transmit it to another controller (right to data portability, Art. 20), for the processing based on your consent or on a contract: Commercial prospecting, Contact form, Platform management, Service improvement;" },
        { "rights-how", "To exercise these rights, you can contact us by e-mail : avotreecoute@klivar.com or send a letter to:KLIVAR,1 center commercial la tour,93120 La courneuve. We may require proof of identity to protect your privacy and security.",
          Rights, "To exercise these rights, contact us by e-mail at avotreecoute@klivar.com or by letter to KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France. We may ask for proof of identity to protect your privacy and security." },

        // Complaints.
        { "complaint-cnil", "you have the right to lodge a complaint with the supervisory authority, the CNIL, 3, Place de Fontenoy TSA 80715 75334 PARIS Cedex 07",
          "Complaints", "If you believe the processing of your personal data does not comply with the regulations, you have the right to lodge a complaint with a supervisory authority: CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07." },

        // Transfers.
        { "transfer-mostly-eu", "Klivar mainly chooses service providers who host their data within the European Union.",
          "Who receives it", "- Our processors, who process the data on our behalf: Service providers hosting Klivar's data (mainly within the European Union) *(to confirm)*" },
        { "transfer-scc-dpa", "we may transfer your Personal Data to service providers operating outside the European Union. If these service providers operate in a country that is not considered to offer adequate protection by the European Commission, we implement the Standard Contractual Clauses approved by the aforementioned Commission, and we also include a Data Processing Agreement (\"DPA\")",
          "Transfers outside the European Union", "- to Service providers operating outside the European Union (country not identified), for all the purposes above, where the country is not considered by the European Commission to offer adequate protection, under the Standard Contractual Clauses approved by the European Commission, and a Data Processing Agreement (DPA) in the contract with each provider. *(to confirm)*" },

        // The French Data Protection Act, which the policy cites beside the GDPR.
        { "law", "complies with the General Data Protection Regulation (RGPD) and the French Data Protection Act (Loi Informatique et Libertés)",
          "Who is responsible for your data", "We process your personal data in accordance with the General Data Protection Regulation (GDPR) and the French Data Protection Act (Loi Informatique et Libertés)." },
    };

    [Theory]
    [MemberData(nameof(Facts))]
    public void The_notice_states_each_fact_of_the_policy(string fact, string policyWords, string section, string expectedLine)
    {
        var lines = Section(section);
        Assert.True(lines.Contains(expectedLine),
            $"Fact '{fact}' (policy: \"{policyWords}\") is missing from section '{section}'.\nExpected line: {expectedLine}\nSection:\n{string.Join("\n", lines)}");
    }

    /// <summary>The six purposes, their ground, and the policy's retention periods for each (regulatory.md §5).</summary>
    private static readonly Dictionary<string, (string Basis, string[] Periods)> PolicyPurposes = new()
    {
        ["Platform management"] = ("performance of a contract", new[] { "the duration of the contract", "the duration of the contract, then 5 years in archive for legal claims (Code civil, art. 2224)", "the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)" }),
        ["Commercial prospecting"] = ("consent", new[] { "3 years after last contact, unless consent withdrawn" }),
        // No period in the policy: consent-based sales contacts, kept like prospects.
        ["Contact form"] = ("consent", new[] { "3 years after last contact, unless consent withdrawn" }),
        // No period in the policy: usage and beta-test data go with the user account, until consent is withdrawn.
        ["Service improvement"] = ("consent", new[] { "the duration of the contract, unless consent withdrawn" }),
        ["Logging system"] = ("legitimate interests", new[] { "1 year" }),
        ["Exercising rights"] = ("compliance with a legal obligation", new[] { "the calendar year of the request, then 2 years in archive for legal claims (proof of the answer, should the person complain to the CNIL or bring a claim)" }),
    };

    [Fact]
    public void The_notice_presents_exactly_the_six_purposes_each_with_only_the_policys_ground()
    {
        var purposes = Section(Purposes).Where(l => l.StartsWith("### ", StringComparison.Ordinal)).Select(l => l[4..]).ToList();
        Assert.Equal(PolicyPurposes.Keys.OrderBy(k => k, StringComparer.Ordinal), purposes.OrderBy(p => p, StringComparer.Ordinal));
        foreach (var (purpose, expected) in PolicyPurposes)
        {
            var lines = Section(Purposes + "/" + purpose);
            var basis = Assert.Single(lines, l => l.StartsWith("Legal basis:", StringComparison.Ordinal));
            Assert.StartsWith("Legal basis: " + expected.Basis + " (", basis);
            // Consent can be withdrawn where consent is the ground, and is not offered where it is not.
            Assert.Equal(expected.Basis == "consent", basis.Contains("withdraw your consent", StringComparison.Ordinal));
            // A legitimate interest is stated only for the purpose whose ground it is.
            Assert.Equal(expected.Basis == "legitimate interests", lines.Any(l => l.StartsWith("Our legitimate interest:", StringComparison.Ordinal)));
            Assert.DoesNotContain(lines, l => l.StartsWith("Condition for special-category data", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_notice_gives_no_retention_period_the_policy_does_not_state_for_that_purpose()
    {
        var blocks = Section(Retention).Where(l => l.StartsWith("- **", StringComparison.Ordinal)).Select(l => l[4..l.IndexOf(":**", StringComparison.Ordinal)]).ToList();
        Assert.Equal(PolicyPurposes.Keys.OrderBy(k => k, StringComparer.Ordinal), blocks.OrderBy(b => b, StringComparer.Ordinal));
        foreach (var (purpose, expected) in PolicyPurposes)
        {
            var periods = Section(Retention + "/" + purpose).Where(l => l.StartsWith("  - ", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(": ", StringComparison.Ordinal) + 2)..]).ToList();
            Assert.NotEmpty(periods);
            Assert.All(periods, p => Assert.Contains(p, expected.Periods));
        }
    }

    [Fact]
    public void The_notice_names_no_transfer_safeguard_other_than_standard_contractual_clauses()
    {
        var transfers = Section("Transfers outside the European Union").Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(transfers);
        Assert.All(transfers, t => Assert.Contains("under the Standard Contractual Clauses approved by the European Commission", t));
        foreach (var other in new[] { "adequacy", "binding corporate rules", "derogation", "Art. 49" })
            Assert.DoesNotContain(other, Notice, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_notice_gives_no_contact_the_policy_does_not_give()
    {
        var emails = Regex.Matches(Notice, @"[\w.+-]+@[\w-]+(\.[\w-]+)+").Select(m => m.Value).Distinct().ToList();
        Assert.Equal(new[] { "avotreecoute@klivar.com" }, emails);
        // The policy names no data protection officer, nor says there is none: the notice says neither, and the point is to confirm.
        Assert.Contains("- Data protection officer: to be confirmed\n", Notice);
        Assert.DoesNotContain("none designated", Notice);
        Assert.Contains("**The controller Klivar:** No data protection officer is named, and nobody has confirmed that none is designated", Notice);
        // Nor a phone number.
        Assert.DoesNotContain("- Phone:", Notice);
        // One supervisory authority: the CNIL.
        Assert.Single(Regex.Matches(Notice, "supervisory authority: "));
    }

    [Fact]
    public void The_notice_offers_every_right_of_the_policy_and_no_other()
    {
        var rights = Section(Rights).Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        // The policy's seven, and the French law's directives after death (loi Informatique et Libertés, art. 85).
        Assert.Equal(8, rights.Count);
        Assert.Equal("- set directives on the storage, erasure and communication of your personal data after your death (Article 85 of the French Data Protection Act).", rights[^1]);
    }

    /// <summary>The lines of a "## heading" section, or of a "### sub" (or "- **sub:**" block) inside it.</summary>
    private static List<string> Section(string path)
    {
        var parts = path.Split('/', 2);
        var lines = Notice.Split('\n');
        var start = Array.IndexOf(lines, "## " + parts[0]);
        Assert.True(start >= 0, $"The notice has no section '## {parts[0]}'.\n{Notice}");
        var section = lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
        if (parts.Length == 1) return section;

        var sub = section.FindIndex(l => l == "### " + parts[1] || l == "- **" + parts[1] + ":**" || l.StartsWith("- **" + parts[1] + ":** ", StringComparison.Ordinal));
        Assert.True(sub >= 0, $"Section '{parts[0]}' has no part '{parts[1]}'.\n{string.Join("\n", section)}");
        var isHeading = section[sub].StartsWith("### ", StringComparison.Ordinal);
        return section.Skip(sub).Take(1).Concat(section.Skip(sub + 1)
            .TakeWhile(l => isHeading ? !l.StartsWith("### ", StringComparison.Ordinal) : !l.StartsWith("- ", StringComparison.Ordinal))).ToList();
    }
}
