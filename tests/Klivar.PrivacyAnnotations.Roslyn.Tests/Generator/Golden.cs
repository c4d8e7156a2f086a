using System.Runtime.CompilerServices;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// Exact-text comparison with a file under <c>Golden/</c> in the test project's source folder. Set
/// <c>KLIVAR_UPDATE_GOLDEN=1</c> to write the actual text instead (then review the diff before committing).
/// </summary>
internal static class Golden
{
    public static void Verify(string fileName, string actual, [CallerFilePath] string callerPath = "")
    {
        var path = Path.Combine(ProjectDirectory(callerPath), "Golden", fileName);
        actual = actual.Replace("\r\n", "\n");
        if (Environment.GetEnvironmentVariable("KLIVAR_UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run the tests with KLIVAR_UPDATE_GOLDEN=1 to create it.");
        var expected = File.ReadAllText(path).Replace("\r\n", "\n");
        if (expected == actual) return;
        Assert.Fail($"{fileName} differs from its golden file ({path}); rerun with KLIVAR_UPDATE_GOLDEN=1 if the change is intended.\n" + FirstDifference(expected, actual));
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var left = i < e.Length ? e[i] : "<end of file>";
            var right = i < a.Length ? a[i] : "<end of file>";
            if (left != right) return $"First difference at line {i + 1}:\n  expected: {left}\n  actual:   {right}";
        }
        return "The texts differ only in line endings.";
    }

    private static string ProjectDirectory(string callerPath)
    {
        for (var dir = Path.GetDirectoryName(callerPath); dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (Directory.EnumerateFiles(dir, "*.csproj").Any()) return dir;
        }
        throw new InvalidOperationException("No test project above " + callerPath);
    }
}
