namespace Klivar.PrivacyAnnotations
{
    /// <summary>What the law and the CNIL template say about each <see cref="DataCategory"/>.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    static class DataCategoryFacts
    {
        /// <summary>True for the Art. 9(1) special categories and Art. 10 criminal data: they need an Art. 9(2) condition.</summary>
        public static bool IsSpecial(DataCategory category) =>
            category >= DataCategory.RacialOrEthnicOrigin && category <= DataCategory.Criminal;

        /// <summary>True where the CNIL asks for particular care although the GDPR does not list it in Art. 9 (the NIR).</summary>
        public static bool IsSensitive(DataCategory category) =>
            IsSpecial(category) || category == DataCategory.NationalIdentifier;

        /// <summary>True for a value the enum defines; <c>(DataCategory)999</c> is not.</summary>
        public static bool IsDefined(DataCategory category) =>
            category >= DataCategory.Identification && category <= DataCategory.Professional;

        /// <summary>The GDPR article that governs the category: <c>Art. 9</c>, <c>Art. 10</c>, or null.</summary>
        public static string? Article(DataCategory category) =>
            category == DataCategory.Criminal ? "Art. 10" : IsSpecial(category) ? "Art. 9" : null;

        /// <summary>The heading of the CNIL register template that the category falls under.</summary>
        public static string CnilHeading(DataCategory category)
        {
            switch (category)
            {
                case DataCategory.Identification: return "Civil status, identity, identification data";
                case DataCategory.Contact: return "Civil status, identity, identification data";
                case DataCategory.Account: return "Other (account and subscription)";
                case DataCategory.Professional: return "Professional life";
                case DataCategory.Content: return "Personal life";
                case DataCategory.Financial: return "Economic and financial information";
                case DataCategory.Technical: return "Connection data";
                case DataCategory.Credentials: return "Connection data";
                case DataCategory.Usage: return "Internet data";
                case DataCategory.Location: return "Location data";
                case DataCategory.NationalIdentifier: return "National identification number";
                default: return "Sensitive data";
            }
        }

        /// <summary>
        /// The redaction a member of this category gets unless it says otherwise: secrets and sensitive data are erased,
        /// technical and usage identifiers become stable pseudonyms, everything else is masked. A category the enum does
        /// not define (<c>(DataCategory)999</c>) is erased: nothing says what it holds, so nothing of it is shown.
        /// </summary>
        public static RedactionKind DefaultRedaction(DataCategory category)
        {
            // Fail safe: an undefined category used to fall through to Mask and show the first character.
            if (!IsDefined(category) || IsSensitive(category)) return RedactionKind.Erase;
            switch (category)
            {
                case DataCategory.Credentials:
                case DataCategory.Content:
                case DataCategory.Financial:
                case DataCategory.Location:
                    return RedactionKind.Erase;
                case DataCategory.Technical:
                case DataCategory.Usage:
                    return RedactionKind.Hash;
                default:
                    return RedactionKind.Mask;
            }
        }
    }
}
