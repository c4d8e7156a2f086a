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
        /// <summary>Writes the register as JSON: the generator and the tools write registers, applications only read them.</summary>
        internal static string Write(ProcessingRegister register)
        {
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Property("schemaVersion", register.SchemaVersion);
            w.Property("assembly", register.Assembly);
            // Only in a merged register: a build-time register keeps its exact bytes.
            if (register.MergedFrom is { } mergedFrom) w.Property("mergedFrom", mergedFrom);
            w.Property("version", register.Version);
            w.Property("date", register.Date);
            w.Name("policy");
            if (register.Policy is null) w.Null();
            else
            {
                w.BeginObject();
                w.Property("file", register.Policy.File);
                w.Property("version", register.Policy.Version);
                w.Property("hash", register.Policy.Hash);
                w.EndObject();
            }
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
            object? parsed;
            try
            {
                parsed = JsonTextReader.Parse(json);
            }
            catch (JsonSyntaxException e)
            {
                throw new FormatException("Invalid register JSON at " + e.Where + ": expected " + e.Expected + ".", e);
            }
            var root = parsed as Dictionary<string, object?>
                ?? throw new FormatException("A privacy register is a JSON object.");
            var controller = root.TryGetValue("controller", out var c) && c is Dictionary<string, object?> co ? ReadController(co) : null;
            var activities = new List<RegisterActivity>();
            foreach (var a in Array(root, "activities")) activities.Add(ReadActivity(AsObject(a, "activity")));
            var mergedFrom = root.ContainsKey("mergedFrom") ? Strings(root, "mergedFrom") : null;
            var policy = root.TryGetValue("policy", out var p) && p is Dictionary<string, object?> po
                ? new RegisterPolicy(RequiredString(po, "file"), OptionalString(po, "version"), RequiredString(po, "hash"))
                : null;
            return new ProcessingRegister(RequiredString(root, "schemaVersion"), RequiredString(root, "assembly"), controller, activities, mergedFrom,
                OptionalString(root, "version"), OptionalString(root, "date"), policy);
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
            w.Property("euRepresentative", c.EuRepresentative);
            w.Property("applicableLaw", c.ApplicableLaw);
            w.Property("toConfirm", c.ToConfirm);
            w.EndObject();
        }

        private static void WriteActivity(JsonTextWriter w, RegisterActivity a)
        {
            w.BeginObject();
            w.Property("id", a.Id);
            w.Property("name", a.Name);
            w.Property("description", a.Description);
            w.Property("declared", a.Declared);
            w.Property("created", a.Created);
            w.Property("toConfirm", a.ToConfirm);
            w.Property("jointControllers", a.JointControllers);
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
                w.Property("archiveGround", r.ArchiveGround);
                w.Property("archiveReference", r.ArchiveReference);
                w.Property("description", r.Description);
                w.EndObject();
            }
            w.EndArray();
            w.Property("recipients", a.Recipients);
            w.Property("internalRecipients", a.InternalRecipients);
            w.Property("thirdPartyRecipients", a.ThirdPartyRecipients);
            w.Name("processors");
            w.BeginArray();
            foreach (var p in a.Processors)
            {
                w.BeginObject();
                w.Property("name", p.Name);
                w.Property("country", p.Country);
                w.Property("contract", p.Contract);
                w.Property("toConfirm", p.ToConfirm);
                w.EndObject();
            }
            w.EndArray();
            w.Name("transfers");
            w.BeginArray();
            foreach (var t in a.Transfers)
            {
                w.BeginObject();
                w.Property("recipient", t.Recipient);
                w.Property("country", t.Country);
                w.Property("safeguard", t.Safeguard);
                w.Property("additionalSafeguards", t.AdditionalSafeguards);
                w.Property("toConfirm", t.ToConfirm);
                w.EndObject();
            }
            w.EndArray();
            w.Name("dpia");
            w.BeginObject();
            w.Property("status", a.Dpia.Status);
            w.Property("reference", a.Dpia.Reference);
            w.Property("date", a.Dpia.Date);
            w.Property("reason", a.Dpia.Reason);
            w.EndObject();
            w.Property("securityChecklist", a.SecurityChecklist);
            w.Property("securityMeasures", a.SecurityMeasures);
            w.Name("fields");
            w.BeginArray();
            foreach (var f in a.Fields)
            {
                w.BeginObject();
                w.Property("type", f.Type);
                w.Property("member", f.Member);
                w.Property("label", f.Label);
                w.Property("dataSet", f.DataSet);
                w.Property("category", f.Category);
                w.Property("purposes", f.Purposes);
                w.Property("retention", f.Retention);
                w.Property("redaction", f.Redaction);
                w.Property("encrypted", f.Encrypted);
                w.Property("pseudonymised", f.Pseudonymised);
                w.Property("hashed", f.Hashed);
                w.Property("dataSubject", f.DataSubject);
                w.Property("toConfirm", f.ToConfirm);
                // Written only when true: registers without static members keep their exact bytes.
                if (f.IsStatic) w.Property("static", true);
                // Written only when true: registers of types with no subject key stay as they were.
                if (f.SubjectKey) w.Property("subjectKey", true);
                // Written only for a type never stored: other registers keep their exact bytes.
                if (f.NotStored is not null) w.Property("notStored", f.NotStored);
                w.EndObject();
            }
            w.EndArray();
            w.EndObject();
        }

        /// <summary>Parses a JSON object (for the register's companion files, such as the texts file).</summary>
        /// <exception cref="FormatException">The text is not a JSON object.</exception>
        internal static Dictionary<string, object?> ParseObject(string json, string what) =>
            JsonTextReader.Parse(json) as Dictionary<string, object?> ?? throw new FormatException(what + " is a JSON object.");

        private static RegisterController ReadController(Dictionary<string, object?> o) =>
            new RegisterController(RequiredString(o, "name"), OptionalString(o, "identifier"), OptionalString(o, "email"),
                OptionalString(o, "address"), OptionalString(o, "phone"), OptionalString(o, "dataProtectionOfficer"),
                OptionalString(o, "supervisoryAuthority"), OptionalString(o, "euRepresentative"), OptionalString(o, "applicableLaw"),
                OptionalString(o, "toConfirm"));

        private static RegisterActivity ReadActivity(Dictionary<string, object?> o)
        {
            var retention = new List<RegisterRetention>();
            foreach (var item in Array(o, "retention"))
            {
                var r = AsObject(item, "retention entry");
                retention.Add(new RegisterRetention(RequiredString(r, "appliesTo"), OptionalString(r, "text"), OptionalString(r, "kind"),
                    OptionalString(r, "duration"), OptionalString(r, "trigger"), OptionalString(r, "archiveDuration"),
                    OptionalString(r, "endingEvent"), RequiredString(r, "description"), OptionalString(r, "archiveGround"), OptionalString(r, "archiveReference")));
            }
            var transfers = new List<RegisterTransfer>();
            foreach (var item in Array(o, "transfers"))
            {
                var t = AsObject(item, "transfer");
                transfers.Add(new RegisterTransfer(RequiredString(t, "recipient"), OptionalString(t, "country"), RequiredString(t, "safeguard"),
                    OptionalString(t, "additionalSafeguards"), OptionalString(t, "toConfirm")));
            }
            var fields = new List<RegisterField>();
            foreach (var item in Array(o, "fields"))
            {
                var f = AsObject(item, "field");
                fields.Add(new RegisterField(RequiredString(f, "type"), RequiredString(f, "member"), RequiredString(f, "category"),
                    Strings(f, "purposes"), OptionalString(f, "retention"), RequiredString(f, "redaction"), Bool(f, "encrypted"),
                    Bool(f, "pseudonymised"), OptionalString(f, "dataSubject"), Bool(f, "static"), Bool(f, "hashed"), OptionalString(f, "dataSet"),
                    OptionalString(f, "label"), OptionalString(f, "toConfirm"), Bool(f, "subjectKey"),
                    OptionalString(f, "notStored")));
            }
            var processors = new List<RegisterProcessor>();
            foreach (var item in Array(o, "processors"))
            {
                var p = AsObject(item, "processor");
                processors.Add(new RegisterProcessor(RequiredString(p, "name"), OptionalString(p, "country"), OptionalString(p, "contract"), OptionalString(p, "toConfirm")));
            }
            var dpia = o.TryGetValue("dpia", out var d) && d is Dictionary<string, object?> dp
                ? new RegisterDpia(OptionalString(dp, "status") ?? nameof(DpiaStatus.NotStated), OptionalString(dp, "reference"), OptionalString(dp, "date"), OptionalString(dp, "reason"))
                : RegisterDpia.NotStated;
            return new RegisterActivity(RequiredString(o, "id"), RequiredString(o, "name"), OptionalString(o, "description"),
                Bool(o, "declared"), OptionalString(o, "legalBasis"), OptionalString(o, "legitimateInterest"),
                OptionalString(o, "specialCategoryCondition"), Strings(o, "dataSubjects"), Strings(o, "dataCategories"), retention,
                Strings(o, "recipients"), transfers, Strings(o, "securityMeasures"), fields,
                Strings(o, "jointControllers"), Strings(o, "internalRecipients"), Strings(o, "thirdPartyRecipients"), processors, dpia,
                Strings(o, "securityChecklist"), OptionalString(o, "created"), OptionalString(o, "toConfirm"));
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
}
