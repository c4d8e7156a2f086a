extern alias runtime;

using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;

/// <summary>Builds the compilations the tests run the generator and analyzers on: .NET 8 references plus the runtime library.</summary>
internal static class TestCompilation
{
    /// <summary>The runtime library's attributes and types, as a consumer's compilation sees them.</summary>
    public static readonly MetadataReference RuntimeLibrary =
        MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location);

    public static readonly ImmutableArray<MetadataReference> References =
        Net80.References.All.Cast<MetadataReference>().Append(RuntimeLibrary).ToImmutableArray();

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static CSharpCompilation Create(params string[] sources) => CreateNamed("TestAssembly", sources);

    // Not an overload of Create: Create("source") would bind to (assemblyName, params sources) and compile nothing.
    public static CSharpCompilation CreateNamed(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")),
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
}
