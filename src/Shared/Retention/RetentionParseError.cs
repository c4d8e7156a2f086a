using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Why a retention text failed to parse: the position of the offending token, what the parser expected there and
    /// what it found. <see cref="Position"/> is a 0-based index into the text, so an analyzer can underline the token;
    /// the <see cref="Message"/> counts characters from 1, as a reader does.
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RetentionParseError
    {
        private const int MaxEchoedText = 60;
        private const int MaxEchoedToken = 40;

        internal RetentionParseError(string? text, int position, int length, string expected, string found)
        {
            Position = position;
            Length = length;
            Expected = expected;
            Found = found;
            EchoedText = Echo(text ?? string.Empty, MaxEchoedText);
            Detail = "at character " + (position + 1).ToString(CultureInfo.InvariantCulture) + ", expected " + expected + " but found " +
                     (found == EndOfText ? EndOfText : "'" + found + "'");
            Message = "Retention '" + EchoedText + "': " + Detail + ". " + ValidExamples + ".";
        }

        internal const string EndOfText = "end of text";

        /// <summary>What a reader can copy: shown after every parse error.</summary>
        internal const string ValidExamples = "Valid rules look like '1y', '3y after last-contact' or 'during contract + 10y archive'";

        /// <summary>The text as messages show it: control characters escaped, cut after about 60 characters.</summary>
        internal string EchoedText { get; }

        /// <summary><c>at character 3, expected a unit (y, m, w, d) but found 'bananas'</c>: the message without the text.</summary>
        internal string Detail { get; }

        /// <summary>The 0-based index in the text where the offending token starts.</summary>
        public int Position { get; }

        /// <summary>
        /// The length of the offending token in the text: at least 1 when there is a token, 0 at the end of the text.
        /// </summary>
        public int Length { get; }

        /// <summary>What the parser expected at <see cref="Position"/>, e.g. <c>a unit (y, m, w, d)</c>.</summary>
        public string Expected { get; }

        /// <summary>
        /// The offending token, or <c>end of text</c>. Control characters are shown escaped (<c>\u0007</c>) and a
        /// token is cut short with <c>...</c> after about 40 characters; <see cref="Length"/> is the real length.
        /// </summary>
        public string Found { get; }

        /// <summary>
        /// The whole error, e.g. <c>Retention '3 bananas': at character 3, expected a unit (y, m, w, d) but found
        /// 'bananas'. Valid rules look like '1y', '3y after last-contact' or 'during contract + 10y archive'.</c>
        /// Characters are counted from 1; the text is echoed with control characters escaped, cut after about 60 characters.
        /// </summary>
        public string Message { get; }

        /// <summary>The <see cref="Message"/>.</summary>
        public override string ToString() => Message;

        // Shown in messages and IDE tooltips: escape what would corrupt a line, cut what would flood it.
        internal static string Echo(string text, int max)
        {
            var builder = new StringBuilder();
            var i = 0;
            for (; i < text.Length && builder.Length < max; i++)
            {
                var c = text[i];
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    builder.Append(c).Append(text[++i]);
                else if (char.IsControl(c) || char.IsSurrogate(c))
                    builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                else
                    builder.Append(c);
            }
            if (i < text.Length) builder.Append("...");
            return builder.ToString();
        }

        internal static string EchoToken(string token) => Echo(token, MaxEchoedToken);
    }
}
