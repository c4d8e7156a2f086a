using Xunit;

namespace Klivar.PrivacyAnnotations.Tests;

/// <summary>
/// Issue 15: only what users call is public in the runtime library. The merger and the renderers serve the build step
/// and klivar-privacy; the public API is recorded in PublicAPI.Shipped.txt / PublicAPI.Unshipped.txt (PublicApiAnalyzers
/// fails the build when the two disagree).
/// </summary>
public class PublicApiTests
{
    private static readonly Type[] Exported = typeof(PersonalDataAttribute).Assembly.GetExportedTypes();

    [Theory]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMerger")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMergeResult")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterConflict")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterConflictValue")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterMarkdown")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterCsv")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyNotice")]
    public void Tooling_types_are_not_public(string typeName)
    {
        Assert.NotNull(typeof(PersonalDataAttribute).Assembly.GetType(typeName, throwOnError: false));
        Assert.DoesNotContain(Exported, t => t.FullName == typeName);
    }

    [Theory]
    [InlineData("Klivar.PrivacyAnnotations.PersonalDataAttribute")]
    [InlineData("Klivar.PrivacyAnnotations.Redaction")]
    [InlineData("Klivar.PrivacyAnnotations.RetentionPolicy")]
    [InlineData("Klivar.PrivacyAnnotations.ProcessingRegister")]
    [InlineData("Klivar.PrivacyAnnotations.RegisterJson")]
    [InlineData("Klivar.PrivacyAnnotations.PrivacyTypeMetadata")]
    public void What_users_and_generated_code_call_stays_public(string typeName)
    {
        Assert.Contains(Exported, t => t.FullName == typeName);
    }

    // The files write a generic type as C# does (PrivacyMember<T, TValue>), reflection by arity (PrivacyMember`2).
    private static string MetadataName(string line)
    {
        var open = line.IndexOf('<');
        if (open < 0 || !line.EndsWith('>') || line.Contains(' ', StringComparison.Ordinal) && !line.StartsWith("static ", StringComparison.Ordinal) && !line.StartsWith("abstract ", StringComparison.Ordinal) && line.IndexOf(' ') < open)
            return line;
        return line.Substring(0, open) + "`" + (line.Substring(open).Count(c => c == ',') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void Every_public_type_is_recorded_in_the_public_api_files()
    {
        var folder = Path.Combine(RepositoryRoot(), "src", "Klivar.PrivacyAnnotations");
        var recorded = File.ReadLines(Path.Combine(folder, "PublicAPI.Shipped.txt"))
            .Concat(File.ReadLines(Path.Combine(folder, "PublicAPI.Unshipped.txt")))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(MetadataName)
            .ToHashSet(StringComparer.Ordinal);
        var missing = Exported.Select(t => t.FullName!.Replace('+', '.')).Where(name => !recorded.Contains(name) && !recorded.Contains("static " + name) && !recorded.Contains("abstract " + name)).ToList();
        Assert.True(missing.Count == 0, "public types missing from PublicAPI.*.txt: " + string.Join(", ", missing));
        Assert.DoesNotContain(recorded, line => line.Contains("RegisterMerger", StringComparison.Ordinal) || line.Contains("RegisterMarkdown", StringComparison.Ordinal));
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
