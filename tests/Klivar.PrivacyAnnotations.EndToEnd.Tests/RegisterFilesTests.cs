using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>The build writes the register beside the assembly, keeps it in step, and cleans it.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class RegisterFilesTests(PackedPackage package)
{
    private const string Declarations = """
        using Klivar.PrivacyAnnotations;

        [assembly: DataController("Acme SAS", Identifier = "SIREN 123 456 789", Email = "privacy@acme.test",
            Address = "1 rue de la Paix, 75002 Paris", SupervisoryAuthority = "CNIL")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None,
            Description = "Managing accounts", DataSubjects = new[] { "users" }, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None,
            LegitimateInterest = "Detecting fraudulent access", Retention = "1y")]
        [assembly: InternationalTransfer("Support desk provider", "US", TransferSafeguard.StandardContractualClauses,
            Purposes = new[] { Purpose.PlatformManagement })]
        """;

    private const string Model = """
        using Klivar.PrivacyAnnotations;

        namespace Acme.Accounts;

        public partial class UserAccount
        {
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
            public string FullName { get; set; } = "";

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email { get; set; } = "";

            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public string LastIpAddress { get; set; } = "";
        }
        """;

    private ThrowAwayProject CreateAcme() => package.CreateProject("Acme.Platform", new Dictionary<string, string>
    {
        ["Declarations.cs"] = Declarations,
        ["UserAccount.cs"] = Model,
    });

    [Fact]
    public void The_build_writes_json_markdown_and_csv_beside_the_assembly_and_the_json_lists_the_three_members()
    {
        var project = CreateAcme();
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.DoesNotContain("CS8784", build.Output);
        Assert.DoesNotContain("CS8785", build.Output);

        foreach (var suffix in new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv" })
            Assert.True(File.Exists(project.OutputFile(suffix)), suffix + " missing after build:\n" + build.Output);

        var json = JsonNode.Parse(File.ReadAllText(project.OutputFile(".privacy-register.json")))!;
        Assert.Equal("Acme.Platform", (string?)json["assembly"]);
        Assert.Equal("Acme SAS", (string?)json["controller"]!["name"]);
        var members = json["activities"]!.AsArray().SelectMany(a => a!["fields"]!.AsArray()).Select(f => (string?)f!["member"]).Order().ToArray();
        Assert.Equal(new[] { "Email", "FullName", "LastIpAddress" }, members);
        var transfers = json["activities"]!.AsArray().Single(a => (string?)a!["id"] == "platform-management")!["transfers"]!.AsArray();
        Assert.Equal("US", (string?)transfers.Single()!["country"]);
    }

    [Fact]
    public void The_register_json_validates_against_the_published_schema()
    {
        var project = CreateAcme();
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        var schema = JsonSchema.FromFile(Path.Combine(PackedPackage.RepositoryRoot, "docs", "privacy-register.schema.json"));
        using var instance = System.Text.Json.JsonDocument.Parse(File.ReadAllText(project.OutputFile(".privacy-register.json")));
        var result = schema.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("\n", (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value))));
    }

    [Fact]
    public void A_project_without_annotations_skips_the_register_step_once_its_assembly_is_up_to_date()
    {
        // The step used to find its outputs missing (no annotations, no register files) and ran on
        // every build.
        var project = package.CreateProject("Acme.NoPrivacy", new Dictionary<string, string>
        {
            ["Calculator.cs"] = "namespace Acme; public static class Calculator { public static int Add(int a, int b) => a + b; }",
        });
        var first = project.Build();
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.False(File.Exists(project.OutputFile(".privacy-register.json")));

        var second = project.Build("-v:d");
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("Skipping target \"WritePrivacyRegister\" because all output files are up-to-date", second.Output);
    }

    [Fact]
    public void Deleting_a_register_file_and_building_again_brings_it_back()
    {
        var project = CreateAcme();
        Assert.Equal(0, project.Build().ExitCode);
        var markdown = project.OutputFile(".privacy-register.md");
        var expected = File.ReadAllText(markdown);
        File.Delete(markdown);

        var again = project.Build();
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.True(File.Exists(markdown), "the deleted register was not rebuilt:\n" + again.Output);
        Assert.Equal(expected, File.ReadAllText(markdown));
    }

    [Fact]
    public void Dotnet_clean_removes_the_register_files()
    {
        var project = CreateAcme();
        Assert.Equal(0, project.Build().ExitCode);
        Assert.True(File.Exists(project.OutputFile(".privacy-register.json")));

        var clean = project.Clean();
        Assert.True(clean.ExitCode == 0, clean.Output);
        foreach (var suffix in new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.md" })
            Assert.False(File.Exists(project.OutputFile(suffix)), suffix + " survived dotnet clean");
    }

    [Fact]
    public void The_notice_is_a_draft_while_a_point_is_open_and_takes_its_published_name_once_none_is_and_clean_removes_either()
    {
        var project = CreateAcme();
        var declarations = Path.Combine(project.Folder, "Declarations.cs");
        File.WriteAllText(declarations, Declarations.Replace("SupervisoryAuthority = \"CNIL\")]", "SupervisoryAuthority = \"CNIL\", ToConfirm = \"Is a DPO designated?\")]"));
        var draft = project.Build();
        Assert.True(draft.ExitCode == 0, draft.Output);
        Assert.StartsWith("# Draft privacy notice: Acme SAS\n", File.ReadAllText(project.OutputFile(".privacy-notice.draft.md")));
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.md")));

        // The point confirmed: the published notice replaces the draft, which is removed rather than left beside it.
        File.WriteAllText(declarations, Declarations);
        Assert.Equal(0, project.Build().ExitCode);
        Assert.StartsWith("# Privacy notice: Acme SAS\n", File.ReadAllText(project.OutputFile(".privacy-notice.md")));
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.draft.md")));

        // Reopened: the draft again, and no published notice left behind.
        File.WriteAllText(declarations, Declarations.Replace("SupervisoryAuthority = \"CNIL\")]", "SupervisoryAuthority = \"CNIL\", ToConfirm = \"Is a DPO designated?\")]"));
        Assert.Equal(0, project.Build().ExitCode);
        Assert.True(File.Exists(project.OutputFile(".privacy-notice.draft.md")));
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.md")));

        Assert.Equal(0, project.Clean().ExitCode);
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.draft.md")));
    }

    [Fact]
    public void Two_builds_give_byte_identical_files_and_an_unchanged_build_does_not_rewrite_them()
    {
        var project = CreateAcme();
        Assert.Equal(0, project.Build().ExitCode);
        var suffixes = new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.md" };
        var first = suffixes.ToDictionary(s => s, s => File.ReadAllBytes(project.OutputFile(s)));
        var stamps = suffixes.ToDictionary(s => s, s => File.GetLastWriteTimeUtc(project.OutputFile(s)));

        Thread.Sleep(1100);
        Assert.Equal(0, project.Build().ExitCode);
        foreach (var s in suffixes)
        {
            Assert.Equal(first[s], File.ReadAllBytes(project.OutputFile(s)));
            Assert.Equal(stamps[s], File.GetLastWriteTimeUtc(project.OutputFile(s)));
        }

        // A full rebuild recompiles everything: the files still come out the same, byte for byte.
        Assert.Equal(0, project.Build("--no-incremental").ExitCode);
        foreach (var s in suffixes) Assert.Equal(first[s], File.ReadAllBytes(project.OutputFile(s)));
    }

    [Fact]
    public void Properties_move_the_register_and_pick_its_formats()
    {
        var project = package.CreateProject("Acme.Formats", new Dictionary<string, string>
        {
            ["Declarations.cs"] = Declarations,
            ["UserAccount.cs"] = Model,
        }, "<PrivacyRegisterOutputPath>$(MSBuildProjectDirectory)/compliance</PrivacyRegisterOutputPath><PrivacyRegisterFormats>json;csv</PrivacyRegisterFormats>");
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        var folder = Path.Combine(project.Folder, "compliance");
        Assert.True(File.Exists(Path.Combine(folder, "Acme.Formats.privacy-register.json")), build.Output);
        Assert.True(File.Exists(Path.Combine(folder, "Acme.Formats.privacy-register.csv")));
        Assert.False(File.Exists(Path.Combine(folder, "Acme.Formats.privacy-register.md")));
        Assert.False(File.Exists(project.OutputFile(".privacy-register.json")));
    }
}
