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
            w.Any(export.StoredSubject ?? export.Subject);
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
                    w.Any(field.Value);
                }
                w.EndObject();
                ExportedMembersJson.Write(w, "item", item.Members);
                w.EndObject();
            }
            w.EndArray();
            if (export.NotCovered.Count > 0) w.Property("notCovered", export.NotCovered);
            w.EndObject();
            return w.ToString();
        }
    }
}
