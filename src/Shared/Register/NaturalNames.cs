using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Code names as words a reader understands: <c>IpAddress</c> is "IP address", the type <c>Acme.CustomerFile</c> is
    /// the data set "Customer file". The register's defaults, so no C# name reaches a privacy notice.
    /// </summary>
    internal static class NaturalNames
    {
        /// <summary>The default data-set name of a type: its short name as words (<c>Acme.Billing.AuditEntry</c> is "Audit entry").</summary>
        public static string DataSet(string typeFullName) => Humanize(ShortTypeName(typeFullName));

        /// <summary><c>Klivar.Billing.Invoice</c> and <c>Outer+Inner&lt;T&gt;</c> become <c>Invoice</c> and <c>Inner</c>.</summary>
        public static string ShortTypeName(string fullName)
        {
            var generic = fullName.IndexOf('<');
            var head = generic < 0 ? fullName : fullName.Substring(0, generic);
            var cut = Math.Max(head.LastIndexOf('.'), head.LastIndexOf('+'));
            return cut < 0 ? head : head.Substring(cut + 1);
        }

        /// <summary><c>IpAddress</c> becomes <c>IP address</c>, <c>Send(email)</c> becomes <c>Email</c>: member names as words.</summary>
        public static string Humanize(string member)
        {
            var open = member.IndexOf('(');
            if (open >= 0 && member.EndsWith(")", StringComparison.Ordinal)) member = member.Substring(open + 1, member.Length - open - 2);
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

    /// <summary>
    /// The security facts the register derives from the fields (encrypted, pseudonymised, hashed, redacted), written
    /// into <see cref="RegisterActivity.SecurityMeasures"/> after the declared measures. Renderers recognise them by
    /// prefix and word them in the reader's language from the fields themselves.
    /// </summary>
    internal static class SecurityFacts
    {
        public const string Encrypted = "Encrypted at rest: ";
        public const string Pseudonymised = "Pseudonymised: ";
        public const string Hashed = "Hashed (one-way): ";
        public const string Redacted = "Redacted in logs and output by generated helpers: ";

        /// <summary>True for a measure the register derived from the fields rather than one a team declared.</summary>
        public static bool IsDerived(string measure) =>
            measure.StartsWith(Encrypted, StringComparison.Ordinal) || measure.StartsWith(Pseudonymised, StringComparison.Ordinal) ||
            measure.StartsWith(Hashed, StringComparison.Ordinal) || measure.StartsWith(Redacted, StringComparison.Ordinal);

        /// <summary>Appends the derived facts of <paramref name="fields"/> to <paramref name="security"/>.</summary>
        public static void Add(List<string> security, IReadOnlyCollection<RegisterField> fields)
        {
            AddFact(security, Encrypted, fields.Where(f => f.Encrypted));
            AddFact(security, Pseudonymised, fields.Where(f => f.Pseudonymised));
            AddFact(security, Hashed, fields.Where(f => f.Hashed));
            if (fields.Count > 0) security.Add(Redacted + fields.Count + (fields.Count == 1 ? " field" : " fields"));
        }

        private static void AddFact(List<string> security, string fact, IEnumerable<RegisterField> fields)
        {
            var names = fields.Select(f => NaturalNames.ShortTypeName(f.Type) + "." + f.Member).Distinct(StringComparer.Ordinal).ToArray();
            if (names.Length > 0) security.Add(fact + string.Join(", ", names));
        }
    }
}
