using System;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Hides personal values before they reach a log, a console, an exception message or any other output. The
    /// generated <c>ToRedactedString()</c> and <c>Redacted()</c> helpers call it for every personal member; call it
    /// yourself for a single value: <c>Redaction.Redact(user.Email, DataCategory.Contact)</c>.
    /// </summary>
    public static class Redaction
    {
        /// <summary>What an erased value becomes.</summary>
        public const string Erased = "[redacted]";

        /// <summary>The most characters of a value a mask ever shows (first character, and for e-mail the top-level domain).</summary>
        public const int MaxMaskedCharacters = 5;

        private static byte[]? CurrentHashKey;

        /// <summary>
        /// Sets the secret key of <see cref="RedactionKind.Hash"/> (HMAC-SHA256), at start-up, from a secret store. Until
        /// a key is set, values that would be hashed are erased instead: an unkeyed hash of an IP address or an e-mail
        /// is reversible by trying every candidate.
        /// </summary>
        /// <param name="key">At least 16 bytes of secret key material.</param>
        public static void UseHashKey(byte[] key)
        {
            if (key is null) throw new ArgumentNullException(nameof(key));
            if (key.Length < 16) throw new ArgumentException("A redaction hash key needs at least 16 bytes.", nameof(key));
            CurrentHashKey = (byte[])key.Clone();
        }

        /// <summary>Forgets the hash key: hashed values are erased again.</summary>
        public static void ClearHashKey() => CurrentHashKey = null;

        /// <summary>Redacts a text value the way its category asks, or as <paramref name="kind"/> overrides.</summary>
        /// <returns>A text that holds none of the value but what the mask allows; an empty value stays empty.</returns>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
            Justification = "Redact(text) and Redact<T>(value) are one call for users and generated code; kind is optional in both since the first release.")]
        public static string Redact(string? value, DataCategory category, RedactionKind kind = RedactionKind.Default)
        {
            if (value is null) return "null";
            if (value.Length == 0) return "";
            var effective = kind == RedactionKind.Default ? DataCategoryFacts.DefaultRedaction(category) : kind;
            switch (effective)
            {
                case RedactionKind.Mask: return Mask(value);
                case RedactionKind.Hash: return Hash(value);
                default: return Erased;
            }
        }

        /// <summary>Redacts any value through its invariant text form.</summary>
        [System.Diagnostics.CodeAnalysis.SuppressMessage("ApiDesign", "RS0026:Do not add multiple public overloads with optional parameters",
            Justification = "Redact(text) and Redact<T>(value) are one call for users and generated code; kind is optional in both since the first release.")]
        public static string Redact<T>(T value, DataCategory category, RedactionKind kind = RedactionKind.Default) =>
            value is null ? "null" : Redact(Convert.ToString(value, CultureInfo.InvariantCulture), category, kind);

        /// <summary>
        /// Keeps enough for a person to recognise the value and no more: <c>jane.doe@example.com</c> becomes
        /// <c>j***@***.com</c>, <c>Dupont-Lefebvre</c> becomes <c>D***</c>. A value with fewer than four visible
        /// (non-white-space) characters becomes <c>***</c>, a mask never shows half of the visible characters or more
        /// (<c>jo@x.io</c> becomes <c>j***@***</c>), and a first character that cannot be shown on its own (half of a
        /// surrogate pair, a control or formatting character) is not shown.
        /// </summary>
        public static string Mask(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            var trimmed = value.Trim();
            // Count visible characters, not UTF-16 units: "a  b" is a two-letter value, too short to show a letter of.
            var visible = VisibleLength(trimmed);
            if (visible < 4 || !IsShowable(trimmed[0])) return "***";
            var at = trimmed.IndexOf('@');
            if (at > 0)
            {
                var dot = trimmed.LastIndexOf('.');
                var topLevel = dot > at && trimmed.Length - dot <= MaxMaskedCharacters - 1 && IsAsciiLetters(trimmed, dot + 1) ? trimmed.Substring(dot) : "";
                // A short address would show most of itself ("a@b.io" as "a***@***.io"): keep the domain hidden then.
                if ((1 + topLevel.Length) * 2 >= visible) topLevel = "";
                return trimmed[0] + "***@***" + topLevel;
            }
            return trimmed[0] + "***";
        }

        /// <summary>A stable pseudonym: <c>hash:</c> and 16 hex digits of HMAC-SHA256 under the configured key; erased when no key is set.</summary>
        public static string Hash(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            var key = CurrentHashKey;
            if (key is null) return Erased;
            using var hmac = new HMACSHA256(key);
            var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
            var hex = new StringBuilder("hash:", 21);
            for (var i = 0; i < 8; i++) hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
            return hex.ToString();
        }

        private static int VisibleLength(string text)
        {
            var count = 0;
            foreach (var c in text)
            {
                if (!char.IsWhiteSpace(c)) count++;
            }
            return count;
        }

        // Half a surrogate pair is not a character; a control or formatting character (an escape, a right-to-left
        // override, a zero-width space) would say nothing to a reader and can garble the log it lands in.
        private static bool IsShowable(char c) =>
            !char.IsSurrogate(c) && !char.IsControl(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.Format;

        private static bool IsAsciiLetters(string text, int start)
        {
            if (start >= text.Length) return false;
            for (var i = start; i < text.Length; i++)
            {
                var c = text[i];
                if (!(c >= 'a' && c <= 'z') && !(c >= 'A' && c <= 'Z')) return false;
            }
            return true;
        }
    }
}
