using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Properties;

/// <summary>A personal value to redact; shown escaped so a failing case can be read and replayed.</summary>
public sealed record PersonalValue(string Text)
{
    public override string ToString() => "\"" + Escape(Text) + "\"";

    public static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text) builder.Append(c >= ' ' && c < 0x7f ? c.ToString() : "\\u" + ((int)c).ToString("x4"));
        return builder.ToString();
    }
}

/// <summary>A value made only of characters the redaction templates never use (no <c>*</c>, no lower case, no digits).</summary>
public sealed record ForeignValue(string Text)
{
    public override string ToString() => "\"" + PersonalValue.Escape(Text) + "\"";
}

public static class RedactionArbitraries
{
    // Everything that has broken a mask somewhere: Unicode spaces, controls, surrogates (paired and lone), combining
    // marks, right-to-left text, quotes, the mask's own characters, the e-mail separators.
    private static readonly char[] Hostile =
    {
        ' ', '\t', '\n', '\r', '\u00a0', '\u2007', '\u2028', '\u3000', '\u200b', '\ufeff', '\0', '\u001b', '\u007f',
        '\ud83d', '\ude00', '\ud800', '\udfff', '\u0301', '\u202e', '*', '@', '.', '"', '\'', '\\', '<', '>', '|', ',',
        'é', 'ß', 'İ', 'ı', 'Ω', '中', '٣', 'x', 'Y', '0', '9', '-', '_', '+',
    };

    private static Gen<char> Letter => Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray());

    private static Gen<string> Word(Gen<char> chars, int min, int max) =>
        from length in Gen.Choose(min, max)
        from letters in Gen.ArrayOf(chars, length)
        select new string(letters);

    private static Gen<string> Padding => Gen.Elements("", "", " ", "  ", "\t", "\u00a0", "\n ", " \u3000");

    private static Gen<string> EmailShaped =>
        from local in Word(Gen.Frequency((4, Letter), (1, Gen.Elements(Hostile))), 0, 12)
        from domain in Word(Gen.Frequency((4, Letter), (1, Gen.Elements('.', '-', '@'))), 0, 12)
        from tld in Word(Gen.Frequency((6, Letter), (1, Gen.Elements(Hostile))), 0, 6)
        from dots in Gen.Elements(".", "", "..")
        from before in Padding
        from after in Padding
        select before + local + "@" + domain + dots + tld + after;

    private static Gen<string> Short => Word(Gen.Frequency((3, Letter), (2, Gen.Elements(Hostile))), 0, 5);

    private static Gen<string> Anything => Word(Gen.Frequency((2, Letter), (1, Gen.Elements(Hostile)), (1, Gen.Choose(0, 0xffff).Select(i => (char)i))), 0, 40);

    private static Gen<string> PaddedWord =>
        from before in Padding
        from word in Word(Letter, 1, 20)
        from after in Padding
        select before + word + after;

    private static Gen<string> TemplateLookalike => Gen.Elements(
        "***", "a***", "[redacted]", "hash:0123456789abcdef", "j***@***.com", "null", "****", "@@@@", "a@b.c", "a@b.cd", "@x.com", ".com@");

    public static Arbitrary<PersonalValue> Values() => Arb.From(
        Gen.Frequency((3, EmailShaped), (2, Short), (3, Anything), (2, PaddedWord), (1, TemplateLookalike))
            .Select(text => new PersonalValue(text)));

    // Upper-case letters G-Z, accented capitals, spaces, and the e-mail separators: none of them occurs in
    // "[redacted]", "hash:<hex>", "***" or "null", so whatever the output shares with the value came from the value.
    public static Arbitrary<ForeignValue> ForeignValues() => Arb.From(
        from count in Gen.Choose(1, 8)
        from pieces in Gen.ArrayOf(Gen.OneOf(
            Word(Gen.Elements("GHIJKLMNOPQRSTUVWXYZÉÀÇ".ToCharArray()), 1, 12),
            Gen.Elements(" ", "@", ".", "-", "\u00a0", "\ud83d\ude00")), count)
        select new ForeignValue(string.Concat(pieces)));
}

/// <summary>
/// No redacted output holds the raw value, nor more of it than the mask allows, for every category, every redaction
/// kind, with and without a hash key. Runs alone: the hash key is process-wide.
/// </summary>
[Collection(RedactionKeyCollection.Name)]
[Properties(Arbitrary = new[] { typeof(RedactionArbitraries) }, MaxTest = 300)]
public class RedactionProperties
{
    private static readonly byte[] Key = Enumerable.Range(1, 32).Select(i => (byte)(i * 7)).ToArray();

    // Every declared category and kind, plus values a cast can smuggle in.
    private static readonly DataCategory[] Categories = Enum.GetValues<DataCategory>().Append((DataCategory)999).Append((DataCategory)(-1)).ToArray();
    private static readonly RedactionKind[] Kinds = Enum.GetValues<RedactionKind>().Append((RedactionKind)99).ToArray();

    private static readonly Regex HashShape = new("^hash:[0-9a-f]{16}$", RegexOptions.CultureInvariant);

    // A mask shows one character, then stars; an e-mail mask adds "@***" and at most a dot and three ASCII letters.
    private static readonly Regex MaskShape = new(@"^(?<first>[\s\S])\*\*\*(?:@\*\*\*(?<tld>\.[A-Za-z]{1,3})?)?$", RegexOptions.CultureInvariant);

    [Property]
    public void No_output_reveals_more_than_the_mask_allows_without_a_key(PersonalValue value) => CheckAll(value.Text, keyed: false);

    [Property]
    public void No_output_reveals_more_than_the_mask_allows_with_a_key(PersonalValue value) => CheckAll(value.Text, keyed: true);

    [Property]
    public void Output_shares_no_longer_piece_with_the_value_than_the_mask_allows(ForeignValue value)
    {
        foreach (var keyed in new[] { false, true })
        {
            UseKey(keyed);
            foreach (var category in Categories)
            foreach (var kind in Kinds)
            {
                var output = Redaction.Redact(value.Text, category, kind);
                var shared = LongestCommonSubstring(output, value.Text);
                Assert.True(shared.Length < MaskPieceLimit,
                    $"{category}/{kind}: '{PersonalValue.Escape(output)}' shares '{PersonalValue.Escape(shared)}' with {value}");
                if (value.Text.Trim().Length > 1) Assert.DoesNotContain(value.Text, output);
            }
        }
    }

    [Property]
    public void Any_value_type_is_redacted_through_its_text(long number, DateTime date, decimal amount)
    {
        foreach (var keyed in new[] { false, true })
        {
            UseKey(keyed);
            foreach (var category in Categories)
            foreach (var kind in Kinds)
            {
                foreach (var text in new[] { Redaction.Redact(number, category, kind), Redaction.Redact(date, category, kind), Redaction.Redact(amount, category, kind) })
                    CheckShape(text, keyed, value: null);
                var raw = Convert.ToString(number, System.Globalization.CultureInfo.InvariantCulture)!;
                var output = Redaction.Redact(number, category, kind);
                // A pseudonym's hex digits can contain a short number by chance; its shape is checked above.
                if (raw.Length > 1 && !HashShape.IsMatch(output)) Assert.DoesNotContain(raw, output);
            }
        }
    }

    [Property]
    public void A_keyed_hash_is_a_stable_pseudonym_and_depends_on_the_key(PersonalValue value)
    {
        if (value.Text.Length == 0) return;
        UseKey(true);
        var first = Redaction.Redact(value.Text, DataCategory.Technical, RedactionKind.Hash);
        Assert.Matches(HashShape, first);
        Assert.Equal(first, Redaction.Redact(value.Text, DataCategory.Usage, RedactionKind.Default));
        Redaction.UseHashKey(Key.Reverse().ToArray());
        try
        {
            Assert.NotEqual(first, Redaction.Redact(value.Text, DataCategory.Technical, RedactionKind.Hash));
        }
        finally
        {
            Redaction.ClearHashKey();
        }
    }

    // The longest piece of the value a mask may show in one run: the e-mail's dot and top-level domain.
    private const int MaskPieceLimit = Redaction.MaxMaskedCharacters;

    private static void CheckAll(string value, bool keyed)
    {
        UseKey(keyed);
        foreach (var category in Categories)
        foreach (var kind in Kinds)
        {
            var output = Redaction.Redact(value, category, kind);
            CheckShape(output, keyed, value);
            var revealed = Revealed(output);
            Assert.True(revealed.Sum(p => p.Length) <= Redaction.MaxMaskedCharacters,
                $"{category}/{kind} reveals {revealed.Sum(p => p.Length)} characters of {new PersonalValue(value)}: '{PersonalValue.Escape(output)}'");
            foreach (var piece in revealed)
                Assert.True(value.Contains(piece, StringComparison.Ordinal), $"'{PersonalValue.Escape(piece)}' is not from the value");
            // Less than half of what a reader sees, however short the value; nothing of a value under four characters.
            var visible = value.Count(c => !char.IsWhiteSpace(c));
            Assert.True(revealed.Sum(p => p.Length) * 2 < visible || revealed.Count == 0,
                $"{category}/{kind} reveals half or more of {new PersonalValue(value)}: '{PersonalValue.Escape(output)}'");
            if (visible < 4) Assert.Empty(revealed);
            // Half a surrogate pair, a control or a formatting character says nothing to a reader and garbles logs.
            foreach (var piece in revealed)
                Assert.False(piece.Any(c => char.IsSurrogate(c) || char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format),
                    $"unprintable character shown: '{PersonalValue.Escape(output)}'");
            // A category the library does not know (a cast from a number) gets the safest default: erased.
            if (kind == RedactionKind.Default && !DataCategoryFacts.IsDefined(category) && value.Length > 0)
                Assert.Equal(Redaction.Erased, output);
        }
    }

    private static void CheckShape(string output, bool keyed, string? value)
    {
        if (value is not null && value.Length == 0)
        {
            Assert.Equal("", output);
            return;
        }
        var known = output == Redaction.Erased || output == "***" || MaskShape.IsMatch(output) || (keyed && HashShape.IsMatch(output));
        Assert.True(known, $"unexpected redacted form '{PersonalValue.Escape(output)}' (keyed: {keyed})");
    }

    private static List<string> Revealed(string output)
    {
        var match = MaskShape.Match(output);
        var pieces = new List<string>();
        if (!match.Success) return pieces;
        pieces.Add(match.Groups["first"].Value);
        if (match.Groups["tld"].Success) pieces.Add(match.Groups["tld"].Value);
        return pieces;
    }

    private static void UseKey(bool keyed)
    {
        if (keyed) Redaction.UseHashKey(Key);
        else Redaction.ClearHashKey();
    }

    private static string LongestCommonSubstring(string a, string b)
    {
        var best = "";
        for (var i = 0; i < a.Length; i++)
        for (var j = 0; j < b.Length; j++)
        {
            var length = 0;
            while (i + length < a.Length && j + length < b.Length && a[i + length] == b[j + length]) length++;
            if (length > best.Length) best = a.Substring(i, length);
        }
        return best;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RedactionKeyCollection
{
    public const string Name = "redaction hash key";
}
