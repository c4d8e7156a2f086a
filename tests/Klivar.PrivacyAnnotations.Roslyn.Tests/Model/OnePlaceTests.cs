using System.Text.RegularExpressions;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Model;

/// <summary>
/// "is this enum value defined" had hand-written range checks in ten places, and a member's display name was
/// built in five. One helper each; these tests hold the line.
/// </summary>
public class OnePlaceTests
{
    private static readonly string Root = FindRepositoryRoot();

    [Fact]
    public void Each_enum_has_one_IsDefined_that_agrees_with_the_enum()
    {
        for (var value = -3; value <= 120; value++)
        {
            Assert.Equal(Enum.IsDefined(typeof(DataCategory), value), VocabularyValues.IsDefined((DataCategory)value));
            Assert.Equal(Enum.IsDefined(typeof(Purpose), value), VocabularyValues.IsDefined((Purpose)value));
            Assert.Equal(Enum.IsDefined(typeof(LegalBasis), value), VocabularyValues.IsDefined((LegalBasis)value));
            Assert.Equal(Enum.IsDefined(typeof(SpecialCategoryCondition), value), VocabularyValues.IsDefined((SpecialCategoryCondition)value));
            Assert.Equal(Enum.IsDefined(typeof(TransferSafeguard), value), VocabularyValues.IsDefined((TransferSafeguard)value));
            Assert.Equal(Enum.IsDefined(typeof(RedactionKind), value), VocabularyValues.IsDefined((RedactionKind)value));
            Assert.Equal(Enum.IsDefined(typeof(RedactionKind), value) && value != 0, VocabularyValues.IsExplicit((RedactionKind)value));
            Assert.Equal(Enum.IsDefined(typeof(DpiaStatus), value), VocabularyValues.IsDefined((DpiaStatus)value));
            Assert.Equal(Enum.IsDefined(typeof(SecurityMeasure), value), VocabularyValues.IsDefined((SecurityMeasure)value));
        }
    }

    [Fact]
    public void No_hand_written_range_check_of_a_vocabulary_enum_is_left_in_the_source()
    {
        var rangeCheck = new Regex(@"[<>]=?\s*\(int\)\s*(DataCategory|Purpose|LegalBasis|SpecialCategoryCondition|TransferSafeguard|RedactionKind|DpiaStatus|SecurityMeasure)\.");
        var offenders = SourceFiles()
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => rangeCheck.IsMatch(x.line))
            .Select(x => Path.GetRelativePath(Root, x.file) + ":" + (x.i + 1) + ": " + x.line.Trim())
            .ToList();
        Assert.True(offenders.Count == 0, "use VocabularyValues.IsDefined:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void Display_names_are_built_in_one_place()
    {
        var built = new Regex(@"ContainingType\??\.Name\s*\+\s*""\.""|\+\s*""\(""\s*\+\s*\w*(parameter|Name)\b");
        var offenders = SourceFiles()
            .Where(file => !file.EndsWith("DisplayNames.cs", StringComparison.Ordinal))
            .SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, i)))
            .Where(x => built.IsMatch(x.line))
            .Select(x => Path.GetRelativePath(Root, x.file) + ":" + (x.i + 1) + ": " + x.line.Trim())
            .ToList();
        Assert.True(offenders.Count == 0, "use DisplayNames:\n" + string.Join("\n", offenders));
    }

    [Fact]
    public void DisplayNames_name_types_members_and_parameters_as_the_register_does()
    {
        var compilation = Infrastructure.TestCompilation.Create("""
            public class User
            {
                public User(string email) { }
                public string Email { get; set; } = "";
                public void Send(string to) { }
            }
            """);
        var user = compilation.GetTypeByMetadataName("User")!;
        Assert.Equal("User", DisplayNames.Of(user));
        Assert.Equal("User.Email", DisplayNames.Of(user.GetMembers("Email").Single()));
        Assert.Equal("Send(to)", DisplayNames.Of(((IMethodSymbol)user.GetMembers("Send").Single()).Parameters[0]));
        Assert.Equal("User(email)", DisplayNames.Of(user.InstanceConstructors.Single().Parameters[0]));
    }

    private static IEnumerable<string> SourceFiles() =>
        new[] { "src/Klivar.PrivacyAnnotations.Roslyn", "src/Klivar.PrivacyAnnotations.CodeFixes", "src/Shared" }
            .SelectMany(dir => Directory.GetFiles(Path.Combine(Root, dir), "*.cs", SearchOption.AllDirectories))
            .Where(file => !file.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) &&
                           !file.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar) &&
                           !file.EndsWith("VocabularyValues.cs", StringComparison.Ordinal));

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Klivar.PrivacyAnnotations.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Cannot find the repository root above " + AppContext.BaseDirectory);
    }
}
