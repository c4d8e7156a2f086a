extern alias runtime;

using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

// Inside the namespace, so they win over the Roslyn component's internal copies of the same names.
using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using RetentionAnchors = runtime::Klivar.PrivacyAnnotations.RetentionAnchors;
using RetentionStatus = runtime::Klivar.PrivacyAnnotations.RetentionStatus;

/// <summary>A purge job plays the generated retention metadata: what to archive or erase as of a date, given anchors.</summary>
public class RetentionPurgeJobTests
{
    private const string Account = """
        using Klivar.PrivacyAnnotations;

        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Fraud detection", Retention = "1y")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.CommercialProspecting, LegalBasis.Consent)]

        namespace Shop
        {
            public partial class Account
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public string? LastIp { get; set; }

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
                [PersonalData(DataCategory.Contact, Purpose.CommercialProspecting, Retention = "3y after last-contact unless consent-withdrawn")]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Account, Purpose.PlatformManagement)]
                public string Login { get; set; } = "";
            }
        }
        """;

    private static PrivacyTypeMetadata Metadata()
    {
        var type = GeneratorRun.Run(Account).Load().GetType("Shop.Account", throwOnError: true)!;
        return (PrivacyTypeMetadata)type.GetProperty("PrivacyMetadata")!.GetValue(null)!;
    }

    [Fact]
    public void The_metadata_lists_each_member_purpose_and_resolved_retention()
    {
        var metadata = Metadata();
        Assert.Equal("Shop.Account", metadata.TypeName);
        Assert.Equal(new[] { "Email", "LastIp", "Login" }, metadata.Members);
        Assert.Equal(
            new[]
            {
                ("Email", "platform-management", "during contract + 5y archive"),
                ("Email", "commercial-prospecting", "3y after last-contact unless consent-withdrawn"),
                ("LastIp", "logging", "1y"),              // the activity's retention
                ("Login", "platform-management", "during contract"),
            },
            metadata.Uses.Select(u => (u.Member, u.PurposeId, u.RetentionText!)));
        Assert.All(metadata.Uses, u => Assert.NotNull(u.Retention));
    }

    [Fact]
    public void A_purge_job_knows_what_to_archive_and_erase()
    {
        var metadata = Metadata();
        var collected = new DateTime(2020, 3, 1);

        // While the contract runs and the prospect was contacted recently: only the year-old IP goes.
        var running = new RetentionAnchors(collected).With("last-contact", new DateTime(2022, 6, 1));
        Assert.Equal(
            new[] { ("Email", RetentionStatus.Active), ("LastIp", RetentionStatus.Erase), ("Login", RetentionStatus.Active) },
            metadata.Review(running, new DateTime(2023, 1, 1)).Select(d => (d.Member, d.Status)));
        Assert.Contains("contract", metadata.Review(running, new DateTime(2023, 1, 1)).Single(d => d.Member == "Login").WaitingFor);

        // The contract ended in 2023: the login goes at once, the e-mail is archived for 5 years (prospecting ran out
        // in 2025), then erased.
        var ended = running.With("contract", new DateTime(2023, 12, 31));
        Assert.Equal(
            new[] { ("Email", RetentionStatus.Archived), ("LastIp", RetentionStatus.Erase), ("Login", RetentionStatus.Erase) },
            metadata.Review(ended, new DateTime(2026, 1, 1)).Select(d => (d.Member, d.Status)));
        Assert.Equal(RetentionStatus.Erase, metadata.Review(ended, new DateTime(2029, 1, 1)).Single(d => d.Member == "Email").Status);

        // Still under prospecting when the contract's archive ends? The e-mail stays for the longer purpose.
        var recentContact = ended.With("last-contact", new DateTime(2028, 6, 1));
        Assert.Equal(RetentionStatus.Active, metadata.Review(recentContact, new DateTime(2029, 1, 1)).Single(d => d.Member == "Email").Status);
    }

    [Fact]
    public void A_member_without_a_readable_rule_is_kept_and_flagged()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            public partial class Lead
            {
                [PersonalData(DataCategory.Contact, "lead-scoring", Retention = "forever and a day")]
                public string Email { get; set; } = "";
            }
            """;
        var type = GeneratorRun.Run(source).Load().GetType("Lead", throwOnError: true)!;
        var metadata = (PrivacyTypeMetadata)type.GetProperty("PrivacyMetadata")!.GetValue(null)!;
        var decision = Assert.Single(metadata.Review(new RetentionAnchors(new DateTime(2000, 1, 1)), new DateTime(2030, 1, 1)));
        Assert.Equal(RetentionStatus.Active, decision.Status);
        Assert.True(decision.HasUnreadableRule);
        Assert.Equal("forever and a day", metadata.Uses[0].RetentionText);
    }
}
