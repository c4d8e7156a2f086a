using System;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Escapes attribute text for Markdown: whatever a team writes (pipes, HTML, newlines, control characters), it
    /// stays text: one table cell, one line, no raw HTML, no accidental emphasis or links.
    /// </summary>
    internal static class MarkdownText
    {
        public static string Escape(string? text)
        {
            if (string.IsNullOrEmpty(text)) return "";
            return OneLine(text!, static (builder, c) =>
            {
                switch (c)
                {
                    case '\\': case '`': case '*': case '_': case '[': case ']': case '<': case '>':
                    case '|': case '&': case '~': case '#': case '!':
                        builder.Append('\\').Append(c);
                        break;
                    default:
                        builder.Append(c);
                        break;
                }
            });
        }

        /// <summary>
        /// Text on one line: line breaks and control characters (which would end a table row or a diagram label) fold
        /// into one space; every other character goes through <paramref name="escape"/>. Shared by the Markdown and
        /// Mermaid escapes, which differ only in how they escape a character.
        /// </summary>
        internal static string OneLine(string text, Action<StringBuilder, char> escape)
        {
            var builder = new StringBuilder(text.Length + 8);
            var lastWasSpace = false;
            foreach (var c in text)
            {
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    if (!lastWasSpace) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }
                lastWasSpace = c == ' ';
                escape(builder, c);
            }
            return builder.ToString().Trim();
        }

        /// <summary>
        /// Text as an inline code span (<c>`1y`</c>): one line, and no backtick or pipe to end the span or the table cell
        /// early. Inside a code span Markdown shows HTML as text, so only those characters need care.
        /// </summary>
        public static string Code(string text)
        {
            var builder = new StringBuilder(text.Length + 2).Append('`');
            var lastWasSpace = false;
            foreach (var c in text)
            {
                if (char.IsControl(c) || c == '\u2028' || c == '\u2029')
                {
                    if (!lastWasSpace) builder.Append(' ');
                    lastWasSpace = true;
                    continue;
                }
                lastWasSpace = c == ' ';
                builder.Append(c == '`' ? '\'' : c == '|' ? '/' : c);
            }
            return builder.Append('`').ToString();
        }

        public static string List(System.Collections.Generic.IEnumerable<string> items, string whenEmpty)
        {
            var joined = string.Join(", ", System.Linq.Enumerable.Select(items, Escape));
            return joined.Length == 0 ? whenEmpty : joined;
        }
    }
}
