using System;
using System.Collections.Generic;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;

namespace Klivar.PrivacyAnnotations.Compliance
{
    /// <summary>Registers the privacy annotations' redactors with Microsoft.Extensions.Compliance.</summary>
    public static class PrivacyRedactionExtensions
    {
        /// <summary>
        /// Maps each <see cref="PrivacyTaxonomy"/> classification to the redactor of its category (mask, keyed hash or
        /// erase), and erases whatever is classified otherwise or not at all (the fallback).
        /// </summary>
        public static IRedactionBuilder SetPrivacyAnnotationsRedactors(this IRedactionBuilder builder)
        {
            if (builder is null) throw new ArgumentNullException(nameof(builder));
            var byKind = new Dictionary<RedactionKind, List<DataClassificationSet>>();
            foreach (DataCategory category in Enum.GetValues(typeof(DataCategory)))
            {
                var kind = PrivacyTaxonomy.RedactionOf(category);
                if (!byKind.TryGetValue(kind, out var sets)) byKind.Add(kind, sets = new List<DataClassificationSet>());
                sets.Add(new DataClassificationSet(PrivacyTaxonomy.Of(category)));
            }
            foreach (var pair in byKind)
            {
                var sets = pair.Value.ToArray();
                switch (pair.Key)
                {
                    case RedactionKind.Mask: builder.SetRedactor<PrivacyMaskRedactor>(sets); break;
                    case RedactionKind.Hash: builder.SetRedactor<PrivacyHashRedactor>(sets); break;
                    default: builder.SetRedactor<PrivacyEraseRedactor>(sets); break;
                }
            }
            return builder.SetFallbackRedactor<PrivacyEraseRedactor>();
        }

        /// <summary>
        /// <c>services.AddRedaction(b => b.SetPrivacyAnnotationsRedactors())</c>: the redactor provider the logging
        /// pipeline uses once <c>logging.EnableRedaction()</c> is called.
        /// </summary>
        public static IServiceCollection AddPrivacyAnnotationsRedaction(this IServiceCollection services, Action<IRedactionBuilder>? configure = null)
        {
            if (services is null) throw new ArgumentNullException(nameof(services));
            return services.AddRedaction(builder =>
            {
                builder.SetPrivacyAnnotationsRedactors();
                configure?.Invoke(builder);
            });
        }
    }
}
