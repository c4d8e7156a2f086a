using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Contact;

/// <summary>A message sent through the website's contact form ("identification data via the contact form").</summary>
public sealed partial record ContactRequest(
    [PersonalData(DataCategory.Identification, Purpose.ContactForm)] string Name,
    [PersonalData(DataCategory.Contact, Purpose.ContactForm)] string EmailAddress,
    [PersonalData(DataCategory.Identification, Purpose.ContactForm)] string Company,
    [PersonalData(DataCategory.Content, Purpose.ContactForm)] string Message,
    DateTime ReceivedOn);
