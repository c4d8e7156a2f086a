using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

/// <summary>The Art. 13 notice drafted from a register: per-data-set retention, transfers, rights, escaping.</summary>
public class NoticeRenderingTests
{
    private static RegisterField Field(string type, string member, string category, string? retention) =>
        new(type, member, category, new[] { "platform-management" }, retention, "Mask", false, false, null);

    private static RegisterRetention Rule(string category, string text, string description) =>
        new(category, text, "Relationship", null, "end of contract", null, null, description);

    private static ProcessingRegister Register(string hostile = "", IReadOnlyList<RegisterTransfer>? transfers = null)
    {
        var platform = new RegisterActivity("platform-management", "Platform management", "Accounts.", true, "Contract", null, "None",
            new[] { "Customers" }, new[] { "Financial", "Identification" },
            new[]
            {
                Rule("Financial", "during contract + 10y archive", "the duration of the contract, then 10 years in archive"),
                Rule("Identification", "during contract", "the duration of the contract"),
                Rule("Identification", "during contract + 5y archive", "the duration of the contract, then 5 years in archive"),
            },
            new[] { "Support " + hostile }, transfers ?? Array.Empty<RegisterTransfer>(), Array.Empty<string>(),
            new[]
            {
                Field("Acme.Billing.Invoice", "CustomerName", "Financial", "during contract + 10y archive"),
                Field("Acme.Customers.CustomerFile", "ContactName", "Identification", "during contract + 5y archive"),
                Field("Acme.Accounts.UserAccount", "IpAddress", "Identification", "during contract"),
                Field("Acme.Accounts.UserAccount", "Username", "Identification", "during contract"),
                Field("Acme.Outer+Inner" + hostile + "<T>", "Iban", "Financial", "during contract + 10y archive"),
            });
        var logging = new RegisterActivity("logging", "Logging", null, true, "LegitimateInterests", "Security", "None",
            Array.Empty<string>(), Array.Empty<string>(), new[] { new RegisterRetention("*", "1y", "FromCollection", "P1Y", "collection", null, null, "1 year") },
            Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), Array.Empty<RegisterField>());
        return new ProcessingRegister("1.0", "Acme", new RegisterController("Acme", null, "privacy@acme.test", null, null, null, "CNIL") { NoDataProtectionOfficer = true }, new[] { logging, platform });
    }

    [Fact]
    public void Retention_is_given_per_data_set_so_each_rule_is_tied_to_its_data()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.Contains(
            "- **Platform management:**\n" +
            "  - Customer file: the duration of the contract, then 5 years in archive\n" +
            "  - Inner: the duration of the contract, then 10 years in archive\n" +
            "  - Invoice: the duration of the contract, then 10 years in archive\n" +
            "  - User account: the duration of the contract\n", notice);
        // An activity without annotated members gives its own retention.
        Assert.Contains("- **Logging:** 1 year\n", notice);
    }

    [Fact]
    public void Data_is_listed_by_category_with_member_names_in_words_and_acronyms_kept()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.Contains("- **Financial data:** customer name, IBAN\n", notice);
        Assert.Contains("- **Identification data:** contact name, IP address, username\n", notice);
        Assert.Contains("Data used: Financial data, Identification data.", notice);
    }

    [Fact]
    public void Transfers_name_their_purposes_and_safeguards_and_their_absence_is_stated()
    {
        Assert.Contains("Your data is not transferred outside the European Union.", PrivacyNotice.Write(Register()));

        var notice = PrivacyNotice.Write(Register(transfers: new[] { new RegisterTransfer("Helpdesk", "US", "StandardContractualClauses", "a DPA") }));
        Assert.Contains("- to Helpdesk (US), for Platform management, under the Standard Contractual Clauses approved by the European Commission, and a DPA.", notice);
    }

    [Fact]
    public void Withdrawal_of_consent_is_offered_only_when_consent_is_a_ground()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.DoesNotContain("withdraw your consent", notice);
        Assert.Contains("- object to the processing of your personal data, as set out under \"Your right to object\" (right to object, Art. 21).", notice);
        Assert.Contains("For any question about this notice, write to privacy@acme.test.", notice);
    }

    private static RegisterActivity Activity(string id, string name, string basis, string? interest = null, IReadOnlyList<RegisterRetention>? retention = null) =>
        new(id, name, null, true, basis, interest, "None", Array.Empty<string>(), Array.Empty<string>(),
            retention ?? new[] { new RegisterRetention("*", "1y", "FromCollection", "P1Y", "collection", null, null, "1 year") },
            Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), Array.Empty<RegisterField>(),
            // Every field the record needs of an activity, so only what a test leaves out is a point to confirm.
            internalRecipients: new[] { "Support team" }, dpia: new RegisterDpia("NotRequired", null, null, "No large-scale processing"),
            securityChecklist: new[] { "AccessControl" }, created: "2024-01-15")
        { Requirement = "Contractual", ConsequenceIfNotProvided = "the service cannot be provided", AutomatedDecisions = "None" };

    private static ProcessingRegister With(params RegisterActivity[] activities) =>
        new("1.0", "Acme", new RegisterController("Acme", null, "privacy@acme.test", null, null, null, "CNIL") { NoDataProtectionOfficer = true }, activities, version: "2.1.0", date: "2026-03-01");

    private static List<string> Rights(string notice) =>
        notice.Split('\n').SkipWhile(l => l != "## Your rights").Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
            .Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();

    [Fact]
    public void Rights_follow_the_legal_bases_portability_for_consent_and_contract_objection_for_legitimate_interests()
    {
        // A legal obligation alone: no portability (Art. 20(1)(a)), no objection (Art. 21(1)), no withdrawal.
        var obligation = PrivacyNotice.Write(With(Activity("exercising-rights", "Exercising rights", "LegalObligation")));
        Assert.Equal(4, Rights(obligation).Count);
        Assert.DoesNotContain("portability", obligation);
        Assert.DoesNotContain("## Your right to object", obligation);
        Assert.DoesNotContain("withdraw", obligation);

        var mixed = PrivacyNotice.Write(With(
            Activity("platform-management", "Platform management", "Contract"),
            Activity("service-improvement", "Service improvement", "Consent"),
            Activity("logging", "Logging", "LegitimateInterests", "Security")));
        var rights = Rights(mixed);
        Assert.Contains(rights, r => r.StartsWith("- receive the personal data you have provided to us in a structured, commonly used and machine-readable format", StringComparison.Ordinal)
                                     && r.EndsWith("for the processing based on your consent or on a contract: Platform management, Service improvement;", StringComparison.Ordinal));
        Assert.Contains("- withdraw your consent at any time, for Service improvement; the withdrawal of consent does not affect the lawfulness of processing based on consent before its withdrawal (Art. 7(3));", rights);
        Assert.Equal("- object to the processing of your personal data, as set out under \"Your right to object\" (right to object, Art. 21).", rights[^1]);
    }

    [Fact]
    public void The_right_to_object_stands_apart_in_bold_before_the_other_sections_and_covers_direct_marketing()
    {
        var notice = PrivacyNotice.Write(With(
            Activity("logging", "Logging", "LegitimateInterests", "Security"),
            Activity("commercial-prospecting", "Commercial prospecting", "Consent")));
        var lines = notice.Split('\n').ToList();
        var objection = lines.IndexOf("## Your right to object");
        Assert.True(objection > lines.IndexOf("## Why we use it, and on what grounds") && objection < lines.IndexOf("## How long we keep it"));
        Assert.Contains("**You have the right to object at any time, on grounds relating to your particular situation, to the processing of your personal data based on our legitimate interests (Art. 21(1) GDPR): Logging.**", lines);
        Assert.Contains("**Where your personal data is processed for direct marketing, you can object to it at any time, without giving a reason (Art. 21(2) GDPR).**", lines);
    }

    [Fact]
    public void A_register_with_points_to_confirm_gives_a_draft_named_and_titled_so_and_one_without_gives_the_notice_to_publish()
    {
        var final = With(Activity("logging", "Logging", "LegitimateInterests", "Security"));
        Assert.False(PrivacyNotice.IsDraft(final));
        Assert.Equal(".privacy-notice.md", PrivacyNotice.FileSuffix(final, Lexicon.English));
        Assert.Equal(".privacy-notice.fr.md", PrivacyNotice.FileSuffix(final, Lexicon.French));
        var published = PrivacyNotice.Write(final);
        Assert.StartsWith("# Privacy notice: Acme\n\nVersion 2.1.0 of 1 March 2026.\n\n## Who is responsible", published);
        Assert.DoesNotContain("Review it before you publish it", published);

        var open = new ProcessingRegister("1.0", "Acme", new RegisterController("Acme", null, "privacy@acme.test", null, null, null, "CNIL", toConfirm: "Is there a DPO?"),
            final.Activities, mergedFrom: new[] { "Acme.Api", "Acme.Web" });
        Assert.True(PrivacyNotice.IsDraft(open));
        Assert.Equal(".privacy-notice.draft.md", PrivacyNotice.FileSuffix(open, Lexicon.English));
        Assert.Equal(".privacy-notice.draft.fr.md", PrivacyNotice.FileSuffix(open, Lexicon.French));
        var draft = PrivacyNotice.Write(open);
        // The controller's note, the DPO it neither names nor confirms absent, and the record's version and date, which this register does not declare.
        Assert.StartsWith("# Draft privacy notice: Acme\n\n**Draft, not for publication:** 4 points remain to be confirmed (listed below).", draft);
        Assert.Contains("Neither versioned nor dated", draft);
        Assert.Contains("merged by `klivar-privacy merge` from Acme.Api, Acme.Web", draft);
        Assert.StartsWith("# Projet de politique de confidentialité : Acme\n\n**Projet, à ne pas publier :** 4 points restent à confirmer", PrivacyNotice.Write(open, Lexicon.French));
        Assert.Contains("Version 2.1.0 du 1er mars 2026.", PrivacyNotice.Write(final, Lexicon.French));
    }

    [Fact]
    public void The_dpo_or_its_absence_the_internal_recipients_and_how_to_get_a_copy_of_the_safeguards_are_always_said()
    {
        var notice = PrivacyNotice.Write(Register(transfers: new[] { new RegisterTransfer("Helpdesk", "US", "StandardContractualClauses", null) }));
        Assert.Contains("- Data protection officer: none designated\n", notice);
        Assert.Contains("- Within Acme: the departments that receive the data are not stated *(to confirm)*\n", notice);
        Assert.Contains("You can obtain a copy of these safeguards on request by e-mail at privacy@acme.test.", notice);

        var adequate = PrivacyNotice.Write(Register(transfers: new[] { new RegisterTransfer("Hosting", "CH", "AdequacyDecision", null) }));
        Assert.DoesNotContain("copy of these safeguards", adequate);
    }

    [Fact]
    public void An_archive_phase_is_presented_with_its_own_ground_not_the_purposes()
    {
        var archived = new[]
        {
            new RegisterRetention("Financial", "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)", "Relationship", null, "end of contract", "P10Y", null,
                "the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)", "LegalObligation", "Code de commerce, art. L123-22"),
            new RegisterRetention("Identification", "during contract + 5y archive", "Relationship", null, "end of contract", "P5Y", null, "the duration of the contract, then 5 years in archive"),
        };
        var notice = PrivacyNotice.Write(With(Activity("platform-management", "Platform management", "Contract", retention: archived)));
        Assert.Contains("Legal basis: performance of a contract (Art. 6(1)(b) GDPR).\n\n", notice);
        Assert.Contains("\n\nOnce this purpose is fulfilled, some data is kept in intermediate archive, with access restricted, on a ground of its own: " +
                        "to comply with a legal obligation (Art. 6(1)(c) GDPR; Code de commerce, art. L123-22); for other data, the ground is still to be stated. *(to confirm)*", notice);
    }

    [Fact]
    public void Each_purpose_says_whether_the_data_must_be_provided_and_whether_decisions_are_automated_and_a_silence_keeps_the_notice_a_draft()
    {
        var stated = PrivacyNotice.Write(With(Activity("platform-management", "Platform management", "Contract")));
        Assert.Contains("Providing this data is a contractual requirement. If it is not provided: the service cannot be provided\n", stated);
        Assert.Contains("No decision based solely on automated processing, including profiling, is made (Art. 22 GDPR).\n", stated);
        Assert.Contains("La fourniture de ces données a un caractère contractuel. À défaut : the service cannot be provided\n",
            PrivacyNotice.Write(With(Activity("platform-management", "Platform management", "Contract")), Lexicon.French));

        var silent = Activity("logging", "Logging", "LegitimateInterests", "Security");
        silent.Requirement = null;
        silent.AutomatedDecisions = null;
        var register = With(silent);
        Assert.True(PrivacyNotice.IsDraft(register));
        var draft = PrivacyNotice.Write(register);
        Assert.Contains("Whether providing this data is required, and what follows if it is not: not stated. *(to confirm)*", draft);
        Assert.Contains("Automated decision-making, including profiling: not stated. *(to confirm)*", draft);
        Assert.Contains("1. **Logging:** Still to state: whether providing the data is required, and what follows if not (Requirement, ConsequenceIfNotProvided; Art. 13(2)(e)); " +
            "whether decisions are automated, including profiling, or that none are (AutomatedDecisions; Art. 13(2)(f)).\n", draft);
    }

    [Fact]
    public void The_french_notice_adds_the_post_mortem_directives_and_the_english_one_does_where_french_law_applies()
    {
        var register = With(Activity("logging", "Logging", "LegitimateInterests", "Security"));
        Assert.Contains("(article 85 de la loi Informatique et Libertés).", PrivacyNotice.Write(register, Lexicon.French));
        Assert.DoesNotContain("after your death", PrivacyNotice.Write(register));
        var french = new ProcessingRegister("1.0", "Acme", new RegisterController("Acme", null, null, null, null, null, null, applicableLaw: "the French Data Protection Act (Loi Informatique et Libertés)"),
            register.Activities);
        Assert.Contains("after your death (Article 85 of the French Data Protection Act).", PrivacyNotice.Write(french));
    }

    [Fact]
    public void Attribute_text_stays_text_in_every_new_section()
    {
        const string hostile = "*x* | <b>y</b>\n# z";
        var notice = PrivacyNotice.Write(Register(hostile));
        Assert.DoesNotContain("<b>", notice);
        Assert.DoesNotContain("\n# z", notice);
        Assert.Contains("- Support \\*x\\* \\| \\<b\\>y\\</b\\> \\# z\n", notice);
        Assert.Equal(notice, PrivacyNotice.Write(Register(hostile)));
    }
}
