using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Logging;

/// <summary>A trace of an action on Klivar's systems ("technical data"), kept one year in the logging system.</summary>
public readonly partial record struct AccessLogEntry(
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress,
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string BrowserType,
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string BrowserVersion,
    [PersonalData(DataCategory.Technical, Purpose.Logging)] string OperatingSystem,
    [PersonalData(DataCategory.Identification, Purpose.Logging)] string Username,
    string Action,
    DateTime At)
{
    // The record's printed form (ToString, logs, debugger) shows personal members redacted (KPA0009).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("IpAddress = ").Append(Redaction.Redact(IpAddress, DataCategory.Technical));
        builder.Append(", BrowserType = ").Append(Redaction.Redact(BrowserType, DataCategory.Technical));
        builder.Append(", BrowserVersion = ").Append(Redaction.Redact(BrowserVersion, DataCategory.Technical));
        builder.Append(", OperatingSystem = ").Append(Redaction.Redact(OperatingSystem, DataCategory.Technical));
        builder.Append(", Username = ").Append(Redaction.Redact(Username, DataCategory.Identification));
        builder.Append(", Action = ").Append(Action);
        builder.Append(", At = ").Append(At.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        return true;
    }
}
