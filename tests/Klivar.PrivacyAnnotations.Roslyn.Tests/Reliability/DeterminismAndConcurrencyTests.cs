extern alias tool;

using System.Collections.Immutable;
using System.Text;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Reliability;

/// <summary>
/// The same code gives the same bytes (whatever the order of the files, wherever they are), and the analyzers
/// give the same diagnostics however many run at once.
/// </summary>
public class DeterminismAndConcurrencyTests
{
    // A corpus with something for every rule and every kind of type: declarations, partial types over several files,
    // nested generics, records, parameters, odd strings, and mistakes (KPA0002, KPA0003, KPA0004, KPA0020...).
    private static readonly string[] Corpus =
    {
        """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme \"SAS\" | <b>", Email = "privacy@acme.test")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract + 5y archive", DataSubjects = new[] { "users", "prospects, leads" })]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Retention = "1y")]
        [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegalObligation, Retention = "5y after last-contact")]
        [assembly: InternationalTransfer("Support desk", "US", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.PlatformManagement })]
        """,
        """
        using Klivar.PrivacyAnnotations;
        namespace Acme.Accounts;
        public partial class UserAccount
        {
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] public string FullName { get; set; } = "";
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Purpose.Billing)] public string Email { get; set; } = "";
        }
        """,
        """
        using Klivar.PrivacyAnnotations;
        namespace Acme.Accounts;
        public partial class UserAccount
        {
            [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")] public string LastIp { get; set; } = "";
            [PersonalData(DataCategory.Health, Purpose.PlatformManagement)] public string? Allergies { get; set; }
            public override string ToString() => FullName + " " + Email;
        }
        """,
        """
        using Klivar.PrivacyAnnotations;
        namespace Acme.Logging;
        public record Visit([PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress, System.DateTime At);
        public partial class Outer<T> where T : class
        {
            public partial class Inner<U>
            {
                [PersonalData(DataCategory.Usage, "fraud-screening", Retention = "3 bananas")] public string Trail = "";
                [PersonalData((DataCategory)99, Purpose.Logging)] public int Odd;
            }
        }
        public class Sender
        {
            public void Send([PersonalData(DataCategory.Contact, Purpose.Marketing)] string email) => System.Console.WriteLine(email);
        }
        """,
        """
        using Klivar.PrivacyAnnotations;
        [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "2y")]
        public struct GlobalContact { public string Phone; public string Street; }
        file class Local { [PersonalData(DataCategory.Location, Purpose.PlatformManagement)] public double Latitude { get; set; } }
        """,
    };

    private sealed record Output(IReadOnlyList<(string HintName, string Text)> Sources, string Json, string Markdown, string Csv, string Notice);

    private static Output Generate(IEnumerable<(string Path, string Text)> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(f.Text, TestCompilation.ParseOptions, path: f.Path, encoding: Encoding.UTF8));
        var compilation = CSharpCompilation.Create("Determinism", trees, TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));
        var driver = CSharpGeneratorDriver.Create(new PrivacyGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var diagnostics);
        Assert.Empty(diagnostics);
        var sources = driver.GetRunResult().Results.Single().GeneratedSources
            .Select(s => (s.HintName, s.SourceText.ToString())).OrderBy(s => s.HintName, StringComparer.Ordinal).ToList();
        var json = Klivar.PrivacyAnnotations.Roslyn.Tests.Generator.GeneratorRun.RegisterJsonOf(output)!;
        var register = tool::Klivar.PrivacyAnnotations.RegisterJson.Read(json);
        return new Output(sources, json,
            tool::Klivar.PrivacyAnnotations.RegisterMarkdown.Write(register),
            tool::Klivar.PrivacyAnnotations.RegisterCsv.Write(register),
            tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(register));
    }

    private static IEnumerable<(string Path, string Text)> Files(string root, IEnumerable<int> order) =>
        order.Select(i => (Path.Combine(root, "src", "File" + i + ".cs"), Corpus[i]));

    private static void AssertSame(Output expected, Output actual, string what)
    {
        Assert.True(expected.Sources.Select(s => s.HintName).SequenceEqual(actual.Sources.Select(s => s.HintName)),
            what + ": other generated files: " + string.Join(", ", actual.Sources.Select(s => s.HintName)));
        for (var i = 0; i < expected.Sources.Count; i++)
            Assert.True(expected.Sources[i].Text == actual.Sources[i].Text, what + ": " + expected.Sources[i].HintName + " differs");
        Assert.True(expected.Json == actual.Json, what + ": the register JSON differs");
        Assert.True(expected.Markdown == actual.Markdown, what + ": the register Markdown differs");
        Assert.True(expected.Csv == actual.Csv, what + ": the register CSV differs");
        Assert.True(expected.Notice == actual.Notice, what + ": the privacy notice differs");
    }

    [Fact]
    public void Generated_sources_and_register_files_are_byte_identical_across_runs_file_orders_and_checkout_paths()
    {
        var natural = Enumerable.Range(0, Corpus.Length).ToArray();
        var baseline = Generate(Files("/work/checkout-a", natural));
        Assert.True(baseline.Sources.Count >= 5, "the corpus should generate a file per type and the register");
        Assert.Contains("UserAccount", baseline.Json);

        AssertSame(baseline, Generate(Files("/work/checkout-a", natural)), "a second run");
        AssertSame(baseline, Generate(Files("/home/someone/elsewhere/Klivar", natural)), "another checkout path");
        var random = new Random(7);
        for (var round = 0; round < 12; round++)
        {
            var shuffled = natural.OrderBy(_ => random.Next()).ToArray();
            AssertSame(baseline, Generate(Files("/tmp/shuffled-" + round, shuffled)), "file order " + string.Join(",", shuffled));
        }
        foreach (var output in new[] { baseline })
        {
            foreach (var text in output.Sources.Select(s => s.Text).Append(output.Json).Append(output.Markdown))
                Assert.DoesNotContain("/work/checkout-a", text);
        }
    }

    private static readonly Lazy<Compilation> AnalyzedCompilation = new(() =>
    {
        var compilation = HostileRun.Compile(Corpus);
        CSharpGeneratorDriver.Create(new PrivacyGenerator()).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        return output;
    });

    private static async Task<IReadOnlyList<string>> AnalyzeAsync(ImmutableArray<DiagnosticAnalyzer> analyzers, bool concurrent)
    {
        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (crashes) crashes.Add(analyzer.GetType().Name + ": " + exception.Message); },
            concurrentAnalysis: concurrent, logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: false);
        var diagnostics = await AnalyzedCompilation.Value.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.Empty(crashes);
        return diagnostics
            .Select(d => d.Id + " " + d.Location.SourceTree?.FilePath + d.Location.GetLineSpan().Span + " " + d.GetMessage())
            .Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task The_same_corpus_analysed_many_times_in_parallel_gives_the_same_diagnostics_every_time()
    {
        var baseline = await AnalyzeAsync(AnalyzerCrashes.All, concurrent: false);
        // The corpus is meant to trip several rules; an empty baseline would make the comparison meaningless.
        foreach (var id in new[] { "KPA0002", "KPA0003", "KPA0005", "KPA0009", "KPA0020" })
            Assert.Contains(baseline, d => d.StartsWith(id, StringComparison.Ordinal));
        Assert.DoesNotContain(baseline, d => d.StartsWith("AD0001", StringComparison.Ordinal));

        // Shared analyzer instances (as in an IDE) and fresh ones (as in separate builds), all at once.
        var shared = AnalyzerCrashes.All;
        var runs = Enumerable.Range(0, 16)
            .Select(i => Task.Run(() => AnalyzeAsync(i % 2 == 0 ? shared : AnalyzerCrashes.All, concurrent: true)))
            .ToArray();
        var results = await Task.WhenAll(runs);
        for (var i = 0; i < results.Length; i++)
            Assert.True(baseline.SequenceEqual(results[i]), $"run {i} differs:\n+ " + string.Join("\n+ ", results[i].Except(baseline)) + "\n- " + string.Join("\n- ", baseline.Except(results[i])));
    }

    [Fact]
    public void Every_analyzer_runs_concurrently_and_skips_generated_code()
    {
        Assert.NotEmpty(AnalyzerCrashes.All);
        foreach (var analyzer in AnalyzerCrashes.All)
        {
            // A suppressor's Initialize is Roslyn's own (sealed, registers nothing): the compiler calls ReportSuppressions
            // once with the diagnostics already reported, so there is nothing to run concurrently or on generated code.
            if (analyzer is DiagnosticSuppressor) continue;
            var context = new RecordingContext();
            analyzer.Initialize(context);
            Assert.True(context.Concurrent, analyzer.GetType().Name + " does not call EnableConcurrentExecution");
            // One exception: KPA0017 reads the user's declaration of a [LoggerMessage] method, which the driver counts
            // as generated code because the logging generator marks the implementing part [GeneratedCode]. It looks at
            // method declarations without a body only, never at a generated file's code.
            var expected = analyzer is Klivar.PrivacyAnnotations.Roslyn.Analyzers.LogPropertiesAnalyzer ? GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics : GeneratedCodeAnalysisFlags.None;
            Assert.True(context.GeneratedCode == expected, analyzer.GetType().Name + " analyses generated code: " + context.GeneratedCode);
        }
    }

    /// <summary>Records what an analyzer asks of its context at initialization.</summary>
    private sealed class RecordingContext : AnalysisContext
    {
        public bool Concurrent { get; private set; }
        public GeneratedCodeAnalysisFlags? GeneratedCode { get; private set; }
        public override void EnableConcurrentExecution() => Concurrent = true;
        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => GeneratedCode = analysisMode;
        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) { }
        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) { }
        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) { }
        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) { }
        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) { }
        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) { }
        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) { }
        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) { }
    }
}
