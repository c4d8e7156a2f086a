using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Klivar.PrivacyAnnotations.Compliance
{
    /// <summary>
    /// The data-classification taxonomy of the privacy annotations: one <see cref="DataClassification"/> per
    /// <see cref="DataCategory"/>, named after it (<c>Klivar.PrivacyAnnotations:Contact</c>).
    /// </summary>
    public static class PrivacyTaxonomy
    {
        /// <summary>The taxonomy's name.</summary>
        public const string Name = "Klivar.PrivacyAnnotations";

        /// <summary>The classification of a category.</summary>
        /// <exception cref="ArgumentOutOfRangeException">The category is not one the vocabulary defines.</exception>
        public static DataClassification Of(DataCategory category) =>
            DataCategoryFacts.IsDefined(category)
                ? new DataClassification(Name, category.ToString())
                : throw new ArgumentOutOfRangeException(nameof(category), category, "Not a DataCategory.");

        /// <summary>How values of a category are redacted (its default: mask, keyed hash or erase).</summary>
        public static RedactionKind RedactionOf(DataCategory category) => DataCategoryFacts.DefaultRedaction(category);

        /// <summary>Every category's classification, in the enum's order.</summary>
        public static DataClassification[] All
        {
            get
            {
                var categories = (DataCategory[])Enum.GetValues(typeof(DataCategory));
                var all = new DataClassification[categories.Length];
                for (var i = 0; i < categories.Length; i++) all[i] = Of(categories[i]);
                return all;
            }
        }
    }
}
