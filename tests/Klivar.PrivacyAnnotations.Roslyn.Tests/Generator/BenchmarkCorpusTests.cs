using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Benchmarks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// KPA0009 on the benchmark corpus (the code base docs/performance.md measures), whose annotated records are all
/// partial: the generator prints them redacted, so it fires on none; a record made non-partial still gets it.
/// </summary>
[Trait("Category", "Slow")] // Generates and analyses the 1,000-type benchmark corpus.
public class BenchmarkCorpusTests(ITestOutputHelper output)
{
    private static readonly Corpus Corpus = Corpus.Build(150);

    private static CSharpCompilation Compile(Func<string, string>? edit = null) => CSharpCompilation.Create(
        "Klivar.Bench",
        Corpus.Files.Select(f => CSharpSyntaxTree.ParseText(edit is null ? f.Text : edit(f.Text), TestCompilation.ParseOptions, path: f.Path)),
        TestCompilation.References.Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "TestReferences", "Microsoft.Extensions.Logging.Abstractions.dll"))),
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    private static async Task<ImmutableArray<Diagnostic>> Kpa0009Async(Compilation compilation) =>
        (await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new LeakAnalyzer())).GetAnalyzerDiagnosticsAsync())
            .Where(d => d.Id == Rules.ToStringPrintsPersonalData.Id).ToImmutableArray();

    private static int PartialRecords => Corpus.Files.Sum(f => f.Text.Split("public partial record ").Length - 1);

    [Fact]
    public async Task KPA0009_fires_on_no_partial_annotated_record_of_the_corpus()
    {
        Assert.True(PartialRecords >= 5, "the corpus should hold annotated partial records; it has " + PartialRecords);
        var compilation = Compile();

        // What the analyzer decides by itself (an IDE without the generator's output yet), and in a build with it.
        Assert.Empty(await Kpa0009Async(compilation));
        var run = GeneratorRun.Run(compilation);
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await Kpa0009Async(run.Output));
        Assert.Equal(PartialRecords, run.Sources.Values.Count(s => s.Contains("bool PrintMembers(global::System.Text.StringBuilder builder) => PrivacyMetadata.PrintMembers(this, builder", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_same_records_without_partial_are_each_reported()
    {
        var compilation = Compile(text => text.Replace("public partial record ", "public record "));
        Assert.Equal(PartialRecords, (await Kpa0009Async(compilation)).Length);
    }

    [Fact]
    public void The_redacting_ToString_is_at_most_one_method_per_type()
    {
        var corpus = Corpus.Build(1000);
        var compilation = CSharpCompilation.Create(
            "Klivar.Bench",
            corpus.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, path: f.Path)),
            TestCompilation.References.Add(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "TestReferences", "Microsoft.Extensions.Logging.Abstractions.dll"))),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var sources = GeneratorRun.NewDriver().RunGenerators(compilation).GetRunResult().Results.SelectMany(r => r.GeneratedSources).Select(s => s.SourceText.ToString()).ToList();
        var printing = sources.Sum(s => PrintingBytes(s));
        Assert.True(printing > 0, "no redacting ToString/PrintMembers was generated");
        Assert.True(sources.All(s => s.Split('\n').Count(l => l.Contains("bool PrintMembers(", StringComparison.Ordinal) || l.Contains("override string ToString()", StringComparison.Ordinal)) <= 1), "a type got more than one printing method");
        var bytes = sources.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));
        output.WriteLine($"generated source: {(double)bytes / corpus.MembersOfAnnotatedTypes:0.0} bytes per member of the annotated types ({bytes} bytes, {corpus.MembersOfAnnotatedTypes} members)");
    }

    private static long PrintingBytes(string source)
    {
        var lines = source.Split('\n');
        long total = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (!lines[i].Contains("bool PrintMembers(", StringComparison.Ordinal) && !lines[i].Contains("override string ToString()", StringComparison.Ordinal)) continue;
            total += System.Text.Encoding.UTF8.GetByteCount(lines[i]) + 1;
            if (i > 0 && lines[i - 1].Trim() == "/// <inheritdoc/>") total += System.Text.Encoding.UTF8.GetByteCount(lines[i - 1]) + 1;
        }
        return total;
    }
}
