using System.Text.RegularExpressions;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

/// <summary>
/// A small grammar check of the Mermaid flowcharts the register and the diff write: the header, then one statement a
/// line (a node with a quoted label in a known shape, an edge with a known arrow, a classDef, a class assignment, a
/// linkStyle on edges by position, a subgraph with a quoted label holding nodes, its direction, and its end).
/// Every edge and class names defined nodes or subgraphs, every linkStyle an existing edge, ids are unique, labels hold
/// no raw quote, angle bracket, semicolon, backtick or pipe (only entity codes: no raw HTML). Returns the problems;
/// none means the chart parses.
/// Also linked into the tool's tests, which check the diff's diagram with it.
/// </summary>
internal static class MermaidGrammar
{
    private static readonly (string Open, string Close)[] Shapes = { ("([", "])"), ("[(", ")]"), ("[[", "]]"), ("[/", "/]"), ("[", "]"), ("(", ")") };
    private static readonly string[] Arrows = { "-->", "-.->", "==>", "-.-x" };
    private static readonly Regex Id = new("^[a-z][0-9]+$");
    private static readonly Regex LabelText = new("^(?:[^\"<>;#`|\\n]|#(?:quot|lt|gt|amp|[0-9]+);)+$");
    private static readonly Regex ClassDef = new("^classDef ([a-z]+) ([a-z-]+:[#0-9a-z.]+(?: [0-9]+)?)(,[a-z-]+:[#0-9a-z.]+(?: [0-9]+)?)*$");
    private static readonly Regex ClassUse = new("^class ([a-z][0-9]+(?:,[a-z][0-9]+)*) ([a-z]+)$");
    private static readonly Regex LinkStyle = new("^linkStyle ([0-9]+(?:,[0-9]+)*) ([a-z-]+:[#0-9a-z.]+(?: [0-9]+)?)(,[a-z-]+:[#0-9a-z.]+(?: [0-9]+)?)*$");
    private static readonly Regex Subgraph = new("^subgraph ([a-z][0-9]+)\\[\"(.*)\"\\]$");

    public static List<string> Check(string chart)
    {
        var problems = new List<string>();
        var lines = chart.Split('\n');
        if (lines.Length < 2 || lines[0] != "flowchart LR") problems.Add("line 1: expected 'flowchart LR'");
        if (lines[^1] != "") problems.Add("the chart does not end with a line break");
        var nodes = new HashSet<string>();
        var classDefs = new HashSet<string>();
        var uses = new List<(int Line, string[] Ids, string Class)>();
        var edges = new List<(int Line, string From, string To)>();
        var linkStyles = new List<(int Line, int[] Indexes)>();
        var inSubgraph = false;
        for (var i = 1; i < lines.Length - 1; i++)
        {
            var line = lines[i];
            var where = "line " + (i + 1) + " '" + line + "'";
            var indent = inSubgraph ? "    " : "  ";
            if (inSubgraph && line == "  end") { inSubgraph = false; continue; }
            if (!line.StartsWith(indent, StringComparison.Ordinal) || line[indent.Length] == ' ') { problems.Add(where + ": expected " + indent.Length + " spaces of indent"); continue; }
            var statement = line[indent.Length..];
            if (inSubgraph)
            {
                if (statement == "direction LR" || statement == "direction TB") continue;
                var inner = ParseNode(statement);
                if (inner is null) { problems.Add(where + ": expected a node or a direction inside a subgraph"); continue; }
                if (!nodes.Add(inner.Value.Id)) problems.Add(where + ": node id '" + inner.Value.Id + "' defined twice");
                if (!LabelText.IsMatch(inner.Value.Label)) problems.Add(where + ": label has a character that is not escaped");
                continue;
            }
            if (Subgraph.Match(statement) is { Success: true } sub)
            {
                if (!nodes.Add(sub.Groups[1].Value)) problems.Add(where + ": subgraph id '" + sub.Groups[1].Value + "' defined twice");
                if (!LabelText.IsMatch(sub.Groups[2].Value)) problems.Add(where + ": label has a character that is not escaped");
                inSubgraph = true;
                continue;
            }
            if (ClassDef.Match(statement) is { Success: true } def) { classDefs.Add(def.Groups[1].Value); continue; }
            if (ClassUse.Match(statement) is { Success: true } use) { uses.Add((i + 1, use.Groups[1].Value.Split(','), use.Groups[2].Value)); continue; }
            if (LinkStyle.Match(statement) is { Success: true } style) { linkStyles.Add((i + 1, style.Groups[1].Value.Split(',').Select(int.Parse).ToArray())); continue; }
            var parts = statement.Split(' ');
            if (parts.Length == 3 && Arrows.Contains(parts[1]))
            {
                if (!Id.IsMatch(parts[0]) || !Id.IsMatch(parts[2])) problems.Add(where + ": expected an edge between two ids");
                edges.Add((i + 1, parts[0], parts[2]));
                continue;
            }
            var node = ParseNode(statement);
            if (node is null) { problems.Add(where + ": expected a node, an edge, a classDef or a class statement"); continue; }
            if (!nodes.Add(node.Value.Id)) problems.Add(where + ": node id '" + node.Value.Id + "' defined twice");
            if (!LabelText.IsMatch(node.Value.Label)) problems.Add(where + ": label has a character that is not escaped");
        }
        foreach (var (line, from, to) in edges)
        {
            if (!nodes.Contains(from)) problems.Add("line " + line + ": edge from undefined node '" + from + "'");
            if (!nodes.Contains(to)) problems.Add("line " + line + ": edge to undefined node '" + to + "'");
        }
        if (inSubgraph) problems.Add("a subgraph has no 'end'");
        foreach (var (line, indexes) in linkStyles)
            problems.AddRange(indexes.Where(x => x >= edges.Count).Select(x => "line " + line + ": linkStyle on edge " + x + ", but the chart has " + edges.Count));
        foreach (var (line, ids, cls) in uses)
        {
            if (!classDefs.Contains(cls)) problems.Add("line " + line + ": class '" + cls + "' has no classDef");
            problems.AddRange(ids.Where(id => !nodes.Contains(id)).Select(id => "line " + line + ": class on undefined node '" + id + "'"));
        }
        return problems;
    }

    /// <summary>The node definitions: id → label with its entity codes decoded.</summary>
    public static Dictionary<string, string> Labels(string chart) =>
        chart.Split('\n').Skip(1).Select(l => l.Trim()).Select(l => Subgraph.Match(l) is { Success: true } sub ? (sub.Groups[1].Value, sub.Groups[2].Value) : ParseNode(l))
            .Where(n => n is not null)
            .ToDictionary(n => n!.Value.Id, n => Decode(n!.Value.Label));

    /// <summary>The edges as "from arrow to", in the chart's order (the positions linkStyle names).</summary>
    public static List<string> Edges(string chart) =>
        chart.Split('\n').Skip(1).Where(l => l.Length > 2 && l[2..].Split(' ') is { Length: 3 } p && Arrows.Contains(p[1])).Select(l => l[2..]).ToList();

    /// <summary>The edges a linkStyle with this style prefix colours, as "from arrow to".</summary>
    public static List<string> StyledEdges(string chart, string stylePrefix)
    {
        var edges = Edges(chart);
        return chart.Split('\n').Select(l => l.Trim()).Select(l => LinkStyle.Match(l)).Where(m => m.Success && m.Groups[2].Value.StartsWith(stylePrefix, StringComparison.Ordinal))
            .SelectMany(m => m.Groups[1].Value.Split(',').Select(int.Parse)).Select(i => edges[i]).ToList();
    }

    private static (string Id, string Label)? ParseNode(string statement)
    {
        var quote = statement.IndexOf('"');
        if (quote < 1) return null;
        var id = Regex.Match(statement, "^[a-z][0-9]+").Value;
        if (id.Length == 0) return null;
        var open = statement[id.Length..quote];
        var shape = Shapes.FirstOrDefault(s => s.Open == open);
        if (shape.Open is null) return null;
        if (!statement.EndsWith("\"" + shape.Close, StringComparison.Ordinal)) return null;
        var label = statement[(quote + 1)..^(shape.Close.Length + 1)];
        if (label.Length == 0 || label.Contains('"')) return null;
        return (id, label);
    }

    private static string Decode(string label) =>
        Regex.Replace(label, "#(quot|lt|gt|amp|[0-9]+);", m => m.Groups[1].Value switch
        {
            "quot" => "\"",
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            var n => ((char)int.Parse(n)).ToString(),
        });
}
