using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

public class LeakAnalyzerTests
{
    private const string Model = """
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

    private static Task Verify(string source, params DiagnosticResult[] expected) =>
        VerifyAsync<LeakAnalyzer>(Model + source, withLogging: true, expected);

    private static DiagnosticResult Leak(int location, string what, string sink) =>
        new DiagnosticResult(Rules.PersonalDataInOutput).WithLocation(location).WithArguments(what, sink);

    private const string Email = "Personal data 'User.Email' (Contact)";

    [Fact]
    public async Task KPA0008_logger_calls_direct_interpolated_concatenated_and_whole_objects()
    {
        await Verify("""
            public class Service
            {
                public void Run(ILogger logger, User user)
                {
                    logger.LogInformation("Signed in {Email}", {|#0:user.Email|});
                    logger.LogWarning($"Signed in {{|#1:user.Email|}} from {{|#2:user.Ip|}}");
                    logger.LogError("Signed in " + {|#3:user.Email|});
                    logger.LogInformation("User {User}", {|#4:user|});
                    logger.Log(LogLevel.Debug, "Seen {Email}", {|#5:user?.Email|});
                    using var scope = logger.BeginScope("For {Email}", {|#6:user.Email|});
                }
            }
            """,
            Leak(0, Email, "a log message (LogInformation)"),
            Leak(1, Email, "a log message (LogWarning)"),
            Leak(2, "Personal data 'User.Ip' (Technical)", "a log message (LogWarning)"),
            Leak(3, Email, "a log message (LogError)"),
            Leak(4, "'user' (a User, which holds personal data)", "a log message (LogInformation)"),
            Leak(5, Email, "a log message (Log)"),
            Leak(6, Email, "a log message (BeginScope)"));
    }

    [Fact]
    public async Task KPA0008_console_debug_trace_exceptions_and_activity_tags()
    {
        await Verify("""
            public class Service
            {
                public void Run(User user, System.Diagnostics.Activity activity)
                {
                    Console.WriteLine({|#0:user.Email|});
                    Console.WriteLine("{0}", {|#1:user.Email|});
                    System.Diagnostics.Debug.WriteLine(string.Format("{0}", {|#2:user.Email|}));
                    System.Diagnostics.Trace.TraceInformation("{0}", {|#3:user|});
                    activity.SetTag("user.email", {|#4:user.Email|});
                    throw new InvalidOperationException($"No account for {{|#5:user.Email|}}");
                }
            }
            """,
            Leak(0, Email, "the console (Console.WriteLine)"),
            Leak(1, Email, "the console (Console.WriteLine)"),
            Leak(2, Email, "debug output (Debug.WriteLine)"),
            Leak(3, "'user' (a User, which holds personal data)", "trace output (Trace.TraceInformation)"),
            Leak(4, Email, "an Activity tag (Activity.SetTag)"),
            Leak(5, Email, "an exception message (new InvalidOperationException)"));
    }

    [Fact]
    public async Task KPA0008_sinks_the_name_check_must_not_miss()
    {
        // The analyzer binds only calls and creations whose names can be sinks: an exception type not named
        // "...Exception", a [LoggerMessage] method marked through a using alias, a null-conditional call and a
        // target-typed new(...) must still be found.
        await Verify("""
            namespace Checks
            {
                using LogMessage = Microsoft.Extensions.Logging.LoggerMessageAttribute;

                public class AccountProblem : InvalidOperationException
                {
                    public AccountProblem(string message) : base(message) { }
                }

                public static partial class Audit
                {
                    [LogMessage(EventId = 2, Level = LogLevel.Information, Message = "Audited {Email}")]
                    public static partial void Audited(ILogger logger, string email);
                    public static partial void Audited(ILogger logger, string email) { }
                }

                public class Service
                {
                    public void Run(ILogger logger, User user)
                    {
                        Audit.Audited(logger, {|#0:user.Email|});
                        logger?.LogInformation("{Email}", {|#1:user.Email|});
                        if (user.Id == 0) throw new AccountProblem({|#2:user.Email|});
                        InvalidOperationException problem = new({|#3:user.Email|});
                        throw problem;
                    }
                }
            }
            """,
            Leak(0, Email, "a log message ([LoggerMessage] Audit.Audited)"),
            Leak(1, Email, "a log message (LogInformation)"),
            Leak(2, Email, "an exception message (new AccountProblem)"),
            Leak(3, Email, "an exception message (new InvalidOperationException)"));
    }

    [Fact]
    public async Task KPA0008_logger_message_methods_and_annotated_parameters()
    {
        await Verify("""
            public static partial class Log
            {
                [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in {Email}")]
                public static partial void SignedIn(ILogger logger, string email);
                public static partial void SignedIn(ILogger logger, string email) { }
            }

            public class Mailer
            {
                public void Send(ILogger logger, User user, [PersonalData(DataCategory.Contact, Purpose.ContactForm)] string to)
                {
                    Log.SignedIn(logger, {|#0:user.Email|});
                    Console.Write({|#1:to|});
                }
            }
            """,
            Leak(0, Email, "a log message ([LoggerMessage] Log.SignedIn)"),
            Leak(1, "Personal data 'Send(to)' (Contact)", "the console (Console.Write)"));
    }

    [Fact]
    public async Task KPA0008_names_an_annotated_indexer_parameter_as_the_indexer()
    {
        // [PersonalData] on an indexer's parameter is not recorded (KPA0013), but its value still must not reach a sink.
        await Verify("""
            public class Directory
            {
                public string this[[PersonalData(DataCategory.Contact, Purpose.ContactForm)] string email]
                {
                    get { Console.Write({|#0:email|}); return ""; }
                }
            }
            """,
            Leak(0, "Personal data 'Directory.this[email]' (Contact)", "the console (Console.Write)"));
    }

    [Fact]
    public async Task KPA0008_is_silent_on_redacted_and_non_personal_values()
    {
        await Verify("""
            public class Service
            {
                public void Run(ILogger logger, User user, string local)
                {
                    logger.LogInformation("User {Id}", user.Id);
                    logger.LogInformation("User {Email}", Redaction.Redact(user.Email, DataCategory.Contact));
                    logger.LogInformation($"User {user.ToRedactedString()}");
                    logger.LogInformation("Length {Length}", user.Email.Length);
                    Console.WriteLine(local);
                    Console.WriteLine(nameof(User.Email));
                    var message = "User " + user.Id;
                    System.Diagnostics.Debug.WriteLineIf(user.Email.Length > 0, "has e-mail");
                    throw new ArgumentException("Bad e-mail", nameof(user));
                }
            }
            """);
    }

    [Fact]
    public async Task KPA0008_is_silent_on_objects_that_print_through_redaction_and_on_redacted_copies()
    {
        // After the KPA0009 fix the type's text form redacts, and a Redacted() copy holds redacted values:
        // printing either is not a leak. A record that still prints through the compiler's ToString still is.
        await Verify("""
            public class Order
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                public override string ToString() => "Order " + Redaction.Redact(Email, DataCategory.Contact);
                public Order Redacted() => new Order { Email = Redaction.Redact(Email, DataCategory.Contact) };
            }
            public record Receipt([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder)
                {
                    builder.Append("Email = ").Append(Redaction.Redact(Email, DataCategory.Contact));
                    return true;
                }
            }
            public class Invoice
            {
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                public string Iban { get; set; } = "";
            }
            public record {|#3:Printed|}([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);
            public class Service
            {
                public void Run(ILogger logger, Order order, Receipt receipt, Printed printed, User user, Invoice invoice)
                {
                    Console.WriteLine(order);
                    logger.LogInformation("Order {Order}", order);
                    Console.WriteLine($"Receipt {receipt}");
                    var copy = order.Redacted();
                    logger.LogInformation("Order for {Email}", copy.Email);
                    Console.WriteLine(order.Redacted().Email);
                    Console.WriteLine(copy);
                    var changed = order.Redacted();
                    changed = order;
                    Console.WriteLine({|#0:changed.Email|});
                    Console.WriteLine({|#1:printed|});
                    Console.WriteLine({|#2:order.Email|});
                    Console.WriteLine({|#4:invoice|});
                }
            }
            """,
            Leak(0, "Personal data 'Order.Email' (Contact)", "the console (Console.WriteLine)"),
            Leak(1, "'printed' (a Printed, which holds personal data)", "the console (Console.WriteLine)"),
            Leak(2, "Personal data 'Order.Email' (Contact)", "the console (Console.WriteLine)"),
            Leak(4, "'invoice' (an Invoice, which holds personal data)", "the console (Console.WriteLine)"),
            new DiagnosticResult(Rules.ToStringPrintsPersonalData).WithLocation(3)
                .WithArguments("The compiler-generated ToString of record 'Printed'", "Email (Contact)", "make it partial (the generator then prints them redacted), or declare PrintMembers to print them through Redaction.Redact"));
    }

    [Fact]
    public async Task KPA0008_is_silent_without_the_runtime_library()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<LeakAnalyzer, DefaultVerifier>
        {
            TestCode = "public class U { public string Email = \"\"; void M() => System.Console.WriteLine(Email); }",
        };
        test.TestState.ReferenceAssemblies = Infrastructure.HarnessSetup.NoDownload;
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        await test.RunAsync();
    }

    // ---- KPA0009 ----

    [Fact]
    public async Task KPA0009_records_with_the_compiler_generated_ToString()
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
    public async Task KPA0009_is_silent_on_partial_records_the_generator_prints_redacted()
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
    public async Task KPA0009_follows_the_assembly_switch_and_a_type_that_turns_it_back_on()
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

    // ---- KPA0017 ----

    // The two Microsoft.Extensions attributes, by their metadata names (the tests reference no Telemetry package).
    private const string TelemetryTypes = """

        namespace Microsoft.Extensions.Logging { [System.AttributeUsage(System.AttributeTargets.Parameter | System.AttributeTargets.Property)] public sealed class LogPropertiesAttribute : System.Attribute { } }
        namespace Microsoft.Extensions.Compliance.Classification { public abstract class DataClassificationAttribute : System.Attribute { } }
        public sealed class ContactDataAttribute : Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute { }
        """;

    [Fact]
    public async Task KPA0017_fires_on_LogProperties_parameters_whose_personal_members_are_unclassified()
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
    public async Task KPA0017_is_silent_when_every_personal_member_is_classified_or_not_logged_by_properties()
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

    [Fact]
    public async Task KPA0009_ToString_overrides_that_read_personal_members()
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

    [Theory]
    [InlineData("public class S { void M(ILogger l, User u) { l.LogInformation(\"{E}\", u.); } }")]
    [InlineData("public class S { void M(ILogger l, User u) { l.LogInformation($\"{u.Email\"); } }")]
    [InlineData("public class S { void M(User u) { Console.WriteLine(u.Email + ); } }")]
    [InlineData("public class S { void M(User u) { throw new Exception(message: ); } }")]
    [InlineData("public record R([PersonalData(DataCategory.Contact, Purpose.Logging)] string E) { public override string ToString() => E + ; }")]
    [InlineData("public record R([PersonalData(] string E);")]
    [InlineData("public class S { void M(User u) { Missing.WriteLine(u.Email); Console.WriteLine(undefined); } }")]
    public async Task Broken_code_never_crashes_the_analyzer(string code)
    {
        Assert.Empty(await AnalyzerCrashes.RunAsync(Model + code));
    }
}
