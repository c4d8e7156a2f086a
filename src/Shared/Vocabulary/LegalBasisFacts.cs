namespace Klivar.PrivacyAnnotations
{
    /// <summary>The article and plain-language wording of each <see cref="LegalBasis"/>, for the register and the notice.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    static class LegalBasisFacts
    {
        /// <summary>The GDPR provision: <c>Art. 6(1)(a)</c> for consent, and so on.</summary>
        public static string Article(LegalBasis basis)
        {
            switch (basis)
            {
                case LegalBasis.Consent: return "Art. 6(1)(a)";
                case LegalBasis.Contract: return "Art. 6(1)(b)";
                case LegalBasis.LegalObligation: return "Art. 6(1)(c)";
                case LegalBasis.VitalInterests: return "Art. 6(1)(d)";
                case LegalBasis.PublicTask: return "Art. 6(1)(e)";
                case LegalBasis.LegitimateInterests: return "Art. 6(1)(f)";
                default: return "Art. 6(1)";
            }
        }

        /// <summary>The basis in words: <c>consent</c>, <c>performance of a contract</c>...</summary>
        public static string Describe(LegalBasis basis)
        {
            switch (basis)
            {
                case LegalBasis.Consent: return "consent";
                case LegalBasis.Contract: return "performance of a contract";
                case LegalBasis.LegalObligation: return "compliance with a legal obligation";
                case LegalBasis.VitalInterests: return "protection of vital interests";
                case LegalBasis.PublicTask: return "a task carried out in the public interest";
                case LegalBasis.LegitimateInterests: return "legitimate interests";
                default: return basis.ToString();
            }
        }

        /// <summary>Reads a basis name as the register stores it.</summary>
        public static bool TryParse(string? name, out LegalBasis basis)
        {
            for (var candidate = LegalBasis.Consent; candidate <= LegalBasis.LegitimateInterests; candidate++)
            {
                if (candidate.ToString() == name)
                {
                    basis = candidate;
                    return true;
                }
            }
            basis = default;
            return false;
        }
    }
}
