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
    DateTime At);
