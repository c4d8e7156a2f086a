extern alias runtime;

using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

using ErasureHold = runtime::Klivar.PrivacyAnnotations.ErasureHold;
using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using PrivacyTypes = runtime::Klivar.PrivacyAnnotations.PrivacyTypes;
using RetentionAnchors = runtime::Klivar.PrivacyAnnotations.RetentionAnchors;

/// <summary>
/// An erasure during an archive phase quotes the ground its rule states: a legal obligation (Art. 17(3)(b)) with its
/// statute, or legal claims (Art. 17(3)(e)) with the limitation period; a rule that states none claims no article.
/// </summary>
public class ArchiveGroundErasureTests
{
    private const string Source = """
        using Klivar.PrivacyAnnotations;

        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.Consent, Retention = "1y unless consent-withdrawn")]

        namespace Archive
        {
            public class Customer
            {
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)")]
                public string Iban { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive for legal-claims (Code civil, art. 2224)")]
                public string Name { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement, Retention = "during contract + 2y archive for legal-claims (Code civil, art. 2224) unless consent-withdrawn")]
                public string Survey { get; set; } = "";
            }
        }
        """;

    private static readonly Lazy<System.Reflection.Assembly> Loaded = new(() => GeneratorRun.Run(Source).Load());

    private static (object Instance, PrivacyTypeMetadata Table) Customer()
    {
        var type = Loaded.Value.GetType("Archive.Customer", throwOnError: true)!;
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(type.Module.ModuleHandle);
        var table = PrivacyTypes.Find(type)!;
        var customer = Activator.CreateInstance(type)!;
        foreach (var member in new[] { "Iban", "Name", "Email", "Survey" }) table.FindMember(member)!.SetValue(customer, "value of " + member);
        return (customer, table);
    }

    [Fact]
    public void Each_archive_phase_is_kept_on_its_own_ground_with_its_reference()
    {
        var (customer, table) = Customer();
        var anchors = new RetentionAnchors(new DateTime(2020, 1, 1)).With("contract", new DateTime(2024, 12, 31));
        var outcome = table.Erase(customer, anchors, new DateTime(2026, 6, 1));

        var kept = outcome.Kept.ToDictionary(k => k.Member);
        Assert.Equal(ErasureHold.LegalObligation, kept["Iban"].Hold);
        Assert.Contains("Art. 17(3)(b); Code de commerce, art. L123-22", kept["Iban"].Reason);
        Assert.Equal(new DateTime(2034, 12, 31), kept["Iban"].Until);

        Assert.Equal(ErasureHold.LegalClaims, kept["Name"].Hold);
        Assert.Contains("legal claims (Art. 17(3)(e); Code civil, art. 2224)", kept["Name"].Reason);
        Assert.DoesNotContain("17(3)(b)", kept["Name"].Reason);
        Assert.Equal(new DateTime(2029, 12, 31), kept["Name"].Until);

        // No ground stated: kept as the rule says, but no article is claimed for it.
        Assert.Equal(ErasureHold.LegalObligation, kept["Email"].Hold);
        Assert.Contains("states no ground", kept["Email"].Reason);
        Assert.DoesNotContain("Art. 17(3)", kept["Email"].Reason);

        // A consent purpose's archive phase is kept on its ground too, while consent still stands.
        Assert.Equal(ErasureHold.LegalClaims, kept["Survey"].Hold);
    }

    [Fact]
    public void Before_the_archive_phase_the_contract_holds_and_after_withdrawal_consent_data_goes()
    {
        var (customer, table) = Customer();
        var anchors = new RetentionAnchors(new DateTime(2026, 5, 1)).With("consent-withdrawn", new DateTime(2026, 5, 20));
        var outcome = table.Erase(customer, anchors, new DateTime(2026, 6, 1));

        Assert.Equal(new[] { "Survey" }, outcome.Erased);
        Assert.All(outcome.Kept, k => Assert.Equal(ErasureHold.Contract, k.Hold));
    }
}
