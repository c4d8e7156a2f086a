using Klivar.PrivacyAnnotations;

namespace Klivar.Billing.Logging;

/// <summary>A trace of an action on an invoice, kept one year in the logging system (the activity's retention).</summary>
public readonly partial record struct InvoiceAuditEntry(
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress,
    [PersonalData(DataCategory.Identification, Purpose.Logging)] string Username,
    string InvoiceNumber,
    string Action,
    DateTime At)
{
    // The record's printed form (ToString, logs, debugger) shows personal members redacted (KPA0009).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("IpAddress = ").Append(Redaction.Redact(IpAddress, DataCategory.Technical));
        builder.Append(", Username = ").Append(Redaction.Redact(Username, DataCategory.Identification));
        builder.Append(", InvoiceNumber = ").Append(InvoiceNumber);
        builder.Append(", Action = ").Append(Action);
        builder.Append(", At = ").Append(At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
