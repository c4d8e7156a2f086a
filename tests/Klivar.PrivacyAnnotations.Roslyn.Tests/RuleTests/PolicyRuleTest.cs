extern alias runtime;

using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>The harness of the DPO policy's rules: a policy, code that complies with it, one verifier.</summary>
internal static class PolicyRuleTest
{
    internal const string PolicyPath = "/0/privacy-policy.json";

    internal const string Policy = """
        {
          "version": "2026.1",
          "purposes": {
            "logging": { "legalBases": ["LegitimateInterests"], "maxRetention": "1y" },
            "platform-management": { "legalBases": ["Contract"], "maxRetention": "during contract + 10y archive" }
          },
          "maxRetentionByCategory": { "Technical": "1y", "Financial": "during contract + 10y archive" },
          "forbiddenCategories": ["Health", "Criminal"],
          "transfers": { "allowedCountries": ["US", "GB"], "allowedSafeguards": ["StandardContractualClauses", "AdequacyDecision"] },
          "require": { "dataProtectionOfficer": true }
        }
        """;

    internal const string Compliant = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Klivar", DataProtectionOfficer = "dpo@klivar.com")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: InternationalTransfer("Hosting", "US", TransferSafeguard.StandardContractualClauses)]

        public class Invoice
        {
            [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive")]
            public string Iban { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public string IpAddress { get; set; } = "";
            [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")]
            public string DeviceId { get; set; } = "";
        }
        """;

    internal static async Task Verify(string source, string? policy, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<PolicyAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences();
        if (policy is not null) test.TestState.AdditionalFiles.Add((PolicyPath, policy));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    internal static DiagnosticResult Unreadable(int line, int column, int endColumn, string message) =>
        new DiagnosticResult(Rules.UnreadablePolicy).WithSpan(PolicyPath, line, column, line, endColumn).WithArguments("privacy-policy.json", line, column, message);

    internal static string RetentionError(string text)
    {
        runtime::Klivar.PrivacyAnnotations.RetentionPolicy.TryParse(text, out _, out var error);
        return error!.Message;
    }
}
