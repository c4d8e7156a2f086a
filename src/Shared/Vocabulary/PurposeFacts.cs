using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Ids and names of purposes. A purpose id is lower-case kebab-case (<c>platform-management</c>); the built-in
    /// <see cref="Purpose"/> values have fixed ids, and teams declare their own ids in <c>ProcessingActivity</c>.
    /// </summary>
    internal static class PurposeFacts
    {
        /// <summary>True for a value the enum defines.</summary>
        public static bool IsDefined(Purpose purpose) =>
            purpose >= Purpose.PlatformManagement && purpose <= Purpose.CustomerManagement;

        /// <summary>The stable id of a built-in purpose: its name in kebab-case.</summary>
        public static string Id(Purpose purpose) => ToKebabCase(purpose.ToString());

        /// <summary>The readable name of a built-in purpose, as a register shows it.</summary>
        public static string DisplayName(Purpose purpose)
        {
            switch (purpose)
            {
                case Purpose.PlatformManagement: return "Platform management";
                case Purpose.CommercialProspecting: return "Commercial prospecting";
                case Purpose.ServiceImprovement: return "Service improvement";
                case Purpose.Logging: return "Logging system";
                case Purpose.ContactForm: return "Contact form";
                case Purpose.ExercisingRights: return "Exercising rights";
                case Purpose.Billing: return "Billing";
                case Purpose.CustomerManagement: return "Customer management";
                default: return purpose.ToString();
            }
        }

        /// <summary>The built-in purpose with this id, if there is one.</summary>
        public static bool TryFromId(string id, out Purpose purpose)
        {
            for (var candidate = Purpose.PlatformManagement; candidate <= Purpose.CustomerManagement; candidate++)
            {
                if (string.Equals(Id(candidate), id, StringComparison.Ordinal))
                {
                    purpose = candidate;
                    return true;
                }
            }
            purpose = default;
            return false;
        }

        /// <summary>
        /// True when <paramref name="id"/> is a valid purpose id: lower-case ASCII letters, digits and single hyphens,
        /// starting with a letter, at most 64 characters.
        /// </summary>
        public static bool IsValidId(string? id)
        {
            if (id == null || id.Length == 0 || id.Length > 64 || id[0] < 'a' || id[0] > 'z' || id[id.Length - 1] == '-')
                return false;
            for (var i = 0; i < id.Length; i++)
            {
                var c = id[i];
                var ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c == '-' && id[i - 1] != '-');
                if (!ok) return false;
            }
            return true;
        }

        /// <summary>Turns a purpose id into a readable name: <c>fraud-screening</c> becomes <c>Fraud screening</c>.</summary>
        public static string DisplayNameForId(string id)
        {
            if (TryFromId(id, out var builtIn)) return DisplayName(builtIn);
            var words = id.Replace('-', ' ');
            return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words.Substring(1);
        }

        internal static string ToKebabCase(string pascal)
        {
            var builder = new System.Text.StringBuilder(pascal.Length + 4);
            for (var i = 0; i < pascal.Length; i++)
            {
                var c = pascal[i];
                if (char.IsUpper(c))
                {
                    if (i > 0) builder.Append('-');
                    builder.Append(char.ToLowerInvariant(c));
                }
                else
                {
                    builder.Append(c);
                }
            }
            return builder.ToString();
        }
    }
}
