namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>A member the privacy baseline accepts, as the register lists it: type (metadata name), member, rule, category.</summary>
    internal sealed record BaselineMemberModel(string Type, string Member, string Rule, string Category);
}
