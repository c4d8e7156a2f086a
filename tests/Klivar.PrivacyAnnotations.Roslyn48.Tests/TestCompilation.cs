extern alias runtime;

using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;

/// <summary>
/// The compilations the shared tests run on, built for Roslyn 4.8: the running .NET's assemblies as references (the
/// 4.14 project uses Basic.Reference.Assemblies, which needs Roslyn 4.11) plus the runtime library.
/// </summary>
internal static class TestCompilation
{
    public static readonly MetadataReference RuntimeLibrary =
        MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location);

    public static readonly ImmutableArray<MetadataReference> References =
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetFileName(path) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .Append(RuntimeLibrary)
            .ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources) => CreateNamed("TestAssembly", sources);

    public static CSharpCompilation CreateNamed(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true)
                // The runtime library was built against .NET 8; the running .NET is newer. The SDK silences these too.
                .WithSpecificDiagnosticOptions(new Dictionary<string, ReportDiagnostic> { ["CS1701"] = ReportDiagnostic.Suppress, ["CS1702"] = ReportDiagnostic.Suppress }));
}
