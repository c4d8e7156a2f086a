namespace Klivar.PrivacyAnnotations.EntityFrameworkCore
{
    // The answer to an access or portability request as JSON: structured, machine-readable (Art. 20), in the register's
    // words. Numbers and booleans typed, dates ISO 8601, the same bytes on every run and platform: written with the
    // product's one JSON writer, as the runtime's own exports are, values typed by the runtime's rule.
    internal static class ExportJson
    {
        public static string Write(SubjectExport export)
        {
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Name("subject");
            Value(w, export.StoredSubject ?? export.Subject);
            w.Name("items");
            w.BeginArray();
            foreach (var item in export.Items)
            {
                w.BeginObject();
                w.Property("dataSet", item.DataSet);
                w.Property("foundBy", item.FoundBy);
                w.Name("record");
                w.BeginObject();
                foreach (var field in item.Record)
                {
                    w.Name(field.Key);
                    Value(w, field.Value);
                }
                w.EndObject();
                w.Name("data");
                w.BeginArray();
                foreach (var member in item.Members)
                {
                    w.BeginObject();
                    w.Property("item", member.Name);
                    w.Name("value");
                    Value(w, member.Value);
                    w.Property("category", member.Category.ToString());
                    w.Name("purposes");
                    w.BeginArray();
                    foreach (var use in member.Uses)
                    {
                        w.BeginObject();
                        w.Property("id", use.PurposeId);
                        w.Property("name", use.PurposeName);
                        w.Property("legalBasis", use.LegalBasis?.ToString());
                        w.Property("retention", use.Retention);
                        w.EndObject();
                    }
                    w.EndArray();
                    w.EndObject();
                }
                w.EndArray();
                w.EndObject();
            }
            w.EndArray();
            if (export.NotCovered.Count > 0) w.Property("notCovered", export.NotCovered);
            w.EndObject();
            return w.ToString();
        }

        // Typed as every export of the package family types values, by the runtime's one rule.
        private static void Value(JsonTextWriter w, object? value) => w.Raw(ExportedMember.ValueToJson(value));
    }
}
