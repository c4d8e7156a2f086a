using System;
using Microsoft.Extensions.Compliance.Redaction;

namespace Klivar.PrivacyAnnotations.Compliance
{
    /// <summary>
    /// A redactor that redacts as <see cref="Redaction.Redact(string, DataCategory, RedactionKind)"/> does, so the logging
    /// pipeline writes what <c>ToRedactedString()</c> and the Serilog policy write. An empty value stays empty.
    /// </summary>
    public abstract class PrivacyRedactor : Redactor
    {
        private readonly RedactionKind _kind;

        private protected PrivacyRedactor(RedactionKind kind) => _kind = kind;

        /// <summary>The redaction this redactor applies.</summary>
        public RedactionKind Kind => _kind;

        /// <inheritdoc />
        public override int GetRedactedLength(ReadOnlySpan<char> input) => RedactText(input).Length;

        /// <inheritdoc />
        public override int Redact(ReadOnlySpan<char> source, Span<char> destination)
        {
            var redacted = RedactText(source);
            if (!redacted.AsSpan().TryCopyTo(destination))
                throw new ArgumentException("The destination is shorter than GetRedactedLength said.", nameof(destination));
            return redacted.Length;
        }

        // The category only chooses the redaction when the kind is Default: this one is always explicit.
        private string RedactText(ReadOnlySpan<char> source) =>
            PrivacyAnnotations.Redaction.Redact(source.ToString(), DataCategory.Identification, _kind);
    }

    /// <summary>Masks a value as <see cref="Redaction.Mask(string)"/> does (<c>j***@***.com</c>).</summary>
    public sealed class PrivacyMaskRedactor : PrivacyRedactor
    {
        /// <summary>Creates the redactor.</summary>
        public PrivacyMaskRedactor() : base(RedactionKind.Mask) { }
    }

    /// <summary>
    /// A keyed hash, as <see cref="Redaction.Hash(string)"/> (HMAC-SHA256 under the key given to
    /// <see cref="Redaction.UseHashKey(byte[])"/>; erased until a key is set).
    /// </summary>
    public sealed class PrivacyHashRedactor : PrivacyRedactor
    {
        /// <summary>Creates the redactor.</summary>
        public PrivacyHashRedactor() : base(RedactionKind.Hash) { }
    }

    /// <summary>Erases a value: <see cref="Redaction.Erased"/>.</summary>
    public sealed class PrivacyEraseRedactor : PrivacyRedactor
    {
        /// <summary>Creates the redactor.</summary>
        public PrivacyEraseRedactor() : base(RedactionKind.Erase) { }
    }
}
