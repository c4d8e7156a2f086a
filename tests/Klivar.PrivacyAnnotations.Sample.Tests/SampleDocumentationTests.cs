using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>A newcomer opening a sample finds what its project file points to, and the links in it lead somewhere.</summary>
public class SampleDocumentationTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Every_file_a_sample_project_points_to_exists()
    {
        var pointers = 0;
        foreach (var project in Directory.GetFiles(Path.Combine(Root, "samples"), "*.csproj", SearchOption.AllDirectories))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(project), @"See ([\w./-]+) beside this file"))
            {
                pointers++;
                var target = Path.Combine(Path.GetDirectoryName(project)!, match.Groups[1].Value);
                Assert.True(File.Exists(target), $"{Path.GetFileName(project)} points to {match.Groups[1].Value}, which does not exist");
            }
        }
        Assert.True(pointers > 0, "the reference sample's project no longer points to its README");
    }

    [Fact]
    public void The_links_in_the_sample_readmes_resolve()
    {
        foreach (var readme in Directory.GetFiles(Path.Combine(Root, "samples"), "README.md", SearchOption.AllDirectories))
        {
            foreach (Match match in Regex.Matches(File.ReadAllText(readme), @"\]\(([^)#:]+)\)"))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(readme)!, match.Groups[1].Value));
                Assert.True(File.Exists(target) || Directory.Exists(target), $"{readme} links to {match.Groups[1].Value}, which does not exist");
            }
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
