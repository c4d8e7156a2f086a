using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// With the packed package: the register kept in the repository (PrivacyRegisterRepositoryPath) and its check mode
/// (PrivacyRegisterCheck, KPA1007); the DPO policy file (PrivacyPolicyFile) enforced and recorded.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class RepositoryRegisterTests(PackedPackage package)
{
    private const string Account = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme SAS")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, LegitimateInterest = "Security", Retention = "1y")]
        public class Account
        {
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public string LastIp { get; set; } = "";
        }
        """;

    [Fact]
    public void The_check_passes_on_a_fresh_committed_register_and_fails_on_a_stale_one_naming_the_file_and_line()
    {
        var project = package.CreateProject("Acme.Kept", new Dictionary<string, string> { ["Account.cs"] = Account },
            "<PrivacyRegisterRepositoryPath>docs/privacy/</PrivacyRegisterRepositoryPath>");
        var kept = Path.Combine(project.Folder, "docs", "privacy");

        var write = project.Build();
        Assert.True(write.ExitCode == 0, write.Output);
        foreach (var suffix in new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.md" })
            Assert.Equal(File.ReadAllText(project.OutputFile(suffix)), File.ReadAllText(Path.Combine(kept, "Acme.Kept" + suffix)));

        // Fresh, even as a Windows checkout with CRLF line ends.
        var json = Path.Combine(kept, "Acme.Kept.privacy-register.json");
        File.WriteAllText(json, File.ReadAllText(json).Replace("\n", "\r\n"));
        var fresh = project.Build("-p:PrivacyRegisterCheck=true");
        Assert.True(fresh.ExitCode == 0, fresh.Output);
        Assert.DoesNotContain("KPA1007", fresh.Output);

        // The code changes, the committed register does not: stale.
        File.WriteAllText(Path.Combine(project.Folder, "Account.cs"), Account.Replace("Retention = \"1y\"", "Retention = \"2y\""));
        var committed = File.ReadAllText(json);
        var stale = project.Build("-p:PrivacyRegisterCheck=true");

        Assert.NotEqual(0, stale.ExitCode);
        var lineOf1y = committed.Replace("\r\n", "\n").Split('\n').ToList().FindIndex(l => l.Contains("\"text\": \"1y\"", StringComparison.Ordinal)) + 1;
        Assert.Contains(json + "(" + lineOf1y + "): error KPA1007: The privacy register file '" + json + "' is stale: line " + lineOf1y +
                        " is '          \"text\": \"1y\",' in the repository but '          \"text\": \"2y\",' in what the code produces", stale.Output);
        Assert.Equal(committed, File.ReadAllText(json)); // check mode writes nothing

        // Without the check, the build brings the committed copy up to date.
        var update = project.Build();
        Assert.True(update.ExitCode == 0, update.Output);
        Assert.Contains("\"text\": \"2y\"", File.ReadAllText(json));
    }

    [Fact]
    public void The_check_without_a_folder_is_an_error_and_a_missing_committed_file_is_named()
    {
        var project = package.CreateProject("Acme.Unkept", new Dictionary<string, string> { ["Account.cs"] = Account });
        var noFolder = project.Build("-p:PrivacyRegisterCheck=true");
        Assert.NotEqual(0, noFolder.ExitCode);
        Assert.Contains("error KPA1007: PrivacyRegisterCheck is true but PrivacyRegisterRepositoryPath names no folder", noFolder.Output);

        var missing = project.Build("-p:PrivacyRegisterCheck=true", "-p:PrivacyRegisterRepositoryPath=docs/privacy/");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("error KPA1007: The privacy register file '" + Path.Combine(project.Folder, "docs", "privacy", "Acme.Unkept.privacy-register.json") +
                        "' is missing from the repository", missing.Output);
        Assert.False(Directory.Exists(Path.Combine(project.Folder, "docs")));
    }

    [Fact]
    public void The_policy_file_property_enforces_the_policy_and_the_register_records_it()
    {
        var project = package.CreateProject("Acme.Policy", new Dictionary<string, string>
        {
            ["Account.cs"] = Account.Replace("public string LastIp", "[PersonalData(DataCategory.Health, Purpose.PlatformManagement)] public string Allergies { get; set; } = \"\";\n    public string LastIp"),
            ["dpo.json"] = "{\n  \"version\": \"3\",\n  \"forbiddenCategories\": [\"Health\"]\n}\n",
        }, "<PrivacyPolicyFile>dpo.json</PrivacyPolicyFile>");

        var broken = project.Build();
        Assert.NotEqual(0, broken.ExitCode);
        Assert.Matches(@"Account\.cs\(\d+,\d+\): error KPA0104: 'Account\.Allergies' holds Health data, which the DPO policy forbids", broken.Output);

        File.WriteAllText(Path.Combine(project.Folder, "Account.cs"), Account);
        var clean = project.Build();
        Assert.True(clean.ExitCode == 0, clean.Output);
        var register = File.ReadAllText(project.OutputFile(".privacy-register.json"));
        Assert.Contains("\"file\": \"dpo.json\"", register);
        Assert.Contains("\"version\": \"3\"", register);

        File.WriteAllText(Path.Combine(project.Folder, "dpo.json"), "{ \"forbiddenCategories\": [\"Helth\"] }");
        var unreadable = project.Build();
        Assert.NotEqual(0, unreadable.ExitCode);
        Assert.Matches(@"dpo\.json\(1,27\): error KPA0100: Privacy policy 'dpo\.json', line 1, column 27: unknown 'Helth' in 'forbiddenCategories'", unreadable.Output);

        var missing = project.Build("-p:PrivacyPolicyFile=nowhere.json");
        Assert.NotEqual(0, missing.ExitCode);
        Assert.Contains("error KPA0100: Privacy policy 'nowhere.json' (PrivacyPolicyFile) does not exist", missing.Output);
    }
}
