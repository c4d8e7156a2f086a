using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>The harness of the leak rules: an annotated model, Microsoft.Extensions.Logging, one verifier.</summary>
internal static class LeakRuleTest
{
    internal const string AnnotatedModel = """
        using System;
        using Klivar.PrivacyAnnotations;
        using Microsoft.Extensions.Logging;

        public class User
        {
            public int Id { get; set; }
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging, Redaction = RedactionKind.Erase)]
            public string Ip = "";
            public string ToRedactedString() => "User";
        }

        """;

    internal static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<LeakAnalyzer>(AnnotatedModel + source, withLogging: true, expected);

    internal static DiagnosticResult Leak(int location, string what, string sink) =>
        new DiagnosticResult(Rules.PersonalDataInOutput).WithLocation(location).WithArguments(what, sink);

    internal const string Email = "Personal data 'User.Email' (Contact)";

    // The two Microsoft.Extensions attributes, by their metadata names (the tests reference no Telemetry package).

    internal const string TelemetryTypes = """

        namespace Microsoft.Extensions.Logging { [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)] public sealed class LogPropertiesAttribute : System.Attribute { } }
        namespace Microsoft.Extensions.Compliance.Classification { public abstract class DataClassificationAttribute : System.Attribute { } }
        public sealed class ContactDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        """;
}
