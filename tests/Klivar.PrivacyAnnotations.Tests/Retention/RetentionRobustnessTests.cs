using System.Text;
using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

// The Roslyn component parses whatever a user typed inside the compiler: TryParse must never throw, every failure
// must carry a sane error, and every success must round-trip through its canonical text.
public class RetentionRobustnessTests
{
    private static readonly string[] Pieces =
    {
        "1", "0", "12", "99999999999", "y", "m", "w", "d", "Y", "P", "T", "p", "H", " ", "  ", "\t", "+", "-", "after",
        "during", "calendar-year", "of", "then", "archive", "unless", "contract", "last-contact", "collection", "\u0000",
        "\u0130", "\ud800", "\ud83d\ude00", "\u00e2", ";", "\"", "'", "\n", "_", "x",
    };

    [Fact]
    public void RandomTexts_NeverThrow_AndSucceedOrReportAnError()
    {
        var random = new Random(20260315);
        for (var run = 0; run < 20_000; run++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 9);
            for (var i = 0; i < count; i++) Check(builder.Append(Pieces[random.Next(Pieces.Length)]).ToString());
        }
    }

    [Fact]
    public void RandomCharacters_NeverThrow()
    {
        var random = new Random(42);
        for (var run = 0; run < 5_000; run++)
        {
            var chars = new char[random.Next(0, 30)];
            for (var i = 0; i < chars.Length; i++) chars[i] = (char)random.Next(0, 0x10000);
            Check(new string(chars));
        }
    }

    private static void Check(string text)
    {
        if (RetentionPolicy.TryParse(text, out var policy, out var error))
        {
            Assert.Null(error);
            var canonical = policy!.ToString();
            Assert.True(RetentionPolicy.TryParse(canonical, out var again), canonical);
            Assert.Equal(policy, again);
            Assert.Equal(canonical, again!.ToString());
            Assert.False(string.IsNullOrEmpty(policy.Describe()));
        }
        else
        {
            Assert.Null(policy);
            Assert.NotNull(error);
            Assert.InRange(error!.Position, 0, text.Length);
            Assert.InRange(error.Length, 0, text.Length - error.Position);
            Assert.False(string.IsNullOrEmpty(error.Expected));
            Assert.False(string.IsNullOrEmpty(error.Found));
            Assert.StartsWith("Retention '", error.Message, StringComparison.Ordinal);
            foreach (var c in error.Message) Assert.False(char.IsControl(c), error.Message);
        }
    }
}
