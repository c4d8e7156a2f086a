using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register as Markdown, for a DPO: the controller, a summary table, then one section per activity with its
    /// retention table and fields (the sheets of the CNIL template).
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class RegisterMarkdown
    {
        /// <summary>Renders the register.</summary>
        public static string Write(ProcessingRegister register)
        {
            var md = new StringBuilder();
            md.Append("# Record of processing activities: ").Append(MarkdownText.Escape(register.Assembly)).Append("\n\n");
            if (register.MergedFrom is { } mergedFrom)
                md.Append("Merged by `klivar-privacy merge` from the registers of ").Append(mergedFrom.Count).Append(mergedFrom.Count == 1 ? " assembly (" : " assemblies (")
                  .Append(MarkdownText.Escape(string.Join(", ", mergedFrom)))
                  .Append("), each generated at build time from its code's annotations by Klivar.PrivacyAnnotations (GDPR Art. 30). ")
                  .Append("Schema version ").Append(MarkdownText.Escape(register.SchemaVersion)).Append(". Do not edit: change the annotations, build and merge again.\n\n");
            else
                md.Append("Generated at build time from the code's annotations by Klivar.PrivacyAnnotations (GDPR Art. 30). ")
                  .Append("Schema version ").Append(MarkdownText.Escape(register.SchemaVersion)).Append(". Do not edit: change the annotations.\n\n");

            md.Append("## Controller\n\n");
            var c = register.Controller;
            if (c is null)
            {
                md.Append("No controller is declared (`[assembly: DataController]`, KPA0010).\n\n");
            }
            else
            {
                md.Append("| Field | Value |\n|---|---|\n");
                Row(md, "Name", c.Name);
                Row(md, "Identifier", c.Identifier);
                Row(md, "E-mail", c.Email);
                Row(md, "Address", c.Address);
                Row(md, "Phone", c.Phone);
                Row(md, "Data protection officer", c.DataProtectionOfficer);
                Row(md, "Supervisory authority", c.SupervisoryAuthority);
                md.Append('\n');
            }

            md.Append("## Activities\n\n");
            if (register.Activities.Count == 0)
            {
                md.Append("No processing activity is declared.\n\n");
            }
            else
            {
                md.Append("| Activity | Legal basis | Data categories | Retention |\n|---|---|---|---|\n");
                foreach (var a in register.Activities)
                {
                    md.Append("| ").Append(MarkdownText.Escape(a.Name))
                      .Append(" | ").Append(Basis(a))
                      .Append(" | ").Append(MarkdownText.List(a.DataCategories, "none"))
                      .Append(" | ").Append(RetentionSummary(a))
                      .Append(" |\n");
                }
                md.Append('\n');
            }

            foreach (var a in register.Activities) WriteActivity(md, a);
            return md.ToString().TrimEnd('\n') + "\n";
        }

        private static void WriteActivity(StringBuilder md, RegisterActivity a)
        {
            md.Append("## ").Append(MarkdownText.Escape(a.Name)).Append(" (").Append(MarkdownText.Code(a.Id)).Append(")\n\n");
            if (!a.Declared)
                md.Append("**Not declared:** annotations use this purpose, but no `[assembly: ProcessingActivity]` gives it a legal basis (KPA0002).\n\n");
            Item(md, "Purpose", MarkdownText.Escape(a.Description));
            Item(md, "Legal basis", Basis(a));
            Item(md, "Legitimate interest", MarkdownText.Escape(a.LegitimateInterest));
            Item(md, "Art. 9 condition", MarkdownText.Escape(a.SpecialCategoryCondition));
            Item(md, "Data subjects", MarkdownText.List(a.DataSubjects, "not stated"));
            Item(md, "Data categories", MarkdownText.List(a.DataCategories, "none annotated"));
            Item(md, "Recipients", MarkdownText.List(a.Recipients, "not stated"));
            Item(md, "Transfers outside the EU", a.Transfers.Count == 0 ? "none"
                : string.Join("; ", a.Transfers.Select(t => MarkdownText.Escape(t.Recipient) + " (" + MarkdownText.Escape(t.Country) + ", " + MarkdownText.Escape(t.Safeguard)
                    + (string.IsNullOrEmpty(t.AdditionalSafeguards) ? "" : ", " + MarkdownText.Escape(t.AdditionalSafeguards)) + ")")));
            Item(md, "Security measures", MarkdownText.List(a.SecurityMeasures, "not stated"));
            md.Append('\n');

            md.Append("### Retention\n\n");
            if (a.Retention.Count == 0)
            {
                md.Append("Not stated.\n\n");
            }
            else
            {
                md.Append("| Data category | Period | Rule | Duration | Trigger | Archive |\n|---|---|---|---|---|---|\n");
                foreach (var r in a.Retention)
                {
                    md.Append("| ").Append(MarkdownText.Escape(r.AppliesTo == "*" ? "all" : r.AppliesTo))
                      .Append(" | ").Append(MarkdownText.Escape(r.Description))
                      .Append(" | ").Append(r.Text is null ? "" : MarkdownText.Code(r.Text))
                      .Append(" | ").Append(MarkdownText.Escape(r.Duration))
                      .Append(" | ").Append(MarkdownText.Escape(r.Trigger))
                      .Append(" | ").Append(MarkdownText.Escape(r.ArchiveDuration))
                      .Append(" |\n");
                }
                md.Append('\n');
            }

            md.Append("### Fields\n\n");
            if (a.Fields.Count == 0)
            {
                md.Append("No annotated member.\n\n");
                return;
            }
            md.Append("| Type | Member | Category | Purposes | Retention | Protection |\n|---|---|---|---|---|---|\n");
            foreach (var f in a.Fields)
            {
                var protection = "redacted (" + f.Redaction + ")" + (f.Encrypted ? ", encrypted" : "") + (f.Pseudonymised ? ", pseudonymised" : "");
                md.Append("| ").Append(MarkdownText.Escape(f.Type))
                  .Append(" | ").Append(MarkdownText.Escape(f.IsStatic ? f.Member + " (static)" : f.Member))
                  .Append(" | ").Append(MarkdownText.Escape(f.Category))
                  .Append(" | ").Append(MarkdownText.List(f.Purposes, ""))
                  .Append(" | ").Append(MarkdownText.Escape(f.Retention ?? "not stated"))
                  .Append(" | ").Append(MarkdownText.Escape(protection))
                  .Append(" |\n");
            }
            md.Append('\n');
        }

        /// <summary>
        /// One period: its description. Several: each with the categories it applies to, separated by semicolons, so a
        /// reader never has to guess which period goes with which data.
        /// </summary>
        private static string RetentionSummary(RegisterActivity a)
        {
            var periods = a.Retention.GroupBy(r => r.Description).ToList();
            if (periods.Count == 0) return "not stated";
            if (periods.Count == 1) return MarkdownText.Escape(periods[0].Key);
            return string.Join("; ", periods.Select(p =>
                MarkdownText.List(p.Select(r => r.AppliesTo == "*" ? "all" : r.AppliesTo).Distinct(), "") + ": " + MarkdownText.Escape(p.Key)));
        }

        private static string Basis(RegisterActivity a) =>
            a.LegalBasis is null ? "**none declared**"
            : LegalBasisFacts.TryParse(a.LegalBasis, out var basis) ? MarkdownText.Escape(a.LegalBasis + " (" + LegalBasisFacts.Article(basis) + ")")
            : MarkdownText.Escape(a.LegalBasis);

        private static void Row(StringBuilder md, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) md.Append("| ").Append(name).Append(" | ").Append(MarkdownText.Escape(value)).Append(" |\n");
        }

        private static void Item(StringBuilder md, string name, string value)
        {
            if (value.Length > 0) md.Append("- **").Append(name).Append(":** ").Append(value).Append('\n');
        }
    }
}
