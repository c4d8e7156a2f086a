using System.Reflection;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>The Klivar sample's build output, built before these tests by the project reference.</summary>
internal static class SampleOutput
{
    public static readonly string Directory = typeof(SampleOutput).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "SampleOutput").Value!;

    public static string File(string name)
    {
        var path = Path.Combine(Directory, name);
        if (!System.IO.File.Exists(path))
            throw new FileNotFoundException($"The sample's build did not write '{name}' in '{Directory}'. Build samples/Klivar.Platform (the project reference does it).", path);
        return path;
    }

    public static string Read(string name) => System.IO.File.ReadAllText(File(name));
}
