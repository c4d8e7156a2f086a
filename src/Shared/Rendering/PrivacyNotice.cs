using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Drafts the Art. 13 privacy notice from the register: who the controller is, what data is collected, for which
    /// purposes and on which grounds, how long it is kept, who receives it, transfers and their safeguards, the rights
    /// and how to exercise them, and the right to complain. A draft for the DPO: it says only what the register says,
    /// opens with the points still to confirm, and marks each sentence that rests on one. No C# name appears in it:
    /// data is named by its data set and its label.
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class PrivacyNotice
    {
        /// <summary>Renders the notice in English.</summary>
        public static string Write(ProcessingRegister register) => Write(register, Lexicon.English);

        /// <summary>Renders the notice in a language (<c>en</c>, <c>fr</c>); the register's team texts must already be in it (<see cref="RegisterTranslation"/>).</summary>
        internal static string Write(ProcessingRegister register, Lexicon l)
        {
            var md = new StringBuilder();
            var c = register.Controller;
            var declared = register.Activities.Where(a => a.Declared).ToList();
            md.Append("# ").Append(l["n.title"]);
            if (c is not null) md.Append(l.IsFrench ? " : " : ": ").Append(MarkdownText.Escape(c.Name));
            md.Append("\n\n");
            if (register.MergedFrom is { } mergedFrom)
                md.Append(l["n.draftedMerged", MarkdownText.Escape(string.Join(", ", mergedFrom))]).Append("\n\n");
            else
                md.Append(l["n.drafted", MarkdownText.Escape(register.Assembly)]).Append("\n\n");

            WriteOpenPoints(md, register, l);
            WriteController(md, c, l);
            WriteData(md, declared, l);
            WritePurposes(md, declared, l);
            WriteRetention(md, declared, l);
            WriteRecipients(md, c, declared, l);
            WriteTransfers(md, declared, l);
            WriteRights(md, c, declared, l);

            md.Append("## ").Append(l["n.complaints"]).Append("\n\n");
            md.Append(l["n.complaint"]);
            if (c is not null && !string.IsNullOrEmpty(c.SupervisoryAuthority)) md.Append(l.IsFrench ? " : " : ": ").Append(MarkdownText.Escape(c.SupervisoryAuthority));
            md.Append(".\n");

            if (c is not null && !string.IsNullOrEmpty(c.Email))
            {
                md.Append("\n## ").Append(l["n.questions"]).Append("\n\n");
                md.Append(l["n.question", MarkdownText.Escape(c.Email)]).Append('\n');
            }
            return md.ToString();
        }

        private static void WriteOpenPoints(StringBuilder md, ProcessingRegister register, Lexicon l)
        {
            var points = OpenPoints.Of(register, l);
            if (points.Count == 0) return;
            md.Append("## ").Append(l["n.toConfirm"]).Append("\n\n");
            md.Append(l["n.toConfirmIntro"]).Append("\n\n");
            for (var i = 0; i < points.Count; i++)
                md.Append(i + 1).Append(". **").Append(MarkdownText.Escape(points[i].Subject)).Append(l.IsFrench ? " :** " : ":** ").Append(MarkdownText.Escape(points[i].Note)).Append('\n');
            md.Append('\n');
        }

        private static string Mark(Lexicon l, string? note) => string.IsNullOrWhiteSpace(note) ? "" : " *(" + l["toConfirm"] + ")*";

        private static void WriteController(StringBuilder md, RegisterController? c, Lexicon l)
        {
            md.Append("## ").Append(l["n.who"]).Append("\n\n");
            if (c is null)
            {
                md.Append(l["n.noController"]).Append("\n\n");
                return;
            }
            var name = MarkdownText.Escape(c.Name);
            if (!string.IsNullOrEmpty(c.Identifier)) name += " (" + MarkdownText.Escape(c.Identifier) + ")";
            // The controller's note is listed among the points to confirm; it is about what the notice does not say (a DPO).
            md.Append(l["n.controller", name]).Append("\n\n");
            Item(md, l, l["n.email"], c.Email);
            Item(md, l, l["n.address"], c.Address);
            Item(md, l, l["n.phone"], c.Phone);
            // Art. 13(1)(b): the DPO's contact "where applicable"; the register says when none is designated.
            Item(md, l, l["n.dpo"], c.DataProtectionOfficer);
            Item(md, l, l["n.euRepresentative"], c.EuRepresentative);
            md.Append('\n');
            if (!string.IsNullOrEmpty(c.ApplicableLaw)) md.Append(l["n.law", MarkdownText.Escape(c.ApplicableLaw)]).Append("\n\n");
        }

        private static void WriteData(StringBuilder md, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.data"]).Append("\n\n");
            var categories = declared.SelectMany(a => a.Fields).GroupBy(f => f.Category)
                .OrderBy(g => l.Category(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (categories.Count == 0)
            {
                md.Append(l["n.noData"]).Append("\n\n");
                return;
            }
            foreach (var group in categories)
            {
                var examples = group.Select(f => AsListItem(f.Label)).Distinct()
                    .OrderBy(x => x, StringComparer.OrdinalIgnoreCase).ThenBy(x => x, StringComparer.Ordinal);
                var marked = group.Any(f => !string.IsNullOrWhiteSpace(f.ToConfirm));
                md.Append("- **").Append(MarkdownText.Escape(l.Category(group.Key))).Append(l.IsFrench ? " :** " : ":** ").Append(MarkdownText.List(examples, ""))
                  .Append(marked ? " *(" + l["toConfirm"] + ")*" : "").Append('\n');
            }
            md.Append('\n');
        }

        private static void WritePurposes(StringBuilder md, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.purposes"]).Append("\n\n");
            if (declared.Count == 0) md.Append(l["n.noActivity"]).Append("\n\n");
            foreach (var a in declared)
            {
                md.Append("### ").Append(MarkdownText.Escape(a.Name)).Append("\n\n");
                if (!string.IsNullOrWhiteSpace(a.ToConfirm)) md.Append('*').Append(l["toConfirm"]).Append(l.IsFrench ? " : " : ": ").Append(MarkdownText.Escape(a.ToConfirm)).Append("*\n\n");
                if (!string.IsNullOrEmpty(a.Description)) md.Append(MarkdownText.Escape(a.Description)).Append("\n\n");
                if (LegalBasisFacts.TryParse(a.LegalBasis, out var basis))
                {
                    md.Append(l["n.basis", l.Basis(a.LegalBasis), l.BasisArticle(a.LegalBasis)]);
                    if (basis == LegalBasis.Consent) md.Append(l["n.withdraw"]);
                    md.Append("\n\n");
                }
                else if (!string.IsNullOrEmpty(a.LegalBasis))
                {
                    md.Append(l["n.basis", MarkdownText.Escape(a.LegalBasis), "?"]).Append("\n\n");
                }
                if (!string.IsNullOrEmpty(a.LegitimateInterest))
                    md.Append(l["n.interest", MarkdownText.Escape(a.LegitimateInterest)]).Append("\n\n");
                if (!string.IsNullOrEmpty(a.SpecialCategoryCondition) && a.SpecialCategoryCondition != "None")
                    md.Append(l["n.condition", MarkdownText.Escape(l.Condition(a.SpecialCategoryCondition!))]).Append("\n\n");
                if (a.DataCategories.Count > 0)
                    md.Append(l["n.dataUsed", string.Join(", ", a.DataCategories.Select(l.Category).OrderBy(n => n, StringComparer.Ordinal).Select(MarkdownText.Escape))]).Append("\n\n");
                if (a.DataSubjects.Count > 0)
                    md.Append(l["n.concerns", MarkdownText.List(a.DataSubjects, "")]).Append("\n\n");
            }
        }

        /// <summary>
        /// Retention per activity and per data set ("Customer file"), and, where a data set's categories are kept for
        /// different periods, per category in words: a reader always sees which period goes with which data.
        /// </summary>
        private static void WriteRetention(StringBuilder md, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.retention"]).Append("\n\n");
            if (declared.Count == 0) md.Append(l["n.noActivity"]).Append('\n');
            foreach (var a in declared)
            {
                md.Append("- **").Append(MarkdownText.Escape(a.Name)).Append(l.IsFrench ? " :**" : ":**");
                if (a.Fields.Count == 0)
                {
                    var periods = a.Retention.Select(r => r.Description).Distinct().ToList();
                    md.Append(' ').Append(periods.Count == 0 ? l["notStated"] : string.Join("; ", periods.Select(MarkdownText.Escape))).Append(Mark(l, a.ToConfirm)).Append('\n');
                    continue;
                }
                md.Append(Mark(l, a.ToConfirm)).Append('\n');
                foreach (var all in a.Fields.GroupBy(f => f.DataSet, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
                {
                    // Fields of a type never stored (a domain event, a message) are kept for no period: a data set of only
                    // those says so; in a data set with stored fields they add no period.
                    var set = all.Where(f => f.NotStored is null).ToList();
                    if (set.Count == 0)
                    {
                        md.Append("  - ").Append(MarkdownText.Escape(all.Key)).Append(l.IsFrench ? " : " : ": ").Append(l["n.notStored"]).Append('\n');
                        continue;
                    }
                    var byCategory = set.GroupBy(f => f.Category, StringComparer.Ordinal)
                        .Select(g => (Category: l.Category(g.Key), Periods: g.Select(f => DescribeRetention(a, f, l)).Distinct().OrderBy(p => p, StringComparer.Ordinal).ToList()))
                        .OrderBy(x => x.Category, StringComparer.Ordinal).ToList();
                    var distinct = byCategory.SelectMany(x => x.Periods).Distinct().ToList();
                    var marked = set.Any(f => !string.IsNullOrWhiteSpace(f.ToConfirm)) ? " *(" + l["toConfirm"] + ")*" : "";
                    var separator = l.IsFrench ? " : " : ": ";
                    if (distinct.Count == 1)
                    {
                        md.Append("  - ").Append(MarkdownText.Escape(all.Key)).Append(separator).Append(MarkdownText.Escape(distinct[0])).Append(marked).Append('\n');
                        continue;
                    }
                    md.Append("  - ").Append(MarkdownText.Escape(all.Key)).Append(separator.TrimEnd()).Append(marked).Append('\n');
                    foreach (var (category, periods) in byCategory)
                        md.Append("    - ").Append(MarkdownText.Escape(category)).Append(separator).Append(string.Join("; ", periods.Select(MarkdownText.Escape))).Append('\n');
                }
            }
            md.Append('\n');
        }

        private static void WriteRecipients(StringBuilder md, RegisterController? c, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.recipients"]).Append("\n\n");
            var internals = Distinct(declared.SelectMany(a => a.InternalRecipients));
            var processors = declared.SelectMany(a => a.Processors).GroupBy(p => p.Name, StringComparer.Ordinal).Select(g => g.First())
                .OrderBy(p => p.Name, StringComparer.Ordinal).ToList();
            var thirdParties = Distinct(declared.SelectMany(a => a.ThirdPartyRecipients));
            var others = Distinct(declared.SelectMany(a => a.Recipients));
            if (internals.Count + processors.Count + thirdParties.Count + others.Count == 0) md.Append(l["n.noRecipient"]).Append('\n');
            if (internals.Count > 0)
                md.Append("- ").Append(l["n.internal", MarkdownText.Escape(c?.Name ?? "?"), MarkdownText.List(internals, "")]).Append('\n');
            if (processors.Count > 0)
            {
                var names = processors.Select(p => MarkdownText.Escape(p.Name) + (string.IsNullOrEmpty(p.Country) ? "" : " (" + MarkdownText.Escape(p.Country) + ")") + Mark(l, p.ToConfirm));
                md.Append("- ").Append(l["n.processors", string.Join(", ", names)]).Append('\n');
            }
            if (thirdParties.Count > 0) md.Append("- ").Append(l["n.thirdParties", MarkdownText.List(thirdParties, "")]).Append('\n');
            foreach (var recipient in others) md.Append("- ").Append(MarkdownText.Escape(recipient)).Append('\n');
            md.Append('\n');
        }

        private static void WriteTransfers(StringBuilder md, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.transfers"]).Append("\n\n");
            var transfers = declared
                .SelectMany(a => a.Transfers.Select(t => (Activity: a, Transfer: t)))
                .GroupBy(x => (x.Transfer.Recipient, x.Transfer.Country, x.Transfer.Safeguard, x.Transfer.AdditionalSafeguards, x.Transfer.ToConfirm))
                .OrderBy(g => g.Key.Recipient, StringComparer.Ordinal).ThenBy(g => g.Key.Country ?? "", StringComparer.Ordinal)
                .ThenBy(g => g.Key.Safeguard, StringComparer.Ordinal).ThenBy(g => g.Key.AdditionalSafeguards ?? "", StringComparer.Ordinal)
                .ToList();
            if (transfers.Count == 0)
            {
                md.Append(l["n.noTransfer"]).Append("\n\n");
                return;
            }
            md.Append(l["n.transfersIntro"]).Append("\n\n");
            foreach (var group in transfers)
            {
                var t = group.Key;
                var activities = group.Select(x => x.Activity.Name).Distinct().ToList();
                md.Append("- ").Append(l["n.transferTo", MarkdownText.Escape(t.Recipient), t.Country is null ? l["countryNotIdentified"] : MarkdownText.Escape(t.Country)]);
                md.Append(activities.Count == declared.Count ? l["n.allPurposes"] : l["n.forPurposes", MarkdownText.List(activities, "")]);
                // Where the country is not known, say when the safeguard applies, as a policy does: not for an adequate country.
                var conditional = t.Country is null && t.Safeguard != nameof(TransferSafeguard.AdequacyDecision);
                md.Append(l[conditional ? "n.whereNotAdequate" : "n.under", MarkdownText.Escape(l.Safeguard(t.Safeguard))]);
                if (!string.IsNullOrEmpty(t.AdditionalSafeguards)) md.Append(l["n.and", MarkdownText.Escape(t.AdditionalSafeguards)]);
                md.Append('.').Append(Mark(l, t.ToConfirm)).Append('\n');
            }
            md.Append('\n');
        }

        private static void WriteRights(StringBuilder md, RegisterController? c, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.rights"]).Append("\n\n");
            md.Append(l["n.freeOfCharge"]).Append("\n\n");
            md.Append("- ").Append(l["n.right.access"]).Append('\n');
            md.Append("- ").Append(l["n.right.rectify"]).Append('\n');
            md.Append("- ").Append(l["n.right.erase"]).Append('\n');
            md.Append("- ").Append(l["n.right.restrict"]).Append('\n');
            if (declared.Any(a => a.LegalBasis == nameof(LegalBasis.Consent)))
                md.Append("- ").Append(l["n.right.withdraw"]).Append('\n');
            md.Append("- ").Append(l["n.right.object"]).Append('\n');
            md.Append("- ").Append(l["n.right.portability"]).Append('\n');
            md.Append('\n');
            if (c is not null && (!string.IsNullOrEmpty(c.Email) || !string.IsNullOrEmpty(c.Address)))
            {
                md.Append(l["n.exercise"]);
                if (!string.IsNullOrEmpty(c.Email)) md.Append(l["n.byEmail", MarkdownText.Escape(c.Email)]);
                if (!string.IsNullOrEmpty(c.Email) && !string.IsNullOrEmpty(c.Address)) md.Append(l["n.or"]);
                if (!string.IsNullOrEmpty(c.Address)) md.Append(l["n.byLetter", MarkdownText.Escape(c.Address)]);
                md.Append(l["n.proof"]).Append("\n\n");
            }
        }

        /// <summary>The register's words for the field's retention (already in the notice's language); "not stated" when none.</summary>
        private static string DescribeRetention(RegisterActivity a, RegisterField f, Lexicon l)
        {
            if (string.IsNullOrWhiteSpace(f.Retention)) return l["notStated"];
            foreach (var r in a.Retention)
            {
                if (r.AppliesTo == f.Category && r.Text == f.Retention) return r.Description;
            }
            if (!RetentionPolicy.TryParse(f.Retention, out var policy) || policy is null) return f.Retention!;
            return l.IsFrench ? FrenchRetention.Describe(policy, e => FrenchRetention.KnownEvent(e) ?? "« " + e + " »") : policy.Describe();
        }

        private static List<string> Distinct(IEnumerable<string> items) => items.Distinct(StringComparer.Ordinal).OrderBy(x => x, StringComparer.Ordinal).ToList();

        private static void Item(StringBuilder md, Lexicon l, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) md.Append("- ").Append(name).Append(l.IsFrench ? " : " : ": ").Append(MarkdownText.Escape(value)).Append('\n');
        }

        /// <summary>Inside a list, only acronyms keep their capitals: "IP address, browser type".</summary>
        private static string AsListItem(string words) =>
            words.Length > 1 && char.IsUpper(words[0]) && !char.IsUpper(words[1]) ? char.ToLowerInvariant(words[0]) + words.Substring(1) : words;

        /// <summary><c>IpAddress</c> becomes <c>IP address</c>: member names as words (see <see cref="NaturalNames"/>).</summary>
        internal static string Humanize(string member) => NaturalNames.Humanize(member);
    }

    /// <summary>The "to confirm" notes of a register, each with what it is about, in the reader's words (no C# name).</summary>
    internal static class OpenPoints
    {
        public static List<(string Subject, string Note)> Of(ProcessingRegister register, Lexicon l)
        {
            var points = new List<(string Subject, string Note)>();
            // A field the record must hold and does not is a point to confirm (RegisterSchema: OpenWhenEmpty).
            foreach (var property in RegisterSchema.Register.Properties.Where(p => p.IsOpen(register)))
                points.Add((property.Label!.In(l.Language), property.OpenWhenEmpty!.In(l.Language)));
            if (register.Controller is { } c && !string.IsNullOrWhiteSpace(c.ToConfirm)) points.Add((l["n.point.controller"] + " " + c.Name, c.ToConfirm!));
            if (register.Controller is { } controller)
            {
                foreach (var property in RegisterSchema.Controller.Properties.Where(p => p.IsOpen(controller)))
                    points.Add((l["n.point.controller"] + " " + controller.Name, property.OpenWhenEmpty!.In(l.Language)));
            }
            foreach (var a in register.Activities)
            {
                if (!string.IsNullOrWhiteSpace(a.ToConfirm)) points.Add((l["n.point.activity", a.Name], a.ToConfirm!));
                foreach (var property in RegisterSchema.Activity.Properties.Where(p => a.Declared && p.IsOpen(a)))
                    points.Add((l["n.point.activity", a.Name], property.OpenWhenEmpty!.In(l.Language)));
                foreach (var f in a.Fields.Where(f => !string.IsNullOrWhiteSpace(f.ToConfirm)))
                    points.Add((l["n.point.field", f.DataSet, f.Label], f.ToConfirm!));
            }
            // A transfer or processor serves several activities: one point each.
            foreach (var t in register.Activities.SelectMany(a => a.Transfers).Where(t => !string.IsNullOrWhiteSpace(t.ToConfirm)))
                points.Add((l["n.point.transfer", t.Recipient], t.ToConfirm!));
            foreach (var p in register.Activities.SelectMany(a => a.Processors).Where(p => !string.IsNullOrWhiteSpace(p.ToConfirm)))
                points.Add((l["n.point.processor", p.Name], p.ToConfirm!));
            return points.Distinct().ToList();
        }
    }
}
