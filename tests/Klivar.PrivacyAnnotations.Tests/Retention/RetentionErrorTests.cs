using System.Text;
using Klivar.PrivacyAnnotations;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Retention;

public class RetentionErrorTests
{
    private const string Start = "a retention period such as 1y, 30d, P1Y, 'during contract' or 'calendar-year of request'";
    private const string Unit = "a unit (y, m, w, d)";
    private const string End = "end of text";

    private static RetentionParseError Fails(string? text)
    {
        var ok = RetentionPolicy.TryParse(text, out var policy, out var error);
        Assert.False(ok, $"'{text}' parsed as '{policy}'");
        Assert.Null(policy);
        Assert.NotNull(error);
        return error!;
    }

    [Theory]
    [InlineData("3 bananas", 2, 7, Unit, "bananas")]
    [InlineData("", 0, 0, Start, End)]
    [InlineData("   ", 0, 3, Start, End)]
    [InlineData("y", 0, 1, Start, "y")]
    [InlineData("pending", 0, 7, Start, "pending")]
    [InlineData("1", 1, 0, Unit, End)]
    [InlineData("1x", 1, 1, Unit, "x")]
    [InlineData("1y2", 3, 0, Unit, End)]
    [InlineData("1 after", 2, 5, Unit, "after")]
    [InlineData("-1y", 0, 1, "a number without a sign (1y, 30d)", "-")]
    [InlineData("+1y", 0, 1, "a number without a sign (1y, 30d)", "+")]
    [InlineData("0d", 0, 2, "a positive period (at least 1 day)", "0d")]
    [InlineData("0y0m", 0, 4, "a positive period (at least 1 day)", "0y0m")]
    [InlineData("101y", 0, 4, "a period of at most 100 years", "101y")]
    [InlineData("36501d", 0, 6, "a period of at most 100 years", "36501d")]
    [InlineData("99y13m", 0, 6, "a period of at most 100 years", "99y13m")]
    [InlineData("99999999999999999999y", 0, 21, "a period of at most 100 years", "99999999999999999999y")]
    [InlineData("P", 1, 0, "a number after 'P' (P1Y, P6M, P2W, P30D)", End)]
    [InlineData("P1", 2, 0, "a unit (Y, M, W, D)", End)]
    [InlineData("P1H", 2, 1, "a unit (Y, M, W, D)", "H")]
    [InlineData("PT1H", 1, 3, "a date-only ISO 8601 period (Y, M, W, D); a time part such as PT1H is not a retention period", "T1H")]
    [InlineData("P1DT1H", 3, 3, "a date-only ISO 8601 period (Y, M, W, D); a time part such as PT1H is not a retention period", "T1H")]
    [InlineData("1y after", 8, 0, "an event name after 'after'", End)]
    [InlineData("1y after 3", 9, 1, "an event name after 'after'", "3")]
    [InlineData("1y after unless", 9, 6, "an event name after 'after'", "unless")]
    [InlineData("1y after contr\u00e2t", 9, 7, "an event name after 'after' (letters a-z, digits and '-', starting with a letter)", "contr\u00e2t")]
    [InlineData("1y after last_contact", 9, 12, "an event name after 'after' (letters a-z, digits and '-', starting with a letter)", "last_contact")]
    [InlineData("during", 6, 0, "an event name after 'during'", End)]
    [InlineData("during collection", 7, 10, "an event other than 'collection' after 'during'", "collection")]
    [InlineData("during contract + 5y", 20, 0, "'archive' after the archive period", End)]
    [InlineData("during contract + 5y archives", 21, 8, "'archive' after the archive period", "archives")]
    [InlineData("during contract + archive", 18, 7, "a number or an ISO 8601 period (P1Y)", "archive")]
    [InlineData("during contract +", 17, 0, "a number or an ISO 8601 period (P1Y)", End)]
    [InlineData("calendar-year request", 14, 7, "'of' after 'calendar-year'", "request")]
    [InlineData("calendar-year of", 16, 0, "an event name after 'of'", End)]
    [InlineData("1y unless", 9, 0, "an event name after 'unless'", End)]
    [InlineData("1y unless collection", 10, 10, "an event other than 'collection' after 'unless'", "collection")]
    [InlineData("1y 2y", 3, 2, "each unit at most once ('y' is already given)", "2y")]
    [InlineData("1y1y", 2, 2, "each unit at most once ('y' is already given)", "1y")]
    [InlineData("1d1y", 2, 2, "units in the order y, m, w, d ('y' must come before 'd')", "1y")]
    [InlineData("P1D1Y", 3, 2, "units in the order y, m, w, d ('y' must come before 'd')", "1Y")]
    [InlineData("1y foo", 3, 3, "'after', '+', 'then', 'unless' or end of text", "foo")]
    [InlineData("1yP6M", 1, 4, Unit, "yP6M")]
    [InlineData("1yr", 1, 2, Unit, "yr")]
    [InlineData("P1YM", 3, 1, "a number or the end of the ISO 8601 period", "M")]
    [InlineData("P1Y6", 4, 0, "a unit (Y, M, W, D)", End)]
    [InlineData("1y after collection after x", 20, 5, "'+', 'then', 'unless' or end of text", "after")]
    [InlineData("during contract foo", 16, 3, "'+', 'then', 'unless' or end of text", "foo")]
    [InlineData("during contract + 1y archive archive", 29, 7, "'for', 'unless' or end of text", "archive")]
    [InlineData("1y unless a b", 12, 1, "end of text", "b")]
    [InlineData("1y;", 2, 1, "'after', '+', 'then', 'unless' or end of text", ";")]
    [InlineData("\uff11y", 0, 2, Start, "\uff11y")] // a full-width digit is not a number
    public void Error_HasPositionExpectedAndFound(string text, int position, int length, string expected, string found)
    {
        var error = Fails(text);
        Assert.Equal(position, error.Position);
        Assert.Equal(length, error.Length);
        Assert.Equal(expected, error.Expected);
        Assert.Equal(found, error.Found);
    }

    private const string Examples = " Valid rules look like '1y', '3y after last-contact' or 'during contract + 10y archive'.";

    [Fact]
    public void Message_CountsCharactersFromOne_AndShowsValidRules()
    {
        // A reader counts from 1 ("3 bananas": 'b' is the third character); Position stays a 0-based index.
        Assert.Equal("Retention '3 bananas': at character 3, expected a unit (y, m, w, d) but found 'bananas'." + Examples, Fails("3 bananas").Message);
        Assert.Equal("Retention '1y after': at character 9, expected an event name after 'after' but found end of text." + Examples, Fails("1y after").Message);
        Assert.Equal("Retention '': at character 1, expected " + Start + " but found end of text." + Examples, Fails("").Message);
        Assert.Equal(2, Fails("3 bananas").Position);
        foreach (var example in new[] { "1y", "3y after last-contact", "during contract + 10y archive" })
            Assert.True(RetentionPolicy.TryParse(example, out _), example + " is shown as a valid rule but does not parse");
    }

    [Fact]
    public void Null_IsAnErrorAtPositionZero()
    {
        var error = Fails(null);
        Assert.Equal(0, error.Position);
        Assert.Equal(Start, error.Expected);
        Assert.False(RetentionPolicy.TryParse(null, out var policy));
        Assert.Null(policy);
    }

    [Fact]
    public void Parse_ThrowsFormatExceptionCarryingTheError()
    {
        var exception = Assert.Throws<RetentionFormatException>(() => RetentionPolicy.Parse("3 bananas"));
        Assert.IsAssignableFrom<FormatException>(exception);
        Assert.Equal(2, exception.Error.Position);
        Assert.Equal(exception.Error.Message, exception.Message);
        Assert.Throws<ArgumentNullException>(() => RetentionPolicy.Parse(null!));
    }

    [Fact]
    public void ControlCharacters_AreErrors_ShownEscaped()
    {
        var bell = Fails("1y\u0007");
        Assert.Equal(2, bell.Position);
        Assert.Equal(1, bell.Length);
        Assert.Equal("\\u0007", bell.Found);
        Assert.Equal("Retention '1y\\u0007': at character 3, expected 'after', '+', 'then', 'unless' or end of text but found '\\u0007'." + Examples, bell.Message);

        var nul = Fails("\u0000during contract");
        Assert.Equal(0, nul.Position);
        Assert.Equal("\\u0000", nul.Found);
        Assert.DoesNotContain('\u0000', nul.Message);

        var escape = Fails("during \u001b[31mcontract");
        Assert.Equal(7, escape.Position);
        Assert.DoesNotContain('\u001b', escape.Message);
    }

    [Fact]
    public void WhitespaceControlCharacters_SeparateTokens()
    {
        Assert.Equal("1y after contact", RetentionPolicy.Parse("1y\r\n\tafter\vcontact").ToString());
    }

    [Fact]
    public void LoneSurrogate_IsAnError()
    {
        var error = Fails("1y \ud800");
        Assert.Equal(3, error.Position);
        Assert.Equal("\\ud800", error.Found);
    }

    [Theory]
    [InlineData('a')]
    [InlineData('9')]
    [InlineData(' ')]
    [InlineData('-')]
    [InlineData('\u0001')]
    public void HundredThousandCharacters_IsAnError_NotAnException(char filler)
    {
        var error = Fails(new string(filler, 100_000));
        Assert.True(error.Message.Length < 400, error.Message);
        Assert.True(error.Found.Length <= 48, error.Found);
    }

    [Fact]
    public void HugeInputsInEveryPosition_AreErrors()
    {
        var big = new string('x', 100_000);
        Assert.Equal("an event name of at most 64 characters after 'after'", Fails("1y after " + big).Expected);
        Assert.Equal(100_000, Fails("1y after " + big).Length);
        Assert.Equal("a period of at most 100 years", Fails(new string('9', 100_000) + "y").Expected);
        Assert.Equal(Unit, Fails("1" + big).Expected);
        Assert.Equal("'after', '+', 'then', 'unless' or end of text", Fails("1y " + big).Expected);
        Assert.Equal(Start, Fails(new string(' ', 50_000) + big).Expected);
        var repeated = new StringBuilder().Insert(0, "1y", 50_000).ToString();
        Assert.Equal("each unit at most once ('y' is already given)", Fails(repeated).Expected);
    }

    [Fact]
    public void LongestEventName_IsAccepted()
    {
        var name = new string('e', 64);
        Assert.Equal(name, RetentionPolicy.Parse("1y after " + name).Anchor);
        Fails("1y after " + name + "e");
    }
}
