using System.IO.Compression;
using System.Xml.Linq;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>One package, with the runtime library, the compiler plug-ins, the build step and the README.</summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageTests(PackedPackage package)
{
    [Fact]
    public void The_package_holds_the_runtime_library_the_plugins_the_build_step_and_the_readme()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();

        Assert.Contains("lib/netstandard2.0/Klivar.PrivacyAnnotations.dll", entries);
        Assert.Contains("lib/net8.0/Klivar.PrivacyAnnotations.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Klivar.PrivacyAnnotations.Roslyn.dll", entries);
        Assert.Contains("analyzers/dotnet/cs/Klivar.PrivacyAnnotations.CodeFixes.dll", entries);
        Assert.Contains("tasks/netstandard2.0/Klivar.PrivacyAnnotations.Build.dll", entries);
        Assert.Contains("buildTransitive/Klivar.PrivacyAnnotations.props", entries);
        Assert.Contains("buildTransitive/Klivar.PrivacyAnnotations.targets", entries);
        Assert.Contains("README.md", entries);
        // Nothing of Roslyn ships: the compiler provides it.
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_package_depends_on_nothing_from_Roslyn_and_is_not_a_development_dependency()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspecEntry.Open();
        var nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.NamespaceName;

        var dependencies = nuspec.Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).ToList();
        Assert.DoesNotContain(dependencies, id => id.StartsWith("Microsoft.CodeAnalysis", StringComparison.OrdinalIgnoreCase));
        Assert.Null(nuspec.Descendants(ns + "developmentDependency").SingleOrDefault());
        Assert.Equal("Klivar.PrivacyAnnotations", (string?)nuspec.Descendants(ns + "id").Single());
        Assert.Equal("README.md", (string?)nuspec.Descendants(ns + "readme").Single());
    }

    [Fact]
    public void A_project_that_references_the_package_builds_and_uses_the_vocabulary()
    {
        var project = package.CreateProject("Vocabulary", new Dictionary<string, string>
        {
            ["Program.cs"] = """
                using Klivar.PrivacyAnnotations;

                // Every field the record needs stated: -warnaserror turns a point to confirm (KPA0014) into an error.
                [assembly: DataController("Acme", Email = "privacy@acme.test", NoDataProtectionOfficer = true)]
                [assembly: SecurityMeasures(SecurityMeasure.AccessControl, SecurityMeasure.Backups)]
                [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract",
                    InternalRecipients = new[] { "Customer service" }, Dpia = DpiaStatus.NotRequired, DpiaReason = "No large-scale processing",
                    Created = "2024-01-15", Requirement = DataRequirement.Contractual, ConsequenceIfNotProvided = "No account can be opened",
                    AutomatedDecisions = AutomatedDecisions.None)]

                var policy = RetentionPolicy.Parse("during contract + 10y archive");
                var schedule = policy.ComputeSchedule(new RetentionAnchors(new DateTime(2020, 1, 1)).With("contract", new DateTime(2025, 3, 31)));
                Console.WriteLine(schedule.EraseOn!.Value.ToString("yyyy-MM-dd"));

                public class Account
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }
                """,
        });

        var build = project.Build("-warnaserror", "-p:PrivacyRegisterVersion=1.0", "-p:PrivacyRegisterDate=2026-01-31");
        Assert.True(build.ExitCode == 0, build.Output);
        var run = Dotnet.Run(project.Folder, "run", "--no-build");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("2035-03-31", run.Output);
    }
}
