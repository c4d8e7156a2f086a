namespace Klivar.PrivacyAnnotations
{
    /// <summary>How a personal value is hidden when it is rendered or copied by the generated redaction helpers.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    enum RedactionKind
    {
        /// <summary>Use the default of the member's <see cref="DataCategory"/> (see <see cref="DataCategoryFacts.DefaultRedaction"/>).</summary>
        Default = 0,
        /// <summary>Replace the whole value: nothing of it remains.</summary>
        Erase = 1,
        /// <summary>Keep a few characters so a person can recognise the value (<c>j***@***.com</c>), hide the rest.</summary>
        Mask = 2,
        /// <summary>A keyed hash (HMAC-SHA256): a stable pseudonym that joins records without revealing the value.</summary>
        Hash = 3,
    }
}
