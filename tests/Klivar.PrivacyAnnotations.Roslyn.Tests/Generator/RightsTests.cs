extern alias runtime;

using System.Reflection;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

using ErasureHold = runtime::Klivar.PrivacyAnnotations.ErasureHold;
using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using PrivacyTypes = runtime::Klivar.PrivacyAnnotations.PrivacyTypes;
using RetentionAnchors = runtime::Klivar.PrivacyAnnotations.RetentionAnchors;
using RetentionStatus = runtime::Klivar.PrivacyAnnotations.RetentionStatus;
using RuntimeBasis = runtime::Klivar.PrivacyAnnotations.LegalBasis;

/// <summary>
/// Access, portability and erasure of one object, from its generated table and its assembly's register: the subject
/// mark, the export with purposes and legal basis, and the erasure that keeps what a legal obligation or a running
/// contract still needs, for classes, records and structs.
/// </summary>
public class RightsTests
{
    private const string Source = """
        using System;
        using Klivar.PrivacyAnnotations;

        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity("billing", LegalBasis.LegalObligation, Retention = "during contract + 10y archive")]
        [assembly: ProcessingActivity("marketing", LegalBasis.Consent, Retention = "3y after last-contact unless consent-withdrawn")]

        namespace Rights
        {
            public class Customer
            {
                [DataSubjectKey]
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, "platform-management", "marketing")]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, "billing")]
                public string LegalName { get; set; } = "";
                [PersonalData(DataCategory.Contact, "marketing")]
                public string? Phone { get; set; }
                [PersonalData(DataCategory.Identification, "marketing")]
                public DateTime? BirthDate { get; set; }
            }

            public record Lead(
                [property: DataSubjectKey, PersonalData(DataCategory.Contact, "marketing")] string Email,
                [property: PersonalData(DataCategory.Identification, "billing")] string Company);

            public struct Visit
            {
                [DataSubjectKey, NotPersonalData("An opaque id")]
                public string VisitorId;
                [PersonalData(DataCategory.Technical, "marketing")]
                public string IpAddress;
            }
        }
        """;

    private static readonly Lazy<GeneratorRun> Generated = new(() => GeneratorRun.Run(Source));
    private static readonly Lazy<Assembly> Loaded = new(() => Generated.Value.Load());

    private static readonly DateTime Today = new(2026, 6, 1);

    private static Type TypeOf(string name) => Loaded.Value.GetType("Rights." + name, throwOnError: true)!;

    private static PrivacyTypeMetadata TableOf(string name)
    {
        RuntimeHelpersRun(TypeOf(name));
        return PrivacyTypes.Find(TypeOf(name)) ?? throw new Xunit.Sdk.XunitException("no table for " + name);
    }

    // The module initializer runs with the first use of the assembly's types.
    private static void RuntimeHelpersRun(Type type) => System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);

    private static object Customer()
    {
        var customer = Activator.CreateInstance(TypeOf("Customer"))!;
        var table = TableOf("Customer");
        TypeOf("Customer").GetProperty("Id")!.SetValue(customer, 42); // a plain member: the table reads it, never sets it
        foreach (var (member, value) in new (string, object?)[] { ("Email", "jane@example.org"), ("LegalName", "Jane Doe"), ("Phone", "+33 6 12 34 56 78"), ("BirthDate", new DateTime(1990, 5, 1)) })
            table.FindMember(member)!.SetValue(customer, value);
        return customer;
    }

    [Fact]
    public void The_subject_key_is_in_the_table_and_the_register()
    {
        Assert.Equal("Id", TableOf("Customer").SubjectKey!.Name);
        Assert.False(TableOf("Customer").SubjectKey!.IsPersonal);
        Assert.Equal("Email", TableOf("Lead").SubjectKey!.Name);
        Assert.Equal("VisitorId", TableOf("Visit").SubjectKey!.Name); // not printable text, listed because it is the key

        var json = Generated.Value.RegisterJson();
        Assert.Contains("\"subjectKey\": true", json);
        Assert.Equal(1, CountOf(json, "\"subjectKey\": true")); // Lead.Email: the only personal key (once per purpose it serves)
    }

    [Fact]
    public void The_export_lists_each_personal_member_with_its_purposes_basis_and_retention()
    {
        var export = TableOf("Customer").Export(Customer());

        Assert.Equal("Id", export.SubjectKey);
        Assert.Equal(42, export.Subject);
        Assert.Equal(new[] { "Email", "LegalName", "Phone", "BirthDate" }, export.Members.Select(m => m.Name));
        var email = export.Members[0];
        Assert.Equal("jane@example.org", email.Value);
        Assert.Equal(new[] { ("platform-management", (RuntimeBasis?)RuntimeBasis.Contract, "during contract"), ("marketing", RuntimeBasis.Consent, "3y after last-contact unless consent-withdrawn") },
                     email.Uses.Select(u => (u.PurposeId, u.LegalBasis, u.Retention!)));

        var json = export.ToJson();
        Assert.Contains("\"type\": \"Rights.Customer\"", json);
        Assert.Contains("\"subject\": 42", json);
        Assert.Contains("\"value\": \"jane@example.org\"", json);
        Assert.Contains("\"legalBasis\": \"LegalObligation\"", json);
        Assert.Contains("\"retention\": \"during contract + 10y archive\"", json);
        Assert.Contains("\"value\": \"1990-05-01\"", json);
        Assert.DoesNotContain("\"member\": \"Id\"", json); // the key is named once, not exported as a personal member
    }

    [Fact]
    public void Erasure_keeps_invoice_data_under_legal_obligation_until_its_date_and_erases_the_rest()
    {
        var customer = Customer();
        var anchors = new RetentionAnchors(new DateTime(2020, 1, 1)).With("contract", new DateTime(2025, 12, 31)).With("last-contact", new DateTime(2025, 12, 31));
        var outcome = TableOf("Customer").Erase(customer, anchors, Today);

        Assert.Same(customer, outcome.Instance);
        Assert.Equal(new[] { "Email", "Phone", "BirthDate" }, outcome.Erased);
        var kept = Assert.Single(outcome.Kept);
        Assert.Equal(("LegalName", ErasureHold.LegalObligation, "billing", (DateTime?)new DateTime(2035, 12, 31)), (kept.Member, kept.Hold, kept.PurposeId, kept.Until));
        Assert.Contains("Art. 17(3)(b)", kept.Reason);
        Assert.Contains("2035-12-31", kept.Reason);

        var table = TableOf("Customer");
        Assert.Equal("Jane Doe", table.FindMember("LegalName")!.GetValue(customer));
        Assert.Equal("[redacted]", table.FindMember("Email")!.GetValue(customer)); // the erased value: nothing left of it, not even a masked trace
        Assert.Null(table.FindMember("BirthDate")!.GetValue(customer));
        Assert.Equal(42, table.FindMember("Id")!.GetValue(customer)); // the key stays: the answer must name whose data it was
    }

    [Fact]
    public void Erasure_after_consent_withdrawal_erases_consent_data_while_a_running_contract_keeps_its_own()
    {
        var customer = Customer();
        var anchors = new RetentionAnchors(new DateTime(2020, 1, 1)).With("consent-withdrawn", new DateTime(2026, 5, 1)).With("last-contact", new DateTime(2026, 5, 1));
        var outcome = TableOf("Customer").Erase(customer, anchors, Today);

        Assert.Equal(new[] { "Phone", "BirthDate" }, outcome.Erased);
        Assert.Equal(new[] { ("Email", ErasureHold.Contract, (DateTime?)null), ("LegalName", ErasureHold.LegalObligation, null) },
                     outcome.Kept.Select(k => (k.Member, k.Hold, k.Until)));
        Assert.Contains("until 'contract'", outcome.Kept[0].Reason); // waits for the contract to end
        Assert.False(outcome.IsComplete);
        Assert.Equal("jane@example.org", TableOf("Customer").FindMember("Email")!.GetValue(customer));
    }

    [Fact]
    public void Records_and_structs_are_erased_into_a_copy()
    {
        var lead = Activator.CreateInstance(TypeOf("Lead"), "lead@example.org", "Acme SARL")!;
        var outcome = TableOf("Lead").Erase(lead, new RetentionAnchors(new DateTime(2020, 1, 1)).With("consent-withdrawn", new DateTime(2026, 1, 1)), Today);
        Assert.NotSame(lead, outcome.Instance);
        Assert.Equal(new[] { "Email" }, outcome.Erased);
        Assert.Equal("[redacted]", TableOf("Lead").FindMember("Email")!.GetValue(outcome.Instance));
        Assert.Equal("Acme SARL", TableOf("Lead").FindMember("Company")!.GetValue(outcome.Instance)); // billing: contract never started, kept

        var visit = Activator.CreateInstance(TypeOf("Visit"))!;
        visit = TableOf("Visit").FindMember("IpAddress")!.SetValue(visit, "203.0.113.7");
        visit = TypeOf("Visit").GetField("VisitorId")!.GetValue(visit) is null ? SetVisitor(visit) : visit;
        var erased = TableOf("Visit").Erase(visit, new RetentionAnchors(new DateTime(2020, 1, 1)).With("consent-withdrawn", new DateTime(2026, 1, 1)), Today);
        Assert.Equal(new[] { "IpAddress" }, erased.Erased);
        Assert.Equal("[redacted]", TableOf("Visit").FindMember("IpAddress")!.GetValue(erased.Instance));
        Assert.Equal("203.0.113.7", TableOf("Visit").FindMember("IpAddress")!.GetValue(visit)); // the struct given is a copy: unchanged
        Assert.Equal("v-1", TableOf("Visit").Export(erased.Instance).Subject);
    }

    private static object SetVisitor(object visit)
    {
        TypeOf("Visit").GetField("VisitorId")!.SetValue(visit, "v-1"); // a boxed struct: set in place
        return visit;
    }

    [Fact]
    public void Review_gives_each_member_its_archive_and_erase_dates_and_what_it_waits_for()
    {
        var table = TableOf("Customer");
        var running = table.Review(new RetentionAnchors(new DateTime(2020, 1, 1)).With("last-contact", new DateTime(2025, 1, 1)), Today);
        var legalName = running.Single(d => d.Member == "LegalName");
        Assert.Equal((RetentionStatus.Active, (DateTime?)null, (DateTime?)null), (legalName.Status, legalName.ArchiveOn, legalName.EraseOn));
        Assert.Equal(new[] { "contract" }, legalName.WaitingFor);
        var phone = running.Single(d => d.Member == "Phone");
        Assert.Equal((DateTime?)new DateTime(2028, 1, 1), phone.EraseOn);
        Assert.Null(phone.ArchiveOn); // no archive phase

        var ended = table.Review(new RetentionAnchors(new DateTime(2020, 1, 1)).With("contract", new DateTime(2025, 12, 31)).With("last-contact", new DateTime(2025, 12, 31)), Today);
        var archived = ended.Single(d => d.Member == "LegalName");
        Assert.Equal((RetentionStatus.Archived, (DateTime?)new DateTime(2025, 12, 31), (DateTime?)new DateTime(2035, 12, 31)), (archived.Status, archived.ArchiveOn, archived.EraseOn));
        Assert.Equal("LegalName: Archived, archive 2025-12-31, erase 2035-12-31", archived.ToString());
        // Email serves the contract (erase at its end) and marketing (3y after last contact): the later date wins.
        Assert.Equal((DateTime?)new DateTime(2028, 12, 31), ended.Single(d => d.Member == "Email").EraseOn);
    }

    [Fact]
    public void The_anchor_names_the_rules_use_are_generated_as_constants()
    {
        var anchors = TypeOf("Customer").Assembly.GetType("Klivar.PrivacyAnnotations.Generated.PrivacyAnchors", throwOnError: true)!;
        var constants = anchors.GetFields(BindingFlags.Public | BindingFlags.Static).ToDictionary(f => f.Name, f => (string)f.GetRawConstantValue()!);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Collection"] = "collection",
            ["ConsentWithdrawn"] = "consent-withdrawn",
            ["Contract"] = "contract",
            ["LastContact"] = "last-contact",
        }, constants);
    }

    [Fact]
    public void Without_a_register_a_purpose_basis_is_unknown_and_the_member_is_kept_not_lost()
    {
        var customer = Customer();
        var empty = new runtime::Klivar.PrivacyAnnotations.ProcessingRegister("1.0", "none", null, Array.Empty<runtime::Klivar.PrivacyAnnotations.RegisterActivity>());
        var outcome = TableOf("Customer").Erase(customer, new RetentionAnchors(new DateTime(2020, 1, 1)), Today, empty);
        Assert.Empty(outcome.Erased);
        Assert.All(outcome.Kept, k => Assert.Equal(ErasureHold.UnknownBasis, k.Hold));
        Assert.Equal("jane@example.org", TableOf("Customer").FindMember("Email")!.GetValue(customer));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}
