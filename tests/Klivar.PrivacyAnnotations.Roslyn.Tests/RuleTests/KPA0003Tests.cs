using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0003: Retention rule does not parse.</summary>
public class KPA0003Tests
{
    [Fact]
    public async Task Points_at_the_offending_characters()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "2 {|#1:parsecs|}")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "3 {|#0:bananas|}")]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0)
                .WithArguments("3 bananas", "at character 3, expected a unit (y, m, w, d) but found 'bananas'"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1)
                .WithArguments("2 parsecs", "at character 3, expected a unit (y, m, w, d) but found 'parsecs'"));
    }

    [Fact]
    public async Task An_explicit_empty_retention_says_what_to_write()
    {
        // Retention = "" or "   " was accepted silently (the member inherited its activity's rule).
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = {|#2:""|})]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {|#0:""|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {|#1:"   "|})]
                public string Phone { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Fax { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0).WithArguments("", "it is empty (leave Retention out to use the activity's rule)"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1).WithArguments("   ", "it is empty (leave Retention out to use the activity's rule)"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(2).WithArguments("", "it is empty (leave Retention out to use the activity's rule)"));
    }

    [Fact]
    public async Task On_a_constant_or_escaped_text_points_at_the_argument()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                private const string Keep = "forever";
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = {|#0:Keep|})]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = {|#1:"1y\tx"|})]
                public string Phone { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(0)
                .WithArguments("forever", "at character 1, expected a retention period such as 1y, 30d, P1Y, 'during contract' or 'calendar-year of request' but found 'forever'"),
            new DiagnosticResult(Rules.UnreadableRetention).WithLocation(1)
                .WithArguments("1y\\u0009x", "at character 4, expected 'after', '+', 'then', 'unless' or end of text but found 'x'"));
    }
}
