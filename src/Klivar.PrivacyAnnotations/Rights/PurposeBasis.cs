using System;

namespace Klivar.PrivacyAnnotations
{
    // The legal basis and name of a purpose, as the assembly's ProcessingActivity declarations state them (read from the
    // generated register, never from attributes at run time).
    internal static class PurposeBasis
    {
        public static RegisterActivity? Activity(ProcessingRegister? register, string purposeId)
        {
            if (register is null) return null;
            foreach (var activity in register.Activities)
            {
                if (string.Equals(activity.Id, purposeId, StringComparison.Ordinal)) return activity;
            }
            return null;
        }

        public static LegalBasis? Of(ProcessingRegister? register, string purposeId) =>
            Activity(register, purposeId) is { LegalBasis: { } name } && LegalBasisFacts.TryParse(name, out var basis) ? basis : (LegalBasis?)null;

        // The register to read: the caller's, else the one of the assembly that declares the type.
        public static ProcessingRegister? RegisterFor(PrivacyTypeMetadata table, ProcessingRegister? given) =>
            given ?? (table.Type is { } type ? PrivacyTypes.RegisterOf(type) : null);
    }
}
