extern alias runtime;

using System.Collections.Immutable;
using System.Text.RegularExpressions;
using Basic.Reference.Assemblies;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// The Klivar.Platform sample, edited, compiled in-process with the generator and the analyzers exactly as the build
/// runs them: real registers and real diagnostics from variants of the sample, without a dotnet build per variant.
/// </summary>
public sealed class SampleVariant
{
    public static readonly string Root = FindRoot();
    public static readonly string SampleDirectory = Path.Combine(Root, "samples", "Klivar.Platform");
    public static readonly string PolicyPath = Path.Combine(SampleDirectory, "privacy-policy.json");

    private readonly Dictionary<string, string> _files;
    private string? _policy;

    private SampleVariant(Dictionary<string, string> files, string? policy)
    {
        _files = files;
        _policy = policy;
    }

    /// <summary>The sample as committed: its sources and its policy.</summary>
    public static SampleVariant Original() =>
        new(Directory.EnumerateFiles(SampleDirectory, "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar) && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar))
                .ToDictionary(f => Path.GetRelativePath(SampleDirectory, f).Replace('\\', '/'), File.ReadAllText),
            File.ReadAllText(PolicyPath));

    /// <summary>Replaces text in a source file; the text must be there, so a sample change cannot silently void a test.</summary>
    public SampleVariant Edit(string file, string find, string replace)
    {
        Assert.True(_files.ContainsKey(file), "The sample has no " + file);
        Assert.True(_files[file].Contains(find, StringComparison.Ordinal), file + " does not contain: " + find);
        _files[file] = _files[file].Replace(find, replace, StringComparison.Ordinal);
        return this;
    }

    public SampleVariant Add(string file, string source)
    {
        _files[file] = source;
        return this;
    }

    public SampleVariant Remove(string file)
    {
        Assert.True(_files.Remove(file), "The sample has no " + file);
        return this;
    }

    public SampleVariant EditPolicy(string find, string replace)
    {
        Assert.True(_policy!.Contains(find, StringComparison.Ordinal), "The sample's policy does not contain: " + find);
        _policy = _policy.Replace(find, replace, StringComparison.Ordinal);
        return this;
    }

    public SampleVariant WithPolicy(string? policy)
    {
        _policy = policy;
        return this;
    }

    private static readonly string GlobalUsings =
        "global using System; global using System.IO; global using System.Linq; global using System.Collections.Generic; " +
        "global using System.Net.Http; global using System.Threading; global using System.Threading.Tasks;";

    public SampleBuild Build()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var trees = _files.OrderBy(f => f.Key, StringComparer.Ordinal)
            .Select(f => CSharpSyntaxTree.ParseText(f.Value, parse, path: f.Key))
            .Append(CSharpSyntaxTree.ParseText(GlobalUsings, parse, path: "GlobalUsings.g.cs"));
        var references = Net80.References.All.Cast<MetadataReference>()
            .Append(MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location));
        var compilation = CSharpCompilation.Create("Klivar.Platform", trees, references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        var additional = _policy is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new Text("privacy-policy.json", _policy));
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, additional, parse)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var generated = driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == "Klivar.PrivacyAnnotations.PrivacyRegister.g.cs").SourceText.ToString();
        // The register rides in the assembly packed (deflated UTF-8, base64): read it the way the build step does.
        var packed = Regex.Match(generated, "PackedRegister\\(\"([A-Za-z0-9+/=]*)\"\\)");
        if (!packed.Success) throw new InvalidOperationException("The generated register has no [PackedRegister].");
        var json = RegisterPacking.Unpack(packed.Groups[1].Value);

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new PolicyAnalyzer());
        var diagnostics = output.WithAnalyzers(analyzers, new AnalyzerOptions(additional)).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        return new SampleBuild(json, RegisterJson.Read(json), diagnostics, _policy);
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Klivar.PrivacyAnnotations.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Klivar.PrivacyAnnotations.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed class Text(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }
}

public sealed class SampleBuild
{
    private readonly string? policy;

    internal SampleBuild(string json, ProcessingRegister register, ImmutableArray<Diagnostic> diagnostics, string? policy)
    {
        Json = json;
        Register = register;
        Diagnostics = diagnostics;
        this.policy = policy;
    }

    public string Json { get; }
    internal ProcessingRegister Register { get; }
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The KPA diagnostics as "id file: the source text it underlines", for assertions that name the place.</summary>
    public List<string> Findings() =>
        Diagnostics.Where(d => d.Id.StartsWith("KPA", StringComparison.Ordinal)).Select(Describe).OrderBy(s => s, StringComparer.Ordinal).ToList();

    private string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var text = d.Location.SourceTree?.GetText().ToString() ?? policy ?? "";
        var lines = text.Split('\n');
        var line = span.StartLinePosition.Line < lines.Length ? lines[span.StartLinePosition.Line].Trim() : "";
        var at = d.Location.IsInSource ? d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan) : line.Length == 0 ? "" : line;
        return d.Id + " " + span.Path + ": " + at;
    }

    /// <summary>Writes the register where the diff command reads it.</summary>
    public string Save(string directory, string name = "Klivar.Platform")
    {
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, name + ".privacy-register.json");
        File.WriteAllText(path, Json);
        return path;
    }
}
