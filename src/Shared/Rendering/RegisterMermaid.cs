using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register's data flows as Mermaid flowcharts (rendered by GitHub and Azure DevOps), one per processing
    /// activity, read left to right: whom the data is about → the data the activity processes (its categories, in one
    /// box) → the activity, with its legal basis → where the data goes: the controller's own departments, recipients,
    /// processors (dotted) and transfers outside the EU (thick). One diagram per activity keeps every picture a tree, so
    /// no arrow crosses another, however many activities share a processor or a transfer. Labels are in the register's
    /// words (categories, legal bases and safeguards as the tables say them), in English or French. Node ids follow
    /// the ordinal order of their keys and every label is escaped: the same register always gives the same text, and no
    /// text a team writes can break a diagram.
    /// </summary>
    internal static class RegisterMermaid
    {
        /// <summary>The key of the box that holds an activity's data categories.</summary>
        public const string DataKey = "data";

        /// <summary>Every activity's flowchart, one after another (each without its Markdown fence), in English.</summary>
        public static string Write(ProcessingRegister register) =>
            string.Concat(Graphs(register, Lexicon.English).Select(g => Write(g.Graph)));

        /// <summary>One graph per activity, in the register's order, with its title (the activity's name).</summary>
        public static IReadOnlyList<(string Key, string Title, FlowGraph Graph)> Graphs(ProcessingRegister register, Lexicon l)
        {
            if (register == null) throw new ArgumentNullException(nameof(register));
            return register.Activities.Select(a => (ActivityKey(a), a.Name, Graph(a, l))).ToList();
        }

        /// <summary>The key an activity's diagram keeps from one register to the next (a diff pairs diagrams by it).</summary>
        public static string ActivityKey(RegisterActivity a) => a.Id + ":" + a.LegalBasis;

        /// <summary>The graph of one activity: what <see cref="Write(FlowGraph)"/> draws.</summary>
        internal static FlowGraph Graph(RegisterActivity a, Lexicon l)
        {
            if (a == null) throw new ArgumentNullException(nameof(a));
            var words = Words(l);
            var graph = new FlowGraph();
            var activity = graph.Node(FlowNodeKind.Activity, "activity", a.Name + words["colon"] + Basis(a, l));
            var data = graph.Node(FlowNodeKind.Data, DataKey, a.DataCategories.Count == 0 ? words["noData"] : words["data"]);
            foreach (var subject in a.DataSubjects)
                graph.Edge(graph.Node(FlowNodeKind.Subject, "subject:" + subject, subject), data);
            foreach (var category in a.DataCategories)
                graph.Node(IsSpecial(category) ? FlowNodeKind.SpecialCategory : FlowNodeKind.Category, "category:" + category, CategoryLabel(category, l));
            graph.Edge(data, activity);
            foreach (var recipient in a.InternalRecipients)
                graph.Edge(activity, graph.Node(FlowNodeKind.Recipient, "internal:" + recipient, recipient + " (" + words["internal"] + ")"));
            foreach (var recipient in a.Recipients)
                graph.Edge(activity, graph.Node(FlowNodeKind.Recipient, "recipient:" + recipient, recipient));
            foreach (var recipient in a.ThirdPartyRecipients)
                graph.Edge(activity, graph.Node(FlowNodeKind.Recipient, "third-party:" + recipient, recipient + " (" + l["flow.thirdParty"] + ")"));
            foreach (var p in a.Processors)
                graph.Edge(activity, graph.Node(FlowNodeKind.Processor, "processor:" + p.Name + "|" + p.Country,
                    p.Name + " (" + l["flow.processor"] + (p.Country is null ? "" : ", " + p.Country) + ")"));
            foreach (var t in a.Transfers)
                graph.Edge(activity, graph.Node(FlowNodeKind.Transfer, "transfer:" + t.Recipient + "|" + t.Country + "|" + t.Safeguard,
                    words["outside"] + words["colon"] + t.Recipient + " (" + (t.Country ?? l["countryNotIdentified"]) + ", " + l.Safeguard(t.Safeguard) + ")"));
            return graph;
        }

        /// <summary>
        /// One graph from two: every node and edge of both, those only in <paramref name="after"/> marked added, those only
        /// in <paramref name="before"/> marked removed. The register diff draws what changed with it; an activity added
        /// or removed is compared with an empty graph.
        /// </summary>
        public static FlowGraph Compare(FlowGraph before, FlowGraph after)
        {
            if (before == null) throw new ArgumentNullException(nameof(before));
            if (after == null) throw new ArgumentNullException(nameof(after));
            var graph = new FlowGraph();
            foreach (var node in after.Nodes.Values)
                graph.Node(node.Kind, node.Key, node.Label, before.Nodes.ContainsKey(node.Key) ? FlowMark.None : FlowMark.Added);
            foreach (var node in before.Nodes.Values)
            {
                if (!after.Nodes.ContainsKey(node.Key)) graph.Node(node.Kind, node.Key, node.Label, FlowMark.Removed);
            }
            foreach (var edge in after.Edges)
                graph.Edge(graph.Nodes[edge.From], graph.Nodes[edge.To], before.Edges.Contains(edge) ? FlowMark.None : FlowMark.Added);
            foreach (var edge in before.Edges)
            {
                if (!after.Edges.Contains(edge)) graph.Edge(graph.Nodes[edge.From], graph.Nodes[edge.To], FlowMark.Removed);
            }
            return graph;
        }

        /// <summary>The flowchart of one graph (without the Markdown fence); ends with a line break.</summary>
        public static string Write(FlowGraph graph)
        {
            if (graph == null) throw new ArgumentNullException(nameof(graph));
            var ids = new Dictionary<string, string>(StringComparer.Ordinal);
            var text = new StringBuilder("flowchart LR\n");
            var ordered = graph.Nodes.Values.OrderBy(n => n.Kind).ThenBy(n => n.Key, StringComparer.Ordinal).ToList();
            var counters = new Dictionary<FlowNodeKind, int>();
            var position = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var node in ordered)
            {
                position[node.Key] = position.Count;
                var kind = node.Kind == FlowNodeKind.SpecialCategory ? FlowNodeKind.Category : node.Kind;
                counters.TryGetValue(kind, out var n);
                counters[kind] = ++n;
                ids[node.Key] = Prefix(node.Kind) + n.ToString(CultureInfo.InvariantCulture);
            }
            foreach (var node in ordered)
            {
                if (node.Kind == FlowNodeKind.Category || node.Kind == FlowNodeKind.SpecialCategory) continue; // inside the data box
                if (node.Kind == FlowNodeKind.Data && ordered.Any(c => c.Kind == FlowNodeKind.Category || c.Kind == FlowNodeKind.SpecialCategory))
                {
                    // The categories stacked in one box (a left-to-right box of unlinked nodes puts them in one column):
                    // one arrow in from the data subjects, one out to the activity.
                    text.Append("  subgraph ").Append(ids[node.Key]).Append("[\"").Append(Label(node.Label)).Append("\"]\n");
                    text.Append("    direction LR\n");
                    foreach (var category in ordered.Where(c => c.Kind == FlowNodeKind.Category || c.Kind == FlowNodeKind.SpecialCategory))
                        AppendNode(text, "    ", ids[category.Key], category);
                    text.Append("  end\n");
                    continue;
                }
                AppendNode(text, "  ", ids[node.Key], node);
            }
            // Edges in the nodes' order, left to right: the subjects' first, then the activity's.
            var edges = graph.Edges.OrderBy(e => position[e.From]).ThenBy(e => position[e.To]).ToList();
            foreach (var edge in edges)
                text.Append("  ").Append(ids[edge.From]).Append(' ').Append(Arrow(graph.Nodes[edge.To].Kind)).Append(' ').Append(ids[edge.To]).Append('\n');

            AppendClass(text, "activity", "fill:#eef4ff,stroke:#3465a4", ordered.Where(x => x.Kind == FlowNodeKind.Activity), ids);
            AppendClass(text, "special", "fill:#fff1e6,stroke:#c0392b,stroke-width:2px", ordered.Where(x => x.Kind == FlowNodeKind.SpecialCategory), ids);
            AppendClass(text, "transfer", "fill:#fffbe6,stroke:#b7950b", ordered.Where(x => x.Kind == FlowNodeKind.Transfer), ids);
            var marked = ordered.Any(x => x.Mark != FlowMark.None) || graph.EdgeMarks.Values.Any(m => m != FlowMark.None);
            if (marked)
            {
                // Declared after the kinds, so a change's colour wins over the kind's; arrows are coloured by their
                // position in the list above (Mermaid's linkStyle), added green, removed red and dashed.
                AppendClass(text, "added", "fill:#e6ffed,stroke:#22863a,stroke-width:2px", ordered.Where(x => x.Mark == FlowMark.Added), ids);
                AppendClass(text, "removed", "fill:#ffeef0,stroke:#cb2431,stroke-width:2px,stroke-dasharray:5 5", ordered.Where(x => x.Mark == FlowMark.Removed), ids);
                AppendLinkStyle(text, edges, graph, FlowMark.Added, "stroke:#22863a,stroke-width:3px");
                AppendLinkStyle(text, edges, graph, FlowMark.Removed, "stroke:#cb2431,stroke-width:3px,stroke-dasharray:5 5");
            }
            return text.ToString();
        }

        private static void AppendNode(StringBuilder text, string indent, string id, FlowNode node)
        {
            var (open, close) = Shape(node.Kind);
            text.Append(indent).Append(id).Append(open).Append('"').Append(Label(node.Label)).Append('"').Append(close).Append('\n');
        }

        /// <summary>A class and the nodes it styles; nothing when no node has it.</summary>
        private static void AppendClass(StringBuilder text, string name, string style, IEnumerable<FlowNode> nodes, Dictionary<string, string> ids)
        {
            var list = nodes.Select(n => ids[n.Key]).ToList();
            if (list.Count == 0) return;
            text.Append("  classDef ").Append(name).Append(' ').Append(style).Append('\n');
            text.Append("  class ").Append(string.Join(",", list)).Append(' ').Append(name).Append('\n');
        }

        private static void AppendLinkStyle(StringBuilder text, List<(string From, string To)> edges, FlowGraph graph, FlowMark mark, string style)
        {
            var indexes = edges.Select((e, i) => (e, i)).Where(x => graph.EdgeMarks[x.e] == mark).Select(x => x.i.ToString(CultureInfo.InvariantCulture)).ToList();
            if (indexes.Count > 0) text.Append("  linkStyle ").Append(string.Join(",", indexes)).Append(' ').Append(style).Append('\n');
        }

        private static string Prefix(FlowNodeKind kind) => kind switch
        {
            FlowNodeKind.Subject => "s",
            FlowNodeKind.Data => "d",
            FlowNodeKind.Activity => "a",
            FlowNodeKind.Category => "c",
            FlowNodeKind.SpecialCategory => "c",
            FlowNodeKind.Recipient => "r",
            FlowNodeKind.Processor => "p",
            _ => "t",
        };

        private static (string Open, string Close) Shape(FlowNodeKind kind) => kind switch
        {
            FlowNodeKind.Subject => ("([", "])"),
            FlowNodeKind.Data => ("[", "]"),
            FlowNodeKind.Activity => ("[", "]"),
            FlowNodeKind.Category => ("[", "]"),
            FlowNodeKind.SpecialCategory => ("[", "]"),
            FlowNodeKind.Recipient => ("(", ")"),
            FlowNodeKind.Processor => ("[[", "]]"),
            _ => ("[/", "/]"),
        };

        // Recipients and processors receive data (dotted: shared with), transfers leave the EU (thick).
        private static string Arrow(FlowNodeKind to) => to switch
        {
            FlowNodeKind.Recipient => "-.->",
            FlowNodeKind.Processor => "-.->",
            FlowNodeKind.Transfer => "==>",
            _ => "-->",
        };

        // The legal basis as the register's tables say it, with its article.
        private static string Basis(RegisterActivity a, Lexicon l) =>
            a.LegalBasis is null ? l["flow.noBasis"]
            : l.Basis(a.LegalBasis) + (l.BasisArticle(a.LegalBasis).Length == 0 ? "" : " (" + l.BasisArticle(a.LegalBasis) + ")");

        private static bool IsSpecial(string category) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.IsSensitive(c);

        private static string CategoryLabel(string category, Lexicon l)
        {
            var words = l.Category(category);
            return Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.Article(c) is { } article
                ? words + " (" + (l.IsFrench ? article.Replace("Art.", "art.") : article) + ")"
                : words;
        }

        /// <summary>The diagram's own words: the data box, internal departments, transfers outside the EU.</summary>
        private static Dictionary<string, string> Words(Lexicon l) => l.IsFrench ? French : English;

        private static readonly Dictionary<string, string> English = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data"] = "Data processed",
            ["internal"] = "internal",
            ["outside"] = "Outside the EU",
            ["noData"] = "No data category declared",
            ["colon"] = ": ",
        };

        private static readonly Dictionary<string, string> French = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["data"] = "Données traitées",
            ["internal"] = "service interne",
            ["outside"] = "Hors de l'UE",
            ["noData"] = "Aucune catégorie de données déclarée",
            ["colon"] = " : ",
        };

        /// <summary>
        /// Label text inside double quotes: Mermaid entity codes for what would end the label or be read as HTML or
        /// markup; line breaks and control characters folded into a space. No HTML of our own either (no line breaks):
        /// the register's Markdown holds no raw HTML anywhere.
        /// </summary>
        internal static string Label(string text)
        {
            return MarkdownText.OneLine(text, static (builder, c) =>
            {
                switch (c)
                {
                    case '"': builder.Append("#quot;"); break;
                    case '#': builder.Append("#35;"); break;
                    case '<': builder.Append("#lt;"); break;
                    case '>': builder.Append("#gt;"); break;
                    case '&': builder.Append("#amp;"); break;
                    case ';': builder.Append("#59;"); break;
                    case '`': builder.Append("#96;"); break;
                    case '|': builder.Append("#124;"); break;
                    default: builder.Append(c); break;
                }
            });
        }
    }

    /// <summary>What a node of the flow diagram stands for; the order is the diagram's, left to right.</summary>
    internal enum FlowNodeKind
    {
        /// <summary>A category of data subjects.</summary>
        Subject = 0,
        /// <summary>The box of the data categories an activity processes.</summary>
        Data = 1,
        /// <summary>A data category.</summary>
        Category = 2,
        /// <summary>A special-category (Art. 9), criminal (Art. 10) or national-identifier data category.</summary>
        SpecialCategory = 3,
        /// <summary>A processing activity, with its legal basis.</summary>
        Activity = 4,
        /// <summary>A recipient.</summary>
        Recipient = 5,
        /// <summary>A processor (Art. 28).</summary>
        Processor = 6,
        /// <summary>A transfer outside the EEA.</summary>
        Transfer = 7,
    }

    /// <summary>How the register diff marks a node or an edge.</summary>
    internal enum FlowMark
    {
        /// <summary>In both registers.</summary>
        None = 0,
        /// <summary>Only in the new register.</summary>
        Added = 1,
        /// <summary>Only in the old register.</summary>
        Removed = 2,
    }

    /// <summary>A node of the flow diagram.</summary>
    internal sealed class FlowNode
    {
        /// <summary>Creates a node.</summary>
        public FlowNode(FlowNodeKind kind, string key, string label, FlowMark mark)
        {
            Kind = kind;
            Key = key;
            Label = label;
            Mark = mark;
        }

        /// <summary>What it stands for.</summary>
        public FlowNodeKind Kind { get; }
        /// <summary>Its identity across registers (<c>category:Contact</c>).</summary>
        public string Key { get; }
        /// <summary>Its text, on one line.</summary>
        public string Label { get; }
        /// <summary>Added or removed, in a diff.</summary>
        public FlowMark Mark { get; }
    }

    /// <summary>The nodes and edges of a flow diagram, by key.</summary>
    internal sealed class FlowGraph
    {
        private readonly Dictionary<string, FlowNode> _nodes = new Dictionary<string, FlowNode>(StringComparer.Ordinal);
        private readonly Dictionary<(string From, string To), FlowMark> _edges = new Dictionary<(string, string), FlowMark>();

        /// <summary>The nodes by key.</summary>
        public IReadOnlyDictionary<string, FlowNode> Nodes => _nodes;
        /// <summary>The edges, from key to key.</summary>
        public ICollection<(string From, string To)> Edges => _edges.Keys;
        /// <summary>How each edge is marked.</summary>
        public IReadOnlyDictionary<(string From, string To), FlowMark> EdgeMarks => _edges;

        /// <summary>The node with this key, added if new (the first label wins).</summary>
        public FlowNode Node(FlowNodeKind kind, string key, string label, FlowMark mark = FlowMark.None)
        {
            if (!_nodes.TryGetValue(key, out var node)) _nodes[key] = node = new FlowNode(kind, key, label, mark);
            return node;
        }

        /// <summary>Adds an edge (once).</summary>
        public void Edge(FlowNode from, FlowNode to, FlowMark mark = FlowMark.None)
        {
            var key = (from.Key, to.Key);
            if (!_edges.ContainsKey(key)) _edges[key] = mark;
        }
    }
}
