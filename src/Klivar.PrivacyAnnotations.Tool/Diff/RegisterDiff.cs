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
    /// Compares two registers field by field, in the language of the registers (a French register gives a French diff).
    /// The fields and their words come from the register's schema (<see cref="RegisterSchema"/>): a text that changed, a
    /// list whose items were added or removed; a few fields have a comparison of their own here (keyed items such as
    /// transfers and fields, categories and retention compared on the parsed rules).
    /// </summary>
    internal static class RegisterDiff
    {
        // The derived "N fields redacted" fact changes with every field; the fields themselves are compared instead.
        private const string RedactedFact = "Redacted in logs and output by generated helpers: ";

        private static readonly FieldComparison<RegisterActivity>[] ActivityFields = FromSchema(RegisterSchema.Activity, new Dictionary<string, FieldComparison<RegisterActivity>>
        {
            ["declared"] = Text<RegisterActivity>("declared", RegisterSchema.Activity["declared"].Change!, (a, w) => a.Declared ? w["declared"] : w["notDeclared"], RegisterChangeKinds.ActivityChanged),
            ["legalBasis"] = Text<RegisterActivity>("legalBasis", RegisterSchema.Activity["legalBasis"].Change!, (a, w) => a.LegalBasis is null ? null : w.BasisName(a.LegalBasis),
                RegisterChangeKinds.LegalBasisChanged),
            ["dataCategories"] = new CategoryComparison(),
            ["retention"] = new RetentionComparisonEntry(),
            ["processors"] = Items<RegisterProcessor>("processors", a => a.Processors, p => p.Name + "\u0000" + p.Country, DescribeProcessor,
                (was, now, w) => w["processor", now.Name] + " " + w["changed"] + Colon(w) + Differences(RegisterSchema.Processor, was, now, w)),
            ["dpia"] = Text<RegisterActivity>("dpia", RegisterSchema.Activity["dpia"].Change!, (a, w) => DescribeDpia(a.Dpia, w), RegisterChangeKinds.DpiaChanged),
            ["transfers"] = Items<RegisterTransfer>("transfers", a => a.Transfers, t => t.Recipient + "\u0000" + t.Country, DescribeTransfer,
                (was, now, w) => w["transferTo", now.Recipient, now.Country ?? w["countryNotIdentified"]] + " " + w["changed"] + Colon(w) + Differences(RegisterSchema.Transfer, was, now, w)),
            ["securityMeasures"] = new ListComparison<RegisterActivity>("securityMeasures", RegisterSchema.Activity["securityMeasures"].Change!,
                a => a.SecurityMeasures.Where(m => !m.StartsWith(RedactedFact, StringComparison.Ordinal)).ToList(),
                _ => RegisterChangeKinds.SecurityMeasureAdded, RegisterChangeKinds.SecurityMeasureRemoved),
            ["fields"] = Items<RegisterField>("fields", a => a.Fields, f => f.Type + "." + f.Member + "\u0000" + f.Category, DescribeField, ExplainFieldChange),
        });

        private static readonly FieldComparison<RegisterController>[] ControllerFields =
            FromSchema(RegisterSchema.Controller, new Dictionary<string, FieldComparison<RegisterController>>
            {
                // The confirmation that no DPO is designated: "yes" once given, nothing before.
                ["noDataProtectionOfficer"] = Text<RegisterController>("noDataProtectionOfficer", RegisterSchema.Controller["noDataProtectionOfficer"].Change!,
                    (c, w) => c.NoDataProtectionOfficer ? w["yes"] : null, RegisterSchema.Controller["noDataProtectionOfficer"].Changed),
            });

        private static readonly FieldComparison<ProcessingRegister>[] RecordFields =
            FromSchema(RegisterSchema.Register, new Dictionary<string, FieldComparison<ProcessingRegister>>());

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
                    comparisons.Add(new ListComparison<T>(property.Key, property.Change!, o => property.GetTexts(o), _ => property.Added, property.Removed));
                else if (property.Kind == RegisterValueKind.Text)
                    comparisons.Add(Text<T>(property.Key, property.Change!, (o, _) => property.GetText(o), property.Changed));
                else
                    throw new InvalidOperationException("The register schema's field '" + property.Key + "' needs a comparison of its own in the diff.");
            }
            return comparisons.ToArray();
        }

        /// <summary>The language a diff of two registers speaks: the new register's, else the old one's, else English.</summary>
        public static DiffWords WordsFor(ProcessingRegister before, ProcessingRegister after) => DiffWords.For(after.Language ?? before.Language);

        /// <summary>Every change from <paramref name="before"/> to <paramref name="after"/>: the record, the controller, the policy, then activities by id.</summary>
        public static List<RegisterChange> Compare(ProcessingRegister before, ProcessingRegister after)
        {
            var w = WordsFor(before, after);
            var changes = new List<RegisterChange>();
            // The record's own version and date: a new version of the record is news for whoever keeps it.
            foreach (var field in RecordFields) changes.AddRange(field.Compare(w["record"], null, before, after, w));

            var noController = new RegisterController("", null, null, null, null, null, null);
            if (before.Controller is not null || after.Controller is not null)
            {
                foreach (var field in ControllerFields)
                    changes.AddRange(field.Compare(w["controller"], null, before.Controller ?? noController, after.Controller ?? noController, w));
            }

            var oldPolicy = Describe(before.Policy, w);
            var newPolicy = Describe(after.Policy, w);
            if (oldPolicy != newPolicy)
                changes.Add(new RegisterChange(RegisterChangeKinds.PolicyChanged, w["policy"], null, "policy", oldPolicy, newPolicy,
                    w["policy"] + Colon(w) + (oldPolicy ?? w["none"]) + " → " + (newPolicy ?? w["none"])));

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
                        w["activityAdded", @new.Name, @new.LegalBasis is null ? w["noBasis"] : w.Basis(@new.LegalBasis)]));
                    foreach (var field in ActivityFields.Where(f => f.ListsContent))
                        changes.AddRange(field.Compare(scope, @new.Id, Empty(@new.Id), @new, w));
                }
                else if (@new is null)
                {
                    changes.Add(new RegisterChange(RegisterChangeKinds.ActivityRemoved, scope, old.Id, "activities", old.Id, null, w["activityRemoved", old.Name]));
                }
                else
                {
                    foreach (var field in ActivityFields) changes.AddRange(field.Compare(scope, old.Id, old, @new, w));
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

        private static string? Describe(RegisterPolicy? policy, DiffWords w) =>
            policy is null ? null : policy.File + (policy.Version is null ? "" : " " + w["version"] + " " + policy.Version) + " (" + policy.Hash + ")";

        internal static string DescribeTransfer(RegisterTransfer t, DiffWords w) =>
            t.Recipient + " (" + (t.Country ?? w["countryNotIdentified"]) + ", " + w.Safeguard(t.Safeguard) + (string.IsNullOrEmpty(t.AdditionalSafeguards) ? "" : "; " + t.AdditionalSafeguards) +
            (string.IsNullOrEmpty(t.ToConfirm) ? "" : "; " + w["toConfirm"] + Colon(w) + t.ToConfirm) + ")";

        private static string DescribeProcessor(RegisterProcessor p, DiffWords w) =>
            p.Name + " (" + (p.Country ?? w["countryNotStated"]) + (p.Contract is null ? "" : ", " + w["contract"] + Colon(w) + p.Contract) +
            (string.IsNullOrEmpty(p.ToConfirm) ? "" : "; " + w["toConfirm"] + Colon(w) + p.ToConfirm) + ")";

        private static string DescribeDpia(RegisterDpia d, DiffWords w) =>
            w.Dpia(d.Status) + (d.Reference is null ? "" : ", " + d.Reference) + (d.Date is null ? "" : ", " + d.Date) + (d.Reason is null ? "" : Colon(w) + d.Reason);

        private static string FieldName(RegisterField f) => f.Type.Substring(f.Type.LastIndexOf('.') + 1) + "." + f.Member;

        /// <summary>The fields that differ, in words: "safeguard 'a' → 'b'; contract none → 'c'".</summary>
        private static string Differences<T>(RegisterShape<T> shape, T before, T after, DiffWords w) where T : class =>
            string.Join("; ", shape.Properties
                .Where(p => p.Change is not null && p.Kind == RegisterValueKind.Text && !string.Equals(p.GetText(before), p.GetText(after), StringComparison.Ordinal))
                .Select(p => p.Change!.In(w.Language) + " " + Quote(p.GetText(before), w) + " → " + Quote(p.GetText(after), w)));

        /// <summary>Only what differs: "Field Invoice.Iban (Financial, data set Invoice): retention 'a' → 'b'".</summary>
        private static string ExplainFieldChange(RegisterField was, RegisterField now, DiffWords w)
        {
            var parts = new List<string>();
            foreach (var property in RegisterSchema.Field.Properties.Where(p => p.Change is not null))
            {
                var a = Words(property, was, w);
                var b = Words(property, now, w);
                if (!string.Equals(a, b, StringComparison.Ordinal)) parts.Add(property.Change!.In(w.Language) + " " + Quote(a, w) + " → " + Quote(b, w));
            }
            return w["field"] + " " + FieldName(now) + " (" + w.Category(now.Category) + ", " + w["dataSet"] + " " + now.DataSet + ")" + Colon(w) + string.Join("; ", parts);
        }

        private static string? Words(RegisterProperty property, object owner, DiffWords w) => property.Kind switch
        {
            RegisterValueKind.Flag => property.GetValue(owner) is true ? w["yes"] : w["no"],
            RegisterValueKind.Texts => string.Join(", ", property.GetTexts(owner)),
            _ => property.GetText(owner),
        };

        private static string DescribeField(RegisterField f, DiffWords w) =>
            FieldName(f) + " (" + w.Category(f.Category) + ", " + w["kept"] + " " + (f.Retention ?? w["notStated"]) + ", " + w["redaction"] + " " + f.Redaction +
            (f.Encrypted ? ", " + w["encrypted"] : "") + (f.Pseudonymised ? ", " + w["pseudonymised"] : "") + (f.Hashed ? ", " + w["hashed"] : "") +
            ", " + w["dataSet"] + " " + f.DataSet + ")";

        internal static string CategoryWords(string category, DiffWords w) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.Article(c) is { } article
                ? w.Category(category) + " (" + (c == DataCategory.Criminal ? w["criminal"] : w["special"]) + ", " + article + ")"
                : w.Category(category);

        internal static bool IsSpecialOrCriminal(string category) =>
            Enum.TryParse<DataCategory>(category, out var c) && DataCategoryFacts.IsDefined(c) && DataCategoryFacts.IsSpecial(c);

        /// <summary>The data sets an activity holds data of a category in ("Invoice, Customer file").</summary>
        private static string DataSets(RegisterActivity activity, string category) =>
            string.Join(", ", activity.Fields.Where(f => category == "*" || f.Category == category).Select(f => f.DataSet).Distinct(StringComparer.Ordinal));

        private static string Colon(DiffWords w) => w.Language == "fr" ? " : " : ": ";

        // ---- the kinds of comparison the tables are made of ----

        private static FieldComparison<T> Text<T>(string field, RegisterLabel words, Func<T, DiffWords, string?> get, string kind) => new TextComparison<T>(field, words, get, kind);

        private static FieldComparison<RegisterActivity> Items<TItem>(string field, Func<RegisterActivity, IReadOnlyList<TItem>> get, Func<TItem, string> key,
            Func<TItem, DiffWords, string> describe, Func<TItem, TItem, DiffWords, string> explainChange) where TItem : class
        {
            var property = RegisterSchema.Activity[field];
            return new ItemsComparison<RegisterActivity, TItem>(field, property.Change!, get, key, describe, property.Added, property.Removed, property.Changed, explainChange);
        }

        internal abstract class FieldComparison<T>
        {
            /// <summary>True for lists, whose items a new activity reports one by one (so a policy can review "new transfer" wherever it appears).</summary>
            public virtual bool ListsContent => false;

            public abstract IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after, DiffWords w);
        }

        private sealed class TextComparison<T> : FieldComparison<T>
        {
            private readonly string _field, _kind;
            private readonly RegisterLabel _words;
            private readonly Func<T, DiffWords, string?> _get;

            public TextComparison(string field, RegisterLabel words, Func<T, DiffWords, string?> get, string kind)
            {
                _field = field;
                _words = words;
                _get = get;
                _kind = kind;
            }

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after, DiffWords w)
            {
                var old = _get(before, w);
                var @new = _get(after, w);
                if (string.Equals(old, @new, StringComparison.Ordinal)) yield break;
                yield return new RegisterChange(_kind, scope, activityId, _field, old, @new,
                    Capital(_words.In(w.Language)) + Colon(w) + Quote(old, w) + " → " + Quote(@new, w));
            }
        }

        private class ListComparison<T> : FieldComparison<T>
        {
            private readonly string _field, _removedKind;
            private readonly RegisterLabel _words;
            private readonly Func<T, IReadOnlyList<string>> _get;
            private readonly Func<string, string> _addedKind;

            public ListComparison(string field, RegisterLabel words, Func<T, IReadOnlyList<string>> get, Func<string, string> addedKind, string removedKind)
            {
                _field = field;
                _words = words;
                _get = get;
                _addedKind = addedKind;
                _removedKind = removedKind;
            }

            public override bool ListsContent => true;

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after, DiffWords w)
            {
                var old = _get(before);
                var @new = _get(after);
                foreach (var item in @new.Where(i => !old.Contains(i)).Distinct())
                    yield return new RegisterChange(_addedKind(item), scope, activityId, _field, null, item, Capital(_words.In(w.Language)) + " " + w["added"] + Colon(w) + Describe(item, after, w));
                foreach (var item in old.Where(i => !@new.Contains(i)).Distinct())
                    yield return new RegisterChange(_removedKind, scope, activityId, _field, item, null, Capital(_words.In(w.Language)) + " " + w["removed"] + Colon(w) + Describe(item, before, w));
            }

            protected virtual string Describe(string item, T owner, DiffWords w) => item;
        }

        /// <summary>Data categories: special-category and criminal data called out, with the data sets that hold them and the retention the new data gets.</summary>
        private sealed class CategoryComparison : ListComparison<RegisterActivity>
        {
            public CategoryComparison()
                : base("dataCategories", RegisterSchema.Activity["dataCategories"].Change!, a => a.DataCategories,
                    c => IsSpecialOrCriminal(c) ? RegisterChangeKinds.SpecialCategoryAdded : RegisterChangeKinds.DataCategoryAdded,
                    RegisterChangeKinds.DataCategoryRemoved)
            {
            }

            protected override string Describe(string item, RegisterActivity owner, DiffWords w)
            {
                var sets = DataSets(owner, item);
                var kept = owner.Retention.Where(r => r.AppliesTo == item).Select(r => r.Description).Distinct().ToList();
                return CategoryWords(item, w) + (sets.Length == 0 ? "" : ", " + w["dataSets"] + " " + sets) + (kept.Count == 0 ? "" : ", " + w["kept"] + " " + string.Join("; ", kept));
            }
        }

        private sealed class ItemsComparison<T, TItem> : FieldComparison<T>
        {
            private readonly string _field, _addedKind, _removedKind, _changedKind;
            private readonly RegisterLabel _words;
            private readonly Func<T, IReadOnlyList<TItem>> _get;
            private readonly Func<TItem, string> _key;
            private readonly Func<TItem, DiffWords, string> _describe;
            private readonly Func<TItem, TItem, DiffWords, string> _explainChange;

            public ItemsComparison(string field, RegisterLabel words, Func<T, IReadOnlyList<TItem>> get, Func<TItem, string> key, Func<TItem, DiffWords, string> describe,
                string addedKind, string removedKind, string changedKind, Func<TItem, TItem, DiffWords, string> explainChange)
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

            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, T before, T after, DiffWords w)
            {
                var old = Index(_get(before));
                var @new = Index(_get(after));
                var words = Capital(_words.In(w.Language));
                foreach (var pair in @new)
                {
                    var now = _describe(pair.Value, w);
                    if (!old.TryGetValue(pair.Key, out var was))
                        yield return new RegisterChange(_addedKind, scope, activityId, _field, null, now, words + " " + w["added"] + Colon(w) + now);
                    else if (_describe(was, w) != now)
                        yield return new RegisterChange(_changedKind, scope, activityId, _field, _describe(was, w), now, _explainChange(was, pair.Value, w));
                }
                foreach (var pair in old)
                {
                    if (!@new.ContainsKey(pair.Key))
                        yield return new RegisterChange(_removedKind, scope, activityId, _field, _describe(pair.Value, w), null, words + " " + w["removed"] + Colon(w) + _describe(pair.Value, w));
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
            public override IEnumerable<RegisterChange> Compare(string scope, string? activityId, RegisterActivity before, RegisterActivity after, DiffWords w)
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
                    // The data sets the rule applies to, so a reviewer sees which data, not only which category.
                    var sets = DataSets(after, category);
                    var what = (category == "*" ? w["allData"] : w["categoryData", w.Category(category)]) + (sets.Length == 0 ? "" : " (" + sets + ")");
                    var from = Words(old, w);
                    var to = Words(@new, w);
                    var (kind, how) = order switch
                    {
                        RetentionOrder.Longer => (RegisterChangeKinds.RetentionLonger, w["keptLonger"]),
                        RetentionOrder.Shorter => (RegisterChangeKinds.RetentionShorter, w["keptShorter"]),
                        RetentionOrder.Same => (RegisterChangeKinds.RetentionShorter, w["keptSame"]),
                        _ => (RegisterChangeKinds.RetentionChanged, w["keptIncomparable"]),
                    };
                    yield return new RegisterChange(kind, scope, activityId, "retention", string.Join("; ", oldTexts), string.Join("; ", newTexts),
                        what + " " + how + Colon(w) + from + " → " + to);
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

            private static string Words(List<RegisterRetention> rules, DiffWords w) =>
                string.Join("; ", rules.Select(r => (r.Text is null ? w["notStated"] : "'" + r.Text + "'") + " (" + r.Description + ")").Distinct());
        }

        private static string Quote(string? text, DiffWords w) => text is null ? w["none"] : "'" + text + "'";

        private static string Capital(string words) => words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
    }
}
