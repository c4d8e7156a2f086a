using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// The personal data one object holds, for an access (Art. 15) or portability (Art. 20) request: each personal member
    /// with its value, category, and every purpose it serves with the purpose's legal basis and the member's retention.
    /// Made by <see cref="PrivacyTypeMetadata.Export(object, ProcessingRegister)"/> from the generated table.
    /// </summary>
    public sealed class PersonalDataExport
    {
        internal PersonalDataExport(string typeName, string? subjectKey, object? subject, IReadOnlyList<ExportedMember> members)
        {
            TypeName = typeName;
            SubjectKey = subjectKey;
            Subject = subject;
            Members = members;
        }

        /// <summary>The type's full name.</summary>
        public string TypeName { get; }

        /// <summary>The name of the member that identifies the data subject; null when the type marks none.</summary>
        public string? SubjectKey { get; }

        /// <summary>The value of that member.</summary>
        public object? Subject { get; }

        /// <summary>The personal members, in declaration order, with their values.</summary>
        public IReadOnlyList<ExportedMember> Members { get; }

        /// <summary>The export as one JSON object (see docs/rights.md for its shape).</summary>
        public string ToJson()
        {
            var w = new JsonTextWriter();
            WriteTo(w);
            return w.ToString();
        }

        /// <summary>Several exports (one subject's objects) as one JSON document: <c>{ "subject": ..., "items": [...] }</c>.</summary>
        /// <param name="subject">The subject's key, as the request named it.</param>
        /// <param name="exports">The exports, in the order to write them.</param>
        public static string ToJson(object? subject, IEnumerable<PersonalDataExport> exports)
        {
            if (exports is null) throw new ArgumentNullException(nameof(exports));
            var w = new JsonTextWriter();
            w.BeginObject();
            w.Name("subject");
            w.Any(subject);
            w.Name("items");
            w.BeginArray();
            foreach (var export in exports) export.WriteTo(w);
            w.EndArray();
            w.EndObject();
            return w.ToString();
        }

        private void WriteTo(JsonTextWriter w)
        {
            w.BeginObject();
            w.Property("type", TypeName);
            if (SubjectKey is not null)
            {
                w.Property("subjectKey", SubjectKey);
                w.Name("subject");
                w.Any(Subject);
            }
            ExportedMembersJson.Write(w, "member", Members);
            w.EndObject();
        }
    }

    /// <summary>One personal member in an export.</summary>
    public sealed class ExportedMember
    {
        /// <summary>Creates an entry (for stores that export rows themselves, such as the EF Core package).</summary>
        public ExportedMember(string name, object? value, DataCategory category, IReadOnlyList<ExportedUse> uses)
        {
            Name = name;
            Value = value;
            Category = category;
            Uses = uses;
        }

        /// <summary>The member's name.</summary>
        public string Name { get; }

        /// <summary>Its value, as the object holds it (not redacted: the data subject is entitled to it).</summary>
        public object? Value { get; }

        /// <summary>Its category.</summary>
        public DataCategory Category { get; }

        /// <summary>Each purpose it serves.</summary>
        public IReadOnlyList<ExportedUse> Uses { get; }

        /// <summary>
        /// A value as an export writes it, one JSON value: numbers and booleans typed, dates in ISO 8601, bytes in
        /// base64, anything else as text. For stores that write their own export documents, so that every export of a
        /// person's data types its values alike.
        /// </summary>
        /// <param name="value">The value, as the object or the row holds it.</param>
        [EditorBrowsable(EditorBrowsableState.Never)]
        public static string ValueToJson(object? value)
        {
            var w = new JsonTextWriter();
            w.Any(value);
            return w.ToString().TrimEnd('\n');
        }
    }

    /// <summary>One purpose an exported member serves.</summary>
    public sealed class ExportedUse
    {
        /// <summary>Creates an entry (for stores that export rows themselves, such as the EF Core package).</summary>
        public ExportedUse(string purposeId, string? purposeName, LegalBasis? legalBasis, string? retention)
        {
            PurposeId = purposeId;
            PurposeName = purposeName;
            LegalBasis = legalBasis;
            Retention = retention;
        }

        /// <summary>The purpose id.</summary>
        public string PurposeId { get; }

        /// <summary>The activity's name in the register; null when the register does not declare it.</summary>
        public string? PurposeName { get; }

        /// <summary>The purpose's legal basis; null when the register does not declare it.</summary>
        public LegalBasis? LegalBasis { get; }

        /// <summary>The retention rule of the member for this purpose, as written.</summary>
        public string? Retention { get; }
    }
}
