using System.Text.RegularExpressions;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests;

/// <summary>
/// Shipped packages meet only through public API: an InternalsVisibleTo from one shipped assembly to another would make
/// two versions of our packages fail together at run time. Test and benchmark projects may see internals.
/// </summary>
public class LayeringTests
{
    // The Roslyn component and its code fixes ride in the same package (analyzers/dotnet/cs), always at one version.
    private static readonly HashSet<(string From, string To)> SamePackage = new() { ("Klivar.PrivacyAnnotations.Roslyn", "Klivar.PrivacyAnnotations.CodeFixes") };

    [Fact]
    public void No_shipped_assembly_grants_its_internals_to_another_shipped_assembly()
    {
        var src = Path.Combine(RepositoryRoot(), "src");
        var grants = new List<(string From, string To)>();
        foreach (var project in Directory.EnumerateFiles(src, "*.csproj", SearchOption.AllDirectories))
        {
            var folder = Path.GetDirectoryName(project)!;
            var name = Path.GetFileNameWithoutExtension(project);
            foreach (Match m in Regex.Matches(File.ReadAllText(project), "<InternalsVisibleTo Include=\"([^\"]+)\""))
                grants.Add((name, m.Groups[1].Value));
            foreach (var file in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar)))
            {
                foreach (Match m in Regex.Matches(File.ReadAllText(file), "InternalsVisibleTo\\(\"([^\"]+)\"\\)"))
                    grants.Add((name, m.Groups[1].Value));
            }
        }

        Assert.NotEmpty(grants);
        var shipped = grants.Where(g => !g.To.EndsWith(".Tests", StringComparison.Ordinal) && !g.To.EndsWith(".Benchmarks", StringComparison.Ordinal) && !SamePackage.Contains(g)).ToList();
        Assert.True(shipped.Count == 0, "InternalsVisibleTo between shipped assemblies: " + string.Join(", ", shipped.Select(g => g.From + " -> " + g.To)));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
