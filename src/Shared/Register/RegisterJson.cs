using System;
using System.Collections.Generic;

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
            WriteObject(w, RegisterSchema.Register, register);
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
            return (ProcessingRegister)ReadObject(RegisterSchema.Register, root);
        }

        /// <summary>Parses a JSON object (for the register's companion files, such as the texts file).</summary>
        /// <exception cref="FormatException">The text is not a JSON object.</exception>
        internal static Dictionary<string, object?> ParseObject(string json, string what) =>
            JsonTextReader.Parse(json) as Dictionary<string, object?> ?? throw new FormatException(what + " is a JSON object.");

        // Every field in the schema's order: the same bytes on every machine, and a new field needs no code here.
        private static void WriteObject(JsonTextWriter w, RegisterShape shape, object value)
        {
            w.BeginObject();
            foreach (var property in shape.Properties)
            {
                var field = property.GetValue(value);
                if (property.Json == RegisterJsonPresence.WhenSet && (field is null || field is false)) continue;
                switch (property.Kind)
                {
                    case RegisterValueKind.Text:
                        w.Property(property.Key, (string?)field);
                        break;
                    case RegisterValueKind.Flag:
                        w.Property(property.Key, field is true);
                        break;
                    case RegisterValueKind.Texts:
                        w.Property(property.Key, (IReadOnlyList<string>?)field ?? System.Array.Empty<string>());
                        break;
                    case RegisterValueKind.Object:
                        w.Name(property.Key);
                        if (field is null) w.Null();
                        else WriteObject(w, property.Shape!, field);
                        break;
                    case RegisterValueKind.Objects:
                        w.Name(property.Key);
                        w.BeginArray();
                        foreach (var item in property.GetObjects(value)) WriteObject(w, property.Shape!, item);
                        w.EndArray();
                        break;
                }
            }
            w.EndObject();
        }

        // A field the file lacks keeps the model's default; a required one that is missing fails with its name.
        private static object ReadObject(RegisterShape shape, Dictionary<string, object?> o)
        {
            var value = shape.Create();
            foreach (var property in shape.Properties)
            {
                switch (property.Kind)
                {
                    case RegisterValueKind.Text:
                        var text = property.Required ? RequiredString(o, property.Key) : OptionalString(o, property.Key);
                        if (text is not null) property.SetValue(value, text);
                        break;
                    case RegisterValueKind.Flag:
                        property.SetValue(value, Bool(o, property.Key));
                        break;
                    case RegisterValueKind.Texts:
                        if (o.TryGetValue(property.Key, out var list) && list is List<object?>) property.SetValue(value, Strings(o, property.Key));
                        else if (property.Json == RegisterJsonPresence.Always) property.SetValue(value, System.Array.Empty<string>());
                        break;
                    case RegisterValueKind.Object:
                        if (o.TryGetValue(property.Key, out var child) && child is Dictionary<string, object?> fields)
                            property.SetValue(value, ReadObject(property.Shape!, fields));
                        break;
                    case RegisterValueKind.Objects:
                        var shapeOfItems = property.Shape!;
                        var items = new List<object>();
                        foreach (var item in Array(o, property.Key)) items.Add(ReadObject(shapeOfItems, AsObject(item, shapeOfItems.Noun)));
                        property.SetValue(value, items);
                        break;
                }
            }
            shape.Complete(value);
            return value;
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
    }
}
