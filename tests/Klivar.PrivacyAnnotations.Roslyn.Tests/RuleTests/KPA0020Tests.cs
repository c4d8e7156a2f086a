using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0020: Value outside the privacy vocabulary.</summary>
public class KPA0020Tests
{
    [Fact]
    public async Task Enum_values_out_of_range_beside_a_bad_purpose_id()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, {|#0:(LegalBasis)42|}, Retention = "1y", SpecialCategoryCondition = {|#1:(SpecialCategoryCondition)99|})]
            [assembly: ProcessingActivity({|#2:"Fraud_Screening"|}, LegalBasis.Contract)]
            [assembly: ProcessingActivity({|#3:(Purpose)77|}, LegalBasis.Contract)]
            [assembly: InternationalTransfer("Hosting", "US", {|#4:(TransferSafeguard)9|})]
            public class User
            {
                [PersonalData({|#5:(DataCategory)500|}, Purpose.Logging, Redaction = {|#6:(RedactionKind)7|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, {|#7:(Purpose)12|})]
                public string Phone { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(0).WithArguments("LegalBasis", "42", "processing activity 'logging'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(1).WithArguments("SpecialCategoryCondition", "99", "processing activity 'logging'"),
            new DiagnosticResult(Rules.InvalidPurposeId).WithLocation(2).WithArguments("Fraud_Screening", "the processing activity"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(3).WithArguments("Purpose", "77", "the processing activity"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(4).WithArguments("TransferSafeguard", "9", "the transfer to 'Hosting'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(5).WithArguments("DataCategory", "500", "'User.Email'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(6).WithArguments("RedactionKind", "7", "'User.Email'"),
            new DiagnosticResult(Rules.UndefinedEnumValue).WithLocation(7).WithArguments("Purpose", "12", "'User.Phone'"));
    }

    [Fact]
    public async Task Silent_on_defined_values()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
            [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses)]
            public class User
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging, Redaction = RedactionKind.Mask)]
                public string Ip { get; set; } = "";
            }
            """);
    }
}
