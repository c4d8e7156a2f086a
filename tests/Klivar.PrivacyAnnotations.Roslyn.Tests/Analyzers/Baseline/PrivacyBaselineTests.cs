extern alias runtime;

using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.Baseline;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.Baseline;

/// <summary>
/// The privacy baseline: its members' KPA0001/KPA0012 suppressed (KPA0032) while any other member is still reported,
/// under TreatWarningsAsErrors too; KPA0030 on an entry whose member is declared or gone; KPA0031 on a line it cannot
/// read; the register listing the members as points to confirm.
/// </summary>
public class PrivacyBaselineTests
{
    private sealed class Text(string path, string content) : AdditionalText
    {
        public override string Path { get; } = path;
        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(content);
    }

    private const string BaselinePath = "/repo/src/Shop/privacy-baseline.txt";

    private const string Shop = """
        namespace Shop;
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string PhoneNumber { get; set; } = "";
        }
        public record Order(int Id, int CustomerId, decimal Total);
        public class Outer { public class Contact { public string Email { get; set; } = ""; } }
        """;

    private static string Baseline(params string[] lines) =>
        "# a comment\n" + string.Join("\n", lines) + "\n";

    private static async Task<ImmutableArray<Diagnostic>> Analyze(string source, string? baseline, bool warningsAsErrors = false, string path = BaselinePath)
    {
        var compilation = TestCompilation.CreateNamed("Shop", source);
        if (warningsAsErrors) compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        var files = baseline is null ? ImmutableArray<AdditionalText>.Empty : ImmutableArray.Create<AdditionalText>(new Text(path, baseline));
        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new UndeclaredPersonalDataAnalyzer(), new PrivacyBaselineSuppressor(), new PrivacyBaselineAnalyzer());
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions(files), onAnalyzerException: null, concurrentAnalysis: false,
            logAnalyzerExecutionTime: false, reportSuppressedDiagnostics: true);
        var diagnostics = await compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        return diagnostics;
    }

    private static string Member(Diagnostic d) => d.Location.SourceTree!.GetText().ToString(d.Location.SourceSpan);

    [Fact]
    public async Task Without_a_baseline_every_member_is_reported()
    {
        var diagnostics = await Analyze(Shop, baseline: null);
        Assert.Equal(new[] { "CustomerId", "Email", "Email", "Id", "PhoneNumber" },
            diagnostics.Where(d => !d.IsSuppressed && d.Id is "KPA0001" or "KPA0012").Select(Member).OrderBy(m => m, StringComparer.Ordinal));
    }

    [Fact]
    public async Task Accepted_members_are_suppressed_and_a_new_one_is_still_an_error()
    {
        var baseline = Baseline(
            "Shop Shop.Customer Email KPA0001 Contact",
            "Shop Shop.Customer Id KPA0012 Identification",
            "Shop Shop.Order CustomerId KPA0012 Identification",
            "Shop Shop.Outer+Contact Email KPA0001 Contact");
        var diagnostics = await Analyze(Shop, baseline, warningsAsErrors: true);

        var suppressed = diagnostics.Where(d => d.IsSuppressed).ToList();
        Assert.Equal(new[] { "CustomerId", "Email", "Email", "Id" }, suppressed.Select(Member).OrderBy(m => m, StringComparer.Ordinal));
        Assert.Equal("KPA0032", PrivacyBaselineSuppressor.SuppressionId);

        // PhoneNumber came after the baseline: still reported, as an error under TreatWarningsAsErrors.
        var reported = Assert.Single(diagnostics, d => !d.IsSuppressed && d.Id is "KPA0001" or "KPA0012");
        Assert.Equal("PhoneNumber", Member(reported));
        Assert.Equal(DiagnosticSeverity.Error, reported.Severity);
        Assert.DoesNotContain(diagnostics, d => d.Id is "KPA0030" or "KPA0031");
    }

    [Fact]
    public async Task Entries_of_another_assembly_accept_nothing_here_and_are_not_stale()
    {
        var diagnostics = await Analyze(Shop, Baseline("Billing Shop.Customer Email KPA0001 Contact", "Billing Gone.Type Member KPA0001 Contact"));
        Assert.DoesNotContain(diagnostics, d => d.IsSuppressed);
        Assert.DoesNotContain(diagnostics, d => d.Id is "KPA0030" or "KPA0031");
    }

    [Fact]
    public async Task An_entry_whose_member_was_declared_or_removed_is_stale_on_its_line()
    {
        var declared = Shop.Replace("public string Email { get; set; } = \"\";\n    public string PhoneNumber",
            "[Klivar.PrivacyAnnotations.NotPersonalData(\"shared mailbox\")] public string Email { get; set; } = \"\";\n    public string PhoneNumber");
        Assert.NotEqual(Shop, declared);
        var baseline = Baseline(
            "Shop Shop.Customer Email KPA0001 Contact",
            "Shop Shop.Customer Fax KPA0001 Contact",
            "Shop Shop.Invoice CustomerId KPA0012 Identification",
            "Shop Shop.Customer PhoneNumber KPA0001 Contact");
        var diagnostics = await Analyze(declared, baseline);

        var stale = diagnostics.Where(d => d.Id == "KPA0030").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(3, stale.Count);
        Assert.Equal(new[] { 1, 2, 3 }, stale.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.All(stale, d => Assert.Equal(BaselinePath, d.Location.GetLineSpan().Path));
        Assert.Contains("is now declared", stale[0].GetMessage());
        Assert.Contains("no longer exists", stale[1].GetMessage());
        Assert.Contains("no type 'Shop.Invoice'", stale[2].GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, stale[0].Severity);
    }

    [Fact]
    public async Task A_person_link_marked_as_the_subject_key_is_declared_for_KPA0012_only()
    {
        var marked = Shop.Replace("public record Order(int Id, int CustomerId, decimal Total);",
            "public record Order(int Id, [property: Klivar.PrivacyAnnotations.DataSubjectKey] int CustomerId, decimal Total);");
        Assert.NotEqual(Shop, marked);
        var diagnostics = await Analyze(marked, Baseline("Shop Shop.Order CustomerId KPA0012 Identification"));
        Assert.Contains("is now declared", Assert.Single(diagnostics, d => d.Id == "KPA0030").GetMessage());
    }

    [Fact]
    public async Task An_unreadable_line_is_an_error_on_that_line_and_the_others_still_apply()
    {
        var baseline = Baseline(
            "Shop Shop.Customer Email KPA0001",
            "Shop Shop.Customer PhoneNumber KPA0008 Contact",
            "Shop Shop.Customer Id KPA0012 Personal",
            "Shop Shop.Order CustomerId KPA0012 Identification");
        var diagnostics = await Analyze(Shop, baseline);

        var errors = diagnostics.Where(d => d.Id == "KPA0031").OrderBy(d => d.Location.GetLineSpan().StartLinePosition.Line).ToList();
        Assert.Equal(new[] { 1, 2, 3 }, errors.Select(d => d.Location.GetLineSpan().StartLinePosition.Line));
        Assert.All(errors, d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("expected 5 fields", errors[0].GetMessage());
        Assert.Contains("'KPA0008' is not a rule", errors[1].GetMessage());
        Assert.Contains("'Personal' is not a DataCategory", errors[2].GetMessage());
        Assert.Equal("CustomerId", Member(Assert.Single(diagnostics, d => d.IsSuppressed)));
    }

    [Fact]
    public async Task A_generic_type_is_keyed_by_its_metadata_name()
    {
        const string source = "namespace Shop; public class Page<T> { public string Email { get; set; } = \"\"; public class Row { public string FirstName { get; set; } = \"\"; } }";
        var diagnostics = await Analyze(source, Baseline("Shop Shop.Page`1 Email KPA0001 Contact", "Shop Shop.Page`1+Row FirstName KPA0001 Identification"));
        Assert.Equal(new[] { "Email", "FirstName" }, diagnostics.Where(d => d.IsSuppressed).Select(Member).OrderBy(m => m, StringComparer.Ordinal));
        Assert.DoesNotContain(diagnostics, d => !d.IsSuppressed);
    }

    [Fact]
    public async Task A_file_that_is_not_the_baseline_is_ignored()
    {
        var diagnostics = await Analyze(Shop, Baseline("Shop Shop.Customer Email KPA0001 Contact", "not a baseline line"), path: "/repo/notes.txt");
        Assert.DoesNotContain(diagnostics, d => d.IsSuppressed || d.Id is "KPA0030" or "KPA0031");
    }

    [Fact]
    public void The_register_lists_the_accepted_members_as_points_to_confirm()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "3y")]
            namespace Shop;
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] public string Email { get; set; } = "";
                public string PhoneNumber { get; set; } = "";
            }
            public class Outer { public class Contact { public string Email { get; set; } = ""; } }
            public class Page<T> { [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] public string Email { get; set; } = ""; }
            """;
        var baseline = Baseline(
            "TestAssembly Shop.Page`1 Email KPA0001 Contact",
            "TestAssembly Shop.Customer PhoneNumber KPA0001 Contact",
            "TestAssembly Shop.Customer Email KPA0001 Contact",
            "TestAssembly Shop.Outer+Contact Email KPA0001 Contact",
            "Other Shop.Customer Fax KPA0001 Contact");
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() }, new AdditionalText[] { new Text(BaselinePath, baseline) }, GeneratorRun.ParseOptions);
        var register = runtime::Klivar.PrivacyAnnotations.RegisterJson.Read(GeneratorRun.Run(GeneratorRun.Compile(source), driver).RegisterJson());

        var activity = Assert.Single(register.Activities, a => a.Id == "privacy-baseline");
        Assert.False(activity.Declared);
        Assert.Equal("Not yet declared (privacy baseline)", activity.Name);
        // Customer.Email and Page<T>.Email are annotated since: listed under their own activity only. Fax belongs to another assembly.
        Assert.Equal(new[] { "Shop.Customer.PhoneNumber", "Shop.Outer.Contact.Email" }, activity.Fields.Select(f => f.Type + "." + f.Member));
        Assert.All(activity.Fields, f => Assert.StartsWith("Accepted by the privacy baseline: found by KPA0001 as Contact data", f.ToConfirm));
        Assert.Equal(2, register.Activities.Single(a => a.Id == "customer-management").Fields.Count);
    }

    [Fact]
    public void A_baseline_alone_still_gives_a_register()
    {
        var driver = CSharpGeneratorDriver.Create(new[] { new PrivacyGenerator().AsSourceGenerator() },
            new AdditionalText[] { new Text(BaselinePath, Baseline("TestAssembly Shop.Customer Email KPA0001 Contact")) }, GeneratorRun.ParseOptions);
        var register = runtime::Klivar.PrivacyAnnotations.RegisterJson.Read(GeneratorRun.Run(GeneratorRun.Compile("namespace Shop; public class Customer { public string Email { get; set; } = \"\"; }"), driver).RegisterJson());
        Assert.Equal("Email", Assert.Single(Assert.Single(register.Activities).Fields).Member);
    }
}
