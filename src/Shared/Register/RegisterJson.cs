using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The register's JSON form (docs/register-format.md, docs/privacy-register.schema.json). Written by hand rather
    /// than with a serializer: the compiler plug-in and the MSBuild task must not depend on one, and the output must be
    /// byte-identical on every machine (fixed property order, two-space indent, <c>\n</c> line ends, no BOM).
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    static class RegisterJson
    {
        /// <summary>Writes the register as JSON.</summary>
        public static string Write(ProcessingRegister register)
        {
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Property("schemaVersion", register.SchemaVersion);
            w.Property("assembly", register.Assembly);
            // Only in a merged register: a build-time register keeps its exact bytes.
            if (register.MergedFrom is { } mergedFrom) w.Property("mergedFrom", mergedFrom);
            w.Name("controller");
            if (register.Controller is null) w.Null();
            else WriteController(w, register.Controller);
            w.Name("activities");
            w.BeginArray();
            foreach (var activity in register.Activities) WriteActivity(w, activity);
            w.EndArray();
            w.EndObject();
            return w.ToString();
        }

        /// <summary>Reads a register written by <see cref="Write"/>.</summary>
        /// <exception cref="FormatException">The text is not JSON, or not a register.</exception>
        public static ProcessingRegister Read(string json)
        {
            var root = JsonTextReader.Parse(json) as Dictionary<string, object?>
                ?? throw new FormatException("A privacy register is a JSON object.");
            var controller = root.TryGetValue("controller", out var c) && c is Dictionary<string, object?> co ? ReadController(co) : null;
            var activities = new List<RegisterActivity>();
            foreach (var a in Array(root, "activities")) activities.Add(ReadActivity(AsObject(a, "activity")));
            var mergedFrom = root.ContainsKey("mergedFrom") ? Strings(root, "mergedFrom") : null;
            return new ProcessingRegister(RequiredString(root, "schemaVersion"), RequiredString(root, "assembly"), controller, activities, mergedFrom);
        }

        private static void WriteController(JsonTextWriter w, RegisterController c)
        {
            w.BeginObject();
            w.Property("name", c.Name);
            w.Property("identifier", c.Identifier);
            w.Property("email", c.Email);
            w.Property("address", c.Address);
            w.Property("phone", c.Phone);
            w.Property("dataProtectionOfficer", c.DataProtectionOfficer);
            w.Property("supervisoryAuthority", c.SupervisoryAuthority);
            w.EndObject();
        }

        private static void WriteActivity(JsonTextWriter w, RegisterActivity a)
        {
            w.BeginObject();
            w.Property("id", a.Id);
            w.Property("name", a.Name);
            w.Property("description", a.Description);
            w.Property("declared", a.Declared);
            w.Property("legalBasis", a.LegalBasis);
            w.Property("legitimateInterest", a.LegitimateInterest);
            w.Property("specialCategoryCondition", a.SpecialCategoryCondition);
            w.Property("dataSubjects", a.DataSubjects);
            w.Property("dataCategories", a.DataCategories);
            w.Name("retention");
            w.BeginArray();
            foreach (var r in a.Retention)
            {
                w.BeginObject();
                w.Property("appliesTo", r.AppliesTo);
                w.Property("text", r.Text);
                w.Property("kind", r.Kind);
                w.Property("duration", r.Duration);
                w.Property("trigger", r.Trigger);
                w.Property("archiveDuration", r.ArchiveDuration);
                w.Property("endingEvent", r.EndingEvent);
                w.Property("description", r.Description);
                w.EndObject();
            }
            w.EndArray();
            w.Property("recipients", a.Recipients);
            w.Name("transfers");
            w.BeginArray();
            foreach (var t in a.Transfers)
            {
                w.BeginObject();
                w.Property("recipient", t.Recipient);
                w.Property("country", t.Country);
                w.Property("safeguard", t.Safeguard);
                w.Property("additionalSafeguards", t.AdditionalSafeguards);
                w.EndObject();
            }
            w.EndArray();
            w.Property("securityMeasures", a.SecurityMeasures);
            w.Name("fields");
            w.BeginArray();
            foreach (var f in a.Fields)
            {
                w.BeginObject();
                w.Property("type", f.Type);
                w.Property("member", f.Member);
                w.Property("category", f.Category);
                w.Property("purposes", f.Purposes);
                w.Property("retention", f.Retention);
                w.Property("redaction", f.Redaction);
                w.Property("encrypted", f.Encrypted);
                w.Property("pseudonymised", f.Pseudonymised);
                w.Property("dataSubject", f.DataSubject);
                // Written only when true: registers without static members keep their exact bytes.
                if (f.IsStatic) w.Property("static", true);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }

        private static RegisterController ReadController(Dictionary<string, object?> o) =>
            new RegisterController(RequiredString(o, "name"), OptionalString(o, "identifier"), OptionalString(o, "email"),
                OptionalString(o, "address"), OptionalString(o, "phone"), OptionalString(o, "dataProtectionOfficer"),
                OptionalString(o, "supervisoryAuthority"));

        private static RegisterActivity ReadActivity(Dictionary<string, object?> o)
        {
            var retention = new List<RegisterRetention>();
            foreach (var item in Array(o, "retention"))
            {
                var r = AsObject(item, "retention entry");
                retention.Add(new RegisterRetention(RequiredString(r, "appliesTo"), OptionalString(r, "text"), OptionalString(r, "kind"),
                    OptionalString(r, "duration"), OptionalString(r, "trigger"), OptionalString(r, "archiveDuration"),
                    OptionalString(r, "endingEvent"), RequiredString(r, "description")));
            }
            var transfers = new List<RegisterTransfer>();
            foreach (var item in Array(o, "transfers"))
            {
                var t = AsObject(item, "transfer");
                transfers.Add(new RegisterTransfer(RequiredString(t, "recipient"), RequiredString(t, "country"), RequiredString(t, "safeguard"), OptionalString(t, "additionalSafeguards")));
            }
            var fields = new List<RegisterField>();
            foreach (var item in Array(o, "fields"))
            {
                var f = AsObject(item, "field");
                fields.Add(new RegisterField(RequiredString(f, "type"), RequiredString(f, "member"), RequiredString(f, "category"),
                    Strings(f, "purposes"), OptionalString(f, "retention"), RequiredString(f, "redaction"), Bool(f, "encrypted"),
                    Bool(f, "pseudonymised"), OptionalString(f, "dataSubject"), Bool(f, "static")));
            }
            return new RegisterActivity(RequiredString(o, "id"), RequiredString(o, "name"), OptionalString(o, "description"),
                Bool(o, "declared"), OptionalString(o, "legalBasis"), OptionalString(o, "legitimateInterest"),
                OptionalString(o, "specialCategoryCondition"), Strings(o, "dataSubjects"), Strings(o, "dataCategories"), retention,
                Strings(o, "recipients"), transfers, Strings(o, "securityMeasures"), fields);
        }

        private static Dictionary<string, object?> AsObject(object? value, string what) =>
            value as Dictionary<string, object?> ?? throw new FormatException("Each " + what + " is a JSON object.");

        private static List<object?> Array(Dictionary<string, object?> o, string name) =>
            o.TryGetValue(name, out var v) && v is List<object?> list ? list : new List<object?>();

        private static IReadOnlyList<string> Strings(Dictionary<string, object?> o, string name)
        {
            var result = new List<string>();
            foreach (var item in Array(o, name))
                result.Add(item as string ?? throw new FormatException("'" + name + "' holds strings only."));
            return result;
        }

        private static string? OptionalString(Dictionary<string, object?> o, string name) =>
            o.TryGetValue(name, out var v) ? v as string : null;

        private static string RequiredString(Dictionary<string, object?> o, string name) =>
            OptionalString(o, name) ?? throw new FormatException("The register lacks '" + name + "'.");

        private static bool Bool(Dictionary<string, object?> o, string name) =>
            o.TryGetValue(name, out var v) && v is bool b && b;

        /// <summary>A minimal indented JSON writer: stable output, every string escaped.</summary>
        private sealed class JsonTextWriter
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

        /// <summary>A minimal JSON reader: objects become dictionaries, arrays lists, numbers doubles.</summary>
        private sealed class JsonTextReader
        {
            private readonly string _text;
            private int _pos;

            private JsonTextReader(string text) => _text = text;

            public static object? Parse(string text)
            {
                var reader = new JsonTextReader(text);
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
                    var name = ReadString();
                    SkipWhitespace();
                    if (Peek() != ':') throw Error("':'");
                    _pos++;
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
                    throw Error("a number");
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

            private FormatException Error(string expected) =>
                new FormatException("Invalid register JSON at offset " + _pos.ToString(CultureInfo.InvariantCulture) + ": expected " + expected + ".");
        }
    }
}
