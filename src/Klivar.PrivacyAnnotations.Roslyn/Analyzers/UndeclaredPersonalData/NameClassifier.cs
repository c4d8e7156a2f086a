using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// Decides from names alone whether a member looks like personal data: the pure heart of KPA0001, free of Roslyn so
    /// it can be unit-tested word by word. <see cref="Default"/> holds the built-in dictionaries; <see cref="Create"/>
    /// adds a repository's <c>.editorconfig</c> words. Instances are immutable and safe to share between threads.
    /// </summary>
    internal sealed class NameClassifier
    {
        /// <summary>The built-in dictionaries with no repository settings.</summary>
        public static readonly NameClassifier Default = new NameClassifier(Array.Empty<VocabularyEntry>(), Array.Empty<string[]>(), Array.Empty<string>());

        private readonly Dictionary<string, VocabularyEntry[]> _entriesByFirstWord;
        private readonly string[][] _excludedPhrases;
        private readonly HashSet<string> _personWords;
        private readonly HashSet<string> _knownWords;

        private NameClassifier(IReadOnlyList<VocabularyEntry> extraEntries, string[][] excludedPhrases, IReadOnlyList<string> extraPersonWords)
        {
            // Repository words come first so they can re-map a built-in phrase; longer phrases first so "ip address"
            // wins over "address".
            _entriesByFirstWord = extraEntries.Concat(PersonalDataVocabulary.Entries)
                .Select((entry, order) => (entry, order))
                .GroupBy(x => x.entry.Words[0], StringComparer.Ordinal)
                .ToDictionary(
                    g => g.Key,
                    g => g.OrderByDescending(x => x.entry.Words.Length).ThenBy(x => x.order).Select(x => x.entry).ToArray(),
                    StringComparer.Ordinal);
            _excludedPhrases = excludedPhrases;
            _personWords = new HashSet<string>(PersonalDataVocabulary.PersonWords, StringComparer.Ordinal);
            _personWords.UnionWith(extraPersonWords);
            _knownWords = new HashSet<string>(PersonalDataVocabulary.KnownWords, StringComparer.Ordinal);
            foreach (var entry in extraEntries) _knownWords.UnionWith(entry.Words);
            foreach (var phrase in excludedPhrases) _knownWords.UnionWith(phrase);
            _knownWords.UnionWith(extraPersonWords);
        }

        /// <summary>
        /// Builds a classifier from the <c>.editorconfig</c> values (each may be null). Entries are separated by commas;
        /// words may be written in any case style (<c>LicencePlate</c>, <c>licence plate</c>, <c>licence_plate</c>).
        /// </summary>
        /// <param name="extraTokens">Extra strong phrases, each optionally followed by <c>:DataCategory</c> (default Identification; an unknown category also falls back to Identification).</param>
        /// <param name="excludedTokens">Phrases that, anywhere in a member name, mean the member is never reported.</param>
        /// <param name="personTypes">Extra words that make a type name person-like, and a member-name word about a person.</param>
        public static NameClassifier Create(string? extraTokens, string? excludedTokens, string? personTypes)
        {
            if (string.IsNullOrWhiteSpace(extraTokens) && string.IsNullOrWhiteSpace(excludedTokens) && string.IsNullOrWhiteSpace(personTypes))
                return Default;

            var extra = new List<VocabularyEntry>();
            foreach (var item in SplitList(extraTokens))
            {
                var colon = item.LastIndexOf(':');
                var phrase = colon >= 0 ? item.Substring(0, colon) : item;
                var category = DataCategory.Identification;
                if (colon >= 0 && Enum.TryParse<DataCategory>(item.Substring(colon + 1).Trim(), ignoreCase: true, out var parsed) && DataCategoryFacts.IsDefined(parsed))
                    category = parsed;
                var words = PhraseWords(phrase);
                if (words.Length == 0) continue;
                var kinds = DataCategoryFacts.IsSpecial(category)
                    ? ValueKind.Text | ValueKind.TextCollection | ValueKind.Number | ValueKind.Date | ValueKind.Bool | ValueKind.Enum | ValueKind.Bytes
                    : ValueKind.Text | ValueKind.TextCollection | ValueKind.Number | ValueKind.Date | ValueKind.Enum | ValueKind.Bytes | ValueKind.Guid;
                extra.Add(new VocabularyEntry(words, category, WordStrength.Strong, kinds));
            }

            var excluded = SplitList(excludedTokens).Select(PhraseWords).Where(w => w.Length > 0).ToArray();
            var persons = SplitList(personTypes).SelectMany(PhraseWords).ToArray();
            return new NameClassifier(extra, excluded, persons);
        }

        /// <summary>
        /// How a type's name frames its members. <paramref name="baseTypeNames"/> (the base classes' names) can make a
        /// type person-like (<c>AppUser : IdentityUser</c>) but never exclude it.
        /// </summary>
        public TypeContext ClassifyType(string typeName, IEnumerable<string>? baseTypeNames = null)
        {
            var words = Normalize(typeName, dropPrefix: false);
            if (words.Count == 0) return TypeContext.Neutral;

            var person = false;
            var nonPerson = false;
            var address = false;
            foreach (var word in words)
            {
                if (PersonalDataVocabulary.SettingsTypeWords.Contains(word)) return TypeContext.NotDataHolder;
                person |= _personWords.Contains(word);
                nonPerson |= PersonalDataVocabulary.NonPersonTypeWords.Contains(word);
                address |= word == "address";
            }
            if (PersonalDataVocabulary.ServiceTypeLastWords.Contains(words[words.Count - 1])) return TypeContext.NotDataHolder;

            // An address value object (Address, PostalAddress) is a person's address unless its name says whose it is
            // not (WarehouseAddress): its City and Country count like its Street does.
            if (address && !nonPerson) return TypeContext.PersonLike;

            if (IsAboutAThing(words)) person = false;

            if (!person && baseTypeNames is not null)
            {
                foreach (var baseName in baseTypeNames)
                {
                    var baseWords = Normalize(baseName, dropPrefix: false);
                    if (baseWords.Count == 0 || IsAboutAThing(baseWords)) continue;
                    foreach (var word in baseWords)
                        person |= _personWords.Contains(word);
                }
            }
            if (person) return TypeContext.PersonLike;
            return nonPerson ? TypeContext.NotDataHolder : TypeContext.Neutral;
        }

        /// <summary>The first dictionary phrase in <paramref name="memberName"/> that counts here, or null.</summary>
        public NameMatch? Classify(string memberName, TypeContext context, ValueKind kind)
        {
            if (context == TypeContext.NotDataHolder || kind == ValueKind.None || kind == ValueKind.Other) return null;

            var words = Normalize(memberName, dropPrefix: true);
            if (words.Count == 0) return null;
            foreach (var phrase in _excludedPhrases)
            {
                if (IndexOf(words, phrase) >= 0) return null;
            }

            var hasModifier = false;
            foreach (var word in words) hasModifier |= PersonalDataVocabulary.ModifierWords.Contains(word);

            var i = 0;
            while (i < words.Count)
            {
                var entry = LongestAt(words, i);
                if (entry is null)
                {
                    i++;
                    continue;
                }
                if (entry.Category is { } category &&
                    (entry.Kinds & kind) != 0 &&
                    (!hasModifier || DataCategoryFacts.IsSpecial(category)) &&
                    Counts(entry.Strength, words, i, context))
                {
                    return new NameMatch(category, entry.Text);
                }
                i += entry.Words.Length;
            }
            return null;
        }

        /// <summary>
        /// Lower-case words of a name, plurals folded to a known singular (<c>Addresses</c> is <c>address</c>), and for
        /// member names a leading <c>is</c>/<c>has</c>/<c>get</c>/<c>set</c> dropped.
        /// </summary>
        public List<string> Normalize(string name, bool dropPrefix)
        {
            var words = NameTokenizer.Tokenize(name);
            for (var i = 0; i < words.Count; i++) words[i] = Singular(words[i]);
            if (dropPrefix && words.Count > 1 && PersonalDataVocabulary.DroppedPrefixes.Contains(words[0])) words.RemoveAt(0);
            return words;
        }

        /// <summary>True when the head noun (the last word before suffixes such as Dto) names a thing: <c>UserRole</c>, <c>CustomerTypeDto</c>.</summary>
        private static bool IsAboutAThing(List<string> words)
        {
            for (var i = words.Count - 1; i >= 0; i--)
            {
                if (PersonalDataVocabulary.TypeSuffixWords.Contains(words[i]) && i > 0) continue;
                return PersonalDataVocabulary.ThingHeadWords.Contains(words[i]);
            }
            return false;
        }

        private bool Counts(WordStrength strength, List<string> words, int index, TypeContext context)
        {
            if (strength == WordStrength.Strong) return true;
            var previous = index > 0 ? words[index - 1] : null;
            if (strength == WordStrength.AfterPersonWord) return previous is not null && _personWords.Contains(previous);

            // Ambiguous: "Name" on a Customer, "RecipientName" or "ShippingCity" anywhere, "DisplayName" on a User;
            // never "ProductName", "CompanyName" or "FileName".
            if (previous is null) return context == TypeContext.PersonLike;
            if (_personWords.Contains(previous) || PersonalDataVocabulary.PersonContextWords.Contains(previous)) return true;
            return context == TypeContext.PersonLike && PersonalDataVocabulary.QualifierWords.Contains(previous);
        }

        private VocabularyEntry? LongestAt(List<string> words, int index)
        {
            if (!_entriesByFirstWord.TryGetValue(words[index], out var candidates)) return null;
            foreach (var candidate in candidates)
            {
                if (StartsWith(words, index, candidate.Words)) return candidate;
            }
            return null;
        }

        private string Singular(string word)
        {
            if (_knownWords.Contains(word)) return word;
            if (word.Length > 4 && word.EndsWith("ies", StringComparison.Ordinal))
            {
                var y = word.Substring(0, word.Length - 3) + "y";
                if (_knownWords.Contains(y)) return y;
            }
            if (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal))
            {
                var e = word.Substring(0, word.Length - 2);
                if (_knownWords.Contains(e)) return e;
            }
            if (word.Length > 2 && word[word.Length - 1] == 's')
            {
                var s = word.Substring(0, word.Length - 1);
                if (_knownWords.Contains(s)) return s;
            }
            return word;
        }

        private static int IndexOf(List<string> words, string[] phrase)
        {
            for (var i = 0; i + phrase.Length <= words.Count; i++)
            {
                if (StartsWith(words, i, phrase)) return i;
            }
            return -1;
        }

        private static bool StartsWith(List<string> words, int index, string[] phrase)
        {
            if (index + phrase.Length > words.Count) return false;
            for (var j = 0; j < phrase.Length; j++)
            {
                if (!string.Equals(words[index + j], phrase[j], StringComparison.Ordinal)) return false;
            }
            return true;
        }

        private static IEnumerable<string> SplitList(string? value) =>
            value is null
                ? Enumerable.Empty<string>()
                : value.Split(',').Select(s => s.Trim()).Where(s => s.Length > 0);

        private static string[] PhraseWords(string phrase) =>
            phrase.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries).SelectMany(NameTokenizer.Tokenize).ToArray();
    }
}
