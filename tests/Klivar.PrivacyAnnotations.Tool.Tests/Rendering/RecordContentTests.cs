using System.Text.Json;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

/// <summary>The fields a DPO needs: DPO, representative, law, processors, recipients by kind, DPIA, checklist,
/// to-confirm notes, data sets, protection words, the record's version and date, and French output.</summary>
public class RecordContentTests
{
    private static RegisterField Field(string type, string member, string category, string retention, bool hashed = false, string? dataSet = null, string? toConfirm = null) =>
        new(type, member, category, new[] { "platform-management" }, retention, "Erase", false, false, null, hashed: hashed, dataSet: dataSet, toConfirm: toConfirm);

    /// <param name="noDpoConfirmed">Without a DPO: whether the controller confirms that none is designated.</param>
    internal static ProcessingRegister Full(string? dpo = null, string? country = null, bool noDpoConfirmed = true)
    {
        var fields = new[]
        {
            Field("Acme.Accounts.UserAccount", "PasswordHash", "Credentials", "during contract", hashed: true),
            Field("Acme.Billing.AuditEntry", "Email", "Contact", "during contract + 10y archive", toConfirm: "Is the e-mail really in the audit trail?"),
            Field("Acme.Billing.AuditEntry", "Name", "Identification", "during contract"),
            Field("Acme.Billing.Invoice", "CustomerName", "Identification", "during contract + 10y archive", dataSet: "Billing records"),
        };
        var retention = new[]
        {
            new RegisterRetention("Contact", "during contract + 10y archive", "Relationship", null, "end of contract", "P10Y", null, "the duration of the contract, then 10 years in archive"),
            new RegisterRetention("Credentials", "during contract", "Relationship", null, "end of contract", null, null, "the duration of the contract"),
            new RegisterRetention("Identification", "during contract", "Relationship", null, "end of contract", null, null, "the duration of the contract"),
            new RegisterRetention("Identification", "during contract + 10y archive", "Relationship", null, "end of contract", "P10Y", null, "the duration of the contract, then 10 years in archive"),
        };
        var security = new List<string> { "Quarterly access reviews" };
        var evidence = new List<string>();
        SecurityFacts.Add(evidence, fields);
        var activity = new RegisterActivity("platform-management", "Platform management", "Accounts.", true, "Contract", null, null,
            new[] { "Customers" }, new[] { "Contact", "Credentials", "Identification" }, retention, new[] { "Auditors" },
            new[] { new RegisterTransfer("Helpdesk", country, "StandardContractualClauses", "a DPA", country is null ? "Which country?" : null) },
            security, fields,
            jointControllers: new[] { "Acme Partner SAS" }, internalRecipients: new[] { "Support team" }, thirdPartyRecipients: new[] { "Tax authority" },
            processors: new[] { new RegisterProcessor("CloudCo", "FR", "Art. 28 DPA of 2024-01-10", null) },
            dpia: new RegisterDpia("NotRequired", null, null, "No large-scale processing"),
            securityChecklist: new[] { "AccessControl", "Backups" }, created: "2024-01-15", toConfirm: "Basis chosen by a tool");
        var controller = new RegisterController("Acme", "SIREN 1", "privacy@acme.test", "1 rue X, Paris", null, dpo, "CNIL", "Acme EU Rep, Dublin",
            "the French Data Protection Act", null) { NoDataProtectionOfficer = dpo is null && noDpoConfirmed };
        activity.TechnicalEvidence = evidence;
        activity.Requirement = nameof(DataRequirement.Contractual);
        activity.ConsequenceIfNotProvided = "No account can be opened";
        activity.AutomatedDecisions = nameof(AutomatedDecisions.None);
        return new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Acme.App", controller, new[] { activity }, version: "2.3.0", date: "2026-01-01");
    }

    [Fact]
    public void Every_new_field_survives_a_json_round_trip()
    {
        var json = RegisterJson.Write(Full(dpo: "Jane Doe, dpo@acme.test", country: null));
        Assert.Equal(json, RegisterJson.Write(RegisterJson.Read(json)));
        var root = JsonDocument.Parse(json).RootElement;
        Assert.Equal("1.1", root.GetProperty("schemaVersion").GetString());
        Assert.Equal("2.3.0", root.GetProperty("version").GetString());
        Assert.Equal("2026-01-01", root.GetProperty("date").GetString());
        var a = root.GetProperty("activities")[0];
        Assert.Equal("NotRequired", a.GetProperty("dpia").GetProperty("status").GetString());
        Assert.Equal("CloudCo", a.GetProperty("processors")[0].GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, a.GetProperty("transfers")[0].GetProperty("country").ValueKind);
        Assert.Equal("Which country?", a.GetProperty("transfers")[0].GetProperty("toConfirm").GetString());
        Assert.True(a.GetProperty("fields")[0].GetProperty("hashed").GetBoolean());
        Assert.Equal("Audit entry", a.GetProperty("fields")[1].GetProperty("dataSet").GetString());
    }

    [Fact]
    public void Without_a_dpo_the_register_says_none_is_designated_once_confirmed_and_leaves_it_to_confirm_before()
    {
        Assert.Contains("| Data protection officer | No data protection officer designated |", RegisterMarkdown.Write(Full()));
        Assert.Contains("| Data protection officer | Jane Doe, dpo@acme.test |", RegisterMarkdown.Write(Full(dpo: "Jane Doe, dpo@acme.test")));
        Assert.Contains("Aucun délégué à la protection des données désigné", RegisterMarkdown.Write(Full(), Lexicon.French));
        Assert.DoesNotContain("No data protection officer is named", RegisterMarkdown.Write(Full()));

        // Neither named nor confirmed absent: a point to confirm, never "none designated".
        var open = RegisterMarkdown.Write(Full(noDpoConfirmed: false));
        Assert.Contains("| Data protection officer | not stated (to confirm: the DPO designated, or that none is) |", open);
        Assert.Contains("- **The controller Acme:** No data protection officer is named, and nobody has confirmed that none is designated", open);
        Assert.DoesNotContain("No data protection officer designated", open);
        var french = RegisterMarkdown.Write(Full(noDpoConfirmed: false), Lexicon.French);
        Assert.Contains("Aucun délégué à la protection des données n'est indiqué, et l'absence de désignation n'est pas confirmée", french);
    }

    [Fact]
    public void What_the_code_proves_is_technical_evidence_apart_from_the_declared_measures()
    {
        var register = Full();
        var markdown = RegisterMarkdown.Write(register);
        Assert.Contains("- **Other security measures:** Quarterly access reviews\n", markdown);
        Assert.Contains("- **Technical evidence (what the code proves of the fields; not a declared measure):** Hashed (one-way): UserAccount.PasswordHash", markdown);
        var csv = RegisterCsv.Write(register);
        Assert.Contains(",Quarterly access reviews,", csv);
        Assert.Contains("Technical evidence (from the code)", csv.Split('\n')[0]);
        Assert.Contains("Hashed (one-way): UserAccount.PasswordHash", csv);
        var json = JsonDocument.Parse(RegisterJson.Write(register)).RootElement.GetProperty("activities")[0];
        Assert.Equal(new[] { "Quarterly access reviews" }, json.GetProperty("securityMeasures").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(2, json.GetProperty("technicalEvidence").GetArrayLength());
    }

    [Fact]
    public void The_register_shows_the_record_version_date_and_every_art_30_field()
    {
        var md = RegisterMarkdown.Write(Full(country: "US"));
        foreach (var expected in new[]
        {
            "- **Record version:** 2.3.0", "- **Date of this version:** 2026-01-01", "| Representative in the Union (Art. 27) | Acme EU Rep, Dublin |",
            "| Applicable national law | the French Data Protection Act |", "- **Joint controllers (Art. 26):** Acme Partner SAS", "- **Created:** 2024-01-15",
            "- **Internal recipients:** Support team", "- **Processors (Art. 28):** CloudCo (FR), contract: Art. 28 DPA of 2024-01-10",
            "- **Third parties:** Tax authority", "- **DPIA (Art. 35):** not required: No large-scale processing",
            "- **Security measures (checklist):** User access control, Data backups", "- **Other security measures:** Quarterly access reviews",
        })
            Assert.Contains(expected, md);
        // No version or date declared: the record says so, and lists both among its points to confirm.
        var undeclared = RegisterMarkdown.Write(new ProcessingRegister("1.1", "A", null, Array.Empty<RegisterActivity>()));
        Assert.Contains("- **Record version:** to confirm", undeclared);
        Assert.Contains("- **Date of this version:** to confirm", undeclared);
        // Either way of setting them is named: the project property for a build's register, merge's option for a merged one.
        Assert.Contains("- **A:** No version of the record is declared: set it when the DPO approves this version (PrivacyRegisterVersion in the project file; merge --version for a merged register).", undeclared);
        Assert.Contains("(PrivacyRegisterDate, yyyy-MM-dd, in the project file; merge --date for a merged register)", undeclared);
    }

    [Fact]
    public void A_password_hash_is_hashed_not_pseudonymised()
    {
        var register = Full();
        var md = RegisterMarkdown.Write(register);
        Assert.Contains("hashed (one-way), redacted in output (erased)", md);
        Assert.Contains("Hashed (one-way): UserAccount.PasswordHash", md);
        Assert.DoesNotContain("seudonymised", md);
    }

    [Fact]
    public void A_transfer_without_a_country_says_so_with_the_conditional_safeguard_and_is_marked()
    {
        var notice = PrivacyNotice.Write(Full(country: null));
        Assert.Contains("- to Helpdesk (country not identified), for all the purposes above, where the country is not considered by the European Commission to offer adequate protection, under the Standard Contractual Clauses approved by the European Commission, and a DPA. *(to confirm)*", notice);
        Assert.Contains("(country not identified, ", RegisterMarkdown.Write(Full(country: null)));
        // With a country, the plain wording.
        Assert.Contains("- to Helpdesk (US), for all the purposes above, under the Standard Contractual Clauses", PrivacyNotice.Write(Full(country: "US")));
    }

    [Fact]
    public void The_notice_draft_opens_with_every_point_to_confirm_and_marks_what_they_touch()
    {
        var notice = PrivacyNotice.Write(Full(country: null));
        var firstSection = notice.Split('\n').First(l => l.StartsWith("## ", StringComparison.Ordinal));
        Assert.Equal("## To confirm before publishing", firstSection);
        Assert.Contains("1. **Platform management:** Basis chosen by a tool", notice);
        Assert.Contains("2. **Audit entry: Email:** Is the e-mail really in the audit trail?", notice);
        Assert.Contains("3. **Transfer to Helpdesk:** Which country?", notice);
        Assert.Contains("- **Platform management:** *(to confirm)*", notice);
        // Without notes, with the record's version and date declared, the DPO settled, and every field the record and the
        // notice need of each purpose stated, no such section.
        var settled = RegisterJsonTests.Sample(version: "3", date: "2026-11-02");
        if (settled.Controller is { } controller && controller.DataProtectionOfficer is null) controller.NoDataProtectionOfficer = true;
        foreach (var a in settled.Activities)
        {
            a.Requirement = nameof(DataRequirement.Contractual);
            a.AutomatedDecisions = nameof(AutomatedDecisions.None);
            a.InternalRecipients = new[] { "Support team" };
            a.SecurityChecklist = new[] { nameof(SecurityMeasure.AccessControl) };
            a.Dpia = new RegisterDpia(nameof(DpiaStatus.NotRequired), null, null, "No large-scale processing");
            a.Created = "2024-01-15";
        }
        Assert.DoesNotContain("To confirm before publishing", PrivacyNotice.Write(settled));
        // Any one of them left empty is a point again.
        settled.Activities.First(a => a.Declared).Created = null;
        Assert.Contains("the creation date (Created)", PrivacyNotice.Write(settled));
    }

    [Fact]
    public void The_notice_groups_retention_by_data_set_and_category_in_words_and_shows_no_type_name()
    {
        var notice = PrivacyNotice.Write(Full(country: "US"));
        Assert.Contains("  - Audit entry: *(to confirm)*\n    - Contact data: the duration of the contract, then 10 years in archive\n    - Identification data: the duration of the contract\n", notice);
        Assert.Contains("  - Billing records: the duration of the contract, then 10 years in archive\n", notice);
        Assert.Contains("  - User account: the duration of the contract\n", notice);
        foreach (var codeName in new[] { "AuditEntry", "UserAccount", "Acme.Billing", "Acme.Accounts", "PasswordHash", "CustomerName" })
            Assert.DoesNotContain(codeName, notice);
        Assert.Contains("- Within Acme: Support team", notice);
        Assert.Contains("- Our processors, who process the data on our behalf: CloudCo (FR)", notice);
        Assert.Contains("- Third parties: Tax authority", notice);
        Assert.Contains("We process your personal data in accordance with the General Data Protection Regulation (GDPR) and the French Data Protection Act.", notice);
    }

    [Fact]
    public void French_takes_the_teams_texts_and_marks_and_reports_any_missing_one()
    {
        var texts = RegisterTexts.Parse("""
            {
              "activities": { "platform-management": { "name": "Gestion de la plateforme", "description": "Comptes." } },
              "texts": { "Customers": "Clients", "Support team": "Équipe support" }
            }
            """);
        var missing = new List<string>();
        var french = RegisterTranslation.Translate(Full(country: "US"), Lexicon.French, texts, missing);
        var notice = PrivacyNotice.Write(french, Lexicon.French);
        Assert.Contains("### Gestion de la plateforme\n", notice);
        Assert.Contains("Personnes concernées : Clients.", notice);
        Assert.Contains("Base légale : exécution d'un contrat (art. 6.1.b RGPD).", notice);
        Assert.Contains("- (non traduit) Audit entry :", notice);
        Assert.Contains("Audit entry", missing);
        Assert.Contains("the French Data Protection Act", missing);
        Assert.DoesNotContain("Customers", missing);
        // Retention in French words.
        Assert.Contains("la durée du contrat, puis 10 ans en archivage intermédiaire", notice);
        // English is the code's language: nothing to translate, nothing missing.
        var none = new List<string>();
        var english = Full();
        Assert.Same(english, RegisterTranslation.Translate(english, Lexicon.English, RegisterTexts.Empty, none));
        Assert.Empty(none);
    }

    [Theory]
    [InlineData("3y after last-contact unless consent-withdrawn", "3 ans après le dernier contact, sauf retrait du consentement")]
    [InlineData("during contract + 5y archive", "la durée du contrat, puis 5 ans en archivage intermédiaire")]
    [InlineData("during contract + 5y archive for legal-claims (Code civil, art. 2224)", "la durée du contrat, puis 5 ans en archivage intermédiaire pour la constatation, l'exercice ou la défense de droits en justice (Code civil, art. 2224)")]
    [InlineData("during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)", "la durée du contrat, puis 10 ans en archivage intermédiaire pour respecter une obligation légale (Code de commerce, art. L123-22)")]
    [InlineData("calendar-year of request + 2y archive", "l'année civile de la demande, puis 2 ans en archivage intermédiaire")]
    [InlineData("1y", "1 an")]
    [InlineData("6m", "6 mois")]
    [InlineData("30d after subscription", "30 jours après l'abonnement")]
    public void Retention_rules_read_in_french(string rule, string words)
    {
        Assert.True(RetentionPolicy.TryParse(rule, out var policy));
        Assert.Equal(words, FrenchRetention.Describe(policy!, e => FrenchRetention.KnownEvent(e)!));
    }

    [Fact]
    public void What_a_b2b_service_holds_about_its_customers_staff_is_professional_life_in_the_cnil_categories()
    {
        var fields = new[]
        {
            Field("Acme.Crm.Contact", "JobTitle", "Professional", "during contract"),
            Field("Acme.Crm.Contact", "Employer", "Professional", "during contract"),
            Field("Acme.Accounts.Subscription", "Plan", "Account", "during contract"),
        };
        var activity = new RegisterActivity("customer-management", "Customer management", null, true, "Contract", null, "None", new[] { "Customers' staff" },
            new[] { "Account", "Professional" }, Array.Empty<RegisterRetention>(), Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), fields);
        var register = new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Acme.Crm", null, new[] { activity });

        var french = RegisterCsv.Write(register, Lexicon.French).Split('\n');
        Assert.Contains(french, row => row.Contains(";Données de la vie professionnelle;Vie professionnelle;", StringComparison.Ordinal));
        Assert.DoesNotContain(french, row => row.Contains("Vie personnelle", StringComparison.Ordinal));
        Assert.Contains(RegisterCsv.Write(register).Split('\n'), row => row.Contains(",Professional data,Professional life,", StringComparison.Ordinal));
        Assert.Contains("Données de la vie professionnelle", RegisterMarkdown.Write(register, Lexicon.French));
    }
}
