using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Benchmarks;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// Issue 16 on the benchmark corpus (the code base docs/performance.md measures): KPA0009 fired on every annotated record,
/// all of them partial. The generator now prints them redacted, so it fires on none; a record made non-partial still
/// gets it.
/// </summary>
public class BenchmarkCorpusTests
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

    // Issue 11's budget, which issue 16 must keep (one method per type): at most 250 bytes of generated source per member
    // of the annotated types, counted as the benchmark counts it (every generated file, UTF-8).
    [Fact]
    public void The_generated_source_stays_within_the_size_budget_with_the_redacting_ToString()
    {
        var run = GeneratorRun.Run(Compile());
        var bytes = run.Sources.Values.Sum(s => (long)System.Text.Encoding.UTF8.GetByteCount(s));
        var printing = run.Sources.Values.Sum(s => s.Split('\n').Count(l => l.Contains("bool PrintMembers(", StringComparison.Ordinal) || l.Contains("override string ToString()", StringComparison.Ordinal)));
        Assert.True(printing > 0, "no redacting ToString/PrintMembers was generated");
        var perMember = (double)bytes / Corpus.MembersOfAnnotatedTypes;
        Assert.True(perMember <= 250, $"{perMember:0.0} bytes of generated source per member of the annotated types ({bytes} bytes, {Corpus.MembersOfAnnotatedTypes} members)");
    }
}
