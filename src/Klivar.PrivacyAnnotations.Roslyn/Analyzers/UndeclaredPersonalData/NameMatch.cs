namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>Why a member looks like personal data: the guessed category and the words that matched.</summary>
    internal readonly struct NameMatch
    {
        public NameMatch(DataCategory category, string words)
        {
            Category = category;
            Words = words;
        }

        public DataCategory Category { get; }

        /// <summary>The matched words, lower-case and space-separated (<c>date of birth</c>).</summary>
        public string Words { get; }

        public override string ToString() => Category + ": " + Words;

        /// <summary>Both null, or the same category for the same words.</summary>
        public static bool SameVerdict(NameMatch? a, NameMatch? b) =>
            a is not { } x ? b is null : b is { } y && x.Category == y.Category && x.Words == y.Words;
    }
}
