using System.Text.Json.Nodes;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>The packed package fails the build on privacy violations, at the right place, in SARIF too.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildFailureTests(PackedPackage package)
{
    [Fact]
    public void A_purpose_without_an_activity_fails_the_build_with_KPA0002_at_the_right_file_and_line_and_in_sarif()
    {
        var project = package.CreateProject("Acme.Billing", new Dictionary<string, string>
        {
            ["Declarations.cs"] = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Acme SAS")]
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
                """,
            ["Invoice.cs"] = """
                using Klivar.PrivacyAnnotations;

                namespace Acme.Billing;

                public class Invoice
                {
                    [PersonalData(DataCategory.Financial, Purpose.Billing, Retention = "10y")]
                    public string Iban { get; set; } = "";
                }
                """,
        });
        var sarif = Path.Combine(project.Folder, "build.sarif");

        var build = project.Build($"-p:ErrorLog={sarif}%2Cversion=2.1");

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Invoice\.cs\(7,\d+\): error KPA0002", build.Output);
        var log = JsonNode.Parse(File.ReadAllText(sarif))!;
        var results = log["runs"]!.AsArray().SelectMany(r => r!["results"]!.AsArray()).ToList();
        var kpa0002 = results.Single(r => (string?)r!["ruleId"] == "KPA0002")!;
        Assert.Equal("error", (string?)kpa0002["level"]);
        var location = kpa0002["locations"]![0]!["physicalLocation"]!;
        Assert.EndsWith("Invoice.cs", (string?)location["artifactLocation"]!["uri"]);
        Assert.Equal(7, (int)location["region"]!["startLine"]!);
    }

    [Fact]
    public void An_unreadable_retention_fails_the_build_with_KPA0003()
    {
        var project = package.CreateProject("Acme.Bananas", new Dictionary<string, string>
        {
            ["Account.cs"] = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Acme SAS")]
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract)]

                public class Account
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "3 bananas")]
                    public string Email { get; set; } = "";
                }
                """,
        });

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.Matches(@"Account\.cs\(7,\d+\): error KPA0003: Retention '3 bananas' does not parse: at character 3, expected a unit", build.Output);
    }

    [Fact]
    public void Strict_mode_turns_every_KPA_warning_into_a_build_error()
    {
        var sources = new Dictionary<string, string>
        {
            // No DataController: KPA0010 is a warning by default.
            ["Account.cs"] = """
                using Klivar.PrivacyAnnotations;
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

                public class Account
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }
                """,
        };

        var lenient = package.CreateProject("Acme.Lenient", sources).Build();
        Assert.True(lenient.ExitCode == 0, lenient.Output);
        Assert.Contains("warning KPA0010", lenient.Output);

        var strict = package.CreateProject("Acme.Strict", sources, "<PrivacyAnalysisMode>Strict</PrivacyAnalysisMode>").Build();
        Assert.NotEqual(0, strict.ExitCode);
        Assert.Contains("error KPA0010", strict.Output);
    }
}
