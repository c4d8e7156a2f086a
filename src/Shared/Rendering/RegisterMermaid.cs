using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register's data flows as a Mermaid flowchart (rendered by GitHub and Azure DevOps): data subjects →
    /// activities (with their legal basis) → data categories, and each activity → its recipients and its transfers
    /// outside the EEA (with country and safeguard). One node per subject, category, recipient or transfer, shared by the
    /// activities that use it, so the picture stays readable at the size of a real register. Node ids are assigned in
    /// ordinal order of their keys and every label is escaped: the same register always gives the same text, and no
    /// text a team writes can break the diagram.
    /// </summary>
    internal static class RegisterMermaid
    {
        /// <summary>The flowchart of a register (without the Markdown fence).</summary>
        public static string Write(ProcessingRegister register) => Write(Graph(register));

        /// <summary>The graph of a register: what <see cref="Write(FlowGraph)"/> draws.</summary>
        public static FlowGraph Graph(ProcessingRegister register) => Graph(register, Lexicon.English);

        /// <summary>The graph with its labels in a language: categories and legal bases in words for French.</summary>
        internal static FlowGraph Graph(ProcessingRegister register, Lexicon l)
        {
            if (register == null) throw new ArgumentNullException(nameof(register));
            var graph = new FlowGraph();
            foreach (var a in register.Activities)
            {
                var activity = graph.Node(FlowNodeKind.Activity, "activity:" + a.Id + ":" + a.LegalBasis, a.Name + " (" + Basis(a, l) + ")");
                foreach (var subject in a.DataSubjects)
                    graph.Edge(graph.Node(FlowNodeKind.Subject, "subject:" + subject, subject), activity);
                foreach (var category in a.DataCategories)
                    graph.Edge(activity, graph.Node(IsSpecial(category) ? FlowNodeKind.SpecialCategory : FlowNodeKind.Category, "category:" + category, CategoryLabel(category, l)));
                foreach (var recipient in a.Recipients.Concat(a.InternalRecipients))
                    graph.Edge(activity, graph.Node(FlowNodeKind.Recipient, "recipient:" + recipient, recipient));
                foreach (var recipient in a.ThirdPartyRecipients)
                    graph.Edge(activity, graph.Node(FlowNodeKind.Recipient, "third-party:" + recipient, recipient + " (" + l["flow.thirdParty"] + ")"));
                foreach (var p in a.Processors)
                    graph.Edge(activity, graph.Node(FlowNodeKind.Processor, "processor:" + p.Name + "|" + p.Country,
                        p.Name + " (" + l["flow.processor"] + (p.Country is null ? "" : ", " + p.Country) + ")"));
                foreach (var t in a.Transfers)
                    graph.Edge(activity, graph.Node(FlowNodeKind.Transfer, "transfer:" + t.Recipient + "|" + t.Country + "|" + t.Safeguard,
                        t.Recipient + " (" + (t.Country ?? l["countryNotIdentified"]) + ", " + t.Safeguard + ")"));
            }
            return graph;
        }

        /// <summary>
        /// One graph from two: every node and edge of both, those only in <paramref name="after"/> marked added, those only
        /// in <paramref name="before"/> marked removed. The register diff draws what changed with it.
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

        /// <summary>The flowchart of a graph (without the Markdown fence); ends with a line break.</summary>
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
                counters.TryGetValue(node.Kind, out var n);
                counters[node.Kind] = ++n;
                var id = Prefix(node.Kind) + n.ToString(CultureInfo.InvariantCulture);
                ids[node.Key] = id;
                var (open, close) = Shape(node.Kind);
                text.Append("  ").Append(id).Append(open).Append('"').Append(Label(node.Label)).Append('"').Append(close).Append('\n');
            }
            // Edges in the nodes' order, left to right: subjects' first, then each activity's.
            var edges = graph.Edges
                .OrderBy(e => position[e.From]).ThenBy(e => position[e.To])
                .Select(e => (From: ids[e.From], To: ids[e.To], Arrow: Arrow(graph.Nodes[e.To].Kind, graph.EdgeMarks[e])));
            foreach (var edge in edges)
                text.Append("  ").Append(edge.From).Append(' ').Append(edge.Arrow).Append(' ').Append(edge.To).Append('\n');

            text.Append("  classDef activity fill:#eef4ff,stroke:#3465a4\n");
            text.Append("  classDef special fill:#fff1e6,stroke:#c0392b,stroke-width:2px\n");
            text.Append("  classDef transfer fill:#fffbe6,stroke:#b7950b\n");
            AppendClass(text, "activity", ordered.Where(x => x.Kind == FlowNodeKind.Activity), ids);
            AppendClass(text, "special", ordered.Where(x => x.Kind == FlowNodeKind.SpecialCategory), ids);
            AppendClass(text, "transfer", ordered.Where(x => x.Kind == FlowNodeKind.Transfer), ids);
            if (ordered.Any(x => x.Mark != FlowMark.None))
            {
                // Declared after the kinds, so a change's colour wins over the kind's.
                text.Append("  classDef added fill:#e6ffed,stroke:#22863a,stroke-width:2px\n");
                text.Append("  classDef removed fill:#ffeef0,stroke:#cb2431,stroke-width:2px,stroke-dasharray:5 5\n");
                AppendClass(text, "added", ordered.Where(x => x.Mark == FlowMark.Added), ids);
                AppendClass(text, "removed", ordered.Where(x => x.Mark == FlowMark.Removed), ids);
            }
            return text.ToString();
        }

        private static void AppendClass(StringBuilder text, string name, IEnumerable<FlowNode> nodes, Dictionary<string, string> ids)
        {
            var list = nodes.Select(n => ids[n.Key]).ToList();
            if (list.Count > 0) text.Append("  class ").Append(string.Join(",", list)).Append(' ').Append(name).Append('\n');
        }

        private static string Prefix(FlowNodeKind kind) => kind switch
        {
            FlowNodeKind.Subject => "s",
            FlowNodeKind.Activity => "a",
            FlowNodeKind.Category => "c",
            FlowNodeKind.SpecialCategory => "x",
            FlowNodeKind.Recipient => "r",
            FlowNodeKind.Processor => "p",
            _ => "t",
        };

        private static (string Open, string Close) Shape(FlowNodeKind kind) => kind switch
        {
            FlowNodeKind.Subject => ("([", "])"),
            FlowNodeKind.Activity => ("[", "]"),
            FlowNodeKind.Category => ("[(", ")]"),
            FlowNodeKind.SpecialCategory => ("[(", ")]"),
            FlowNodeKind.Recipient => ("(", ")"),
            FlowNodeKind.Processor => ("[[", "]]"),
            _ => ("[/", "/]"),
        };

        // Recipients and processors receive data (dotted: shared with), transfers leave the EEA (thick).
        private static string Arrow(FlowNodeKind to, FlowMark mark)
        {
            if (mark == FlowMark.Removed) return "-.-x";
            return to switch
            {
                FlowNodeKind.Recipient => "-.->",
                FlowNodeKind.Processor => "-.->",
                FlowNodeKind.Transfer => "==>",
                _ => "-->",
            };
        }

        // English keeps the enum names a developer greps for; French gives the CNIL's words.
        private static string Basis(RegisterActivity a, Lexicon l) =>
            a.LegalBasis is null ? l["flow.noBasis"]
            : l.IsFrench ? l.Basis(a.LegalBasis) + (l.BasisArticle(a.LegalBasis).Length == 0 ? "" : ", " + l.BasisArticle(a.LegalBasis))
            : LegalBasisFacts.TryParse(a.LegalBasis, out var basis) ? a.LegalBasis + ", " + LegalBasisFacts.Article(basis)
            : a.LegalBasis;

        private static bool IsSpecial(string category) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.IsSensitive(c);

        private static string CategoryLabel(string category, Lexicon l)
        {
            var words = l.IsFrench ? l.Category(category) : category;
            return Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.Article(c) is { } article
                ? words + " (" + (l.IsFrench ? article.Replace("Art.", "art.") : article) + ")"
                : words;
        }

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
        /// <summary>A processing activity, with its legal basis.</summary>
        Activity = 1,
        /// <summary>A data category.</summary>
        Category = 2,
        /// <summary>A special-category (Art. 9), criminal (Art. 10) or national-identifier data category.</summary>
        SpecialCategory = 3,
        /// <summary>A recipient.</summary>
        Recipient = 4,
        /// <summary>A processor (Art. 28).</summary>
        Processor = 5,
        /// <summary>A transfer outside the EEA.</summary>
        Transfer = 6,
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
