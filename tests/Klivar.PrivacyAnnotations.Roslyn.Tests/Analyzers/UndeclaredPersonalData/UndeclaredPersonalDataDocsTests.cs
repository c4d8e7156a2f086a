using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.CodeFixes;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

public class UndeclaredPersonalDataDocsTests
{
    [Fact]
    public void The_rule_page_exists_and_documents_every_option_and_the_fix_placeholder()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Klivar.PrivacyAnnotations.sln"))) root = root.Parent;
        Assert.NotNull(root);

        var page = Path.Combine(root.FullName, "docs", "rules", "KPA0001.md");
        Assert.True(File.Exists(page), "docs/rules/KPA0001.md is missing");
        var text = File.ReadAllText(page);
        Assert.EndsWith("docs/rules/KPA0001.md", Rules.UndeclaredPersonalData.HelpLinkUri);
        Assert.Contains("Art. 30(1)(c)", text);
        Assert.Contains(UndeclaredPersonalDataAnalyzer.ExtraTokensKey, text);
        Assert.Contains(UndeclaredPersonalDataAnalyzer.ExcludedTokensKey, text);
        Assert.Contains(UndeclaredPersonalDataAnalyzer.PersonTypesKey, text);
        Assert.Contains(UndeclaredPersonalDataCodeFix.JustificationPlaceholder, text);
        Assert.Contains(UndeclaredPersonalDataCodeFix.PurposeToConfirm, text);
        Assert.Contains("Recall", text);
        Assert.DoesNotContain("REAL_", text);
    }

    [Fact]
    public void The_link_rule_has_its_page_with_its_reason_its_fix_and_how_to_tune_it()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Klivar.PrivacyAnnotations.sln"))) root = root.Parent;
        Assert.NotNull(root);

        var page = Path.Combine(root.FullName, "docs", "rules", "KPA0012.md");
        Assert.True(File.Exists(page), "docs/rules/KPA0012.md is missing");
        var text = File.ReadAllText(page);
        Assert.EndsWith("docs/rules/KPA0012.md", Rules.PersonalDataLinkNotDeclared.HelpLinkUri);
        Assert.Contains("Recital 26", text);
        Assert.Contains("dotnet_diagnostic.KPA0012.severity", text);
        Assert.Contains(UndeclaredPersonalDataCodeFix.PurposeToConfirm, text);
        Assert.Contains("IdentityUser", text);
    }
}
