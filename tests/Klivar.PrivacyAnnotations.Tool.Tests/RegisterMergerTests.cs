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
        // Facts derived from fields are recomputed for the merged fields, not repeated per assembly.
        Assert.Equal(new[] { "Access control", "Invoices signed", "Encrypted at rest: Invoice.Iban", "Redacted in logs and output by generated helpers: 3 fields" },
            platform.SecurityMeasures);
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
        var result = RegisterMerger.Merge(new[] { platform, new ProcessingRegister("1.0", "Klivar.Billing", billing.Controller, new[] { changed, billing.Activities[1] }) });
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
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), new ProcessingRegister("1.0", billing.Assembly, null, billing.Activities) });
        Assert.Empty(result.Conflicts);
        Assert.Equal("Klivar", result.Register.Controller!.Name);
    }

    [Fact]
    public void A_purpose_used_but_not_declared_in_one_assembly_joins_the_declaration_of_another_without_conflict()
    {
        var undeclared = Registers.Activity("logging", null, new[] { Registers.Field("Klivar.Billing.Audit", "Ip", "Technical", "logging", null) },
            new[] { new RegisterRetention("Technical", null, null, null, null, null, null, "Not stated") }, declared: false);
        var result = RegisterMerger.Merge(new[] { Registers.Platform(), new ProcessingRegister("1.0", "Klivar.Billing", null, new[] { undeclared }) });

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
            new ProcessingRegister("1.0", "B", null, new[] { undeclared("B.Check") }),
            new ProcessingRegister("1.0", "A", null, new[] { undeclared("A.Check") }),
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
    public void Bad_arguments_are_rejected_clearly()
    {
        Assert.Throws<ArgumentNullException>(() => RegisterMerger.Merge(null!));
        Assert.Throws<ArgumentException>(() => RegisterMerger.Merge(Array.Empty<ProcessingRegister>()));
        Assert.Throws<ArgumentNullException>(() => RegisterMerger.Merge(new[] { Registers.Platform(), null! }));
    }
}
