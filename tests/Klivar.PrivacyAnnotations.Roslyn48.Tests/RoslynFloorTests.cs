using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn48.Tests;

/// <summary>The oldest compiler the package claims runs the generator and every analyzer, without a crash.</summary>
public class RoslynFloorTests
{
    [Fact]
    public void These_tests_run_on_Roslyn_4_8()
    {
        Assert.Equal(new Version(4, 8, 0, 0), typeof(CSharpCompilation).Assembly.GetName().Version);
        Assert.Equal(new Version(4, 8, 0, 0), typeof(Compilation).Assembly.GetName().Version);
        // The component under test was compiled against the same floor.
        var referenced = typeof(Klivar.PrivacyAnnotations.Roslyn.Generator.PrivacyGenerator).Assembly.GetReferencedAssemblies().Single(a => a.Name == "Microsoft.CodeAnalysis");
        Assert.Equal(new Version(4, 8, 0, 0), referenced.Version);
    }

    [Fact]
    public async Task Every_rule_fires_on_Roslyn_4_8_and_no_analyzer_throws()
    {
        var compilation = TestCompilation.Create("""
            using System;
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Acme")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Retention = "1y")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.Consent, Retention = "1y")]
            [assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.Consent)]
            [assembly: InternationalTransfer("Mailer", "FR", TransferSafeguard.StandardContractualClauses)]
            [assembly: Processor("CloudCo", ToConfirm = "Which contract binds it?")]

            public class Customer
            {
                public string PhoneNumber { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Billing)]
                public string BillingEmail { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "3 bananas")]
                public string Fax { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.ContactForm)]
                public string ContactEmail { get; set; } = "";
                [PersonalData(DataCategory.Health, Purpose.PlatformManagement)]
                public string Allergies { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string this[int i] => "";
                public override string ToString() => "Customer " + Email;
                public void Print() => Console.WriteLine(Email);
            }

            public record Visit([PersonalData(DataCategory.Technical, Purpose.PlatformManagement)] string Ip);

            public class Order { public Guid CustomerId { get; set; } }
            public static partial class Log
            {
                [Microsoft.Extensions.Logging.LoggerMessage]
                public static partial void SignedUp([Microsoft.Extensions.Logging.LogProperties] Customer customer);
                public static partial void SignedUp(Customer customer) { }
            }

            namespace Microsoft.Extensions.Logging
            {
                public sealed class LoggerMessageAttribute : Attribute { }
                public sealed class LogPropertiesAttribute : Attribute { }
            }
            """);
        var analyzers = typeof(DeclarationAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();
        var crashes = new List<string>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            (exception, analyzer, _) => { lock (crashes) crashes.Add(analyzer.GetType().Name + ": " + exception); },
            concurrentAnalysis: true, logAnalyzerExecutionTime: false);

        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();

        Assert.True(crashes.Count == 0, string.Join("\n", crashes));
        var ids = diagnostics.Select(d => d.Id).Distinct().Order(StringComparer.Ordinal).ToList();
        Assert.Equal(
            new[] { "KPA0001", "KPA0002", "KPA0003", "KPA0004", "KPA0005", "KPA0006", "KPA0007", "KPA0008", "KPA0009", "KPA0012", "KPA0013", "KPA0014", "KPA0015", "KPA0017", "KPA0019", "KPA0038" },
            ids);
    }

    [Fact]
    public async Task KPA0010_fires_on_Roslyn_4_8()
    {
        var compilation = TestCompilation.Create("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "1y")]
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DeclarationAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.Contains(diagnostics, d => d.Id == "KPA0010");
    }

    [Fact]
    public void The_generated_register_is_the_same_on_Roslyn_4_8_as_on_4_14()
    {
        // GoldenOutputTests (linked) compares each file with the golden files the 4.14 project checks; this one also
        // makes sure the incremental pipeline caches on 4.8: an unrelated edit regenerates nothing.
        var first = GeneratorRun.Run(GoldenOutputTests.Declarations, GoldenOutputTests.Types);
        var edited = first.Input.AddSyntaxTrees(CSharpSyntaxTree.ParseText("public class Unrelated { }", GeneratorRun.ParseOptions, path: "Unrelated.cs"));
        var second = GeneratorRun.Run(edited, first.Driver);
        Assert.Equal(first.Sources, second.Sources);
        var outputs = second.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs);
        Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "regenerated: " + o.Reason));
    }
}
