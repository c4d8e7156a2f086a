using System.Reflection;
using System.Text.RegularExpressions;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>
/// Every descriptor reads as a message of its own. A fixed message format (never a bare '{0}' that each call
/// site fills with its own sentence), a description, one category and severity per id.
/// </summary>
public class DescriptorRulesTests
{
    /// <summary>Every descriptor: those declared in Rules and those the analyzers support (same id, several formats included).</summary>
    private static List<DiagnosticDescriptor> AllDescriptors() =>
        typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .Concat(AnalyzerCrashes.All.SelectMany(a => a.SupportedDiagnostics))
            .Distinct()
            .ToList();

    [Fact]
    public void Every_descriptor_has_a_fixed_message_format_a_title_and_a_description()
    {
        var descriptors = AllDescriptors();
        Assert.True(descriptors.Count >= 12, "expected every KPA descriptor, found " + descriptors.Count);
        var problems = new List<string>();
        foreach (var d in descriptors)
        {
            var format = d.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var fixedText = Regex.Replace(format, @"\{\d+\}", "");
            if (Regex.Matches(fixedText, @"[A-Za-z]{2,}").Count < 3)
                problems.Add(d.Id + ": the message format '" + format + "' has no fixed text of its own");
            if (d.Description.ToString(System.Globalization.CultureInfo.InvariantCulture).Trim().Length < 40)
                problems.Add(d.Id + ": no description (or a one-word one)");
            if (d.Title.ToString(System.Globalization.CultureInfo.InvariantCulture).Trim().Length == 0)
                problems.Add(d.Id + ": no title");
            if (Regex.IsMatch(format, @"\ba [AEIOaeio]\w") || Regex.IsMatch(format, @"\ban [BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz]\w"))
                problems.Add(d.Id + ": the article in '" + format + "' is wrong");
        }
        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Descriptors_that_share_an_id_share_its_title_category_severity_and_help_link()
    {
        foreach (var group in AllDescriptors().GroupBy(d => d.Id))
        {
            Assert.Single(group.Select(d => (d.Title.ToString(), d.Category, d.DefaultSeverity, d.HelpLinkUri)).Distinct());
        }
    }

    [Fact]
    public void KPA0008_names_the_fix()
    {
        var format = Rules.PersonalDataInOutput.MessageFormat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("ToRedactedString()", format);
        Assert.Contains("Redaction.Redact", format);
    }

    [Theory]
    [InlineData("Order", "an Order")]
    [InlineData("Invoice", "an Invoice")]
    [InlineData("Employee", "an Employee")]
    [InlineData("Account", "an Account")]
    [InlineData("Update", "an Update")]
    [InlineData("User", "a User")]
    [InlineData("Usage", "a Usage")]
    [InlineData("Customer", "a Customer")]
    public void Messages_take_the_article_an_English_reader_expects(string name, string expected)
    {
        Assert.Equal(expected, Rules.WithArticle(name));
    }
}
