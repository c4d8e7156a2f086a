using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The product's one JSON writer: indented by two spaces, <c>\n</c> line ends, every string escaped the same way,
    /// so a file is byte-identical on every machine. Written by hand because the compiler plug-in and the MSBuild task
    /// must not depend on a serializer; the register, the diff report and the exports of personal data all use it.
    /// </summary>
    internal sealed class JsonTextWriter
    {
        private readonly StringBuilder _text = new StringBuilder();
        private readonly Stack<bool> _hasItems = new Stack<bool>();
        private bool _afterName;

        public void BeginObject() { Value("{"); _hasItems.Push(false); }
        public void EndObject() => Close('}');
        public void BeginArray() { Value("["); _hasItems.Push(false); }
        public void EndArray() => Close(']');
        public void Null() => Value("null");

        public void Name(string name)
        {
            Separate();
            AppendString(name);
            _text.Append(": ");
            _afterName = true;
        }

        public void Property(string name, string? value)
        {
            Name(name);
            if (value is null) Null();
            else { Value(""); AppendString(value); }
        }

        public void Property(string name, bool value)
        {
            Name(name);
            Value(value ? "true" : "false");
        }

        public void Property(string name, IReadOnlyList<string> values)
        {
            Name(name);
            if (values.Count == 0) { Value("[]"); return; }
            BeginArray();
            foreach (var v in values) { Value(""); AppendString(v); }
            EndArray();
        }

        /// <summary>A value written as it is: a number, <c>true</c>, <c>false</c>.</summary>
        public void Raw(string raw) => Value(raw);

        /// <summary>A string value.</summary>
        public void String(string value) { Value(""); AppendString(value); }

        /// <summary>
        /// A value as a machine reads it (Art. 20): numbers and booleans as JSON, dates in ISO 8601, bytes in base64,
        /// anything else as its invariant text.
        /// </summary>
        public void Any(object? value)
        {
            switch (value)
            {
                case null: Null(); break;
                case bool b: Raw(b ? "true" : "false"); break;
                case string s: String(s); break;
                case Enum e: String(e.ToString()); break;
                case DateTime d: String(d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
                case DateTimeOffset o: String(o.ToString("o", CultureInfo.InvariantCulture)); break;
#if NET6_0_OR_GREATER
                case DateOnly day: String(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); break;
                case TimeOnly time: String(time.ToString("HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture)); break;
#endif
                case byte[] bytes: String(Convert.ToBase64String(bytes)); break;
                case double x when double.IsNaN(x) || double.IsInfinity(x): String(x.ToString(CultureInfo.InvariantCulture)); break;
                case float f when float.IsNaN(f) || float.IsInfinity(f): String(f.ToString(CultureInfo.InvariantCulture)); break;
                case double x: Raw(x.ToString("R", CultureInfo.InvariantCulture)); break;
                case float f: Raw(f.ToString("R", CultureInfo.InvariantCulture)); break;
                case byte or sbyte or short or ushort or int or uint or long or ulong or decimal:
                    Raw(Convert.ToString(value, CultureInfo.InvariantCulture)!);
                    break;
                default: String(Convert.ToString(value, CultureInfo.InvariantCulture) ?? ""); break;
            }
        }

        public override string ToString() => _text.Append('\n').ToString();

        private void Value(string raw)
        {
            if (!_afterName) Separate();
            _afterName = false;
            _text.Append(raw);
        }

        private void Separate()
        {
            if (_hasItems.Count == 0) return;
            if (_hasItems.Pop()) _text.Append(',');
            _hasItems.Push(true);
            NewLine(_hasItems.Count);
        }

        private void Close(char bracket)
        {
            var hadItems = _hasItems.Pop();
            if (hadItems) NewLine(_hasItems.Count);
            _text.Append(bracket);
        }

        private void NewLine(int depth) => _text.Append('\n').Append(' ', depth * 2);

        private void AppendString(string value)
        {
            _text.Append('"');
            for (var i = 0; i < value.Length; i++)
            {
                var ch = value[i];
                switch (ch)
                {
                    case '"': _text.Append("\\\""); break;
                    case '\\': _text.Append("\\\\"); break;
                    case '\n': _text.Append("\\n"); break;
                    case '\r': _text.Append("\\r"); break;
                    case '\t': _text.Append("\\t"); break;
                    default:
                        if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        {
                            _text.Append(ch).Append(value[++i]);
                        }
                        else if (ch < 0x20 || ch == '<' || ch == '>' || ch == '&' || ch == '\u2028' || ch == '\u2029' || char.IsSurrogate(ch))
                        {
                            // Control characters, lone surrogates, and HTML-significant characters (safe to embed anywhere).
                            _text.Append("\\u").Append(((int)ch).ToString("x4", CultureInfo.InvariantCulture));
                        }
                        else
                        {
                            _text.Append(ch);
                        }
                        break;
                }
            }
            _text.Append('"');
        }
    }
}
