using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>Thrown by <see cref="RetentionPolicy.Parse(string)"/> when the text is not a valid retention policy.</summary>
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed class RetentionFormatException : FormatException
    {
        /// <summary>Creates the exception for a parse error; its message is the error's message.</summary>
        /// <param name="error">Where and why the text failed to parse.</param>
        public RetentionFormatException(RetentionParseError error)
            : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
        {
            Error = error;
        }

        /// <summary>Where and why the text failed to parse.</summary>
        public RetentionParseError Error { get; }
    }
}
