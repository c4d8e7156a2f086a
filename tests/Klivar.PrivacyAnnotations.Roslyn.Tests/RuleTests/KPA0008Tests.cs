using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.LeakRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0008: Personal data flows into logs or output.</summary>
public class KPA0008Tests
{
    [Fact]
    public async Task Logger_calls_direct_interpolated_concatenated_and_whole_objects()
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
    public async Task Console_debug_trace_exceptions_and_activity_tags()
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
    public async Task Sinks_the_name_check_must_not_miss()
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
    public async Task Logger_message_methods_and_annotated_parameters()
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
    public async Task Names_an_annotated_indexer_parameter_as_the_indexer()
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
    public async Task Is_silent_on_redacted_and_non_personal_values()
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
    public async Task Is_silent_on_objects_that_print_through_redaction_and_on_redacted_copies()
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
    public async Task Is_silent_without_the_runtime_library()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<LeakAnalyzer, DefaultVerifier>
        {
            TestCode = "public class U { public string Email = \"\"; void M() => System.Console.WriteLine(Email); }",
        };
        test.TestState.ReferenceAssemblies = Infrastructure.HarnessSetup.NoDownload;
        test.TestState.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
        await test.RunAsync();
    }
}
