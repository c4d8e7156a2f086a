using Klivar.PrivacyAnnotations;

namespace Klivar.Billing.Logging;

/// <summary>A trace of an action on an invoice, kept one year in the logging system (the activity's retention).</summary>
public readonly partial record struct InvoiceAuditEntry(
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress,
    [PersonalData(DataCategory.Identification, Purpose.Logging)] string Username,
    string InvoiceNumber,
    string Action,
    DateTime At);
