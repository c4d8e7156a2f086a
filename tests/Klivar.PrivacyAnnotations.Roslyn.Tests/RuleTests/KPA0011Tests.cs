using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0011: Member marked both personal and not personal.</summary>
public class KPA0011Tests
{
    [Fact]
    public async Task Personal_and_not_personal_on_one_member()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                [{|#0:NotPersonalData("shared mailbox")|}]
                public string Email { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.ContradictoryMarks).WithLocation(0).WithArguments("User.Email"));
    }

    [Fact]
    public async Task Silent_with_only_one_of_the_two_marks()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Contract, Retention = "1y")]
            public class User
            {
                [PersonalData(DataCategory.Contact, Purpose.Logging)]
                public string Email { get; set; } = "";
                [NotPersonalData("shared mailbox")]
                public string Mailbox { get; set; } = "";
            }
            """);
    }
}
