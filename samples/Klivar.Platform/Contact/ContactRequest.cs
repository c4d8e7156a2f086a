using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Contact;

/// <summary>A message sent through the website's contact form ("identification data via the contact form").</summary>
public sealed partial record ContactRequest(
    [PersonalData(DataCategory.Identification, Purpose.ContactForm)] string Name,
    [PersonalData(DataCategory.Contact, Purpose.ContactForm)] string EmailAddress,
    [PersonalData(DataCategory.Identification, Purpose.ContactForm)] string Company,
    [PersonalData(DataCategory.Content, Purpose.ContactForm)] string Message,
    DateTime ReceivedOn)
{
    // The record's printed form (ToString, logs, debugger) shows personal members redacted (KPA0009).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Name = ").Append(Redaction.Redact(Name, DataCategory.Identification));
        builder.Append(", EmailAddress = ").Append(Redaction.Redact(EmailAddress, DataCategory.Contact));
        builder.Append(", Company = ").Append(Redaction.Redact(Company, DataCategory.Identification));
        builder.Append(", Message = ").Append(Redaction.Redact(Message, DataCategory.Content));
        builder.Append(", ReceivedOn = ").Append(ReceivedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
