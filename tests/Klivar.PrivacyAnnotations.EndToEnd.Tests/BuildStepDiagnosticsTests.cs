using System.Reflection;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>The build step's own diagnostics (KPA1001-KPA1004, KPA1006, KPA1007), each shown firing; KPA1002/KPA1003 are in BuildFaultTests, KPA1006 in RegisterLanguagesTests, KPA1007 in RepositoryRegisterTests (KPA1005 is the targets' own, in PackageMetadataTests).</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class BuildStepDiagnosticsTests(PackedPackage package)
{
    [Fact]
    public void KPA1001_an_assembly_that_cannot_be_read_is_a_build_error_naming_it()
    {
        var notAnAssembly = Path.Combine(package.Root, "not-an-assembly-" + Guid.NewGuid().ToString("N") + ".dll");
        File.WriteAllText(notAnAssembly, "this is text, not a portable executable");
        var taskAssembly = Assembly.LoadFrom(PackageContents.Extract(package, "tasks/netstandard2.0/Klivar.PrivacyAnnotations.Build.dll"));
        var task = (Microsoft.Build.Utilities.Task)Activator.CreateInstance(taskAssembly.GetType("Klivar.PrivacyAnnotations.Build.WritePrivacyRegister", throwOnError: true)!)!;
        var engine = new PackageSafetyTests.RecordingBuildEngine();
        task.BuildEngine = engine;
        PackageSafetyTests.Set(task, "AssemblyPath", notAnAssembly);
        PackageSafetyTests.Set(task, "AssemblyName", "Broken");
        PackageSafetyTests.Set(task, "OutputDirectory", Path.Combine(package.Root, "kpa1001"));

        Assert.False(task.Execute());
        var error = Assert.Single(engine.Errors);
        Assert.StartsWith("KPA1001: ", error);
        Assert.Contains(notAnAssembly, error);
    }

    [Fact]
    public void KPA1004_an_unknown_format_is_a_warning_and_the_known_ones_are_still_written()
    {
        var project = package.CreateProject("Acme.Pdf", new Dictionary<string, string>
        {
            ["Account.cs"] = """
                using Klivar.PrivacyAnnotations;
                [assembly: DataController("Acme SAS")]
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
                public class Account
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }
                """,
        }, "<PrivacyRegisterFormats>json;pdf</PrivacyRegisterFormats>");

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Matches("warning KPA1004: Unknown privacy register format 'pdf'", build.Output);
        Assert.True(File.Exists(project.OutputFile(".privacy-register.json")));
    }

    [Fact]
    public void Every_code_the_build_step_reports_has_its_page_and_a_line_in_the_rules_index()
    {
        var source = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "src", "Klivar.PrivacyAnnotations.Build", "WritePrivacyRegister.cs"));
        var codes = System.Text.RegularExpressions.Regex.Matches(source, "\"(KPA1\\d{3})\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.Equal(new[] { "KPA1001", "KPA1002", "KPA1003", "KPA1004", "KPA1006", "KPA1007" }, codes.Order());
        var index = File.ReadAllText(Path.Combine(PackedPackage.RepositoryRoot, "docs", "rules", "README.md"));
        foreach (var code in codes)
        {
            Assert.True(File.Exists(Path.Combine(PackedPackage.RepositoryRoot, "docs", "rules", code + ".md")), code + " has no page");
            Assert.Contains("[" + code + "](" + code + ".md)", index);
        }
    }
}
