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

        private static byte[]? s_hashKey;

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
            s_hashKey = (byte[])key.Clone();
        }

        /// <summary>Forgets the hash key: hashed values are erased again.</summary>
        public static void ClearHashKey() => s_hashKey = null;

        /// <summary>Redacts a text value the way its category asks, or as <paramref name="kind"/> overrides.</summary>
        /// <returns>A text that holds none of the value but what the mask allows; an empty value stays empty.</returns>
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
        public static string Redact<T>(T value, DataCategory category, RedactionKind kind = RedactionKind.Default) =>
            value is null ? "null" : Redact(Convert.ToString(value, CultureInfo.InvariantCulture), category, kind);

        /// <summary>
        /// Keeps enough for a person to recognise the value and no more: <c>jane.doe@example.com</c> becomes
        /// <c>j***@***.com</c>, <c>Dupont-Lefebvre</c> becomes <c>D***</c>; a value shorter than four characters becomes
        /// <c>***</c>.
        /// </summary>
        public static string Mask(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            var trimmed = value.Trim();
            if (trimmed.Length < 4 || char.IsSurrogate(trimmed[0])) return "***";
            var at = trimmed.IndexOf('@');
            if (at > 0)
            {
                var dot = trimmed.LastIndexOf('.');
                var topLevel = dot > at && trimmed.Length - dot <= MaxMaskedCharacters - 1 && IsAsciiLetters(trimmed, dot + 1) ? trimmed.Substring(dot) : "";
                return trimmed[0] + "***@***" + topLevel;
            }
            return trimmed[0] + "***";
        }

        /// <summary>A stable pseudonym: <c>hash:</c> and 16 hex digits of HMAC-SHA256 under the configured key; erased when no key is set.</summary>
        public static string Hash(string value)
        {
            if (value is null) throw new ArgumentNullException(nameof(value));
            var key = s_hashKey;
            if (key is null) return Erased;
            using var hmac = new HMACSHA256(key);
            var digest = hmac.ComputeHash(Encoding.UTF8.GetBytes(value));
            var hex = new StringBuilder("hash:", 21);
            for (var i = 0; i < 8; i++) hex.Append(digest[i].ToString("x2", CultureInfo.InvariantCulture));
            return hex.ToString();
        }

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
