using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    // The answer to an access or portability request as JSON: structured, machine-readable (Art. 20), in the register's
    // words. Numbers and booleans typed, dates ISO 8601, the same bytes on every run and platform.
    internal static class ExportJson
    {
        public static string Write(SubjectExport export)
        {
            using var stream = new MemoryStream();
            var options = new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
            using (var w = new Utf8JsonWriter(stream, options))
            {
                w.WriteStartObject();
                w.WritePropertyName("subject");
                Value(w, export.StoredSubject ?? export.Subject);
                w.WriteStartArray("items");
                foreach (var item in export.Items)
                {
                    w.WriteStartObject();
                    w.WriteString("dataSet", item.DataSet);
                    w.WriteString("foundBy", item.FoundBy);
                    w.WriteStartObject("record");
                    foreach (var field in item.Record)
                    {
                        w.WritePropertyName(field.Key);
                        Value(w, field.Value);
                    }
                    w.WriteEndObject();
                    w.WriteStartArray("data");
                    foreach (var member in item.Members)
                    {
                        w.WriteStartObject();
                        w.WriteString("item", member.Name);
                        w.WritePropertyName("value");
                        Value(w, member.Value);
                        w.WriteString("category", member.Category.ToString());
                        w.WriteStartArray("purposes");
                        foreach (var use in member.Uses)
                        {
                            w.WriteStartObject();
                            w.WriteString("id", use.PurposeId);
                            w.WriteString("name", use.PurposeName);
                            w.WriteString("legalBasis", use.LegalBasis?.ToString());
                            w.WriteString("retention", use.Retention);
                            w.WriteEndObject();
                        }
                        w.WriteEndArray();
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                if (export.NotCovered.Count > 0)
                {
                    w.WriteStartArray("notCovered");
                    foreach (var line in export.NotCovered) w.WriteStringValue(line);
                    w.WriteEndArray();
                }
                w.WriteEndObject();
            }
            return Encoding.UTF8.GetString(stream.ToArray());
        }

        // Typed as every export of the package family types values, by the runtime's one rule.
        private static void Value(Utf8JsonWriter w, object? value) => w.WriteRawValue(ExportedMember.ValueToJson(value));
    }
}
