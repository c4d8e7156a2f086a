using Klivar.PrivacyAnnotations;

namespace Klivar.Platform.Rights;

/// <summary>A data subject's request: kept for the calendar year of the request, then 2 years in archives.</summary>
public sealed partial class RightsRequest
{
    [PersonalData(DataCategory.Identification, Purpose.ExercisingRights)]
    public string RequesterName { get; set; } = "";

    [PersonalData(DataCategory.Contact, Purpose.ExercisingRights)]
    public string RequesterEmail { get; set; } = "";

    [PersonalData(DataCategory.Content, Purpose.ExercisingRights)]
    public string Request { get; set; } = "";

    /// <summary>The right exercised: access, rectification, erasure, restriction, objection, portability, withdrawal of consent.</summary>
    public string Right { get; set; } = "";

    public DateTime ReceivedOn { get; set; }
}
