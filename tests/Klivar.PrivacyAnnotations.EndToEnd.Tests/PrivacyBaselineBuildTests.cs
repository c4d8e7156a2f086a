using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// With the packed package and TreatWarningsAsErrors: a project whose undeclared members are listed in its privacy
/// baseline (PrivacyBaselineFile) builds, its register lists them as points to confirm; a member added afterwards fails
/// the build; a baseline named but missing fails it with KPA1008.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PrivacyBaselineBuildTests(PackedPackage package)
{
    private const string Customer = """
        namespace Shop;
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
        }
        """;

    private const string Baseline = """
        # assembly type member rule category
        Shop.Legacy Shop.Customer Email KPA0001 Contact
        Shop.Legacy Shop.Customer Id KPA0012 Identification

        """;

    [Fact]
    public void Accepted_members_build_green_a_new_member_fails_and_the_register_lists_them_to_confirm()
    {
        var project = package.CreateProject("Shop.Legacy", new Dictionary<string, string> { ["Customer.cs"] = Customer, ["privacy-baseline.txt"] = Baseline },
            "<TreatWarningsAsErrors>true</TreatWarningsAsErrors><PrivacyBaselineFile>privacy-baseline.txt</PrivacyBaselineFile>");

        var accepted = project.Build();
        Assert.True(accepted.ExitCode == 0, accepted.Output);
        Assert.DoesNotContain("KPA0001", accepted.Output);
        // Members accepted by the baseline are points to confirm: the notice is a draft, and named so.
        Assert.False(File.Exists(project.OutputFile(".privacy-notice.md")));
        var notice = File.ReadAllText(project.OutputFile(".privacy-notice.draft.md"));
        Assert.StartsWith("# Draft privacy notice", notice);
        Assert.Contains("Accepted by the privacy baseline: found by KPA0001 as Contact data", notice);
        Assert.Contains("Not yet declared (privacy baseline)", File.ReadAllText(project.OutputFile(".privacy-register.md")));

        File.WriteAllText(Path.Combine(project.Folder, "Customer.cs"), Customer.Replace("public string Email", "public string PhoneNumber { get; set; } = \"\";\n    public string Email"));
        var added = project.Build();
        Assert.NotEqual(0, added.ExitCode);
        Assert.Contains("error KPA0001: 'PhoneNumber'", added.Output);
        Assert.DoesNotContain("'Email' looks like", added.Output);
    }

    [Fact]
    public void A_baseline_that_does_not_exist_fails_the_build_with_KPA1008()
    {
        var project = package.CreateProject("Shop.Missing", new Dictionary<string, string> { ["Customer.cs"] = Customer },
            "<PrivacyBaselineFile>privacy-baseline.txt</PrivacyBaselineFile>");
        var result = project.Build();
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error KPA1008: Privacy baseline 'privacy-baseline.txt' (PrivacyBaselineFile) does not exist", result.Output);
    }
}
