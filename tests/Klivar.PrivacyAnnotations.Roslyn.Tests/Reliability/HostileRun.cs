extern alias tool;

using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Register = tool::Klivar.PrivacyAnnotations.ProcessingRegister;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Reliability;

/// <summary>
/// Runs the whole compiler plug-in on (possibly hostile) sources the way a build does: the generator first, then every
/// analyzer of the Roslyn assembly on the compilation with the generated code. It fails on anything that would break
/// a build (a generator exception, CS8784/CS8785, AD0001, an error inside generated code) and on register files that
/// are not well-formed; what remains for a test to check is which KPA diagnostics came and what the register lists.
/// </summary>
internal sealed class HostileRun
{
    public static readonly CSharpParseOptions ParseOptions = TestCompilation.ParseOptions;

    private HostileRun(Compilation output, ImmutableArray<Diagnostic> diagnostics, IReadOnlyDictionary<string, string> generated, string? json, Register? register)
    {
        Output = output;
        Diagnostics = diagnostics;
        Generated = generated;
        Json = json;
        Register = register;
    }

    public Compilation Output { get; }

    /// <summary>Every diagnostic of the build: compiler and analyzers.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public IEnumerable<Diagnostic> Kpa => Diagnostics.Where(d => d.Id.StartsWith("KPA", StringComparison.Ordinal));

    public IReadOnlyDictionary<string, string> Generated { get; }

    /// <summary>The generated <c>PrivacyRegister.Json</c> constant; null when nothing was registered.</summary>
    public string? Json { get; }

    public Register? Register { get; }

    public IEnumerable<tool::Klivar.PrivacyAnnotations.RegisterField> Fields =>
        Register is null ? Enumerable.Empty<tool::Klivar.PrivacyAnnotations.RegisterField>() : Register.Activities.SelectMany(a => a.Fields);

    public static ImmutableArray<DiagnosticAnalyzer> Analyzers => AnalyzerCrashes.All;

    public static CSharpCompilation Compile(IEnumerable<string> sources, bool withRuntime = true, CSharpParseOptions? options = null)
    {
        var trees = sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, options ?? ParseOptions, path: $"Source{i}.cs", encoding: Encoding.UTF8));
        var references = withRuntime ? TestCompilation.References : Basic.Reference.Assemblies.Net80.References.All.Cast<MetadataReference>().ToImmutableArray();
        return CSharpCompilation.Create("Hostile", trees, references.Add(AnalyzerTestSetup.Logging),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
    }

    public static HostileRun Run(params string[] sources) => Run(Compile(sources));

    public static HostileRun Run(CSharpCompilation input)
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, parseOptions: (CSharpParseOptions)input.SyntaxTrees.First().Options)
            .RunGeneratorsAndUpdateCompilation(input, out var output, out var driverDiagnostics);
        var result = driver.GetRunResult();

        // A generator that throws is CS8784/CS8785 in a build: the whole build fails.
        foreach (var generatorResult in result.Results) Assert.True(generatorResult.Exception is null, "the generator threw: " + generatorResult.Exception);
        Assert.Empty(driverDiagnostics);
        Assert.Empty(result.Diagnostics);

        var generated = result.Results.SelectMany(r => r.GeneratedSources).ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
        var generatedTrees = result.GeneratedTrees.ToHashSet();

        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (crashes) crashes.Add(analyzer.GetType().Name + ": " + exception); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = output.WithAnalyzers(Analyzers, options).GetAllDiagnosticsAsync().GetAwaiter().GetResult();
        Assert.True(crashes.Count == 0, "an analyzer threw:\n" + string.Join("\n", crashes));
        Assert.DoesNotContain(diagnostics, d => d.Id is "AD0001" or "CS8784" or "CS8785");

        // The generated code never adds an error of its own, whatever the user's code looks like.
        var generatedErrors = diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error && d.Location.SourceTree is { } tree && generatedTrees.Contains(tree)).ToList();
        Assert.True(generatedErrors.Count == 0, "the generated code does not compile:\n" + string.Join("\n", generatedErrors) + "\n\n" +
                                                string.Join("\n\n", generated.Select(g => "// ---- " + g.Key + "\n" + g.Value)));

        var json = Klivar.PrivacyAnnotations.Roslyn.Tests.Generator.GeneratorRun.RegisterJsonOf(output);
        Register? register = null;
        if (json is not null)
        {
            PublishedRegisterSchema.AssertValid(json);
            register = tool::Klivar.PrivacyAnnotations.RegisterJson.Read(json);
            AssertWellFormedCsv(tool::Klivar.PrivacyAnnotations.RegisterCsv.Write(register));
            AssertWellFormedMarkdown(tool::Klivar.PrivacyAnnotations.RegisterMarkdown.Write(register), "register");
            AssertWellFormedMarkdown(tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(register), "notice");
        }
        return new HostileRun(output, diagnostics, generated, json, register);
    }

    /// <summary>The register lists <paramref name="member"/> (as the register names it: <c>Email</c>, <c>Send(email)</c>).</summary>
    public void AssertRegistered(string type, string member)
    {
        Assert.True(Fields.Any(f => f.Type == type && f.Member == member),
            $"'{type}.{member}' is not in the register; it lists: " + string.Join(", ", Fields.Select(f => f.Type + "." + f.Member).Distinct()));
    }

    /// <summary>A KPA diagnostic <paramref name="id"/> whose message contains <paramref name="text"/>, located in the source.</summary>
    public Diagnostic AssertKpa(string id, string text = "")
    {
        var match = Kpa.FirstOrDefault(d => d.Id == id && d.GetMessage().Contains(text, StringComparison.Ordinal));
        Assert.True(match is not null, $"no {id} with '{text}'; the diagnostics are:\n" + string.Join("\n", Diagnostics));
        Assert.True(match!.Location.IsInSource, id + " has no source location");
        return match;
    }

    public void AssertNoKpaErrors() =>
        Assert.True(!Kpa.Any(d => d.Severity == DiagnosticSeverity.Error), "unexpected KPA errors:\n" + string.Join("\n", Kpa));

    /// <summary>RFC 4180: every record, quoted fields and all, has the header's number of columns; nothing else follows.</summary>
    public static void AssertWellFormedCsv(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"' && field.Length == 0)
            {
                i++;
                while (true)
                {
                    Assert.True(i < csv.Length, "a quoted CSV field never closes");
                    if (csv[i] == '"')
                    {
                        if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    field.Append(csv[i++]);
                }
                Assert.True(i >= csv.Length || csv[i] == ',' || csv[i] == '\r', "text after a closing quote at offset " + i);
                continue;
            }
            if (csv[i] == ',') { record.Add(field.ToString()); field.Clear(); i++; continue; }
            if (csv[i] == '\r')
            {
                Assert.True(i + 1 < csv.Length && csv[i + 1] == '\n', "a bare CR outside quotes at offset " + i);
                record.Add(field.ToString()); field.Clear();
                records.Add(record); record = new List<string>();
                i += 2;
                continue;
            }
            Assert.True(csv[i] != '\n' && csv[i] != '"', $"a bare '{csv[i]}' outside quotes at offset {i}");
            field.Append(csv[i++]);
        }
        Assert.True(field.Length == 0 && record.Count == 0, "the CSV does not end with CRLF");
        Assert.NotEmpty(records);
        var columns = tool::Klivar.PrivacyAnnotations.RegisterCsv.Columns.Count;
        foreach (var r in records) Assert.True(r.Count == columns, $"a CSV row has {r.Count} columns, not {columns}: {string.Join(" | ", r)}");
        // Formula injection: no cell starts with what a spreadsheet evaluates.
        foreach (var cell in records.Skip(1).SelectMany(r => r))
            Assert.False(cell.Length > 0 && "=+-@".Contains(cell[0]), "a CSV cell a spreadsheet would evaluate: " + cell);
    }

    private static readonly Regex RawHtml = new(@"(?<!\\)<[A-Za-z/!?]", RegexOptions.CultureInvariant);

    /// <summary>No raw HTML, no control characters, and within each table the same number of cells on every row.</summary>
    public static void AssertWellFormedMarkdown(string markdown, string what)
    {
        Assert.False(markdown.Contains('\r'), what + ": a CR in Markdown");
        var lines = markdown.Split('\n');
        int? tableCells = null;
        foreach (var line in lines)
        {
            Assert.False(line.Any(c => char.IsControl(c) || c == '\u2028' || c == '\u2029'), what + ": a control character in: " + Escape(line));
            // Inside a code span Markdown shows HTML as text: only the rest of the line can hold raw HTML.
            var html = RawHtml.Match(Regex.Replace(line, "`[^`]*`", "``"));
            Assert.False(html.Success, what + ": raw HTML in: " + line);
            if (line.StartsWith('|'))
            {
                var cells = UnescapedPipes(line);
                tableCells ??= cells;
                Assert.True(cells == tableCells, $"{what}: a table row with {cells - 1} cells instead of {tableCells - 1}: {line}");
            }
            else
            {
                tableCells = null;
            }
        }
    }

    private static int UnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '|') count++;
        }
        return count;
    }

    private static string Escape(string text) =>
        string.Concat(text.Select(c => c >= ' ' && c < 0x7f ? c.ToString() : "\\u" + ((int)c).ToString("x4")));
}
