extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>Runs the generator on sources, the way the compiler does, and gives back what it produced.</summary>
internal sealed class GeneratorRun
{
    private GeneratorRun(CSharpCompilation input, Compilation output, GeneratorDriverRunResult result, GeneratorDriver driver)
    {
        Input = input;
        Output = output;
        Result = result;
        Driver = driver;
    }

    public CSharpCompilation Input { get; }
    public Compilation Output { get; }
    public GeneratorDriverRunResult Result { get; }
    public GeneratorDriver Driver { get; }

    /// <summary>Documentation comments are checked, as in a project that generates its documentation file.</summary>
    public static readonly CSharpParseOptions ParseOptions = TestCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.Diagnose);

    public static GeneratorDriver NewDriver() =>
        CSharpGeneratorDriver.Create(
            new[] { new PrivacyGenerator().AsSourceGenerator() },
            parseOptions: ParseOptions,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static GeneratorRun Run(params string[] sources) => Run(Compile(sources));

    public static CSharpCompilation Compile(params string[] sources) =>
        TestCompilation.Create(sources).RemoveAllSyntaxTrees().AddSyntaxTrees(
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Source{i}.cs")));

    public static GeneratorRun Run(CSharpCompilation compilation, GeneratorDriver? driver = null)
    {
        driver = (driver ?? NewDriver()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var result = driver.GetRunResult();
        Assert.Empty(result.Diagnostics);
        Assert.All(result.Results, r => Assert.Null(r.Exception));
        return new GeneratorRun(compilation, output, result, driver);
    }

    /// <summary>The generated files by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources =>
        Result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);

    public string Source(string hintName) =>
        Sources.TryGetValue(hintName, out var text) ? text : throw new Xunit.Sdk.XunitException("No generated file '" + hintName + "'; there are: " + string.Join(", ", Sources.Keys));

    /// <summary>
    /// Every warning and error of the compilation with the generated code (none is expected), but the test sources' own
    /// missing documentation.
    /// </summary>
    public ImmutableArray<Diagnostic> Problems =>
        Output.GetDiagnostics()
            .Where(d => d.Severity >= DiagnosticSeverity.Warning)
            .Where(d => !(d.Id == "CS1591" && d.Location.SourceTree is { } tree && Input.SyntaxTrees.Contains(tree)))
            .ToImmutableArray();

    public void AssertCompilesCleanly() =>
        Assert.True(Problems.IsEmpty, "The generated code does not compile cleanly:\n" + string.Join("\n", Problems) + "\n\n" +
                                      string.Join("\n\n", Sources.Select(s => "// ---- " + s.Key + "\n" + s.Value)));

    /// <summary>Emits the compilation and loads it, so tests can call the generated helpers.</summary>
    public Assembly Load()
    {
        AssertCompilesCleanly();
        using var stream = new MemoryStream();
        var emit = Output.Emit(stream);
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        return Assembly.Load(stream.ToArray());
    }

    /// <summary>The register JSON compiled into the assembly, read back from its packed attribute.</summary>
    public string RegisterJson()
    {
        var type = Load().GetType("Klivar.PrivacyAnnotations.Generated.PrivacyRegister", throwOnError: true)!;
        var packed = type.GetCustomAttributesData().Single(a => a.AttributeType.Name == "PackedRegisterAttribute");
        return runtime::Klivar.PrivacyAnnotations.RegisterPacking.Unpack((string)packed.ConstructorArguments[0].Value!);
    }

    /// <summary>The register JSON of the generated register file, unpacked from its source text.</summary>
    public string RegisterJsonFromSource()
    {
        var source = Source("Klivar.PrivacyAnnotations.PrivacyRegister.g.cs");
        var match = System.Text.RegularExpressions.Regex.Match(source, "PackedRegister\\(\"([^\"]*)\"\\)");
        Assert.True(match.Success, "no [PackedRegister] in the register file");
        return runtime::Klivar.PrivacyAnnotations.RegisterPacking.Unpack(match.Groups[1].Value);
    }

    /// <summary>The packed register read from a compilation's symbols (the register class's attribute), unpacked; null when there is none.</summary>
    public static string? RegisterJsonOf(Compilation compilation) =>
        compilation.GetTypeByMetadataName("Klivar.PrivacyAnnotations.Generated.PrivacyRegister")?
            .GetAttributes().SingleOrDefault(a => a.AttributeClass?.Name == "PackedRegisterAttribute")?.ConstructorArguments[0].Value is string packed
            ? runtime::Klivar.PrivacyAnnotations.RegisterPacking.Unpack(packed)
            : null;
}
