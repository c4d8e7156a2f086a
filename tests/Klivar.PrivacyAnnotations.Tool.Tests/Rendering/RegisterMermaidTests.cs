using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

public class RegisterMermaidTests
{
    private static RegisterActivity Activity(string id, string name, string? basis, string[] subjects, string[] categories, string[] recipients, RegisterTransfer[] transfers,
        string[]? internalRecipients = null, RegisterProcessor[]? processors = null) =>
        new(id, name, null, basis is not null, basis, null, null, subjects, categories, Array.Empty<RegisterRetention>(), recipients, transfers,
            Array.Empty<string>(), Array.Empty<RegisterField>(), internalRecipients: internalRecipients, processors: processors);

    private static ProcessingRegister Register(params RegisterActivity[] activities) => new("1.0", "Test", null, activities);

    private static readonly RegisterProcessor Host = new("Hosting provider", "FR", null, null);

    private static readonly ProcessingRegister Sample = Register(
        Activity("logging", "Logging system", "LegitimateInterests", new[] { "Platform users" }, new[] { "Technical" }, Array.Empty<string>(), Array.Empty<RegisterTransfer>(),
            internalRecipients: new[] { "Security team" }, processors: new[] { Host }),
        Activity("care", "Care", "Contract", new[] { "Patients", "Platform users" }, new[] { "Health", "Identification" }, new[] { "Doctors" },
            new[] { new RegisterTransfer("Cloud", "US", "StandardContractualClauses", null) }, processors: new[] { Host }));

    private static string Chart(ProcessingRegister register, string activityId, Lexicon? lexicon = null) =>
        RegisterMermaid.Write(RegisterMermaid.Graphs(register, lexicon ?? Lexicon.English).Single(g => g.Key.StartsWith(activityId + ":", StringComparison.Ordinal)).Graph);

    [Fact]
    public void Each_activity_has_its_own_chart_whom_then_the_data_then_the_activity_then_where_the_data_goes()
    {
        var graphs = RegisterMermaid.Graphs(Sample, Lexicon.English);
        Assert.Equal(new[] { "Logging system", "Care" }, graphs.Select(g => g.Title));

        var chart = Chart(Sample, "care");
        Assert.Empty(MermaidGrammar.Check(chart));
        var labels = MermaidGrammar.Labels(chart);
        Assert.Equal("Care: performance of a contract (Art. 6(1)(b) GDPR)", labels["a1"]);
        Assert.Equal("Data processed", labels["d1"]);
        Assert.Equal("Identification data", labels["c1"]);
        Assert.Equal("Health data (Art. 9)", labels["c2"]);
        Assert.Equal("Outside the EU: Cloud (US, the Standard Contractual Clauses approved by the European Commission)", labels["t1"]);
        Assert.Equal("Hosting provider (processor, FR)", labels["p1"]);
        // Patients and platform users → the data box → Care → Doctors (dotted), the processor (dotted), Cloud (thick): a
        // tree, so no two arrows cross.
        Assert.Equal(new[] { "s1 --> d1", "s2 --> d1", "d1 --> a1", "a1 -.-> r1", "a1 -.-> p1", "a1 ==> t1" }, MermaidGrammar.Edges(chart));
        Assert.Contains("  subgraph d1[\"Data processed\"]\n    direction LR\n    c1[\"Identification data\"]\n    c2[\"Health data (Art. 9)\"]\n  end\n", chart);
        Assert.Contains("  class c2 special\n", chart);

        // The processor both activities share is drawn once in each chart: never one arrow from every activity to it.
        Assert.Equal(new[] { "s1 --> d1", "d1 --> a1", "a1 -.-> r1", "a1 -.-> p1" }, MermaidGrammar.Edges(Chart(Sample, "logging")));
        Assert.Equal("Security team (internal)", MermaidGrammar.Labels(Chart(Sample, "logging"))["r1"]);
    }

    [Fact]
    public void Labels_are_the_registers_words_never_enum_names_in_english_and_french()
    {
        var english = Chart(Sample, "care");
        var french = Chart(Sample, "care", Lexicon.French);

        foreach (var code in new[] { "StandardContractualClauses", "LegitimateInterests", "(Contract", "Health\"", "Identification\"" })
        {
            Assert.DoesNotContain(code, english);
            Assert.DoesNotContain(code, french);
        }
        var labels = MermaidGrammar.Labels(french);
        Assert.Equal("Care : exécution d'un contrat (art. 6.1.b RGPD)", labels["a1"]);
        Assert.Equal("Données traitées", labels["d1"]);
        Assert.Equal("Hors de l'UE : Cloud (US, les clauses contractuelles types approuvées par la Commission européenne)", labels["t1"]);
        Assert.Equal("Hosting provider (sous-traitant, FR)", labels["p1"]);
    }

    [Fact]
    public void The_charts_are_the_same_whatever_the_order_of_lists()
    {
        var care = Sample.Activities[1];
        var shuffled = Register(Sample.Activities[0], Activity("care", "Care", "Contract", new[] { "Platform users", "Patients" }, new[] { "Identification", "Health" },
            new[] { "Doctors" }, new[] { new RegisterTransfer("Cloud", "US", "StandardContractualClauses", null) }, processors: new[] { Host }));
        Assert.Equal(Chart(Sample, "care"), Chart(shuffled, "care"));
        Assert.Equal(RegisterMermaid.Write(Sample), RegisterMermaid.Write(Sample));
        Assert.NotNull(care);
    }

    [Theory]
    [InlineData("Users \"admins\"]) --> x")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("a;b#c`d|e&f")]
    [InlineData("two\nlines\r\tand\u2028more")]
    [InlineData("classDef evil fill:#f00")]
    [InlineData("end")]
    public void Hostile_text_stays_a_label(string text)
    {
        var register = Register(Activity("x", text, "Consent", new[] { text }, new[] { "Contact" }, new[] { text + "!" },
            new[] { new RegisterTransfer(text, "US", "Derogation", null) }));

        var chart = Chart(register, "x");

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
    [InlineData("flowchart LR\n  subgraph d1[\"x\"]\n    c1[\"y\"]\n", "has no 'end'")]
    [InlineData("flowchart LR\n  a1[\"x\"]\n  a2[\"y\"]\n  a1 --> a2\n  linkStyle 1 stroke:#000\n", "linkStyle on edge 1")]
    public void The_grammar_check_rejects_broken_charts(string chart, string problem)
    {
        Assert.Contains(MermaidGrammar.Check(chart), p => p.Contains(problem, StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_colours_what_was_added_green_and_what_was_removed_red_boxes_and_arrows_alike()
    {
        var before = RegisterMermaid.Graph(Sample.Activities[1], Lexicon.English);
        var after = RegisterMermaid.Graph(Activity("care", "Care", "Contract", new[] { "Patients" }, new[] { "Health", "Identification", "Location" }, new[] { "Doctors" },
            new[] { new RegisterTransfer("Cloud", "US", "StandardContractualClauses", null), new RegisterTransfer("SIEM vendor", "IN", "StandardContractualClauses", null) },
            processors: new[] { Host }), Lexicon.English);

        var chart = RegisterMermaid.Write(RegisterMermaid.Compare(before, after));

        Assert.Empty(MermaidGrammar.Check(chart));
        var labels = MermaidGrammar.Labels(chart);
        string IdOf(string label) => labels.Single(l => l.Value == label).Key;
        var added = chart.Split('\n').Single(l => l.StartsWith("  class ", StringComparison.Ordinal) && l.EndsWith(" added", StringComparison.Ordinal));
        var removed = chart.Split('\n').Single(l => l.StartsWith("  class ", StringComparison.Ordinal) && l.EndsWith(" removed", StringComparison.Ordinal));
        Assert.Contains(IdOf("Location data"), added);
        Assert.Contains(IdOf("Outside the EU: SIEM vendor (IN, the Standard Contractual Clauses approved by the European Commission)"), added);
        Assert.Contains(IdOf("Platform users"), removed);
        Assert.DoesNotContain(IdOf("Identification data"), added + removed);
        // The arrows too: the new transfer's arrow green, the lost subject's arrow red and dashed, the others untouched.
        var t = IdOf("Outside the EU: SIEM vendor (IN, the Standard Contractual Clauses approved by the European Commission)");
        Assert.Equal(new[] { "a1 ==> " + t }, MermaidGrammar.StyledEdges(chart, "stroke:#22863a"));
        Assert.Equal(new[] { IdOf("Platform users") + " --> d1" }, MermaidGrammar.StyledEdges(chart, "stroke:#cb2431"));
    }

    [Fact]
    public void An_activity_added_or_removed_is_drawn_whole_in_one_colour()
    {
        var added = RegisterMermaid.Write(RegisterMermaid.Compare(new FlowGraph(), RegisterMermaid.Graph(Sample.Activities[1], Lexicon.English)));
        Assert.Empty(MermaidGrammar.Check(added));
        Assert.Equal(MermaidGrammar.Edges(added), MermaidGrammar.StyledEdges(added, "stroke:#22863a"));
        Assert.DoesNotContain(" removed\n", added);

        var removed = RegisterMermaid.Write(RegisterMermaid.Compare(RegisterMermaid.Graph(Sample.Activities[1], Lexicon.English), new FlowGraph()));
        Assert.Equal(MermaidGrammar.Edges(removed), MermaidGrammar.StyledEdges(removed, "stroke:#cb2431"));
    }

    [Fact]
    public void An_activity_with_no_data_category_says_so_instead_of_an_empty_box()
    {
        var chart = Chart(Register(Activity("empty", "Empty", "Consent", new[] { "Users" }, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<RegisterTransfer>())), "empty");
        Assert.Empty(MermaidGrammar.Check(chart));
        Assert.DoesNotContain("subgraph", chart);
        Assert.Equal("No data category declared", MermaidGrammar.Labels(chart)["d1"]);
        Assert.Equal(new[] { "s1 --> d1", "d1 --> a1" }, MermaidGrammar.Edges(chart));
    }

    [Fact]
    public void The_register_markdown_draws_one_chart_per_activity_under_its_name()
    {
        var md = RegisterMarkdown.Write(Sample);
        Assert.Contains("**Logging system**\n\n```mermaid\nflowchart LR\n", md);
        Assert.Contains("**Care**\n\n```mermaid\nflowchart LR\n", md);
        Assert.Equal(2, md.Split("```mermaid\n").Length - 1);
    }
}
