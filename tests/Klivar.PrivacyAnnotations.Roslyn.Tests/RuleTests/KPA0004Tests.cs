using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0004: Personal data has no retention.</summary>
public class KPA0004Tests
{
    [Fact]
    public async Task No_retention_anywhere()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = "10y")]
            public class User
            {
                [{|#0:PersonalData(DataCategory.Contact, Purpose.Logging)|}]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Billing)]
                public string Phone { get; set; } = "";
            }

            [{|#1:PersonalData(DataCategory.Technical, Purpose.Logging)|}]
            public class Visit
            {
                public string Ip { get; set; } = "";
            }

            [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "2y")]
            public class Lead
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.MissingRetention).WithLocation(0).WithArguments("User.Email", "Contact", "logging"),
            new DiagnosticResult(Rules.MissingRetention).WithLocation(1).WithArguments("Visit", "Technical", "logging"));
    }

    [Fact]
    public async Task Is_silent_on_a_type_annotation_no_member_inherits()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract)]
            [PersonalData(DataCategory.Contact, Purpose.Logging)]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging, Retention = "1y")]
                public string Email { get; set; } = "";
            }
            """);
    }
}
