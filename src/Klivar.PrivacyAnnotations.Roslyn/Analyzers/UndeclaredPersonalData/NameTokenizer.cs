using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// Splits an identifier into lower-case words: camelCase, PascalCase and acronyms (<c>IPAddress</c> is
    /// <c>ip address</c>), underscores, and the field prefixes <c>_</c> and <c>m_</c>. Digits separate words and are
    /// dropped (<c>AddressLine2</c> is <c>address line</c>). Pure and allocation-light: one string per word.
    /// </summary>
    internal static class NameTokenizer
    {
        public static List<string> Tokenize(string name)
        {
            var words = new List<string>(4);
            var start = 0;
            if (name.StartsWith("m_", System.StringComparison.Ordinal)) start = 2;

            var wordStart = -1;
            for (var i = start; i < name.Length; i++)
            {
                var c = name[i];
                if (!char.IsLetter(c))
                {
                    // '_', digits, '@' and anything else end the current word.
                    Flush(name, ref wordStart, i, words);
                    continue;
                }
                if (wordStart < 0)
                {
                    wordStart = i;
                    continue;
                }
                var previous = name[i - 1];
                if (char.IsUpper(c))
                {
                    // "userName": a capital after a lower-case letter starts a word.
                    if (char.IsLower(previous)) { Flush(name, ref wordStart, i, words); wordStart = i; }
                }
                else if (c == 's' && char.IsUpper(previous) && i - 1 > wordStart && (i + 1 == name.Length || !char.IsLower(name[i + 1])))
                {
                    // "DonorIDs", "JMBGs": an acronym's plural stays one word ("ids"), not "i" + "ds".
                }
                else if (char.IsUpper(previous) && i - 1 > wordStart)
                {
                    // "IPAddress": the last capital of a run starts the next word ("IP" + "Address").
                    Flush(name, ref wordStart, i - 1, words);
                    wordStart = i - 1;
                }
            }
            Flush(name, ref wordStart, name.Length, words);
            return words;
        }

        private static void Flush(string name, ref int wordStart, int end, List<string> words)
        {
            if (wordStart >= 0 && end > wordStart) words.Add(name.Substring(wordStart, end - wordStart).ToLowerInvariant());
            wordStart = -1;
        }
    }
}
