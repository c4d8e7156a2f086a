using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>What an activity declares for the Art. 13 notice beyond Art. 30 reaches the register, valid against the published schema.</summary>
public class NoticeFactsTests
{
    [Fact]
    public void Requirement_and_automated_decisions_are_recorded_when_declared_and_absent_otherwise()
    {
        var json = GeneratorRun.Run("""
            using Klivar.PrivacyAnnotations;

            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract",
                Requirement = DataRequirement.NecessaryForContract, ConsequenceIfNotProvided = "The account cannot be opened.",
                AutomatedDecisions = AutomatedDecisions.Used, AutomatedDecisionLogic = "A score decides the credit limit.")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]

            public class Account
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Purpose.Logging)]
                public string Email { get; set; } = "";
            }
            """).RegisterJson();
        PublishedRegisterSchema.AssertValid(json);
        Assert.Contains("\"requirement\": \"NecessaryForContract\"", json);
        Assert.Contains("\"consequenceIfNotProvided\": \"The account cannot be opened.\"", json);
        Assert.Contains("\"automatedDecisions\": \"Used\"", json);
        Assert.Contains("\"automatedDecisionLogic\": \"A score decides the credit limit.\"", json);
        // Logging states neither: the keys are absent, as in registers written before they existed.
        Assert.Equal(1, json.Split("\"requirement\"").Length - 1);
    }
}
