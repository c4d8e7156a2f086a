using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// A minimal JSON reader shared by the register and the DPO policy: objects become dictionaries, arrays lists,
    /// numbers doubles. The compiler plug-in and the MSBuild task must not depend on a serializer. When asked, it
    /// records where each value starts, so the policy's errors can name a line and column.
    /// </summary>
    internal sealed class JsonTextReader
    {
        private readonly string _text;
        private readonly JsonPositions? _positions;
        private int _pos;

        private JsonTextReader(string text, JsonPositions? positions)
        {
            _text = text;
            _positions = positions;
        }

        /// <summary>Parses the text.</summary>
        /// <exception cref="JsonSyntaxException">The text is not JSON; the exception says where and what was expected.</exception>
        public static object? Parse(string text, JsonPositions? positions = null)
        {
            var reader = new JsonTextReader(text, positions);
            var value = reader.ReadValue(0);
            reader.SkipWhitespace();
            if (reader._pos != text.Length) throw reader.Error("end of text");
            return value;
        }

        private object? ReadValue(int depth)
        {
            if (depth > 64) throw Error("less nesting");
            SkipWhitespace();
            if (_pos >= _text.Length) throw Error("a value");
            var c = _text[_pos];
            switch (c)
            {
                case '{': return ReadObject(depth);
                case '[': return ReadArray(depth);
                case '"': return ReadString();
                case 't': Expect("true"); return true;
                case 'f': Expect("false"); return false;
                case 'n': Expect("null"); return null;
                default:
                    if (c == '-' || (c >= '0' && c <= '9')) return ReadNumber();
                    throw Error("a value");
            }
        }

        private Dictionary<string, object?> ReadObject(int depth)
        {
            var result = new Dictionary<string, object?>(StringComparer.Ordinal);
            _pos++;
            SkipWhitespace();
            if (Peek() == '}') { _pos++; return result; }
            while (true)
            {
                SkipWhitespace();
                if (Peek() != '"') throw Error("a property name");
                var nameStart = _pos;
                var name = ReadString();
                SkipWhitespace();
                if (Peek() != ':') throw Error("':'");
                _pos++;
                SkipWhitespace();
                _positions?.Add(result, name, nameStart, _pos);
                result[name] = ReadValue(depth + 1);
                SkipWhitespace();
                var next = Peek();
                _pos++;
                if (next == '}') return result;
                if (next != ',') { _pos--; throw Error("',' or '}'"); }
            }
        }

        private List<object?> ReadArray(int depth)
        {
            var result = new List<object?>();
            _pos++;
            SkipWhitespace();
            if (Peek() == ']') { _pos++; return result; }
            while (true)
            {
                SkipWhitespace();
                _positions?.Add(result, result.Count, _pos, _pos);
                result.Add(ReadValue(depth + 1));
                SkipWhitespace();
                var next = Peek();
                _pos++;
                if (next == ']') return result;
                if (next != ',') { _pos--; throw Error("',' or ']'"); }
            }
        }

        private string ReadString()
        {
            var builder = new StringBuilder();
            _pos++;
            while (true)
            {
                if (_pos >= _text.Length) throw Error("a closing quote");
                var c = _text[_pos++];
                if (c == '"') return builder.ToString();
                if (c != '\\') { builder.Append(c); continue; }
                if (_pos >= _text.Length) throw Error("an escape");
                var e = _text[_pos++];
                switch (e)
                {
                    case '"': builder.Append('"'); break;
                    case '\\': builder.Append('\\'); break;
                    case '/': builder.Append('/'); break;
                    case 'b': builder.Append('\b'); break;
                    case 'f': builder.Append('\f'); break;
                    case 'n': builder.Append('\n'); break;
                    case 'r': builder.Append('\r'); break;
                    case 't': builder.Append('\t'); break;
                    case 'u':
                        if (_pos + 4 > _text.Length || !int.TryParse(_text.Substring(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var code))
                            throw Error("four hex digits");
                        builder.Append((char)code);
                        _pos += 4;
                        break;
                    default: throw Error("an escape");
                }
            }
        }

        private double ReadNumber()
        {
            var start = _pos;
            while (_pos < _text.Length && "+-0123456789.eE".IndexOf(_text[_pos]) >= 0) _pos++;
            if (!double.TryParse(_text.Substring(start, _pos - start), NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            {
                _pos = start;
                throw Error("a number");
            }
            return number;
        }

        private void Expect(string word)
        {
            if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) != 0) throw Error("'" + word + "'");
            _pos += word.Length;
        }

        private char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipWhitespace()
        {
            while (_pos < _text.Length && (_text[_pos] == ' ' || _text[_pos] == '\n' || _text[_pos] == '\r' || _text[_pos] == '\t')) _pos++;
        }

        private JsonSyntaxException Error(string expected) => new JsonSyntaxException(_text, Math.Min(_pos, _text.Length), expected);
    }

    /// <summary>Where each property value and array item starts in the text (offsets), keyed by its container.</summary>
    internal sealed class JsonPositions
    {
        private readonly Dictionary<object, Dictionary<object, (int Key, int Value)>> _byContainer =
            new Dictionary<object, Dictionary<object, (int, int)>>(ReferenceComparer.Instance);

        internal void Add(object container, object key, int keyOffset, int valueOffset)
        {
            if (!_byContainer.TryGetValue(container, out var map)) _byContainer[container] = map = new Dictionary<object, (int, int)>();
            map[key] = (keyOffset, valueOffset);
        }

        /// <summary>The offset of the value of <paramref name="key"/> (a property name or an array index) in <paramref name="container"/>.</summary>
        public int? ValueOffset(object container, object key) =>
            _byContainer.TryGetValue(container, out var map) && map.TryGetValue(key, out var at) ? at.Value : (int?)null;

        /// <summary>The offset of the property name <paramref name="key"/> in <paramref name="container"/>.</summary>
        public int? KeyOffset(object container, string key) =>
            _byContainer.TryGetValue(container, out var map) && map.TryGetValue(key, out var at) ? at.Key : (int?)null;

        private sealed class ReferenceComparer : IEqualityComparer<object>
        {
            public static readonly ReferenceComparer Instance = new ReferenceComparer();
            public new bool Equals(object? x, object? y) => ReferenceEquals(x, y);
            public int GetHashCode(object obj) => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj);
        }
    }

    /// <summary>Text that is not JSON: where (offset, 1-based line and column) and what was expected.</summary>
    internal sealed class JsonSyntaxException : FormatException
    {
        public JsonSyntaxException(string text, int offset, string expected)
            : base("expected " + expected + " at " + TextPosition.Describe(text, offset))
        {
            Offset = offset;
            Expected = expected;
            Where = TextPosition.Describe(text, offset);
        }

        public int Offset { get; }
        public string Expected { get; }
        /// <summary><c>line 3, column 7</c>.</summary>
        public string Where { get; }
    }

    /// <summary>Offsets as 1-based lines and columns, as editors and build logs show them.</summary>
    internal static class TextPosition
    {
        public static (int Line, int Column) LineAndColumn(string text, int offset)
        {
            int line = 1, column = 1;
            for (var i = 0; i < offset && i < text.Length; i++)
            {
                if (text[i] == '\n') { line++; column = 1; }
                else if (text[i] != '\r') column++;
            }
            return (line, column);
        }

        public static string Describe(string text, int offset)
        {
            var (line, column) = LineAndColumn(text, offset);
            return "line " + line.ToString(CultureInfo.InvariantCulture) + ", column " + column.ToString(CultureInfo.InvariantCulture);
        }
    }
}
