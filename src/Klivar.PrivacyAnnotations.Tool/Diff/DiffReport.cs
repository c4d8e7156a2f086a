using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations.Tool.Diff
{
    /// <summary>The diff of two registers, ready to render as text, Markdown or JSON.</summary>
    internal sealed class DiffReport
    {
        public DiffReport(ProcessingRegister before, ProcessingRegister after, List<RegisterChange> changes, IReadOnlyList<string> reviewKinds, string reviewSource)
        {
            Before = before;
            After = after;
            Changes = changes;
            ReviewKinds = reviewKinds;
            ReviewSource = reviewSource;
        }

        public ProcessingRegister Before { get; }
        public ProcessingRegister After { get; }
        public List<RegisterChange> Changes { get; }
        public IReadOnlyList<string> ReviewKinds { get; }
        /// <summary>Where the review list comes from, in words: the policy file, or the built-in list.</summary>
        public string ReviewSource { get; }
        public int NeedingReview => Changes.Count(c => c.NeedsReview);

        public static readonly IReadOnlyList<(string Format, Func<DiffReport, string> Render)> Formats = new (string, Func<DiffReport, string>)[]
        {
            ("text", r => r.Text()),
            ("md", r => r.Markdown()),
            ("json", r => r.Json()),
        };

        /// <summary>The words of the report: the registers' language.</summary>
        private DiffWords Words => RegisterDiff.WordsFor(Before, After);

        private string Headline()
        {
            var w = Words;
            if (Changes.Count == 0) return w["noChange"];
            var count = Changes.Count == 1 ? w["oneChange"] : w["manyChanges", Changes.Count];
            return w["changes", count] + (NeedingReview == 0 ? w["noReview"] : NeedingReview == 1 ? w["oneReview"] : w["manyReviews", NeedingReview]);
        }

        public string Text()
        {
            var text = new StringBuilder();
            text.Append(Words["title"]).Append(Words.Language == "fr" ? " : " : ": ").Append(Before.Assembly).Append(" → ").Append(After.Assembly).Append('\n');
            text.Append(Headline()).Append('\n');
            if (Changes.Count > 0) text.Append(Words["reviewList"]).Append(Words.Language == "fr" ? " : " : ": ").Append(ReviewSource).Append(".\n");
            foreach (var group in Changes.GroupBy(c => c.Scope))
            {
                text.Append('\n').Append(group.Key).Append(Words.Language == "fr" ? " :\n" : ":\n");
                foreach (var change in group)
                    text.Append("  ").Append(change.NeedsReview ? "[" + Words["review"] + "] " : "").Append(change.Summary).Append(" (").Append(change.Kind).Append(")\n");
            }
            return text.ToString();
        }

        public string Markdown()
        {
            var md = new StringBuilder();
            md.Append("## ").Append(Words["mdTitle"]).Append("\n\n");
            md.Append(MarkdownText.Escape(Before.Assembly)).Append(" → ").Append(MarkdownText.Escape(After.Assembly)).Append(": ");
            md.Append(NeedingReview > 0 ? "**" + MarkdownText.Escape(Headline()) + "**" : MarkdownText.Escape(Headline())).Append("\n\n");
            if (Changes.Count == 0) return md.ToString();
            md.Append(Words["reviewList"]).Append(Words.Language == "fr" ? " : " : ": ").Append(MarkdownText.Escape(ReviewSource)).Append(".\n\n");
            md.Append("| | ").Append(Words["where"]).Append(" | ").Append(Words["change"]).Append(" | ").Append(Words["kind"]).Append(" |\n|---|---|---|---|\n");
            foreach (var change in Changes)
            {
                md.Append("| ").Append(change.NeedsReview ? "⚠️ **" + Words["review"] + "**" : "")
                  .Append(" | ").Append(MarkdownText.Escape(change.Scope))
                  .Append(" | ").Append(MarkdownText.Escape(change.Summary))
                  .Append(" | ").Append(MarkdownText.Code(change.Kind))
                  .Append(" |\n");
            }

            // The picture of what changed: each activity touched, as it was and as it is, added parts and arrows in green,
            // removed ones in red and dashed. An activity added or removed is drawn whole, in one colour.
            var touched = new HashSet<string>(Changes.Where(c => c.ActivityId != null).Select(c => c.ActivityId!), StringComparer.Ordinal);
            if (touched.Count > 0)
            {
                // In the registers' language, words and diagrams alike.
                var before = RegisterMermaid.Graphs(Only(Before, touched), Words.Lexicon);
                var after = RegisterMermaid.Graphs(Only(After, touched), Words.Lexicon);
                md.Append("\n### ").Append(Words["flows"]).Append("\n\n");
                md.Append(Words["flowsIntro"]).Append("\n\n");
                var keys = after.Select(g => g.Key).Concat(before.Select(g => g.Key)).Distinct(StringComparer.Ordinal).ToList();
                foreach (var key in keys)
                {
                    var old = before.FirstOrDefault(g => g.Key == key);
                    var now = after.FirstOrDefault(g => g.Key == key);
                    var title = now.Title ?? old.Title;
                    var state = old.Graph is null ? Words["flowAdded"] : now.Graph is null ? Words["flowRemoved"] : "";
                    var chart = RegisterMermaid.Compare(old.Graph ?? new FlowGraph(), now.Graph ?? new FlowGraph());
                    md.Append("**").Append(MarkdownText.Escape(title)).Append(state).Append("**\n\n```mermaid\n").Append(RegisterMermaid.Write(chart)).Append("```\n\n");
                }
            }
            return md.ToString();
        }

        private static ProcessingRegister Only(ProcessingRegister register, HashSet<string> activityIds) =>
            new ProcessingRegister(register.SchemaVersion, register.Assembly, register.Controller,
                register.Activities.Where(a => activityIds.Contains(a.Id)).ToList(), register.MergedFrom, register.Version, register.Date, register.Policy);

        /// <summary>The report as JSON, written by the register's own JSON writer (same escaping, indentation and line ends).</summary>
        public string Json()
        {
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Property("base", Before.Assembly);
            w.Property("head", After.Assembly);
            w.Name("changeCount");
            w.Raw(Changes.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.Name("needReview");
            w.Raw(NeedingReview.ToString(System.Globalization.CultureInfo.InvariantCulture));
            w.Property("reviewSource", ReviewSource);
            w.Property("reviewKinds", ReviewKinds);
            w.Name("changes");
            w.BeginArray();
            foreach (var change in Changes)
            {
                w.BeginObject();
                w.Property("kind", change.Kind);
                w.Property("needsReview", change.NeedsReview);
                w.Property("activity", change.ActivityId);
                w.Property("scope", change.Scope);
                w.Property("field", change.Field);
                w.Property("before", change.Before);
                w.Property("after", change.After);
                w.Property("summary", change.Summary);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
            return w.ToString();
        }
    }
}
