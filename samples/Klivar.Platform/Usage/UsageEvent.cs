using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Usage;

/// <summary>Connection and usage data: functions used, visit timestamps, configurations selected.</summary>
public sealed partial class UsageEvent
{
    [PersonalData(DataCategory.Usage, Purpose.PlatformManagement, Purpose.ServiceImprovement)]
    public string FunctionUsed { get; set; } = "";

    [PersonalData(DataCategory.Usage, Purpose.PlatformManagement, Purpose.ServiceImprovement)]
    public DateTime VisitTimestamp { get; set; }

    [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
    public string SelectedConfiguration { get; set; } = "";

    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Purpose.ServiceImprovement)]
    public string Username { get; set; } = "";
}

/// <summary>Beta product test data, collected only from users who agreed to be beta testers.</summary>
public sealed partial record BetaTestFeedback
{
    [PersonalData(DataCategory.Identification, Purpose.ServiceImprovement, DataSubject = "Beta testers")]
    public required string Username { get; init; }

    [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement, DataSubject = "Beta testers")]
    public required string FeatureTested { get; init; }

    [PersonalData(DataCategory.Content, Purpose.ServiceImprovement, DataSubject = "Beta testers")]
    public required string Feedback { get; init; }

    // The record's printed form (ToString, logs, debugger) shows personal members redacted (KPA0009).
    private bool PrintMembers(System.Text.StringBuilder builder)
    {
        builder.Append("Username = ").Append(Redaction.Redact(Username, DataCategory.Identification));
        builder.Append(", FeatureTested = ").Append(Redaction.Redact(FeatureTested, DataCategory.Usage));
        builder.Append(", Feedback = ").Append(Redaction.Redact(Feedback, DataCategory.Content));
        return true;
    }
}
