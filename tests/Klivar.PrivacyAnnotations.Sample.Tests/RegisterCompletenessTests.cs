using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>
/// The sample's register as a DPO reads it: every Art. 30(1) item and every field of the CNIL template has a
/// place in the JSON; every fact the sample states is the policy's, or is marked to confirm; the notice opens with the
/// points to confirm; the French notice is French and the English one English.
/// </summary>
public class RegisterCompletenessTests
{
    private static readonly JsonElement Register = JsonDocument.Parse(SampleOutput.Read("Klivar.Platform.privacy-register.json")).RootElement;
    private static readonly string NoticeEn = SampleOutput.Read("Klivar.Platform.privacy-notice.draft.md");
    private static readonly string NoticeFr = SampleOutput.Read("Klivar.Platform.privacy-notice.draft.fr.md");

    /// <summary>Each GDPR Art. 30(1) item and each CNIL template field, and where the JSON register holds it.</summary>
    public static TheoryData<string, string> Places => new()
    {
        // GDPR Art. 30(1)
        { "Art. 30(1)(a) controller name", "controller.name" },
        { "Art. 30(1)(a) controller contact", "controller.email" },
        { "Art. 30(1)(a) controller address", "controller.address" },
        { "Art. 30(1)(a) joint controller", "activities[].jointControllers" },
        { "Art. 30(1)(a) controller's representative", "controller.euRepresentative" },
        { "Art. 30(1)(a) data protection officer", "controller.dataProtectionOfficer" },
        { "Art. 30(1)(b) purposes", "activities[].name" },
        { "Art. 30(1)(b) purposes described", "activities[].description" },
        { "Art. 30(1)(c) categories of data subjects", "activities[].dataSubjects" },
        { "Art. 30(1)(c) categories of personal data", "activities[].dataCategories" },
        { "Art. 30(1)(d) recipients: internal", "activities[].internalRecipients" },
        { "Art. 30(1)(d) recipients: processors", "activities[].processors[].name" },
        { "Art. 30(1)(d) recipients: third parties", "activities[].thirdPartyRecipients" },
        { "Art. 30(1)(e) transfers: country", "activities[].transfers[].country" },
        { "Art. 30(1)(e) transfers: safeguard", "activities[].transfers[].safeguard" },
        { "Art. 30(1)(f) time limits for erasure", "activities[].retention[].description" },
        { "Art. 30(1)(f) time limits per category", "activities[].retention[].appliesTo" },
        { "Art. 30(1)(g) security measures (checklist)", "activities[].securityChecklist" },
        { "Art. 30(1)(g) security measures (in words)", "activities[].securityMeasures" },
        { "Art. 30(1)(g) security facts of the data", "activities[].fields[].hashed" },
        // The CNIL template: the organisation page
        { "CNIL organisation name", "controller.name" },
        { "CNIL controller contact: address", "controller.address" },
        { "CNIL controller contact: phone", "controller.phone" },
        { "CNIL controller contact: e-mail", "controller.email" },
        { "CNIL DPO contact", "controller.dataProtectionOfficer" },
        { "CNIL list of activities", "activities[].id" },
        // The CNIL template: one sheet per activity
        { "CNIL 1 activity name", "activities[].name" },
        { "CNIL 1 creation date", "activities[].created" },
        { "CNIL 1 last-update date", "date" },
        { "CNIL 1 record version", "version" },
        { "CNIL 1 joint controller", "activities[].jointControllers" },
        { "CNIL 1 software used", "assembly" },
        { "CNIL 2 main purpose", "activities[].name" },
        { "CNIL 2 sub-purposes", "activities[].description" },
        { "CNIL 2 legal basis", "activities[].legalBasis" },
        { "CNIL 3 categories of data subjects", "activities[].dataSubjects" },
        { "CNIL 4 categories of data collected", "activities[].fields[].category" },
        { "CNIL 5 sensitive data", "activities[].dataCategories" },
        { "CNIL 5 Art. 9 condition", "activities[].specialCategoryCondition" },
        { "CNIL 6 retention per category", "activities[].retention[].text" },
        { "CNIL 7 recipients: internal", "activities[].internalRecipients" },
        { "CNIL 7 recipients: external bodies", "activities[].thirdPartyRecipients" },
        { "CNIL 7 recipients: processors", "activities[].processors[].contract" },
        { "CNIL 8 transfers outside the EU: country", "activities[].transfers[].country" },
        { "CNIL 8 transfers outside the EU: safeguard", "activities[].transfers[].safeguard" },
        { "CNIL 9 security measures", "activities[].securityChecklist" },
        { "CNIL AIPD (DPIA)", "activities[].dpia.status" },
    };

    [Theory]
    [MemberData(nameof(Places))]
    public void Every_art_30_item_and_cnil_field_has_its_place_in_the_json_register(string item, string path)
    {
        var found = Resolve(Register, path.Split('.')).ToList();
        Assert.True(found.Count > 0, $"{item}: the register has nothing at '{path}'");
    }

    /// <summary>Walks a path; <c>name[]</c> steps into every element of an array, which must not be empty.</summary>
    private static IEnumerable<JsonElement> Resolve(JsonElement element, IReadOnlyList<string> parts)
    {
        if (parts.Count == 0) { yield return element; yield break; }
        var part = parts[0];
        var isArray = part.EndsWith("[]", StringComparison.Ordinal);
        var name = isArray ? part[..^2] : part;
        if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out var child)) yield break;
        if (!isArray) { foreach (var e in Resolve(child, parts.Skip(1).ToList())) yield return e; yield break; }
        if (child.ValueKind != JsonValueKind.Array) yield break;
        var results = child.EnumerateArray().Select(item => Resolve(item, parts.Skip(1).ToList()).ToList()).ToList();
        // Every element must hold the rest of the path (no activity may lack the field).
        if (results.Count == 0 || results.Any(r => r.Count == 0)) yield break;
        foreach (var e in results.SelectMany(r => r)) yield return e;
    }

    // ---- every fact the sample states: the policy's, or marked to confirm ----

    private static readonly string Policy = Normalize(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Policy", "klivar-privacy-policy.txt")));

    private static string Normalize(string text) =>
        Regex.Replace(text.Replace('\u2019', '\'').Replace('\u201c', '"').Replace('\u201d', '"'), @"\s+", " ").ToLowerInvariant();

    /// <summary>An assumption: the fact is not in the policy, so its declaration must carry a ToConfirm note.</summary>
    private const string Assumed = "";

    /// <summary>Every fact the sample's register states, with the policy's words that state it (or <see cref="Assumed"/>).</summary>
    private static readonly Dictionary<string, string> PolicyWords = new()
    {
        ["controller/name/Klivar"] = "Klivar (SIREN: 909 093 148) is responsible for processing personal data",
        ["controller/identifier/SIREN 909 093 148"] = "SIREN: 909 093 148",
        ["controller/email/avotreecoute@klivar.com"] = "Contact us by e-mail : avotreecoute@klivar.com",
        ["controller/address/KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France"] = "send a letter to:KLIVAR,1 center commercial la tour,93120 La courneuve",
        ["controller/supervisoryAuthority/CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07"] = "the CNIL, 3, Place de Fontenoy TSA 80715 75334 PARIS Cedex 07",
        ["controller/applicableLaw/the French Data Protection Act (Loi Informatique et Libertés)"] = "the French Data Protection Act (Loi Informatique et Libertés)",

        ["platform-management/name/Platform management"] = "Platform management (contract execution)",
        ["platform-management/legalBasis/Contract"] = "Platform management (contract execution)",
        ["platform-management/description/Managing access to and use of the platform: processing subscription requests, technical support and maintenance, sending changes and updates to the site or platform, answering requests for information and comments."] =
            "To manage your access to and use of our platform. This includes processing your subscription request, accessing technical support and maintenance associated with the platform, sending you changes and updates to our site or platform and responding to your requests for information and/or comments.",
        ["platform-management/dataSubjects/Platform users"] = "your use of our Website or Platform",
        ["platform-management/dataSubjects/Customers"] = "Customer file",
        ["platform-management/retention/during contract"] = "User account This data is kept for the duration of the contract.",
        ["platform-management/retention/during contract + 5y archive for legal-claims (Code civil, art. 2224)"] = "Customer file This data is kept for the duration of the contract + 5 years in the archives.",
        ["platform-management/retention/during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)"] = "Billing This data is kept for the duration of the contract + 10 years in the archives.",

        ["commercial-prospecting/name/Commercial prospecting"] = "Commercial prospecting (Consent)",
        ["commercial-prospecting/legalBasis/Consent"] = "Commercial prospecting (Consent)",
        ["commercial-prospecting/description/Carrying out commercial prospecting operations."] = "To carry out commercial prospecting operations",
        ["commercial-prospecting/dataSubjects/Prospects"] = "Commercial prospecting",
        ["commercial-prospecting/retention/3y after last-contact unless consent-withdrawn"] = "This data is kept for 3 years after the last contact, unless consent is withdrawn.",

        ["service-improvement/name/Service improvement"] = "Service improvement (Consent)",
        ["service-improvement/legalBasis/Consent"] = "Service improvement (Consent)",
        ["service-improvement/description/Improving functionality and navigation on the site and platform through tests, analyses and surveys; evaluating service quality and improving customer relations."] =
            "To improve functionality and navigation on our site and platform via tests, analyses and surveys. To evaluate service quality and improve customer relations.",
        ["service-improvement/dataSubjects/Platform users"] = "your use of our Website or Platform",
        ["service-improvement/dataSubjects/Beta testers"] = "if you have agreed to use the platform as a Beta tester",
        ["service-improvement/retention/during contract unless consent-withdrawn"] = Assumed,

        ["logging/name/Logging system"] = "Logging system (Legitimate interest)",
        ["logging/legalBasis/LegitimateInterests"] = "Logging system (Legitimate interest)",
        ["logging/description/Recording actions carried out on IT systems, in a trace and incident management system whose records cannot be altered."] =
            "we record certain actions carried out on IT systems. To this end, Klivar has a trace and incident management system. This records relevant events and ensures that these records cannot be altered.",
        ["logging/legitimateInterest/Identifying fraudulent access or misuse of personal data, and determining the origin of incidents."] =
            "In order to identify fraudulent access or misuse of personal data, or to determine the origin of an incident",
        ["logging/dataSubjects/Website visitors"] = "your use of our Website",
        ["logging/dataSubjects/Platform users"] = "your use of our Website or Platform",
        ["logging/retention/1y"] = "Logging system This data is kept for 1 year.",
        ["logging/securityChecklist/Traceability"] = "ensures that these records cannot be altered",

        ["contact-form/name/Contact form"] = "Contact form (Consent)",
        ["contact-form/legalBasis/Consent"] = "Contact form (Consent)",
        ["contact-form/description/Allowing any user to contact Klivar about an issue that may interest them."] =
            "To allow any user to contact Klivar regarding a particular issue that may be of interest to them.",
        ["contact-form/dataSubjects/Website visitors"] = "via the contact form on our website",
        ["contact-form/retention/3y after last-contact unless consent-withdrawn"] = Assumed,

        ["exercising-rights/name/Exercising rights"] = "Exercising rights (Legal obligation)",
        ["exercising-rights/legalBasis/LegalObligation"] = "Exercising rights (Legal obligation)",
        ["exercising-rights/description/Responding to any data subject's request about their personal data and its processing."] =
            "To respond to any data subject's request concerning the availability of personal data and its processing",
        ["exercising-rights/dataSubjects/Any data subject"] = "any data subject's request",
        // The period is the policy's; the ground of the archive is not, and the activity says so (ToConfirm).
        ["exercising-rights/retention/calendar-year of request + 2y archive for legal-claims (proof of the answer, should the person complain to the CNIL or bring a claim)"] = Assumed,

        ["processor/name/Service providers hosting Klivar's data"] = "Klivar mainly chooses service providers who host their data within the European Union.",
        ["processor/country/mainly within the European Union"] = "mainly chooses service providers who host their data within the European Union",
        ["transfer/recipient/Service providers operating outside the European Union"] = "we may transfer your Personal Data to service providers operating outside the European Union",
        ["transfer/safeguard/StandardContractualClauses"] = "we implement the Standard Contractual Clauses approved by the aforementioned Commission",
        ["transfer/additionalSafeguards/a Data Processing Agreement (DPA) in the contract with each provider"] =
            "we also include a Data Processing Agreement (\"DPA\") as part of our contractual relations with these service providers",
        // "Outside the EU" is the policy's; which country, it does not say (null in the register, and marked).
    };

    /// <summary>Each fact of the register: its key, and whether its declaration carries a ToConfirm note.</summary>
    private static IEnumerable<(string Key, bool Marked)> Facts()
    {
        var c = Register.GetProperty("controller");
        var controllerMarked = Text(c, "toConfirm") is not null;
        foreach (var name in new[] { "name", "identifier", "email", "address", "phone", "dataProtectionOfficer", "euRepresentative", "supervisoryAuthority", "applicableLaw" })
        {
            if (Text(c, name) is { } value) yield return ("controller/" + name + "/" + value, controllerMarked);
        }
        foreach (var a in Register.GetProperty("activities").EnumerateArray())
        {
            var id = Text(a, "id")!;
            var marked = Text(a, "toConfirm") is not null;
            foreach (var name in new[] { "name", "description", "legalBasis", "legitimateInterest", "specialCategoryCondition", "created" })
            {
                if (Text(a, name) is { } value) yield return (id + "/" + name + "/" + value, marked);
            }
            foreach (var name in new[] { "dataSubjects", "jointControllers", "recipients", "internalRecipients", "thirdPartyRecipients", "securityChecklist" })
            {
                foreach (var value in a.GetProperty(name).EnumerateArray()) yield return (id + "/" + name + "/" + value.GetString(), marked);
            }
            foreach (var value in a.GetProperty("securityMeasures").EnumerateArray().Select(v => v.GetString()!))
            {
                // The facts the fields state (hashed, redacted...) are the code's own, not claims about the policy.
                if (!Regex.IsMatch(value, "^(Encrypted at rest|Pseudonymised|Hashed \\(one-way\\)|Redacted in logs and output by generated helpers): "))
                    yield return (id + "/securityMeasures/" + value, marked);
            }
            foreach (var r in a.GetProperty("retention").EnumerateArray()) yield return (id + "/retention/" + Text(r, "text"), marked);
            var dpia = a.GetProperty("dpia");
            if (Text(dpia, "status") != "NotStated") yield return (id + "/dpia/" + Text(dpia, "status"), marked);
            foreach (var p in a.GetProperty("processors").EnumerateArray())
            {
                var pMarked = Text(p, "toConfirm") is not null;
                foreach (var name in new[] { "name", "country", "contract" })
                    if (Text(p, name) is { } value) yield return ("processor/" + name + "/" + value, pMarked);
            }
            foreach (var t in a.GetProperty("transfers").EnumerateArray())
            {
                var tMarked = Text(t, "toConfirm") is not null;
                foreach (var name in new[] { "recipient", "country", "safeguard", "additionalSafeguards" })
                    if (Text(t, name) is { } value) yield return ("transfer/" + name + "/" + value, tMarked);
            }
        }
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    [Fact]
    public void Every_fact_of_the_register_is_in_the_policy_or_marked_to_confirm()
    {
        var problems = new List<string>();
        foreach (var (key, marked) in Facts().Distinct())
        {
            if (!PolicyWords.TryGetValue(key, out var words))
                problems.Add($"'{key}': a fact with no policy words mapped to it (add them to PolicyWords, or mark the declaration ToConfirm and map it to Assumed)");
            else if (words == Assumed && !marked)
                problems.Add($"'{key}': an assumption whose declaration carries no ToConfirm note");
            else if (words != Assumed && !Policy.Contains(Normalize(words), StringComparison.Ordinal))
                problems.Add($"'{key}': the policy does not say \"{words}\"");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_sample_invents_none_of_the_facts_the_review_found()
    {
        // No country for the transfer, no identity-document number, no named team, no unstated security measure.
        Assert.All(Register.GetProperty("activities").EnumerateArray(), a =>
        {
            Assert.All(a.GetProperty("transfers").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("country").ValueKind));
            Assert.DoesNotContain(a.GetProperty("dataCategories").EnumerateArray(), c => c.GetString() == "NationalIdentifier");
            Assert.Empty(a.GetProperty("internalRecipients").EnumerateArray());
            Assert.Empty(a.GetProperty("recipients").EnumerateArray());
        });
        Assert.Equal(JsonValueKind.Null, Register.GetProperty("controller").GetProperty("dataProtectionOfficer").ValueKind);
        // The password hash is hashed, not pseudonymised.
        var password = Register.GetProperty("activities").EnumerateArray().SelectMany(a => a.GetProperty("fields").EnumerateArray())
            .First(f => f.GetProperty("member").GetString() == "PasswordHash");
        Assert.True(password.GetProperty("hashed").GetBoolean());
        Assert.False(password.GetProperty("pseudonymised").GetBoolean());
    }

    // ---- the notice draft opens with the points to confirm ----

    /// <summary>Every ToConfirm note written in the sample's code.</summary>
    private static List<string> CodeNotes()
    {
        var sources = Path.GetFullPath(Path.Combine(SampleOutput.Directory, "..", "..", ".."));
        return Directory.EnumerateFiles(sources, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), "ToConfirm = \"((?:[^\"\\\\]|\\\\.)*)\"").Select(m => m.Groups[1].Value))
            .ToList();
    }

    /// <summary>The record's own fields the sample does not declare: each is a point to confirm.</summary>
    /// <summary>The record's version and date, and the controller's DPO neither named nor confirmed absent.</summary>
    private static int EmptyMandatoryFields()
    {
        var controller = Register.GetProperty("controller");
        var dpoOpen = controller.GetProperty("dataProtectionOfficer").ValueKind == JsonValueKind.Null && !controller.TryGetProperty("noDataProtectionOfficer", out _);
        return new[] { "version", "date" }.Count(key => Register.GetProperty(key).ValueKind == JsonValueKind.Null) + (dpoOpen ? 1 : 0);
    }

    /// <summary>
    /// Read from the JSON, independently of the product's own computation: whether an activity leaves a field of the
    /// record empty (recipients, security measures, DPIA, creation date) or one the notice needs (Art. 13(2)(e)-(f)).
    /// </summary>
    private static bool LeavesAFieldEmpty(JsonElement a) =>
        !a.TryGetProperty("requirement", out _) || !a.TryGetProperty("automatedDecisions", out _)
        || a.GetProperty("internalRecipients").GetArrayLength() + a.GetProperty("recipients").GetArrayLength() == 0
        || a.GetProperty("securityChecklist").GetArrayLength() + a.GetProperty("securityMeasures").GetArrayLength() == 0
        || a.GetProperty("dpia").GetProperty("status").GetString() == "NotStated"
        || a.GetProperty("created").ValueKind == JsonValueKind.Null;

    [Fact]
    public void The_notice_opens_with_every_point_to_confirm_of_the_code()
    {
        var notes = CodeNotes();
        Assert.True(notes.Count >= 4, "the sample's assumptions are marked: " + string.Join(" | ", notes));
        foreach (var (notice, heading) in new[] { (NoticeEn, "## To confirm before publishing"), (NoticeFr, "## À confirmer avant publication") })
        {
            var sections = notice.Split('\n').Where(l => l.StartsWith("## ", StringComparison.Ordinal)).ToList();
            Assert.Equal(heading, sections[0]);
            var list = notice.Split('\n').SkipWhile(l => l != heading).Skip(1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal))
                .Where(l => Regex.IsMatch(l, @"^\d+\. ")).ToList();
            // Every note of the code, every field the record must hold and the sample leaves empty, and, per activity, one
            // point for the fields of the record and of the notice the policy does not give.
            var unstated = Register.GetProperty("activities").EnumerateArray().Count(LeavesAFieldEmpty);
            Assert.Equal(6, unstated);
            Assert.Equal(notes.Count + EmptyMandatoryFields() + unstated, list.Count);
            if (notice == NoticeEn)
                foreach (var note in notes) Assert.Contains(list, l => l.EndsWith(":** " + note, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void The_notices_name_data_by_data_set_and_in_words_never_by_a_csharp_name()
    {
        var codeNames = Register.GetProperty("activities").EnumerateArray().SelectMany(a => a.GetProperty("fields").EnumerateArray())
            .SelectMany(f => new[] { f.GetProperty("type").GetString()!, f.GetProperty("type").GetString()!.Split('.').Last(), f.GetProperty("member").GetString()! })
            // A member whose name is already a word ("Name", "Message") reads the same in the notice: only compound names count.
            .Where(n => Regex.IsMatch(n, "[a-z][A-Z]|\\."))
            .Distinct().ToList();
        Assert.Contains("UserAccount", codeNames);
        foreach (var notice in new[] { NoticeEn, NoticeFr })
            foreach (var name in codeNames)
                Assert.False(notice.Contains(name, StringComparison.Ordinal), $"the notice shows the C# name '{name}'");
    }

    // ---- one language per notice ----

    // Function words that only one of the two languages uses: a line with two of the other language's is a sentence in it.
    private static readonly string[] EnglishWords = { "the", "and", "of", "your", "we", "our", "is", "are", "with", "you", "for", "to", "this", "which", "by", "not", "data", "from" };
    private static readonly string[] FrenchWords = { "le", "la", "les", "des", "du", "et", "vos", "nous", "notre", "est", "sont", "avec", "vous", "pour", "données", "une", "aux", "au" };

    /// <summary>Names and addresses, which keep their own language in both notices.</summary>
    private static readonly string[] Names =
    {
        "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France", "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07",
        "Loi Informatique et Libertés", "avotreecoute@klivar.com", "Klivar.Platform", "`ToConfirm`", "DataProtectionOfficer",
    };

    private static IEnumerable<string> Words(string line)
    {
        foreach (var name in Names) line = line.Replace(name, " ");
        return Regex.Matches(line.ToLowerInvariant(), @"[\p{L}]+").Select(m => m.Value);
    }

    [Fact]
    public void The_french_notice_has_no_english_sentence_and_the_english_one_no_french_sentence()
    {
        Assert.DoesNotContain("(non traduit)", NoticeFr);
        foreach (var line in NoticeFr.Split('\n'))
            Assert.True(Words(line).Count(EnglishWords.Contains) < 2, "English in the French notice: " + line);
        foreach (var line in NoticeEn.Split('\n'))
            Assert.True(Words(line).Count(FrenchWords.Contains) < 2, "French in the English notice: " + line);
        // The check sees a sentence in the other language (it would fail on one).
        Assert.True(Words("We process your personal data in accordance with the GDPR.").Count(EnglishWords.Contains) >= 2);
        Assert.True(Words("Nous traitons vos données personnelles conformément au RGPD.").Count(FrenchWords.Contains) >= 2);
    }

    [Fact]
    public void The_french_notice_carries_the_cnil_words_the_law_and_the_conditional_transfer()
    {
        foreach (var expected in new[]
        {
            "Base légale : exécution d'un contrat (art. 6.1.b RGPD).",
            "Base légale : intérêt légitime (art. 6.1.f RGPD).",
            "Base légale : obligation légale (art. 6.1.c RGPD).",
            "conformément au Règlement général sur la protection des données (RGPD) et à la loi Informatique et Libertés (loi n° 78-17 du 6 janvier 1978).",
            "  - Prospects : 3 ans après le dernier contact, sauf retrait du consentement",
            "  - Fichier clients : la durée du contrat, puis 5 ans en archivage intermédiaire pour la constatation, l'exercice ou la défense de droits en justice (Code civil, art. 2224)",
            "  - Facturation : la durée du contrat, puis 10 ans en archivage intermédiaire pour respecter une obligation légale (Code de commerce, art. L123-22)",
            "  - Demande d'exercice des droits : l'année civile de la demande, puis 2 ans en archivage intermédiaire pour la constatation, l'exercice ou la défense de droits en justice (preuve de la réponse, en cas de réclamation auprès de la CNIL ou de recours en justice)",
            "si le pays n'est pas reconnu par la Commission européenne comme offrant une protection adéquate, avec pour garantie les clauses contractuelles types",
            "introduire une réclamation auprès d'une autorité de contrôle : CNIL",
        })
            Assert.Contains(expected, NoticeFr);
    }
}
