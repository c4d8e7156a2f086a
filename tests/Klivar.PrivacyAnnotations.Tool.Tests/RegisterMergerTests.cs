using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

public class RegisterMergerTests
{
    [Fact]
    public void Agreeing_registers_merge_into_one_with_every_activity_field_and_retention_once()
    {
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing() });

        Assert.Empty(result.Conflicts);
        var merged = result.Register;
        Assert.Equal("Klivar.Billing+Klivar.Platform", merged.Assembly);
        Assert.Equal(ProcessingRegister.CurrentSchemaVersion, merged.SchemaVersion);
        Assert.Equal("SIREN 909 093 148", merged.Controller!.Identifier);
        Assert.Equal(new[] { "logging", "platform-management" }, merged.Activities.Select(a => a.Id));

        var platform = merged.Activities.Single(a => a.Id == "platform-management");
        // The shared customer type is in both registers: it appears once. Fields are in ordinal order of type.
        Assert.Equal(
            new[] { "Klivar.Billing.Invoice.Iban", "Klivar.Platform.Accounts.UserAccount.Username", "Klivar.Shared.Customer.Name" },
            platform.Fields.Select(f => f.Type + "." + f.Member));
        Assert.Equal(new[] { "Financial", "Identification" }, platform.DataCategories);
        // Retention entries are unioned: the contract rule once, the billing rule added.
        Assert.Equal(new[] { "during contract + 10y archive", "during contract" }, platform.Retention.Select(r => r.Text));
        Assert.Equal("P10Y", platform.Retention[0].ArchiveDuration);
        // Declared lists keep the first assembly's order (ordinal by assembly name), then add what the others state.
        Assert.Equal(new[] { "Klivar accounting", "Klivar customer service", "Hosting providers" }, platform.Recipients);
        Assert.Single(platform.Transfers);
        // The declared measures are unioned; the technical evidence is recomputed for the merged fields, not repeated per assembly.
        Assert.Equal(new[] { "Access control", "Invoices signed" }, platform.SecurityMeasures);
        Assert.Equal(new[] { "Encrypted at rest: Invoice.Iban", "Redacted in logs and output by generated helpers: 3 fields" }, platform.TechnicalEvidence);
    }

    [Fact]
    public void The_merge_does_not_depend_on_the_order_of_the_inputs()
    {
        var ab = RegisterJson.Write(RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing() }).Register);
        var ba = RegisterJson.Write(RegisterMerger.Merge(new[] { Registers.Billing(), Registers.Platform() }).Register);
        Assert.Equal(ab, ba);
    }

    [Fact]
    public void Merging_a_register_with_itself_gives_it_back()
    {
        var platform = Registers.Platform();
        var merged = RegisterMerger.Merge(new[] { platform, platform });
        Assert.Empty(merged.Conflicts);
        // The same register, marked as a merge of its one assembly.
        var expected = new ProcessingRegister(platform.SchemaVersion, platform.Assembly, platform.Controller, platform.Activities, new[] { "Klivar.Platform" });
        Assert.Equal(RegisterJson.Write(expected), RegisterJson.Write(merged.Register));
    }

    [Fact]
    public void A_merged_register_merges_again_and_lists_each_assembly_once()
    {
        var first = RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing() }).Register;
        var again = RegisterMerger.Merge(new[] { first, Registers.Platform() }).Register;
        Assert.Equal("Klivar.Billing+Klivar.Platform", again.Assembly);
        Assert.Equal(RegisterJson.Write(first), RegisterJson.Write(again));
    }

    [Fact]
    public void An_activity_declared_differently_is_reported_field_by_field_with_the_assemblies()
    {
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing(loggingBasis: "Consent", loggingInterest: null) });

        Assert.True(result.HasConflicts);
        Assert.Equal(new[] { "legalBasis", "legitimateInterest" }, result.Conflicts.Select(c => c.Field));
        var basis = result.Conflicts[0];
        Assert.Equal("logging", basis.ActivityId);
        Assert.Equal(new[] { "Consent", "LegitimateInterests" }, basis.Values.Select(v => v.Value));
        Assert.Equal(new[] { "Klivar.Billing" }, basis.Values[0].Assemblies);
        Assert.Equal(new[] { "Klivar.Platform" }, basis.Values[1].Assemblies);
        Assert.Equal("activity 'logging': legalBasis differs: \"Consent\" in Klivar.Billing; \"LegitimateInterests\" in Klivar.Platform", basis.ToString());
        Assert.Equal("activity 'logging': legitimateInterest differs: (not stated) in Klivar.Billing; \"" + Registers.LoggingInterest + "\" in Klivar.Platform",
            result.Conflicts[1].ToString());

        // Nothing is dropped: both declarations stay, each with its own assembly's data.
        var logging = result.Register.Activities.Where(a => a.Id == "logging").ToList();
        Assert.Equal(new[] { "Consent", "LegitimateInterests" }, logging.Select(a => a.LegalBasis));
        Assert.Equal("Klivar.Billing.InvoiceAudit", Assert.Single(logging[0].Fields).Type);
        Assert.Equal("Klivar.Platform.Logging.AccessLogEntry", Assert.Single(logging[1].Fields).Type);
        // Neither declaration is published as fact: each is a point to confirm that names both assemblies.
        Assert.All(logging, a => Assert.Contains("Declared differently in Klivar.Billing and Klivar.Platform", a.ToConfirm));
        Assert.Contains("this is the declaration of Klivar.Billing", logging[0].ToConfirm);
        Assert.Contains("this is the declaration of Klivar.Platform", logging[1].ToConfirm);
    }

    [Fact]
    public void The_controllers_points_to_confirm_are_kept_when_another_assembly_states_none()
    {
        var open = Registers.Klivar();
        open = new RegisterController(open.Name, open.Identifier, open.Email, open.Address, open.Phone, null, open.SupervisoryAuthority,
            toConfirm: "The policy names no data protection officer");
        // Klivar.Billing comes first in ordinal order and states no point: the platform's point must survive anyway.
        var result = RegisterMerger.Merge(new[] { Registers.Platform(controller: open), Registers.Billing() });

        Assert.Empty(result.Conflicts);
        Assert.Equal("The policy names no data protection officer", result.Register.Controller!.ToConfirm);
        Assert.Contains(OpenPoints.Of(result.Register, Lexicon.English), p => p.Note == "The policy names no data protection officer");
    }

    [Fact]
    public void A_transfer_one_assembly_places_in_the_US_and_another_in_no_identified_country_is_a_conflict_marked_to_confirm()
    {
        var platform = Registers.Platform();
        var unidentified = new RegisterTransfer(Registers.Scc.Recipient, null, "StandardContractualClauses", "a DPA", "The policy names no country");
        var management = platform.Activities[1];
        var changed = new RegisterActivity(management.Id, management.Name, management.Description, true, management.LegalBasis, null, "None",
            management.DataSubjects, management.DataCategories, management.Retention, management.Recipients, new[] { unidentified },
            management.SecurityMeasures, management.Fields);
        var result = RegisterMerger.Merge(new[]
        {
            new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Klivar.Platform", platform.Controller, new[] { platform.Activities[0], changed }),
            Registers.Billing(),
        });

        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("platform-management", conflict.ActivityId);
        Assert.Equal("transfers[" + Registers.Scc.Recipient + "]", conflict.Field);
        Assert.Equal(new[] { "US, StandardContractualClauses, a DPA", "country not identified, StandardContractualClauses, a DPA" }, conflict.Values.Select(v => v.Value));
        var transfers = result.Register.Activities.Single(a => a.Id == "platform-management").Transfers;
        Assert.Equal(new[] { "US", null }, transfers.Select(t => t.Country));
        // The US is not published as fact: both versions carry the contradiction, and the platform's own point is kept.
        Assert.All(transfers, t => Assert.Contains("Described differently by the merged registers (Klivar.Billing: US", t.ToConfirm));
        Assert.StartsWith("The policy names no country ", transfers[1].ToConfirm);
    }

    [Fact]
    public void One_assembly_naming_a_provider_in_two_countries_is_no_conflict()
    {
        var platform = Registers.Platform();
        var india = new RegisterTransfer(Registers.Scc.Recipient, "IN", "StandardContractualClauses", "a DPA");
        var management = platform.Activities[1];
        var both = new RegisterActivity(management.Id, management.Name, management.Description, true, management.LegalBasis, null, "None",
            management.DataSubjects, management.DataCategories, management.Retention, management.Recipients, new[] { Registers.Scc, india },
            management.SecurityMeasures, management.Fields);
        var result = RegisterMerger.Merge(new[] { new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Klivar.Platform", platform.Controller, new[] { platform.Activities[0], both }) });

        Assert.Empty(result.Conflicts);
        Assert.All(result.Register.Activities.Single(a => a.Id == "platform-management").Transfers, t => Assert.Null(t.ToConfirm));
    }

    [Fact]
    public void A_processor_placed_in_two_countries_by_two_assemblies_is_a_conflict()
    {
        ProcessingRegister With(ProcessingRegister r, string country)
        {
            var a = r.Activities[1];
            var changed = new RegisterActivity(a.Id, a.Name, a.Description, true, a.LegalBasis, null, "None", a.DataSubjects, a.DataCategories, a.Retention,
                a.Recipients, a.Transfers, a.SecurityMeasures, a.Fields, processors: new[] { new RegisterProcessor("Hosting", country, "DPA 2024", null) });
            return new ProcessingRegister(r.SchemaVersion, r.Assembly, r.Controller, new[] { r.Activities[0], changed });
        }
        var result = RegisterMerger.Merge(new[] { With(Registers.Platform(), "FR"), With(Registers.Billing(), "DE") });

        Assert.Equal("processors[Hosting]", Assert.Single(result.Conflicts).Field);
        Assert.All(result.Register.Activities.Single(a => a.Id == "platform-management").Processors, p => Assert.NotNull(p.ToConfirm));
    }

    [Fact]
    public void The_merged_register_has_its_own_version_and_date_or_the_inputs_when_they_agree()
    {
        ProcessingRegister Stamped(ProcessingRegister r, string? version, string? date) => new(r.SchemaVersion, r.Assembly, r.Controller, r.Activities, null, version, date);

        var given = RegisterMerger.Merge(new[] { Stamped(Registers.Platform(), "1.0", "2026-11-02"), Stamped(Registers.Billing(), "2.0", "2026-12-01") }, "2026.2", "2026-12-07").Register;
        Assert.Equal("2026.2", given.Version);
        Assert.Equal("2026-12-07", given.Date);

        var agreeing = RegisterMerger.Merge(new[] { Stamped(Registers.Platform(), "1.0", "2026-11-02"), Stamped(Registers.Billing(), "1.0", "2026-12-01") }).Register;
        Assert.Equal("1.0", agreeing.Version);
        Assert.Equal("2026-12-01", agreeing.Date);

        // Two versions: neither is the merged record's.
        var differing = RegisterMerger.Merge(new[] { Stamped(Registers.Platform(), "1.0", null), Stamped(Registers.Billing(), "2.0", null) }).Register;
        Assert.Null(differing.Version);
        Assert.Null(differing.Date);
    }

    [Fact]
    public void A_different_description_or_art9_condition_is_a_conflict_too()
    {
        var platform = Registers.Platform();
        var billing = Registers.Billing();
        var logging = billing.Activities[0];
        var changed = new RegisterActivity(logging.Id, logging.Name, "Something else.", true, logging.LegalBasis, logging.LegitimateInterest,
            "ExplicitConsent", logging.DataSubjects, logging.DataCategories, logging.Retention, logging.Recipients, logging.Transfers,
            logging.SecurityMeasures, logging.Fields);
        var result = RegisterMerger.Merge(new[] { platform, new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Klivar.Billing", billing.Controller, new[] { changed, billing.Activities[1] }) });
        Assert.Equal(new[] { "description", "specialCategoryCondition" }, result.Conflicts.Select(c => c.Field));
    }

    [Fact]
    public void Controllers_that_differ_are_reported()
    {
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing(controller: Registers.Klivar("billing@klivar.com")) });
        var conflict = Assert.Single(result.Conflicts);
        Assert.Null(conflict.ActivityId);
        Assert.Equal("email", conflict.Field);
        Assert.StartsWith("controller: email differs: \"billing@klivar.com\" in Klivar.Billing;", conflict.ToString());
        // The first assembly in ordinal order gives the merged controller, and the result says it must not be published.
        Assert.Equal("billing@klivar.com", result.Register.Controller!.Email);
        Assert.True(conflict.IsAboutController);
        Assert.True(result.HasControllerConflicts);
    }

    [Fact]
    public void An_assembly_without_a_controller_takes_the_others()
    {
        var billing = Registers.Billing();
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, billing.Assembly, null, billing.Activities) });
        Assert.Empty(result.Conflicts);
        Assert.Equal("Klivar", result.Register.Controller!.Name);
    }

    [Fact]
    public void A_purpose_used_but_not_declared_in_one_assembly_joins_the_declaration_of_another_without_conflict()
    {
        var undeclared = Registers.Activity("logging", null, new[] { Registers.Field("Klivar.Billing.Audit", "Ip", "Technical", "logging", null) },
            new[] { new RegisterRetention("Technical", null, null, null, null, null, null, "Not stated") }, declared: false);
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "Klivar.Billing", null, new[] { undeclared }) });

        Assert.Empty(result.Conflicts);
        var logging = Assert.Single(result.Register.Activities, a => a.Id == "logging");
        Assert.True(logging.Declared);
        Assert.Equal("LegitimateInterests", logging.LegalBasis);
        Assert.Equal(new[] { "Klivar.Billing.Audit", "Klivar.Platform.Logging.AccessLogEntry" }, logging.Fields.Select(f => f.Type));
        // The missing retention stays visible in the merged register.
        Assert.Contains(logging.Retention, r => r.Text is null && r.Description == "Not stated");
    }

    [Fact]
    public void A_purpose_declared_nowhere_stays_undeclared_with_everyones_data()
    {
        Func<string, RegisterActivity> undeclared = type => Registers.Activity("fraud-screening", null,
            new[] { Registers.Field(type, "Score", "Usage", "fraud-screening", null) }, Array.Empty<RegisterRetention>(), declared: false);
        var result = RegisterMerger.Merge(new[]
        {
            new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "B", null, new[] { undeclared("B.Check") }),
            new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, "A", null, new[] { undeclared("A.Check") }),
        });
        var activity = Assert.Single(result.Register.Activities);
        Assert.False(activity.Declared);
        Assert.Null(activity.LegalBasis);
        Assert.Equal(new[] { "A.Check", "B.Check" }, activity.Fields.Select(f => f.Type));
        Assert.Null(result.Register.Controller);
    }

    [Fact]
    public void Different_schema_versions_are_reported_and_the_output_uses_the_current_one()
    {
        var platform = Registers.Platform();
        var old = new ProcessingRegister("0.9", "Klivar.Old", platform.Controller, Array.Empty<RegisterActivity>());
        var result = RegisterMerger.Merge(new[] { platform, old });
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("schemaVersion", conflict.Field);
        Assert.StartsWith("register: schemaVersion differs", conflict.ToString());
        Assert.Equal(ProcessingRegister.CurrentSchemaVersion, result.Register.SchemaVersion);
    }

    [Fact]
    public void Assemblies_checked_against_different_DPO_policies_are_a_conflict_and_one_policy_is_kept()
    {
        var p = Registers.Platform();
        var b = Registers.Billing();
        var v1 = new RegisterPolicy("privacy-policy.json", "1", "sha256:" + new string('a', 64));
        var v2 = new RegisterPolicy("privacy-policy.json", "2", "sha256:" + new string('b', 64));
        ProcessingRegister With(ProcessingRegister r, RegisterPolicy? policy) => new(r.SchemaVersion, r.Assembly, r.Controller, r.Activities, policy: policy);

        var same = RegisterMerger.Merge(new[] { With(p, v1), With(b, v1) });
        Assert.Empty(same.Conflicts);
        Assert.Equal("1", same.Register.Policy!.Version);

        var different = RegisterMerger.Merge(new[] { With(p, v2), With(b, v1) });
        var conflict = Assert.Single(different.Conflicts);
        Assert.Equal("policy", conflict.Field);
        Assert.Equal("1", different.Register.Policy!.Version); // Klivar.Billing comes first in ordinal order

        var oneWithout = RegisterMerger.Merge(new[] { With(p, v1), b });
        Assert.Equal("policy", Assert.Single(oneWithout.Conflicts).Field);
    }

    [Fact]
    public void Bad_arguments_are_rejected_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => RegisterMerger.Merge(null!));
        Assert.Throws<ArgumentException>(() => RegisterMerger.Merge(Array.Empty<ProcessingRegister>()));
        Assert.Throws<ArgumentNullException>(() => RegisterMerger.Merge(new[] { Registers.Platform(), null! }));
    }
}
