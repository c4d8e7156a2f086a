using System.Reflection;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>Every rule has its page, its help link, its release entry, and its place in the strict mode.</summary>
public class RuleCatalogTests
{
    private static readonly string Root = FindRepositoryRoot();

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Klivar.PrivacyAnnotations.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("Klivar.PrivacyAnnotations.sln not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The descriptors the analyzers of the Roslyn assembly expose.</summary>
    private static List<DiagnosticDescriptor> AnalyzerDescriptors() =>
        AnalyzerCrashes.All.SelectMany(a => a.SupportedDiagnostics).DistinctBy(d => d.Id).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();

    /// <summary>Every descriptor declared in Rules, whether or not an analyzer on this branch reports it yet.</summary>
    private static List<DiagnosticDescriptor> DeclaredDescriptors() =>
        typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Concat(AnalyzerDescriptors())
            .DistinctBy(d => d.Id)
            .ToList();

    [Fact]
    public void Every_analyzer_rule_has_its_page_and_help_link()
    {
        var descriptors = AnalyzerDescriptors();
        Assert.Contains(descriptors, d => d.Id == "KPA0002");
        Assert.Contains(descriptors, d => d.Id == "KPA0011");
        Assert.Contains(descriptors, d => d.Id == "KPA0021");
        var problems = new List<string>();
        foreach (var descriptor in descriptors)
        {
            if (descriptor.HelpLinkUri != Rules.HelpLink(descriptor.Id))
                problems.Add(descriptor.Id + ": help link is '" + descriptor.HelpLinkUri + "', expected '" + Rules.HelpLink(descriptor.Id) + "'");
            var page = Path.Combine(Root, "docs", "rules", descriptor.Id + ".md");
            if (!File.Exists(page))
                problems.Add(descriptor.Id + ": no page at docs/rules/" + descriptor.Id + ".md");
            else if (!File.ReadAllText(page).StartsWith("# " + descriptor.Id, StringComparison.Ordinal))
                problems.Add(descriptor.Id + ": docs/rules/" + descriptor.Id + ".md does not start with '# " + descriptor.Id + "'");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_rules_index_and_the_release_file_list_every_rule()
    {
        var index = File.ReadAllText(Path.Combine(Root, "docs", "rules", "README.md"));
        var releases = File.ReadAllText(Path.Combine(Root, "src", "Klivar.PrivacyAnnotations.Roslyn", "AnalyzerReleases.Unshipped.md")) +
                       File.ReadAllText(Path.Combine(Root, "src", "Klivar.PrivacyAnnotations.Roslyn", "AnalyzerReleases.Shipped.md"));
        foreach (var descriptor in DeclaredDescriptors())
        {
            Assert.Contains("[" + descriptor.Id + "](" + descriptor.Id + ".md)", index);
            Assert.Matches(new Regex("^" + descriptor.Id + @"\s*\|\s*" + Regex.Escape(descriptor.Category) + @"\s*\|\s*" + descriptor.DefaultSeverity + @"\s*\|", RegexOptions.Multiline), releases);
        }
    }

    [Fact]
    public void Each_id_has_one_descriptor_so_a_team_can_suppress_one_finding_alone()
    {
        var shared = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Concat(AnalyzerCrashes.All.SelectMany(a => a.SupportedDiagnostics))
            .GroupBy(d => d.Id)
            .Where(g => g.Select(d => d.MessageFormat.ToString()).Distinct().Count() > 1)
            .Select(g => g.Key)
            .ToList();
        Assert.True(shared.Count == 0, "ids with more than one message: " + string.Join(", ", shared));
    }

    [Fact]
    public void Rules_and_the_release_file_list_the_ids_in_order()
    {
        var rules = Regex.Matches(File.ReadAllText(Path.Combine(Root, "src", "Klivar.PrivacyAnnotations.Roslyn", "Analyzers", "Rules.cs")), @"Create\(\s*""(KPA\d{4})""")
            .Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(rules);
        Assert.Equal(rules.Order(StringComparer.Ordinal), rules);
        var released = File.ReadAllLines(Path.Combine(Root, "src", "Klivar.PrivacyAnnotations.Roslyn", "AnalyzerReleases.Unshipped.md"))
            .Select(line => Regex.Match(line, @"^(KPA\d{4})\s*\|")).Where(m => m.Success).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(released.Order(StringComparer.Ordinal), released);
    }

    private static string StrictConfigPath => Path.Combine(Root, "src", "Klivar.PrivacyAnnotations", "buildTransitive", "Klivar.PrivacyAnnotations.Strict.globalconfig");

    [Fact]
    public void The_strict_globalconfig_raises_exactly_the_warning_rules()
    {
        var raised = File.ReadAllLines(StrictConfigPath)
            .Select(line => Regex.Match(line, @"^dotnet_diagnostic\.(KPA\d{4})\.severity\s*=\s*error\s*$"))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .OrderBy(id => id, StringComparer.Ordinal)
            .ToList();
        var warnings = DeclaredDescriptors().Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.Equal(warnings, raised);
        Assert.Contains("is_global = true", File.ReadAllText(StrictConfigPath));
    }

    [Fact]
    public void The_targets_add_the_strict_globalconfig_only_in_strict_mode()
    {
        var targets = XDocument.Load(Path.Combine(Root, "src", "Klivar.PrivacyAnnotations", "buildTransitive", "Klivar.PrivacyAnnotations.targets"));
        var item = Assert.Single(targets.Descendants(), e => e.Name.LocalName == "EditorConfigFiles");
        Assert.EndsWith("Klivar.PrivacyAnnotations.Strict.globalconfig", item.Attribute("Include")!.Value);
        var condition = item.Parent!.Attribute("Condition")?.Value ?? "";
        Assert.Contains("$(PrivacyAnalysisMode)", condition);
        Assert.Contains("'Strict'", condition);
    }

    [Fact]
    public async Task The_strict_globalconfig_turns_a_warning_into_an_error()
    {
        // Read the file the way the compiler reads a global analyzer config, then compile with its severities.
        var config = Microsoft.CodeAnalysis.AnalyzerConfig.Parse(File.ReadAllText(StrictConfigPath), "/package/Klivar.PrivacyAnnotations.Strict.globalconfig");
        var set = Microsoft.CodeAnalysis.AnalyzerConfigSet.Create(new[] { config }, out var configDiagnostics);
        Assert.Empty(configDiagnostics);
        var severities = set.GlobalConfigOptions.TreeOptions;
        Assert.Equal(ReportDiagnostic.Error, severities["KPA0007"]);

        var source = """
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("Klivar SAS")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests)]
            """;
        async Task<Diagnostic> Kpa0007(Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation)
        {
            var diagnostics = await compilation.WithAnalyzers(AnalyzerCrashes.All).GetAnalyzerDiagnosticsAsync();
            return Assert.Single(diagnostics, d => d.Id == "KPA0007");
        }

        var normal = Infrastructure.TestCompilation.Create(source);
        Assert.Equal(DiagnosticSeverity.Warning, (await Kpa0007(normal)).Severity);
        var strict = normal.WithOptions(normal.Options.WithSpecificDiagnosticOptions(severities));
        Assert.Equal(DiagnosticSeverity.Error, (await Kpa0007(strict)).Severity);
    }
}
