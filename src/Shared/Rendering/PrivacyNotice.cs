using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Drafts the Art. 13 privacy notice from the register: who the controller is, what data is collected, for which
    /// purposes and on which grounds, how long it is kept, who receives it, transfers and their safeguards, the rights
    /// and how to exercise them, and the right to complain. A draft for the DPO: it says only what the register says.
    /// </summary>
    // Internal everywhere: the build step and klivar-privacy render the files; users read them, or the register model.
    internal static class PrivacyNotice
    {
        /// <summary>Renders the notice.</summary>
        public static string Write(ProcessingRegister register)
        {
            var md = new StringBuilder();
            var c = register.Controller;
            var declared = register.Activities.Where(a => a.Declared).ToList();
            md.Append("# Privacy notice");
            if (c is not null) md.Append(": ").Append(MarkdownText.Escape(c.Name));
            md.Append("\n\n");
            if (register.MergedFrom is { } mergedFrom)
                md.Append("Drafted from the record of processing activities merged by `klivar-privacy merge` from ")
                  .Append(MarkdownText.Escape(string.Join(", ", mergedFrom))).Append(" (GDPR Art. 13). Review it before you publish it.\n\n");
            else
                md.Append("Drafted at build time from the record of processing activities of ").Append(MarkdownText.Escape(register.Assembly))
                  .Append(" (GDPR Art. 13). Review it before you publish it.\n\n");

            WriteController(md, c);
            WriteData(md, declared);
            WritePurposes(md, declared);
            WriteRetention(md, declared);
            WriteRecipients(md, declared);
            WriteTransfers(md, declared);
            WriteRights(md, c, declared);

            md.Append("## Complaints\n\n");
            md.Append("If you believe the processing of your personal data does not comply with the regulations, you have the right to lodge a complaint with a supervisory authority");
            if (c is not null && !string.IsNullOrEmpty(c.SupervisoryAuthority)) md.Append(": ").Append(MarkdownText.Escape(c.SupervisoryAuthority));
            md.Append(".\n");

            if (c is not null && !string.IsNullOrEmpty(c.Email))
            {
                md.Append("\n## Questions\n\n");
                md.Append("For any question about this notice, write to ").Append(MarkdownText.Escape(c.Email)).Append(".\n");
            }
            return md.ToString();
        }

        private static void WriteController(StringBuilder md, RegisterController? c)
        {
            md.Append("## Who is responsible for your data\n\n");
            if (c is null)
            {
                md.Append("No controller is declared.\n\n");
                return;
            }
            md.Append(MarkdownText.Escape(c.Name));
            if (!string.IsNullOrEmpty(c.Identifier)) md.Append(" (").Append(MarkdownText.Escape(c.Identifier)).Append(')');
            md.Append(" is the controller of the personal data described here.\n\n");
            Item(md, "E-mail", c.Email);
            Item(md, "Postal address", c.Address);
            Item(md, "Phone", c.Phone);
            Item(md, "Data protection officer", c.DataProtectionOfficer);
            md.Append('\n');
        }

        private static void WriteData(StringBuilder md, List<RegisterActivity> declared)
        {
            md.Append("## The data we collect\n\n");
            var categories = declared.SelectMany(a => a.Fields).GroupBy(f => f.Category)
                .OrderBy(g => CategoryName(g.Key), StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
            if (categories.Count == 0)
            {
                md.Append("No personal data is declared.\n\n");
                return;
            }
            foreach (var group in categories)
            {
                var examples = group.Select(f => AsListItem(Humanize(f.Member))).Distinct()
                    .OrderBy(x => x, StringComparer.OrdinalIgnoreCase).ThenBy(x => x, StringComparer.Ordinal);
                md.Append("- **").Append(CategoryName(group.Key)).Append(":** ").Append(MarkdownText.List(examples, "")).Append('\n');
            }
            md.Append('\n');
        }

        private static void WritePurposes(StringBuilder md, List<RegisterActivity> declared)
        {
            md.Append("## Why we use it, and on what grounds\n\n");
            if (declared.Count == 0) md.Append("No processing activity is declared.\n\n");
            foreach (var a in declared)
            {
                md.Append("### ").Append(MarkdownText.Escape(a.Name)).Append("\n\n");
                if (!string.IsNullOrEmpty(a.Description)) md.Append(MarkdownText.Escape(a.Description)).Append("\n\n");
                if (LegalBasisFacts.TryParse(a.LegalBasis, out var basis))
                {
                    md.Append("Legal basis: ").Append(LegalBasisFacts.Describe(basis)).Append(" (").Append(LegalBasisFacts.Article(basis)).Append(" GDPR).");
                    if (basis == LegalBasis.Consent) md.Append(" You can withdraw your consent at any time.");
                    md.Append("\n\n");
                }
                else if (!string.IsNullOrEmpty(a.LegalBasis))
                {
                    md.Append("Legal basis: ").Append(MarkdownText.Escape(a.LegalBasis)).Append(".\n\n");
                }
                if (!string.IsNullOrEmpty(a.LegitimateInterest))
                    md.Append("Our legitimate interest: ").Append(MarkdownText.Escape(a.LegitimateInterest)).Append("\n\n");
                if (!string.IsNullOrEmpty(a.SpecialCategoryCondition) && a.SpecialCategoryCondition != "None")
                    md.Append("Condition for special-category data (Art. 9(2) GDPR): ").Append(MarkdownText.Escape(a.SpecialCategoryCondition)).Append(".\n\n");
                if (a.DataCategories.Count > 0)
                    md.Append("Data used: ").Append(string.Join(", ", a.DataCategories.Select(CategoryName).OrderBy(n => n, StringComparer.Ordinal))).Append(".\n\n");
                if (a.DataSubjects.Count > 0)
                    md.Append("Concerns: ").Append(MarkdownText.List(a.DataSubjects, "")).Append(".\n\n");
            }
        }

        /// <summary>
        /// Retention per activity and per data set (the annotated type: <c>CustomerFile</c> is "Customer file"), so a
        /// reader sees that the customer file and the invoices of one activity are kept for different periods.
        /// </summary>
        private static void WriteRetention(StringBuilder md, List<RegisterActivity> declared)
        {
            md.Append("## How long we keep it\n\n");
            if (declared.Count == 0) md.Append("No processing activity is declared.\n");
            foreach (var a in declared)
            {
                md.Append("- **").Append(MarkdownText.Escape(a.Name)).Append(":**");
                if (a.Fields.Count == 0)
                {
                    var periods = a.Retention.Select(r => r.Description).Distinct().ToList();
                    md.Append(' ').Append(periods.Count == 0 ? "not stated" : string.Join("; ", periods.Select(MarkdownText.Escape))).Append('\n');
                    continue;
                }
                md.Append('\n');
                var dataSets = a.Fields
                    .GroupBy(f => Humanize(ShortTypeName(f.Type)), StringComparer.Ordinal)
                    .OrderBy(g => g.Key, StringComparer.Ordinal);
                foreach (var set in dataSets)
                {
                    var periods = set.Select(f => DescribeRetention(a, f)).Distinct().OrderBy(p => p, StringComparer.Ordinal);
                    md.Append("  - ").Append(MarkdownText.Escape(set.Key)).Append(": ").Append(string.Join("; ", periods.Select(MarkdownText.Escape))).Append('\n');
                }
            }
            md.Append('\n');
        }

        private static void WriteRecipients(StringBuilder md, List<RegisterActivity> declared)
        {
            var recipients = declared.SelectMany(a => a.Recipients).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
            md.Append("## Who receives it\n\n");
            if (recipients.Count == 0) md.Append("No recipient is declared.\n");
            foreach (var recipient in recipients) md.Append("- ").Append(MarkdownText.Escape(recipient)).Append('\n');
            md.Append('\n');
        }

        private static void WriteTransfers(StringBuilder md, List<RegisterActivity> declared)
        {
            md.Append("## Transfers outside the European Union\n\n");
            var transfers = declared
                .SelectMany(a => a.Transfers.Select(t => (Activity: a, Transfer: t)))
                .GroupBy(x => (x.Transfer.Recipient, x.Transfer.Country, x.Transfer.Safeguard, x.Transfer.AdditionalSafeguards))
                .OrderBy(g => g.Key.Recipient, StringComparer.Ordinal).ThenBy(g => g.Key.Country, StringComparer.Ordinal)
                .ThenBy(g => g.Key.Safeguard, StringComparer.Ordinal).ThenBy(g => g.Key.AdditionalSafeguards ?? "", StringComparer.Ordinal)
                .ToList();
            if (transfers.Count == 0)
            {
                md.Append("Your data is not transferred outside the European Union.\n\n");
                return;
            }
            md.Append("Your data may be transferred outside the European Union only as follows:\n\n");
            foreach (var group in transfers)
            {
                var t = group.Key;
                var activities = group.Select(x => x.Activity.Name).Distinct().ToList();
                md.Append("- to ").Append(MarkdownText.Escape(t.Recipient)).Append(" (").Append(MarkdownText.Escape(t.Country)).Append(')');
                md.Append(activities.Count == declared.Count ? ", for all the purposes above" : ", for " + MarkdownText.List(activities, ""));
                md.Append(", under ").Append(SafeguardWords(t.Safeguard));
                if (!string.IsNullOrEmpty(t.AdditionalSafeguards)) md.Append(", and ").Append(MarkdownText.Escape(t.AdditionalSafeguards));
                md.Append(".\n");
            }
            md.Append('\n');
        }

        private static void WriteRights(StringBuilder md, RegisterController? c, List<RegisterActivity> declared)
        {
            md.Append("## Your rights\n\n");
            md.Append("Free of charge, you can:\n\n");
            md.Append("- access your personal data (Art. 15);\n");
            md.Append("- have inaccurate personal data rectified (Art. 16);\n");
            md.Append("- have your personal data erased (Art. 17);\n");
            md.Append("- restrict the processing of your personal data (Art. 18);\n");
            if (declared.Any(a => a.LegalBasis == nameof(LegalBasis.Consent)))
                md.Append("- withdraw your consent at any time, without affecting processing done before (Art. 7(3));\n");
            md.Append("- object to the processing of your personal data (Art. 21);\n");
            md.Append("- receive your personal data in a portable format (Art. 20).\n");
            md.Append('\n');
            if (c is not null && (!string.IsNullOrEmpty(c.Email) || !string.IsNullOrEmpty(c.Address)))
            {
                md.Append("To exercise these rights, contact us");
                if (!string.IsNullOrEmpty(c.Email)) md.Append(" by e-mail at ").Append(MarkdownText.Escape(c.Email));
                if (!string.IsNullOrEmpty(c.Email) && !string.IsNullOrEmpty(c.Address)) md.Append(" or");
                if (!string.IsNullOrEmpty(c.Address)) md.Append(" by letter to ").Append(MarkdownText.Escape(c.Address));
                md.Append(". We may ask for proof of identity to protect your privacy and security.\n\n");
            }
        }

        /// <summary>The register's words for the field's retention; the rule parsed again only if the register lacks them.</summary>
        private static string DescribeRetention(RegisterActivity a, RegisterField f)
        {
            if (string.IsNullOrWhiteSpace(f.Retention)) return "not stated";
            foreach (var r in a.Retention)
            {
                if (r.AppliesTo == f.Category && r.Text == f.Retention) return r.Description;
            }
            return RetentionPolicy.TryParse(f.Retention, out var policy) && policy is not null ? policy.Describe() : f.Retention!;
        }

        private static void Item(StringBuilder md, string name, string? value)
        {
            if (!string.IsNullOrEmpty(value)) md.Append("- ").Append(name).Append(": ").Append(MarkdownText.Escape(value)).Append('\n');
        }

        private static string SafeguardWords(string safeguard)
        {
            switch (safeguard)
            {
                case nameof(TransferSafeguard.AdequacyDecision): return "the European Commission's adequacy decision for the country";
                case nameof(TransferSafeguard.StandardContractualClauses): return "the Standard Contractual Clauses approved by the European Commission";
                case nameof(TransferSafeguard.BindingCorporateRules): return "binding corporate rules approved by a supervisory authority";
                case nameof(TransferSafeguard.Derogation): return "a derogation for a specific situation (Art. 49 GDPR)";
                default: return MarkdownText.Escape(safeguard);
            }
        }

        private static string CategoryName(string category)
        {
            switch (category)
            {
                case nameof(DataCategory.Identification): return "Identification data";
                case nameof(DataCategory.Contact): return "Contact data";
                case nameof(DataCategory.Technical): return "Technical data";
                case nameof(DataCategory.Credentials): return "Login credentials";
                case nameof(DataCategory.Account): return "Account and subscription data";
                case nameof(DataCategory.Usage): return "Connection and usage data";
                case nameof(DataCategory.Financial): return "Financial data";
                case nameof(DataCategory.Content): return "Content you send us";
                case nameof(DataCategory.Location): return "Location data";
                case nameof(DataCategory.NationalIdentifier): return "National identification number";
                default: return MarkdownText.Escape(category);
            }
        }

        /// <summary><c>Klivar.Billing.Invoice</c> and <c>Outer+Inner&lt;T&gt;</c> become <c>Invoice</c> and <c>Inner</c>.</summary>
        private static string ShortTypeName(string fullName)
        {
            var generic = fullName.IndexOf('<');
            var head = generic < 0 ? fullName : fullName.Substring(0, generic);
            var cut = Math.Max(head.LastIndexOf('.'), head.LastIndexOf('+'));
            return cut < 0 ? head : head.Substring(cut + 1);
        }

        /// <summary>Inside a list, only acronyms keep their capitals: "IP address, browser type".</summary>
        private static string AsListItem(string words) =>
            words.Length > 1 && char.IsUpper(words[0]) && !char.IsUpper(words[1]) ? char.ToLowerInvariant(words[0]) + words.Substring(1) : words;

        /// <summary><c>IpAddress</c> becomes <c>IP address</c>, <c>Send(email)</c> becomes <c>email</c>: member names as words.</summary>
        internal static string Humanize(string member)
        {
            var open = member.IndexOf('(');
            if (open >= 0 && member.EndsWith(")", System.StringComparison.Ordinal)) member = member.Substring(open + 1, member.Length - open - 2);
            var words = new List<string>();
            var current = new StringBuilder();
            for (var i = 0; i < member.Length; i++)
            {
                var ch = member[i];
                if (ch == '_') { Flush(words, current); continue; }
                var boundary = char.IsUpper(ch) && current.Length > 0 &&
                    (!char.IsUpper(member[i - 1]) || (i + 1 < member.Length && char.IsLower(member[i + 1])));
                if (boundary) Flush(words, current);
                current.Append(ch);
            }
            Flush(words, current);
            for (var i = 0; i < words.Count; i++)
            {
                var w = words[i];
                var isAcronym = w.Length > 1 && w.All(char.IsUpper);
                if (!isAcronym && Array.IndexOf(Acronyms, w.ToUpperInvariant()) >= 0) { words[i] = w.ToUpperInvariant(); continue; }
                words[i] = isAcronym ? w : i == 0 ? char.ToUpperInvariant(w[0]) + w.Substring(1).ToLowerInvariant() : w.ToLowerInvariant();
            }
            return string.Join(" ", words);
        }

        // .NET names write these as words (IpAddress, UserId, Iban); a reader expects capitals.
        private static readonly string[] Acronyms = { "IBAN", "ID", "IP", "MAC", "OS", "URL", "VAT" };

        private static void Flush(List<string> words, StringBuilder current)
        {
            if (current.Length > 0) words.Add(current.ToString());
            current.Clear();
        }
    }
}
