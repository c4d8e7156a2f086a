namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Why data is still kept in the archive phase of a retention rule, once the purpose it was collected for is over
    /// (CNIL: <i>archivage intermédiaire</i>). Written in the retention language after the archive period:
    /// <c>during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)</c>. The ground decides the
    /// exception to erasure a request is answered with: Art. 17(3)(b) or Art. 17(3)(e).
    /// </summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum ArchiveGround
    {
        /// <summary>No archive phase, or one that states no ground (KPA0037).</summary>
        None = 0,
        /// <summary>
        /// A legal obligation requires the data to be kept (Art. 6(1)(c), Art. 17(3)(b)): the reference names the
        /// statute (<c>Code de commerce, art. L123-22</c>, <c>CGI, art. L102 B</c>). Written <c>legal-obligation</c>.
        /// </summary>
        LegalObligation = 1,
        /// <summary>
        /// The data is kept for the establishment, exercise or defence of legal claims (Art. 17(3)(e)) while a claim can
        /// still be brought: the reference names the limitation period (<c>Code civil, art. 2224</c>). Written
        /// <c>legal-claims</c>.
        /// </summary>
        LegalClaims = 2,
    }
}
