using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

public class RegisterMermaidTests
{
    private static RegisterActivity Activity(string id, string name, string? basis, string[] subjects, string[] categories, string[] recipients, RegisterTransfer[] transfers) =>
        new(id, name, null, basis is not null, basis, null, null, subjects, categories, Array.Empty<RegisterRetention>(), recipients, transfers,
            Array.Empty<string>(), Array.Empty<RegisterField>());

    private static ProcessingRegister Register(params RegisterActivity[] activities) => new("1.0", "Test", null, activities);

    private static readonly ProcessingRegister Sample = Register(
        Activity("logging", "Logging system", "LegitimateInterests", new[] { "Platform users" }, new[] { "Technical" }, new[] { "Security team" }, Array.Empty<RegisterTransfer>()),
        Activity("care", "Care", "Contract", new[] { "Patients", "Platform users" }, new[] { "Health", "Identification" }, new[] { "Doctors" },
            new[] { new RegisterTransfer("Cloud", "US", "StandardContractualClauses", null) }));

    [Fact]
    public void The_chart_draws_subjects_activities_with_basis_categories_recipients_and_transfers()
    {
        var chart = RegisterMermaid.Write(Sample);

        Assert.Empty(MermaidGrammar.Check(chart));
        var labels = MermaidGrammar.Labels(chart);
        Assert.Equal("Care (Contract, Art. 6(1)(b))", labels["a1"]);
        Assert.Equal("Logging system (LegitimateInterests, Art. 6(1)(f))", labels["a2"]);
        Assert.Equal("Health (Art. 9)", labels["x1"]);
        Assert.Equal("Cloud (US, StandardContractualClauses)", labels["t1"]);
        var edges = MermaidGrammar.Edges(chart);
        // Patients → Care; Platform users → both; Care → Health, Identification, Doctors (dotted), Cloud (thick).
        Assert.Equal(new[] { "s1 --> a1", "s2 --> a1", "s2 --> a2", "a1 --> c1", "a1 --> x1", "a1 -.-> r1", "a1 ==> t1", "a2 --> c2", "a2 -.-> r2" }, edges);
        Assert.Contains("  class x1 special\n", chart);
    }

    [Fact]
    public void The_chart_is_the_same_whatever_the_order_of_activities_and_lists()
    {
        var reversed = Register(Sample.Activities.Reverse().ToArray());
        Assert.Equal(RegisterMermaid.Write(Sample), RegisterMermaid.Write(reversed));
    }

    [Theory]
    [InlineData("Users \"admins\"]) --> x")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a;b#c`d|e&f")]
    [InlineData("two\nlines\r\tand\u2028more")]
    [InlineData("classDef evil fill:#f00")]
    public void Hostile_text_stays_a_label(string text)
    {
        var register = Register(Activity("x", text, "Consent", new[] { text }, new[] { "Contact" }, new[] { text + "!" },
            new[] { new RegisterTransfer(text, "US", "Derogation", null) }));

        var chart = RegisterMermaid.Write(register);

        Assert.Empty(MermaidGrammar.Check(chart));
        var labels = MermaidGrammar.Labels(chart).Values.ToList();
        var folded = string.Join(" ", text.Split('\r', '\t', '\u2028', '\n').Where(p => p.Length > 0));
        var expectedSubject = text.Contains('\n') ? text.Split('\n')[0] : text;
        Assert.Contains(labels, l => l.Replace("\n", " ").Contains(folded.Replace("\n", " ")) || l.StartsWith(expectedSubject, StringComparison.Ordinal));
        Assert.DoesNotContain("<script>", chart);
    }

    [Theory]
    [InlineData("flowchart LR\n  a1[\"x\"]\n  a1 --> a2\n", "edge to undefined node 'a2'")]
    [InlineData("flowchart LR\n  a1[\"say \"hi\"\"]\n", "expected a node")]
    [InlineData("flowchart LR\n  a1[\"a<b\"]\n", "not escaped")]
    [InlineData("flowchart LR\n  a1[\"x\"]\n  class a1 nope\n", "has no classDef")]
    [InlineData("graph TD\n", "expected 'flowchart LR'")]
    public void The_grammar_check_rejects_broken_charts(string chart, string problem)
    {
        Assert.Contains(MermaidGrammar.Check(chart), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_marks_what_only_the_new_register_has_as_added_and_what_it_lost_as_removed()
    {
        var before = RegisterMermaid.Graph(Sample);
        var after = RegisterMermaid.Graph(Register(
            Activity("logging", "Logging system", "LegitimateInterests", new[] { "Platform users" }, new[] { "Technical", "Location" }, new[] { "Security team" },
                new[] { new RegisterTransfer("SIEM vendor", "IN", "StandardContractualClauses", null) })));

        var chart = RegisterMermaid.Write(RegisterMermaid.Compare(before, after));

        Assert.Empty(MermaidGrammar.Check(chart));
        var labels = MermaidGrammar.Labels(chart);
        string IdOf(string label) => labels.Single(l => l.Value == label).Key;
        var added = chart.Split('\n').Single(l => l.EndsWith(" added", StringComparison.Ordinal));
        var removed = chart.Split('\n').Single(l => l.EndsWith(" removed", StringComparison.Ordinal));
        Assert.Contains(IdOf("Location"), added);
        Assert.Contains(IdOf("SIEM vendor (IN, StandardContractualClauses)"), added);
        Assert.Contains(IdOf("Care (Contract, Art. 6(1)(b))"), removed);
        Assert.Contains(IdOf("Health (Art. 9)"), removed);
        Assert.DoesNotContain(IdOf("Technical"), added + removed);
        Assert.Contains(IdOf("Care (Contract, Art. 6(1)(b))") + " -.-x " + IdOf("Health (Art. 9)"), chart);
    }
}
