using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>
/// KPA0018: a personal member the privacy table cannot hold (a ref struct, a pointer) leaves its type without helpers;
/// the rule says so where the code is written, and the generated code never fails to compile because of it.
/// </summary>
public class UnholdablePersonalMemberTests
{
    private const string Declarations = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Klivar SAS")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        """;

    private static async Task<(GeneratorRun Run, ImmutableArray<Diagnostic> Found)> Kpa0018(string code)
    {
        var run = GeneratorRun.Run(Declarations, code);
        run.AssertCompilesCleanly();
        var diagnostics = await run.Output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UnrecordedAnnotationAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return (run, diagnostics.Where(d => d.Id == "KPA0018").OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray());
    }

    [Fact]
    public async Task A_personal_span_or_a_personal_member_of_a_ref_struct_is_reported()
    {
        var (run, found) = await Kpa0018("""
            using System;
            using Klivar.PrivacyAnnotations;
            namespace Shop
            {
                public partial class Scratch
                {
                    private readonly char[] _buffer = new char[8];
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public System.Span<char> Buffer => _buffer;
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public class Covered
                {
                    public string Name { get; set; } = "";
                    public System.ReadOnlySpan<char> Initials => Name.AsSpan(0, 1);
                }

                public ref struct Parser
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email;
                }
            }
            """);
        Assert.Equal(3, found.Length);
        Assert.Equal("'Buffer' holds personal data in the ref struct 'System.Span<char>', which the privacy table cannot hold: 'Shop.Scratch' gets no redaction helpers or run-time table (the register still lists the member)",
                     found[0].GetMessage());
        Assert.Equal(DiagnosticSeverity.Warning, found[0].Severity);
        Assert.Contains("'Initials' holds personal data in the ref struct 'System.ReadOnlySpan<char>'", found[1].GetMessage());
        Assert.Contains("'Email' holds personal data in the ref struct 'Shop.Parser'", found[2].GetMessage());
        Assert.EndsWith("docs/rules/KPA0018.md", found[0].Descriptor.HelpLinkUri);

        // The generated files say the same, and compile.
        Assert.Contains("no helpers generated (personal member 'Buffer' is a ref struct or a pointer", run.Source("Shop.Scratch.Privacy.g.cs"));
        Assert.Contains("no helpers generated (a ref struct cannot be held in the privacy table", run.Source("Shop.Parser.Privacy.g.cs"));
    }

    [Fact]
    public async Task Spans_that_hold_no_personal_data_and_static_ones_are_not_reported()
    {
        var (run, found) = await Kpa0018("""
            using System;
            using Klivar.PrivacyAnnotations;
            namespace Shop
            {
                public partial class Buffered
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                    public System.ReadOnlySpan<char> Prefix => "id-".AsSpan();
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public static System.ReadOnlySpan<byte> Seed => new byte[] { 1 };
                }

                public ref struct Cursor
                {
                    public int Position;
                }
            }
            """);
        Assert.Empty(found);
        Assert.Contains(".Personal<string>(\"Email\"", run.Source("Shop.Buffered.Privacy.g.cs"));
    }
}
