namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>Metadata names of the vocabulary, as the compiler sees them in the user's compilation.</summary>
    internal static class KnownNames
    {
        public const string Namespace = "Klivar.PrivacyAnnotations";
        public const string PersonalDataAttribute = Namespace + ".PersonalDataAttribute";
        public const string NotPersonalDataAttribute = Namespace + ".NotPersonalDataAttribute";
        public const string DataSubjectKeyAttribute = Namespace + ".DataSubjectKeyAttribute";
        public const string ProcessingActivityAttribute = Namespace + ".ProcessingActivityAttribute";
        public const string DataControllerAttribute = Namespace + ".DataControllerAttribute";
        public const string InternationalTransferAttribute = Namespace + ".InternationalTransferAttribute";
        public const string ProcessorAttribute = Namespace + ".ProcessorAttribute";
        public const string SecurityMeasuresAttribute = Namespace + ".SecurityMeasuresAttribute";
        public const string RedactedToStringAttribute = Namespace + ".RedactedToStringAttribute";
        public const string NotStoredAttribute = Namespace + ".NotStoredAttribute";
    }
}
