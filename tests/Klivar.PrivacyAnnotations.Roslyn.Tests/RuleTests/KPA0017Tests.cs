using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.LeakRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0017: Personal member logged through [LogProperties] without a data classification.</summary>
public class KPA0017Tests
{
    [Fact]
    public async Task Fires_on_LogProperties_parameters_whose_personal_members_are_unclassified()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using Klivar.PrivacyAnnotations;
            using Microsoft.Extensions.Logging;
            public class Address
            {
                [PersonalData(DataCategory.Location, Purpose.CustomerManagement)]
                public string City { get; set; } = "";
            }
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                [LogProperties] public Address? Home { get; set; }
                public int Id { get; set; }
            }
            public static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "Signed up")]
                public static partial void SignedUp(ILogger logger, [LogProperties] Customer {|#0:customer|});
                public static partial void SignedUp(ILogger logger, Customer customer) { }
            }
            """ + TelemetryTypes, true,
            new DiagnosticResult(Rules.UnclassifiedLogProperty).WithLocation(0)
                .WithArguments("customer", "Customer.Email (Contact), Customer.Home.City (Location)", "[ContactData], [LocationData]"));
    }

    [Fact]
    public async Task Is_silent_when_every_personal_member_is_classified_or_not_logged_by_properties()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using Klivar.PrivacyAnnotations;
            using Microsoft.Extensions.Logging;
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement), ContactData]
                public string Email { get; set; } = "";
                public int Id { get; set; }
            }
            public static partial class Log
            {
                [LoggerMessage(Level = LogLevel.Information, Message = "Signed up")]
                public static partial void SignedUp(ILogger logger, [LogProperties] Customer customer);
                public static partial void SignedUp(ILogger logger, Customer customer) { }
                public static void NotALogMethod([LogProperties] Customer customer) { }
            }
            """ + TelemetryTypes, true);
    }
}
