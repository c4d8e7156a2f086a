using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// Build faults give a clear error that names the culprit, never a crash of the build step; and the output
/// does not depend on where the repository is checked out. (A deleted register rebuilt, an unchanged build not
/// rewriting files and <c>dotnet clean</c> are in <see cref="RegisterFilesTests"/>.)
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildFaultTests(PackedPackage package)
{
    private ThrowAwayProject CreateWithRegister(string name, string extraProperties = "", Dictionary<string, string>? more = null)
    {
        var sources = new Dictionary<string, string> { ["Register.cs"] = HandWrittenRegister.Source(name) };
        foreach (var (file, text) in more ?? new()) sources[file] = text;
        return package.CreateProject(name, sources, extraProperties);
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_fails_the_build_with_KPA1003_naming_the_path()
    {
        // Tests run as root, for whom permissions do not stop a write: a file standing where the folder should be does.
        var project = CreateWithRegister("Acme.Blocked",
            "<PrivacyRegisterOutputPath>$(MSBuildProjectDirectory)/blocked/registers</PrivacyRegisterOutputPath>",
            new() { ["blocked"] = "a file, not a folder" });

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        var expectedPath = Path.Combine(project.Folder, "blocked", "registers", "Acme.Blocked.privacy-register.json");
        Assert.True(build.Output.Contains("error KPA1003", StringComparison.Ordinal) && build.Output.Contains("'" + expectedPath + "'", StringComparison.Ordinal), build.Output);
        NoCrash(build);
    }

    [Fact]
    public void A_folder_standing_where_a_register_file_goes_fails_the_build_with_KPA1003_naming_the_file()
    {
        var project = CreateWithRegister("Acme.Occupied");
        var markdown = project.OutputFile(".privacy-register.md");
        Directory.CreateDirectory(markdown);

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(build.Output.Contains("error KPA1003: Cannot write the privacy register file '" + markdown + "'", StringComparison.Ordinal), build.Output);
        NoCrash(build);
        // What could be written was, before the failure: the JSON comes first.
        Assert.True(File.Exists(project.OutputFile(".privacy-register.json")));
    }

    [Fact]
    public void A_register_constant_that_is_not_a_register_fails_with_KPA1002_naming_the_assembly_not_a_crash()
    {
        var project = package.CreateProject("Acme.Garbled", new Dictionary<string, string>
        {
            ["Register.cs"] = HandWrittenRegister.Source("Acme.Garbled", json: "{\"schemaVersion\":\"1\",\"activities\":[[[[[[[[" + new string('[', 500)),
        });

        var build = project.Build();

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(build.Output, @"error KPA1002: The privacy register in '[^']*Acme\.Garbled\.dll' is not valid"), build.Output);
        NoCrash(build);
        Assert.False(File.Exists(project.OutputFile(".privacy-register.md")), "a half-read register was rendered");
    }

    [Fact]
    public void The_same_project_in_two_checkout_folders_gives_byte_identical_registers_and_generated_sources()
    {
        var sources = new Dictionary<string, string>
        {
            ["Declarations.cs"] = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Acme SAS", Email = "privacy@acme.test")]
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, Retention = "during contract + 5y archive")]
                [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, LegitimateInterest = "Securing the service", Retention = "1y")]
                """,
            ["Accounts/UserAccount.cs"] = """
                using Klivar.PrivacyAnnotations;
                namespace Acme.Accounts;
                public partial class UserAccount
                {
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public string FullName { get; set; } = "";
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                    [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")]
                    public string LastIpAddress { get; set; } = "";
                }
                """,
            ["Logging/Visit.cs"] = """
                using Klivar.PrivacyAnnotations;
                namespace Acme.Logging;
                public record Visit([PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress, System.DateTime At);
                """,
        };
        const string properties = "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>";
        var first = CreateInFolders(sources, properties);
        var second = CreateInFolders(sources, properties);
        Assert.NotEqual(first.Folder, second.Folder);

        foreach (var project in new[] { first, second })
        {
            var build = project.Build();
            Assert.True(build.ExitCode == 0, build.Output);
        }

        foreach (var suffix in new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.draft.md" })
        {
            var a = File.ReadAllBytes(first.OutputFile(suffix));
            Assert.Equal(a, File.ReadAllBytes(second.OutputFile(suffix)));
            NoPathIn(System.Text.Encoding.UTF8.GetString(a), first, suffix);
        }

        var firstGenerated = PackageSafetyTests.GeneratedSources(first);
        var secondGenerated = PackageSafetyTests.GeneratedSources(second);
        Assert.NotEmpty(firstGenerated);
        Assert.Equal(firstGenerated.Select(f => Path.GetRelativePath(first.Folder, f)), secondGenerated.Select(f => Path.GetRelativePath(second.Folder, f)));
        for (var i = 0; i < firstGenerated.Count; i++)
        {
            var text = File.ReadAllText(firstGenerated[i]);
            Assert.Equal(text, File.ReadAllText(secondGenerated[i]));
            NoPathIn(text, first, Path.GetFileName(firstGenerated[i]));
        }
    }

    // Each project sits under a folder of its own (projects/<name>-<random>/<name>), so the two checkouts differ in path.
    private ThrowAwayProject CreateInFolders(Dictionary<string, string> sources, string properties)
    {
        var flat = sources.Where(s => !s.Key.Contains('/')).ToDictionary(s => s.Key, s => s.Value);
        var project = package.CreateProject("Acme.Checkout", flat, properties);
        foreach (var (file, text) in sources.Where(s => s.Key.Contains('/')))
        {
            var path = Path.Combine(project.Folder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }
        return project;
    }

    private static void NoPathIn(string text, ThrowAwayProject project, string what)
    {
        Assert.False(text.Contains(project.Folder, StringComparison.Ordinal), what + " holds the checkout path " + project.Folder);
        Assert.False(text.Contains(Path.GetTempPath().TrimEnd('/'), StringComparison.Ordinal), what + " holds a temp path");
    }

    // MSB4018 is MSBuild's "the task threw": the step must report, never crash.
    private static void NoCrash(DotnetResult build)
    {
        Assert.DoesNotContain("MSB4018", build.Output);
        Assert.DoesNotContain("Unhandled exception", build.Output);
    }
}
