using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>KPA0016: anchor names no rule uses, checked against the constants the generator writes.</summary>
public class RetentionAnchorAnalyzerTests
{
    private const string Rules = """
        using System;
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Klivar SAS")]
        [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "during contract + 10y archive")]
        [assembly: ProcessingActivity("marketing", LegalBasis.Consent, Retention = "3y after last-contact unless consent-withdrawn")]

        public class Customer
        {
            [PersonalData(DataCategory.Financial, Purpose.Billing)]
            public string Iban { get; set; } = "";
            [PersonalData(DataCategory.Contact, "marketing")]
            public string Email { get; set; } = "";
        }
        """;

    // The generator runs first, as in a build: the analyzer reads the PrivacyAnchors class it writes.
    private static async Task<ImmutableArray<Diagnostic>> Kpa0016(string code)
    {
        var run = GeneratorRun.Run(Rules, code);
        var diagnostics = await run.Output.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RetentionAnchorAnalyzer())).GetAnalyzerDiagnosticsAsync();
        return diagnostics.Where(d => d.Id == "KPA0016").OrderBy(d => d.Location.SourceSpan.Start).ToImmutableArray();
    }

    [Fact]
    public async Task A_typo_in_an_anchor_name_is_reported_with_the_nearest_name()
    {
        var found = await Kpa0016("""
            using System;
            using Klivar.PrivacyAnnotations;
            public static class Purge
            {
                public static RetentionAnchors Of(DateTime created, DateTime? ended) =>
                    new RetentionAnchors(created).With("Contract-End", ended).With("last-contact", created);
                public static bool Ended(RetentionAnchors anchors) => anchors.TryGet("consent-withdrawal", out _);
            }
            """);
        Assert.Equal(2, found.Length);
        Assert.Equal("No retention rule of this assembly is anchored on 'Contract-End': its date would never start a retention period; did you mean 'contract'?", found[0].GetMessage());
        Assert.Equal("\"Contract-End\"", found[0].Location.SourceTree!.ToString().Substring(found[0].Location.SourceSpan.Start, found[0].Location.SourceSpan.Length));
        Assert.Equal("consent-withdrawn", found[1].Properties[RetentionAnchorAnalyzer.NearestProperty]);
        Assert.Equal(DiagnosticSeverity.Warning, found[0].Severity);
    }

    [Fact]
    public async Task Names_the_rules_use_constants_and_other_methods_are_silent()
    {
        var found = await Kpa0016("""
            using System;
            using Klivar.PrivacyAnnotations;
            using Klivar.PrivacyAnnotations.Generated;
            public static class Purge
            {
                public static RetentionAnchors Of(DateTime created, DateTime? ended, string fromConfig) =>
                    new RetentionAnchors(created)
                        .With(" Contract ", ended)                  // trimmed, any case: as the retention language reads it
                        .With(PrivacyAnchors.LastContact, created)
                        .With("collection", created)
                        .With(fromConfig, created);                 // not a constant: not checked
                public static string Other(string s) => s.Replace("Contract-End", "x");
            }
            """);
        Assert.Empty(found);
    }

    [Fact]
    public async Task An_assembly_without_retention_rules_is_not_checked()
    {
        var compilation = GeneratorRun.Compile("""
            using System;
            using Klivar.PrivacyAnnotations;
            public static class Purge
            {
                public static RetentionAnchors Of(DateTime created) => new RetentionAnchors(created).With("anything", created);
            }
            """);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new RetentionAnchorAnalyzer())).GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "KPA0016");
    }

    [Fact]
    public async Task The_code_fix_replaces_the_name_with_the_nearest_one()
    {
        // The generated class is written out here: the code-fix harness does not run generators.
        const string anchors = """
            namespace Klivar.PrivacyAnnotations.Generated
            {
                internal static class PrivacyAnchors
                {
                    public const string Collection = "collection";
                    public const string Contract = "contract";
                    public const string LastContact = "last-contact";
                }
            }
            """;
        var test = new CSharpCodeFixTest<RetentionAnchorAnalyzer, RetentionAnchorCodeFix, DefaultVerifier>
        {
            TestCode = """
                using System;
                using Klivar.PrivacyAnnotations;
                public static class Purge
                {
                    public static RetentionAnchors Of(DateTime created, DateTime? ended) =>
                        new RetentionAnchors(created).With({|KPA0016:"Contract-End"|}, ended).With({|KPA0016:"lastcontact"|}, created);
                }
                """,
            FixedCode = """
                using System;
                using Klivar.PrivacyAnnotations;
                public static class Purge
                {
                    public static RetentionAnchors Of(DateTime created, DateTime? ended) =>
                        new RetentionAnchors(created).With("contract", ended).With("last-contact", created);
                }
                """,
        };
        test.TestState.Sources.Add(anchors);
        test.FixedState.Sources.Add(anchors);
        test.TestState.UseTestReferences(false);
        await test.RunAsync();
    }
}
