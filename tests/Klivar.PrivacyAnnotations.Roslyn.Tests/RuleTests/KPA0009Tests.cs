using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.LeakRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0009: ToString prints personal data.</summary>
public class KPA0009Tests
{
    [Fact]
    public async Task Records_with_the_compiler_generated_ToString()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using Klivar.PrivacyAnnotations;
            public record {|#0:Customer|}([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id)
            {
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string Name { get; init; } = "";
            }
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public record struct {|#1:Visit|}(string Ip);
            public record Hidden
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                private string Email { get; init; } = "";
            }
            public record Custom([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email)
            {
                public override string ToString() => "Custom";
            }
            public record Plain(string Label);
            """, false,
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(0)
                .WithArguments("The compiler-generated ToString of record 'Customer'", "Email (Contact), Name (Identification)", "make it partial (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(1)
                .WithArguments("The compiler-generated ToString of record 'Visit'", "Ip (Technical)", "make it partial (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"));
    }

    // A partial record gets a redacting PrintMembers from the generator, so KPA0009 leaves it alone; it
    // still fires where the generator cannot help (not partial, or switched off), and says how to let it.

    [Fact]
    public async Task Is_silent_on_partial_records_the_generator_prints_redacted()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using Klivar.PrivacyAnnotations;
            public partial record Customer([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email, int Id);
            [PersonalData(DataCategory.Technical, Purpose.Logging)]
            public partial record struct Visit(string Ip);
            public partial class Holder
            {
                public partial record Card([PersonalData(DataCategory.Financial, Purpose.Billing)] string Pan);
            }
            public class Outer
            {
                public partial record {|#0:Inner|}([PersonalData(DataCategory.Financial, Purpose.Billing)] string Pan);
            }
            [RedactedToString(false)]
            public partial record {|#1:Quiet|}([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email);
            """, false,
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(0)
                .WithArguments("The compiler-generated ToString of record 'Inner'", "Pan (Financial)", "make 'Outer' partial (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(1)
                .WithArguments("The compiler-generated ToString of record 'Quiet'", "Email (Contact)", "remove [RedactedToString(false)] (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"));
    }

    [Fact]
    public async Task Follows_the_assembly_switch_and_a_type_that_turns_it_back_on()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using Klivar.PrivacyAnnotations;
            [assembly: RedactedToString(false)]
            public partial record {|#0:Customer|}([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email);
            [RedactedToString(true)]
            public partial record Lead([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email);
            """, false,
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(0)
                .WithArguments("The compiler-generated ToString of record 'Customer'", "Email (Contact)", "remove [assembly: RedactedToString(false)] or mark the record [RedactedToString(true)] (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"));
    }

    [Fact]
    public async Task ToString_overrides_that_read_personal_members()
    {
        await VerifyAsync<LeakAnalyzer>("""
            using System.Text;
            using Klivar.PrivacyAnnotations;
            public class User
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string Name { get; set; } = "";
                public override string ToString() => $"User {Id} {{|#0:Email|}} " + {|#1:Name|};
            }
            public class Account
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                public override string ToString()
                {
                    var builder = new StringBuilder();
                    builder.Append("Account ").Append({|#2:Email|});
                    return builder.ToString();
                }
            }
            public class Safe
            {
                [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]
                public string Email { get; set; } = "";
                public override string ToString() => "Safe " + Redaction.Redact(Email, DataCategory.Contact) + " " + Email.Length;
            }
            public record Printed([PersonalData(DataCategory.Contact, Purpose.CustomerManagement)] string Email)
            {
                protected virtual bool PrintMembers(StringBuilder builder)
                {
                    builder.Append("Email = ").Append({|#3:Email|});
                    return true;
                }
            }
            """, false,
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(0)
                .WithArguments("'User.ToString'", "'User.Email' (Contact)", "print it through Redaction.Redact"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(1)
                .WithArguments("'User.ToString'", "'User.Name' (Identification)", "print it through Redaction.Redact"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(2)
                .WithArguments("'Account.ToString'", "'Account.Email' (Contact)", "print it through Redaction.Redact"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(3)
                .WithArguments("'Printed.PrintMembers'", "'Printed.Email' (Contact)", "print it through Redaction.Redact"));
    }
}
