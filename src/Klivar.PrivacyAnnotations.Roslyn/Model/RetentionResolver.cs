namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Which retention text applies to a member for one purpose: the member's own, else its type's annotation for that
    /// purpose, else the activity's. Shared by the register (what it shows) and KPA0004 (what is missing).
    /// </summary>
    internal static class RetentionResolver
    {
        public static string? Resolve(PersonalDataModel annotation, string purposeId, TypeModel type, AssemblyModel assembly) =>
            Resolve(annotation, purposeId, type.TypeAnnotations, assembly);

        /// <summary>The same resolution from the type's annotations alone (analyzers read one member at a time).</summary>
        public static string? Resolve(PersonalDataModel annotation, string purposeId, EquatableArray<PersonalDataModel> typeAnnotations, AssemblyModel assembly)
        {
            if (!string.IsNullOrWhiteSpace(annotation.Retention)) return annotation.Retention;
            foreach (var typeAnnotation in typeAnnotations)
            {
                if (!string.IsNullOrWhiteSpace(typeAnnotation.Retention) && Contains(typeAnnotation.PurposeIds, purposeId))
                    return typeAnnotation.Retention;
            }
            return ActivityRetention(purposeId, assembly);
        }

        public static string? ActivityRetention(string purposeId, AssemblyModel assembly)
        {
            foreach (var activity in assembly.Activities)
            {
                if (activity.PurposeId == purposeId && !string.IsNullOrWhiteSpace(activity.Retention)) return activity.Retention;
            }
            return null;
        }

        private static bool Contains(EquatableArray<string> ids, string id)
        {
            foreach (var candidate in ids)
            {
                if (candidate == id) return true;
            }
            return false;
        }
    }
}
