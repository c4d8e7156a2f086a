using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.Tool.Diff
{
    /// <summary>One change between two registers, in a reviewer's words.</summary>
    internal sealed class RegisterChange
    {
        public RegisterChange(string kind, string scope, string? activityId, string field, string? before, string? after, string summary)
        {
            Kind = kind;
            Scope = scope;
            ActivityId = activityId;
            Field = field;
            Before = before;
            After = after;
            Summary = summary;
        }

        /// <summary>A <see cref="RegisterChangeKinds"/> name.</summary>
        public string Kind { get; }
        /// <summary>What the change is about, for a heading: <c>Controller</c>, <c>DPO policy</c>, or the activity's name and id.</summary>
        public string Scope { get; }
        /// <summary>The activity's id; null for the controller and the policy.</summary>
        public string? ActivityId { get; }
        /// <summary>The register field (its JSON name) that changed.</summary>
        public string Field { get; }
        public string? Before { get; }
        public string? After { get; }
        /// <summary>The change in words.</summary>
        public string Summary { get; }
        /// <summary>Set by <see cref="RegisterDiff.Review"/>: the kind is on the review list.</summary>
        public bool NeedsReview { get; private set; }

        internal void MarkForReview() => NeedsReview = true;
    }

    /// <summary>
    /// Compares two registers field by field. Each register field is one entry of a table (<see cref="ActivityFields"/>,
    /// <see cref="ControllerFields"/>): a text that changed, a list whose items were added or removed, keyed items
    /// (transfers, fields) added, removed or changed, and retention compared on the parsed rules. A field added to the
    /// register costs one line here.
    /// </summary>
    internal static class RegisterDiff
    {
        // The derived "N fields redacted" fact changes with every field; the fields themselves are compared instead.
        private const string RedactedFact = "Redacted in logs and output by generated helpers: ";

        private static readonly FieldComparison<RegisterActivity>[] ActivityFields = FromSchema(RegisterSchema.Activity, new Dictionary<string, FieldComparison<RegisterActivity>>
        {
            ["declared"] = Text<RegisterActivity>("declared", "declared", a => a.Declared ? "declared" : "not declared (KPA0002)", RegisterChangeKinds.ActivityChanged),
            ["dataCategories"] = new CategoryComparison(),
            ["retention"] = new RetentionComparisonEntry(),
            ["processors"] = Items<RegisterActivity, RegisterProcessor>("processors", "processor (Art. 28)", a => a.Processors, p => p.Name + "\u0000" + p.Country, DescribeProcessor,
                RegisterChangeKinds.ProcessorAdded, RegisterChangeKinds.ProcessorRemoved, RegisterChangeKinds.ProcessorChanged,
                (was, now) => "Processor (Art. 28) " + now.Name + " changed: " + Differences(RegisterSchema.Processor, was, now)),
            ["dpia"] = Text<RegisterActivity>("dpia", "DPIA", a => DescribeDpia(a.Dpia), RegisterChangeKinds.DpiaChanged),
            ["transfers"] = Items<RegisterActivity, RegisterTransfer>("transfers", "transfer outside the EEA", a => a.Transfers,
                t => t.Recipient + "\u0000" + t.Country, DescribeTransfer,
                RegisterChangeKinds.TransferAdded, RegisterChangeKinds.TransferRemoved, RegisterChangeKinds.TransferChanged,
                (was, now) => "Transfer outside the EEA to " + now.Recipient + " (" + (now.Country ?? "country not identified") + ") changed: " + Differences(RegisterSchema.Transfer, was, now)),
            // The derived "N fields redacted" fact changes with every field; the fields themselves are compared instead.
            ["securityMeasures"] = List<RegisterActivity>("securityMeasures", "security measure", a => a.SecurityMeasures.Where(m => !m.StartsWith(RedactedFact, StringComparison.Ordinal)).ToList(),
                _ => RegisterChangeKinds.SecurityMeasureAdded, RegisterChangeKinds.SecurityMeasureRemoved),
            ["fields"] = Items<RegisterActivity, RegisterField>("fields", "field", a => a.Fields,
                f => f.Type + "." + f.Member + "\u0000" + f.Category, DescribeField,
                RegisterChangeKinds.FieldAdded, RegisterChangeKinds.FieldRemoved, RegisterChangeKinds.FieldChanged, ExplainFieldChange),
        });

        private static readonly FieldComparison<RegisterController>[] ControllerFields =
            FromSchema(RegisterSchema.Controller, new Dictionary<string, FieldComparison<RegisterController>>());

        /// <summary>
        /// One comparison per field the schema compares, in the schema's order: a text by its value, a list by its items;
        /// <paramref name="own"/> holds the comparisons of fields with a rule of their own and of objects (keyed by what identifies them).
        /// </summary>
        private static FieldComparison<T>[] FromSchema<T>(RegisterShape<T> shape, Dictionary<string, FieldComparison<T>> own) where T : class
        {
            var comparisons = new List<FieldComparison<T>>();
            foreach (var property in shape.Properties)
            {
                if (own.TryGetValue(property.Key, out var comparison)) comparisons.Add(comparison);
                else if (property.Diff == RegisterCompare.None) continue;
                else if (property.Kind == RegisterValueKind.Texts)
                    comparisons.Add(List<T>(property.Key, property.Change!.English, o => property.GetTexts(o), _ => property.Added, property.Removed));
                else if (property.Kind == RegisterValueKind.Text)
                    comparisons.Add(Text<T>(property.Key, property.Change!.English, o => property.GetText(o), property.Changed));
                else
                    throw new InvalidOperationException("The register schema's field '" + property.Key + "' needs a comparison of its own in the diff.");
            }
            return comparisons.ToArray();
        }

        /// <summary>Every change from <paramref name="before"/> to <paramref name="after"/>: controller, policy, then activities by id.</summary>
        public static List<RegisterChange> Compare(ProcessingRegister before, ProcessingRegister after)
        {
            var changes = new List<RegisterChange>();
            // The record's version and date are not compared: they change with every release and every CI day.
            var noController = new RegisterController("", null, null, null, null, null, null);
            if (before.Controller is not null || after.Controller is not null)
            {
                foreach (var field in ControllerFields)
                    changes.AddRange(field.Compare("Controller", null, before.Controller ?? noController, after.Controller ?? noController));
            }

            var oldPolicy = Describe(before.Policy);
            var newPolicy = Describe(after.Policy);
            if (oldPolicy != newPolicy)
                changes.Add(new RegisterChange(RegisterChangeKinds.PolicyChanged, "DPO policy", null, "policy", oldPolicy, newPolicy,
                    "DPO policy: " + (oldPolicy ?? "none") + " → " + (newPolicy ?? "none")));

            var oldActivities = Keyed(before.Activities);
            var newActivities = Keyed(after.Activities);
            foreach (var key in oldActivities.Keys.Union(newActivities.Keys).OrderBy(k => k, StringComparer.Ordinal))
            {
                oldActivities.TryGetValue(key, out var old);
                newActivities.TryGetValue(key, out var @new);
                var scope = ScopeOf(@new ?? old!);
                if (old is null)
                {
                    changes.Add(new RegisterChange(RegisterChangeKinds.ActivityAdded, scope, @new!.Id, "activities", null, @new.Id,
                        "New processing activity '" + @new.Name + "' on " + (@new.LegalBasis ?? "no declared legal basis") + LegalBasisArticle(@new.LegalBasis)));
                    foreach (var field in ActivityFields.Where(f => f.ListsContent))
                        changes.AddRange(field.Compare(scope, @new.Id, Empty(@new.Id), @new));
                }
                else if (@new is null)
                {
                    changes.Add(new RegisterChange(RegisterChangeKinds.ActivityRemoved, scope, old.Id, "activities", old.Id, null,
                        "Processing activity '" + old.Name + "' removed"));
                }
                else
                {
                    foreach (var field in ActivityFields) changes.AddRange(field.Compare(scope, old.Id, old, @new));
                }
            }
            return changes;
        }

        /// <summary>Marks the changes whose kind is on the review list; true when one is.</summary>
        public static bool Review(IEnumerable<RegisterChange> changes, IReadOnlyList<string> reviewKinds)
        {
            var any = false;
            foreach (var change in changes)
            {
                if (!reviewKinds.Contains(change.Kind)) continue;
                change.MarkForReview();
                any = true;
            }
            return any;
        }

        /// <summary>The activities, by id; two declarations of one id (a merge conflict kept) are told apart by their legal basis.</summary>
        internal static Dictionary<string, RegisterActivity> Keyed(IEnumerable<RegisterActivity> activities)
        {
            var result = new Dictionary<string, RegisterActivity>(StringComparer.Ordinal);
            foreach (var group in activities.GroupBy(a => a.Id, StringComparer.Ordinal))
            {
                var list = group.ToList();
                if (list.Count == 1) { result[group.Key] = list[0]; continue; }
                for (var i = 0; i < list.Count; i++) result[group.Key + " (" + (list[i].LegalBasis ?? "undeclared") + (i == 0 ? "" : " #" + (i + 1)) + ")"] = list[i];
            }
            return result;
        }

        private static string ScopeOf(RegisterActivity a) => a.Name + " (" + a.Id + ")";

        private static RegisterActivity Empty(string id) =>
            new RegisterActivity(id, "", null, false, null, null, null, Array.Empty<string>(), Array.Empty<string>(), Array.Empty<RegisterRetention>(),
                Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), Array.Empty<RegisterField>());

        private static string? Describe(RegisterPolicy? policy) =>
            policy is null ? null : policy.File + (policy.Version is null ? "" : " version " + policy.Version) + " (" + policy.Hash + ")";

        private static string LegalBasisArticle(string? basis) =>
            LegalBasisFacts.TryParse(basis, out var parsed) ? " (" + LegalBasisFacts.Article(parsed) + ")" : "";

        internal static string DescribeTransfer(RegisterTransfer t) =>
            t.Recipient + " (" + (t.Country ?? "country not identified") + ", " + t.Safeguard + (string.IsNullOrEmpty(t.AdditionalSafeguards) ? "" : "; " + t.AdditionalSafeguards) +
            (string.IsNullOrEmpty(t.ToConfirm) ? "" : "; to confirm: " + t.ToConfirm) + ")";

        private static string DescribeProcessor(RegisterProcessor p) =>
            p.Name + " (" + (p.Country ?? "country not stated") + (p.Contract is null ? "" : ", contract: " + p.Contract) +
            (string.IsNullOrEmpty(p.ToConfirm) ? "" : "; to confirm: " + p.ToConfirm) + ")";

        private static string DescribeDpia(RegisterDpia d) =>
            d.Status + (d.Reference is null ? "" : ", " + d.Reference) + (d.Date is null ? "" : ", " + d.Date) + (d.Reason is null ? "" : ": " + d.Reason);

        private static string FieldName(RegisterField f) => f.Type.Substring(f.Type.LastIndexOf('.') + 1) + "." + f.Member;

        /// <summary>The fields that differ, in words: "safeguard 'a' → 'b'; contract none → 'c'" (the fields that identify the item are not compared).</summary>
        private static string Differences<T>(RegisterShape<T> shape, T before, T after) where T : class =>
            string.Join("; ", shape.Properties
                .Where(p => p.Change is not null && p.Kind == RegisterValueKind.Text && !string.Equals(p.GetText(before), p.GetText(after), StringComparison.Ordinal))
                .Select(p => p.Change!.English + " " + Quote(p.GetText(before)) + " → " + Quote(p.GetText(after))));

        /// <summary>Only what differs: "Field Invoice.Iban (Financial): retention 'a' → 'b'".</summary>
        private static string ExplainFieldChange(RegisterField was, RegisterField now)
        {
            var parts = new List<string>();
            foreach (var property in RegisterSchema.Field.Properties.Where(p => p.Change is not null))
            {
                var a = Words(property, was);
                var b = Words(property, now);
                if (!string.Equals(a, b, StringComparison.Ordinal)) parts.Add(property.Change!.English + " " + Quote(a) + " → " + Quote(b));
            }
            return "Field " + FieldName(now) + " (" + now.Category + "): " + string.Join("; ", parts);
        }

        private static string? Words(RegisterProperty property, object owner) => property.Kind switch
        {
            RegisterValueKind.Flag => property.GetValue(owner) is true ? "yes" : "no",
            RegisterValueKind.Texts => string.Join(", ", property.GetTexts(owner)),
            _ => property.GetText(owner),
        };

        private static string DescribeField(RegisterField f)
        {
            return FieldName(f) + " (" + f.Category + ", kept " + (f.Retention ?? "not stated") + ", redaction " + f.Redaction +
                   (f.Encrypted ? ", encrypted" : "") + (f.Pseudonymised ? ", pseudonymised" : "") + (f.Hashed ? ", hashed" : "") +
                   ", data set " + f.DataSet + ")";
        }

        internal static string CategoryWords(string category) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.Article(c) is { } article
                ? category + " (" + (c == DataCategory.Criminal ? "criminal data, " : "special category, ") + article + ")"
                : category;

        internal static bool IsSpecialOrCriminal(string category) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.IsSpecial(c);

        // ---- the kinds of comparison the tables are made of ----

        private static FieldComparison<T> Text<T>(string field, string words, Func<T, string?> get, string kind) => new TextComparison<T>(field, words, get, kind);

        private static FieldComparison<T> List<T>(string field, string words, Func<T, IReadOnlyList<string>> get, Func<string, string> addedKind, string removedKind) =>
            new ListComparison<T>(field, words, get, addedKind, removedKind, s => s);

        private static FieldComparison<T> Items<T, TItem>(string field, string words, Func<T, IReadOnlyList<TItem>> get, Func<TItem, string> key, Func<TItem, string> describe,
            string addedKind, string removedKind, string changedKind, Func<TItem, TItem, string>? explainChange = null) =>
            new ItemsComparison<T, TItem>(field, words, get, key, describe, addedKind, removedKind, changedKind, explainChange);

        internal abstract class FieldComparison<T>
        {
            /// <summary>True for lists, whose items a new activity reports one by one (so a policy can review "new transfer" wherever it appears).</summary>
            public virtual bool ListsContent => false;

            public abstract IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after);
        }

        private sealed class TextComparison<T> : FieldComparison<T>
        {
            private readonly string _field, _words, _kind;
            private readonly Func<T, string?> _get;

            public TextComparison(string field, string words, Func<T, string?> get, string kind)
            {
                _field = field;
                _words = words;
                _get = get;
                _kind = kind;
            }

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after)
            {
                var old = _get(before);
                var @new = _get(after);
                if (string.Equals(old, @new, StringComparison.Ordinal)) yield break;
                yield return new RegisterChange(_kind, scope, activityId, _field, old, @new,
                    Capital(_words) + ": " + Quote(old) + " → " + Quote(@new));
            }
        }

        private class ListComparison<T> : FieldComparison<T>
        {
            private readonly string _field, _words, _removedKind;
            private readonly Func<T, IReadOnlyList<string>> _get;
            private readonly Func<string, string> _addedKind, _describe;

            public ListComparison(string field, string words, Func<T, IReadOnlyList<string>> get, Func<string, string> addedKind, string removedKind, Func<string, string> describe)
            {
                _field = field;
                _words = words;
                _get = get;
                _addedKind = addedKind;
                _removedKind = removedKind;
                _describe = describe;
            }

            public override bool ListsContent => true;

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after)
            {
                var old = _get(before);
                var @new = _get(after);
                foreach (var item in @new.Where(i => !old.Contains(i)).Distinct())
                    yield return new RegisterChange(_addedKind(item), scope, activityId, _field, null, item, Capital(_words) + " added: " + Describe(item, after));
                foreach (var item in old.Where(i => !@new.Contains(i)).Distinct())
                    yield return new RegisterChange(_removedKind, scope, activityId, _field, item, null, Capital(_words) + " removed: " + Describe(item, before));
            }

            protected virtual string Describe(string item, T owner) => _describe(item);
        }

        /// <summary>Data categories: special-category and criminal data called out, with the retention the new data gets.</summary>
        private sealed class CategoryComparison : ListComparison<RegisterActivity>
        {
            public CategoryComparison()
                : base("dataCategories", "data category", a => a.DataCategories,
                    c => IsSpecialOrCriminal(c) ? RegisterChangeKinds.SpecialCategoryAdded : RegisterChangeKinds.DataCategoryAdded,
                    RegisterChangeKinds.DataCategoryRemoved, CategoryWords)
            {
            }

            protected override string Describe(string item, RegisterActivity owner)
            {
                var kept = owner.Retention.Where(r => r.AppliesTo == item).Select(r => r.Description).Distinct().ToList();
                return CategoryWords(item) + (kept.Count == 0 ? "" : ", kept " + string.Join("; ", kept));
            }
        }

        private sealed class ItemsComparison<T, TItem> : FieldComparison<T>
        {
            private readonly string _field, _words, _addedKind, _removedKind, _changedKind;
            private readonly Func<T, IReadOnlyList<TItem>> _get;
            private readonly Func<TItem, string> _key, _describe;
            private readonly Func<TItem, TItem, string>? _explainChange;

            public ItemsComparison(string field, string words, Func<T, IReadOnlyList<TItem>> get, Func<TItem, string> key, Func<TItem, string> describe,
                string addedKind, string removedKind, string changedKind, Func<TItem, TItem, string>? explainChange)
            {
                _explainChange = explainChange;
                _field = field;
                _words = words;
                _get = get;
                _key = key;
                _describe = describe;
                _addedKind = addedKind;
                _removedKind = removedKind;
                _changedKind = changedKind;
            }

            public override bool ListsContent => true;

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after)
            {
                var old = Index(_get(before));
                var @new = Index(_get(after));
                foreach (var pair in @new)
                {
                    var now = _describe(pair.Value);
                    if (!old.TryGetValue(pair.Key, out var was))
                        yield return new RegisterChange(_addedKind, scope, activityId, _field, null, now, Capital(_words) + " added: " + now);
                    else if (_describe(was) != now)
                        yield return new RegisterChange(_changedKind, scope, activityId, _field, _describe(was), now,
                            _explainChange is null ? Capital(_words) + " changed: " + _describe(was) + " → " + now : _explainChange(was, pair.Value));
                }
                foreach (var pair in old)
                {
                    if (!@new.ContainsKey(pair.Key))
                        yield return new RegisterChange(_removedKind, scope, activityId, _field, _describe(pair.Value), null, Capital(_words) + " removed: " + _describe(pair.Value));
                }
            }

            private SortedDictionary<string, TItem> Index(IReadOnlyList<TItem> items)
            {
                var index = new SortedDictionary<string, TItem>(StringComparer.Ordinal);
                foreach (var item in items)
                {
                    var key = _key(item);
                    if (!index.ContainsKey(key)) index[key] = item;
                }
                return index;
            }
        }

        /// <summary>
        /// Retention per data category, compared on the parsed rules: the longest rule of each side
        /// (<see cref="RetentionComparison"/>), so "longer" means data may now be kept longer, whatever the text says.
        /// A new category's retention is told with the category.
        /// </summary>
        private sealed class RetentionComparisonEntry : FieldComparison<RegisterActivity>
        {
            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, RegisterActivity before, RegisterActivity after)
            {
                var categories = before.Retention.Select(r => r.AppliesTo).Intersect(after.Retention.Select(r => r.AppliesTo)).Distinct().OrderBy(c => c, StringComparer.Ordinal);
                foreach (var category in categories)
                {
                    var old = before.Retention.Where(r => r.AppliesTo == category).ToList();
                    var @new = after.Retention.Where(r => r.AppliesTo == category).ToList();
                    var oldTexts = old.Select(r => r.Text ?? "").OrderBy(t => t, StringComparer.Ordinal).ToList();
                    var newTexts = @new.Select(r => r.Text ?? "").OrderBy(t => t, StringComparer.Ordinal).ToList();
                    if (oldTexts.SequenceEqual(newTexts)) continue;

                    var oldLongest = Longest(old);
                    var newLongest = Longest(@new);
                    var order = oldLongest is null || newLongest is null
                        ? RetentionOrder.Incomparable
                        : RetentionComparison.Compare(RetentionPolicy.Parse(newLongest.Text!), RetentionPolicy.Parse(oldLongest.Text!));
                    var what = (category == "*" ? "All data" : category + " data");
                    var from = Words(old);
                    var to = Words(@new);
                    var (kind, how) = order switch
                    {
                        RetentionOrder.Longer => (RegisterChangeKinds.RetentionLonger, "kept longer"),
                        RetentionOrder.Shorter => (RegisterChangeKinds.RetentionShorter, "kept shorter"),
                        RetentionOrder.Same => (RegisterChangeKinds.RetentionShorter, "kept under another rule, no longer than before at most"),
                        _ => (RegisterChangeKinds.RetentionChanged, "kept under a rule that cannot be compared with the old one"),
                    };
                    yield return new RegisterChange(kind, scope, activityId, "retention", string.Join("; ", oldTexts), string.Join("; ", newTexts),
                        what + " " + how + ": " + from + " → " + to);
                }
            }

            /// <summary>The rule that keeps data longest, or null when a rule is missing, unreadable, or not comparable with another.</summary>
            private static RegisterRetention? Longest(List<RegisterRetention> rules)
            {
                RegisterRetention? longest = null;
                foreach (var rule in rules)
                {
                    if (!RetentionPolicy.TryParse(rule.Text, out var parsed)) return null;
                    if (longest is null) { longest = rule; continue; }
                    var order = RetentionComparison.Compare(parsed!, RetentionPolicy.Parse(longest.Text!));
                    if (order == RetentionOrder.Incomparable) return null;
                    if (order == RetentionOrder.Longer) longest = rule;
                }
                return longest;
            }

            private static string Words(List<RegisterRetention> rules) =>
                string.Join("; ", rules.Select(r => (r.Text is null ? "not stated" : "'" + r.Text + "'") + " (" + r.Description + ")").Distinct());
        }

        private static string Quote(string? text) => text is null ? "none" : "'" + text + "'";

        private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
    }
}
