using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
    // The "data" array of an export, written once for every export of a person's data: objects in memory (the runtime)
    // and rows of a database (the EF Core package) hand over each member in the same shape.
    internal static class ExportedMembersJson
    {
        /// <param name="w">The writer, positioned where the array's value goes.</param>
        /// <param name="nameKey">The key of each entry's name: <c>member</c> for a C# member, <c>item</c> for the register's label.</param>
        /// <param name="members">The members, in the order to write them.</param>
        public static void Write(JsonTextWriter w, string nameKey, IReadOnlyList<ExportedMember> members)
        {
            w.Name("data");
            w.BeginArray();
            foreach (var member in members)
            {
                w.BeginObject();
                w.Property(nameKey, member.Name);
                w.Name("value");
                w.Any(member.Value);
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
        }
    }
}
