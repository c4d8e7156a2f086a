using System.Globalization;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// Writes generated C# indented by four spaces a level, with <c>\n</c> line ends, the same on every machine.
    /// </summary>
    internal sealed class CodeWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private int _depth;

        public CodeWriter Line(string line = "")
        {
            if (line.Length > 0) _text.Append(' ', _depth * IndentSize).Append(line);
            _text.Append('\n');
            return this;
        }

        private const int IndentSize = 4;

        /// <summary>One level deeper, without a brace (a continued expression).</summary>
        public CodeWriter Indent()
        {
            _depth++;
            return this;
        }

        public CodeWriter Outdent()
        {
            _depth--;
            return this;
        }

        public CodeWriter Open(string line)
        {
            Line(line);
            Line("{");
            _depth++;
            return this;
        }

        public CodeWriter Close(string suffix = "")
        {
            _depth--;
            return Line("}" + suffix);
        }

        public override string ToString() => _text.ToString();
    }

    /// <summary>C# spellings of user text: string literals that survive any content, identifiers that may be keywords.</summary>
    internal static class CSharpText
    {
        public static string Literal(string? value) =>
            value is null ? "null" : SymbolDisplay.FormatLiteral(value, quote: true);

        public static string Bool(bool value) => value ? "true" : "false";

        public static string Identifier(string name) =>
            SyntaxFacts.GetKeywordKind(name) != SyntaxKind.None ? "@" + name : name;

        public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

        /// <summary>
        /// A file name for a type: its full name, with generic brackets as braces and any other character outside
        /// <c>[A-Za-z0-9.]</c> escaped (<c>_</c> as <c>__</c>, others as <c>_uXXXX</c>), so two types never share one.
        /// </summary>
        public static string HintName(string fullName)
        {
            var name = new StringBuilder(fullName.Length);
            foreach (var c in fullName)
            {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.') name.Append(c);
                else if (c == '<') name.Append('{');
                else if (c == '>') name.Append('}');
                else if (c == ',') name.Append(',');
                else if (c == '_') name.Append("__");
                else if (c != ' ') name.Append("_u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
            }
            return name.ToString();
        }
    }
}
