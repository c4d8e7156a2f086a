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

        /// <summary>
        /// True while the register holds points to confirm: the notice is then a draft, says so in its title and first
        /// line, and is written as <c>&lt;name&gt;.privacy-notice.draft.md</c> (<see cref="FileSuffix(ProcessingRegister, Lexicon)"/>),
        /// never under the name of the published notice.
        /// </summary>
        public static bool IsDraft(ProcessingRegister register) => Points(register, Lexicon.English).Count > 0;

        /// <summary>
        /// The register's points to confirm (<see cref="RegisterOpenPoints"/>), among them what the notice itself needs of
        /// each activity: whether providing the data is required (Art. 13(2)(e)) and whether decisions are automated
        /// (Art. 13(2)(f)).
        /// </summary>
        internal static List<(string Subject, string Note)> Points(ProcessingRegister register, Lexicon l) => OpenPoints.Of(register, l);

        /// <summary>
        /// The notice's file name after the assembly's: <c>.privacy-notice.md</c>, or <c>.privacy-notice.draft.md</c>
        /// while points remain to confirm; the language code before <c>.md</c> for a language other than English
        /// (<c>.privacy-notice.draft.fr.md</c>).
        /// </summary>
        public static string FileSuffix(ProcessingRegister register, Lexicon l) => FileSuffix(IsDraft(register), l);

        /// <summary>The notice's file name after the assembly's, draft or published, in a language.</summary>
        public static string FileSuffix(bool draft, Lexicon l) =>
            ".privacy-notice" + (draft ? ".draft" : "") + (l.IsFrench ? "." + l.Language : "") + ".md";

        /// <summary>Renders the notice in a language (<c>en</c>, <c>fr</c>); the register's team texts must already be in it (<see cref="RegisterTranslation"/>).</summary>
        internal static string Write(ProcessingRegister register, Lexicon l)
        {
            var md = new StringBuilder();
            var c = register.Controller;
            var declared = register.Activities.Where(a => a.Declared).ToList();
            var points = Points(register, l);
            var draft = points.Count > 0;
            var colon = l.IsFrench ? " : " : ": ";
            // The first line says what the file is: a draft is never mistaken for the notice to publish.
            md.Append("# ").Append(l[draft ? "n.titleDraft" : "n.title"]);
            if (c is not null) md.Append(colon).Append(MarkdownText.Escape(c.Name));
            md.Append("\n\n");
            if (draft) md.Append(l[points.Count == 1 ? "n.draftWarningOne" : "n.draftWarning", points.Count]).Append("\n\n");
            WriteVersion(md, register, l);
            if (draft)
            {
                if (register.MergedFrom is { } mergedFrom)
                    md.Append(l["n.draftedMerged", MarkdownText.Escape(string.Join(", ", mergedFrom))]).Append("\n\n");
                else
                    md.Append(l["n.drafted", MarkdownText.Escape(register.Assembly)]).Append("\n\n");
            }

            WriteOpenPoints(md, points, l);
            WriteController(md, c, l);
            WriteData(md, declared, l);
            WritePurposes(md, declared, l);
            WriteObjection(md, declared, l);
            WriteRetention(md, declared, l);
            WriteRecipients(md, c, declared, l);
            WriteTransfers(md, c, declared, l);
            WriteRights(md, c, declared, l);

            md.Append("## ").Append(l["n.complaints"]).Append("\n\n");
            md.Append(l["n.complaint"]);
            if (c is not null && !string.IsNullOrEmpty(c.SupervisoryAuthority)) md.Append(colon).Append(MarkdownText.Escape(c.SupervisoryAuthority));
            md.Append(".\n");

            if (c is not null && !string.IsNullOrEmpty(c.Email))
            {
                md.Append("\n## ").Append(l["n.questions"]).Append("\n\n");
                md.Append(l["n.question", MarkdownText.Escape(c.Email)]).Append('\n');
            }
            return md.ToString();
        }

        /// <summary>
        /// The version and date of the notice: those of the register it is drawn from, so a reader can tell which version
        /// they were shown. An undated register (a local build) says so rather than print no date.
        /// </summary>
        private static void WriteVersion(StringBuilder md, ProcessingRegister register, Lexicon l)
        {
            var version = string.IsNullOrWhiteSpace(register.Version) ? null : MarkdownText.Escape(register.Version);
            var date = string.IsNullOrWhiteSpace(register.Date) ? null : MarkdownText.Escape(l.Date(register.Date!));
            if (version is null && date is null) md.Append(l["n.undated"]);
            else if (date is null) md.Append(l["n.versionUndated", version!]);
            else if (version is null) md.Append(l["n.dated", date]);
            else md.Append(l["n.version", version, date]);
            md.Append("\n\n");
        }

        private static void WriteOpenPoints(StringBuilder md, List<(string Subject, string Note)> points, Lexicon l)
        {
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
            // Art. 13(1)(b): the DPO's contact "where applicable"; without one the notice says none is designated, so a
            // reader never wonders whether it was forgotten (the controller's note says when that is still to confirm).
            Item(md, l, l["n.dpo"], !string.IsNullOrWhiteSpace(c.DataProtectionOfficer) ? c.DataProtectionOfficer : c.NoDataProtectionOfficer ? l["n.noDpo"] : l["n.dpoToConfirm"]);
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
                WriteProvision(md, a, l);
                WriteAutomatedDecisions(md, a, l);
                WriteArchiveGrounds(md, a, l);
                if (a.DataCategories.Count > 0)
                    md.Append(l["n.dataUsed", string.Join(", ", a.DataCategories.Select(l.Category).OrderBy(n => n, StringComparer.Ordinal).Select(MarkdownText.Escape))]).Append("\n\n");
                if (a.DataSubjects.Count > 0)
                    md.Append(l["n.concerns", MarkdownText.List(a.DataSubjects, "")]).Append("\n\n");
            }
        }

        /// <summary>Art. 13(2)(e): whether the person must provide the data, and what follows if they do not.</summary>
        private static void WriteProvision(StringBuilder md, RegisterActivity a, Lexicon l)
        {
            if (a.Requirement is null || !l.Has("n.provision." + a.Requirement))
            {
                md.Append(l["n.provision.NotStated"]).Append(" *(").Append(l["toConfirm"]).Append(")*\n\n");
                return;
            }
            md.Append(l["n.provision." + a.Requirement]);
            if (!string.IsNullOrWhiteSpace(a.ConsequenceIfNotProvided)) md.Append(l["n.provision.consequence", MarkdownText.Escape(a.ConsequenceIfNotProvided)]);
            md.Append("\n\n");
        }

        /// <summary>Art. 13(2)(f): automated decision-making, including profiling, said even when there is none.</summary>
        private static void WriteAutomatedDecisions(StringBuilder md, RegisterActivity a, Lexicon l)
        {
            if (a.AutomatedDecisions == nameof(AutomatedDecisions.None)) md.Append(l["n.automated.None"]);
            else if (a.AutomatedDecisions == nameof(AutomatedDecisions.Used))
                md.Append(l["n.automated.Used", string.IsNullOrWhiteSpace(a.AutomatedDecisionLogic) ? l["n.automated.noLogic"] : MarkdownText.Escape(a.AutomatedDecisionLogic)]);
            else md.Append(l["n.automated.NotStated"]).Append(" *(").Append(l["toConfirm"]).Append(")*");
            md.Append("\n\n");
        }

        /// <summary>
        /// An archive phase is not the purpose's: once the purpose is over, the data kept in intermediate archive rests on
        /// the ground its rule states (a legal obligation, or legal claims), which the notice gives beside the purpose's
        /// basis, so archived invoices are never presented as kept "for the contract".
        /// </summary>
        private static void WriteArchiveGrounds(StringBuilder md, RegisterActivity a, Lexicon l)
        {
            // The register's entries carry each rule of the activity (its own and its fields'), the reference in the notice's language.
            var grounds = a.Retention.Where(r => r.ArchiveDuration is not null)
                .Select(r => (Ground: r.ArchiveGround ?? "", Reference: r.ArchiveReference ?? ""))
                .Distinct().OrderBy(g => g.Ground == nameof(ArchiveGround.LegalObligation) ? 0 : g.Ground == nameof(ArchiveGround.LegalClaims) ? 1 : 2)
                .ThenBy(g => g.Reference, StringComparer.Ordinal).ToList();
            if (grounds.Count == 0) return;
            var stated = grounds.Where(g => g.Ground.Length > 0).Select(g =>
                g.Ground == nameof(ArchiveGround.LegalObligation) ? l["n.ground.obligation", MarkdownText.Escape(g.Reference)]
                : l["n.ground.claims", MarkdownText.Escape(g.Reference)]).Distinct().ToList();
            var unstated = grounds.Any(g => g.Ground.Length == 0);
            // A rule without a ground (KPA0037) is said as such, to confirm, never given the purpose's basis.
            if (stated.Count == 0) md.Append(l["n.archiveNoGround"]);
            else md.Append(l["n.archive", string.Join(l["n.listSeparator"], stated)]).Append(unstated ? l["n.archiveSomeNoGround"] : ".");
            if (unstated) md.Append(" *(").Append(l["toConfirm"]).Append(")*");
            md.Append("\n\n");
        }

        /// <summary>
        /// The right to object (Art. 21), in a section of its own and in bold: Art. 21(4) asks that it be brought to the
        /// person's attention "clearly and separately from any other information". It applies to processing based on
        /// legitimate interests or a public task; for direct marketing, to any basis and without a reason (Art. 21(2)).
        /// </summary>
        private static void WriteObjection(StringBuilder md, List<RegisterActivity> declared, Lexicon l)
        {
            var interests = Names(declared, nameof(LegalBasis.LegitimateInterests));
            var publicTask = Names(declared, nameof(LegalBasis.PublicTask));
            var marketing = declared.Where(a => a.Id == PurposeFacts.Id(Purpose.CommercialProspecting)).Select(a => a.Name).ToList();
            if (interests.Count + publicTask.Count + marketing.Count == 0) return;
            md.Append("## ").Append(l["n.objection"]).Append("\n\n");
            if (interests.Count > 0) md.Append("**").Append(l["n.object.interests", MarkdownText.List(interests, "")]).Append("**\n\n");
            if (publicTask.Count > 0) md.Append("**").Append(l["n.object.publicTask", MarkdownText.List(publicTask, "")]).Append("**\n\n");
            if (interests.Count + publicTask.Count > 0) md.Append(l["n.object.effect"]).Append("\n\n");
            if (marketing.Count > 0) md.Append("**").Append(l["n.object.marketing"]).Append("**\n\n");
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
                    md.Append(' ').Append(periods.Count == 0 ? l.NotStated("f") : string.Join("; ", periods.Select(MarkdownText.Escape))).Append(Mark(l, a.ToConfirm)).Append('\n');
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
            // Art. 13(1)(e): the recipients, the controller's own departments included: when none is declared the notice
            // says so, to confirm, rather than leave a reader to think no one inside the company sees the data.
            md.Append("- ").Append(internals.Count > 0
                ? l["n.internal", MarkdownText.Escape(c?.Name ?? "?"), MarkdownText.List(internals, "")]
                : l["n.internalNone", MarkdownText.Escape(c?.Name ?? "?")] + " *(" + l["toConfirm"] + ")*").Append('\n');
            if (processors.Count > 0)
            {
                var names = processors.Select(p => MarkdownText.Escape(p.Name) + (string.IsNullOrEmpty(p.Country) ? "" : " (" + MarkdownText.Escape(p.Country) + ")") + Mark(l, p.ToConfirm));
                md.Append("- ").Append(l["n.processors", string.Join(", ", names)]).Append('\n');
            }
            if (thirdParties.Count > 0) md.Append("- ").Append(l["n.thirdParties", MarkdownText.List(thirdParties, "")]).Append('\n');
            foreach (var recipient in others) md.Append("- ").Append(MarkdownText.Escape(recipient)).Append('\n');
            md.Append('\n');
        }

        private static void WriteTransfers(StringBuilder md, RegisterController? c, List<RegisterActivity> declared, Lexicon l)
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
            // Art. 13(1)(f): the means to obtain a copy of the safeguards (an adequacy decision is published, not copied).
            if (transfers.Any(g => g.Key.Safeguard != nameof(TransferSafeguard.AdequacyDecision)))
            {
                var contact = c is null ? null : !string.IsNullOrEmpty(c.Email) ? l["n.byEmail", MarkdownText.Escape(c.Email)]
                    : !string.IsNullOrEmpty(c.Address) ? l["n.byLetter", MarkdownText.Escape(c.Address)] : null;
                md.Append(contact is null ? l["n.safeguardsCopyNoContact"] + " *(" + l["toConfirm"] + ")*" : l["n.safeguardsCopy", contact]).Append("\n\n");
            }
        }

        /// <summary>
        /// The rights, each where it applies (Art. 13(2)(b)-(c)): access, rectification, erasure and restriction always;
        /// portability for processing based on consent or a contract (Art. 20(1)(a)); withdrawal for consent (Art. 7(3));
        /// objection (its own section above) for legitimate interests, public tasks and direct marketing. French law adds
        /// directives on the data after death (loi Informatique et Libertés, art. 85).
        /// </summary>
        private static void WriteRights(StringBuilder md, RegisterController? c, List<RegisterActivity> declared, Lexicon l)
        {
            md.Append("## ").Append(l["n.rights"]).Append("\n\n");
            md.Append(l["n.freeOfCharge"]).Append("\n\n");
            var rights = new List<string> { l["n.right.access"], l["n.right.rectify"], l["n.right.erase"], l["n.right.restrict"] };
            var portable = Names(declared, nameof(LegalBasis.Consent), nameof(LegalBasis.Contract));
            if (portable.Count > 0) rights.Add(l["n.right.portability", MarkdownText.List(portable, "")]);
            var consent = Names(declared, nameof(LegalBasis.Consent));
            if (consent.Count > 0) rights.Add(l["n.right.withdraw", MarkdownText.List(consent, "")]);
            if (declared.Any(a => a.LegalBasis is nameof(LegalBasis.LegitimateInterests) or nameof(LegalBasis.PublicTask)
                                  || a.Id == PurposeFacts.Id(Purpose.CommercialProspecting)))
                rights.Add(l["n.right.object"]);
            if (l.IsFrench || (c?.ApplicableLaw?.IndexOf("Informatique et Libert", StringComparison.OrdinalIgnoreCase) ?? -1) >= 0)
                rights.Add(l["n.right.postMortem"]);
            for (var i = 0; i < rights.Count; i++)
                md.Append("- ").Append(rights[i]).Append(i == rights.Count - 1 ? "." : l["n.listNext"]).Append('\n');
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

        /// <summary>The names of the activities on one of <paramref name="bases"/>, in register order.</summary>
        private static List<string> Names(List<RegisterActivity> declared, params string[] bases) =>
            declared.Where(a => a.LegalBasis is not null && Array.IndexOf(bases, a.LegalBasis) >= 0).Select(a => a.Name).ToList();

        /// <summary>The register's words for the field's retention (already in the notice's language); "not stated" when none.</summary>
        private static string DescribeRetention(RegisterActivity a, RegisterField f, Lexicon l)
        {
            if (string.IsNullOrWhiteSpace(f.Retention)) return l.NotStated("f");
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

    /// <summary>
    /// The register's points to confirm (<see cref="RegisterOpenPoints"/>, the computation KPA0014 reports), each with
    /// what it is about, in the reader's words (no C# name).
    /// </summary>
    internal static class OpenPoints
    {
        public static List<(string Subject, string Note)> Of(ProcessingRegister register, Lexicon l) =>
            RegisterOpenPoints.Of(register, l.Language).Select(p => (Subject(p, l), p.Note)).Distinct().ToList();

        private static string Subject(OpenPoint point, Lexicon l) => point.Subject switch
        {
            OpenPointSubject.Record => point.Name,
            OpenPointSubject.Controller => l["n.point.controller"] + " " + point.Name,
            OpenPointSubject.Activity => l["n.point.activity", point.Name],
            OpenPointSubject.Field => l["n.point.field", point.Name, point.Detail ?? ""],
            OpenPointSubject.Transfer => l["n.point.transfer", point.Name],
            _ => l["n.point.processor", point.Name],
        };
    }
}
