extern alias tool;

using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using ToolRegisterJson = tool::Klivar.PrivacyAnnotations.RegisterJson;
using ToolRegisterMarkdown = tool::Klivar.PrivacyAnnotations.RegisterMarkdown;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// Types never stored (domain events, messages): marked [NotStored] on themselves, a base type or an interface, or
/// recognised as MediatR notifications. The register lists their personal members marked not stored; no retention of
/// theirs is stated for the activity, and the notice does not present them as data kept for a period.
/// </summary>
public class NotStoredTypeTests
{
    private const string Types = """
        using Klivar.PrivacyAnnotations;

        namespace MediatR { public interface INotification { } }

        namespace Ordering
        {
            public class Buyer
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, DataSet = "Buyers")]
                public string Name { get; set; } = "";
            }

            [NotStored(Reason = "Domain event: published to in-process handlers, never persisted")]
            public abstract record DomainEvent;

            public sealed record OrderStarted([property: PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] string BuyerName) : DomainEvent;

            // Recognised by convention: a MediatR notification.
            public sealed class BuyerVerified : MediatR.INotification
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }

            // Derived from a marked base, but stored after all (an outbox).
            [NotStored(false)]
            public sealed record OrderPaidOutboxEntry([property: PersonalData(DataCategory.Financial, Purpose.PlatformManagement)] string CardHolder) : DomainEvent;

            [NotStored]
            public interface ICommand { }

            public sealed class CreateOrderCommand : ICommand
            {
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                public string Street { get; set; } = "";
            }
        }
        """;

    private static readonly Lazy<GeneratorRun> Run = new(() => GeneratorRun.Run(GoldenOutputTests.Declarations, Types));

    [Fact]
    public void The_register_marks_the_fields_of_types_never_stored_with_the_reason()
    {
        var json = Run.Value.RegisterJson();
        PublishedRegisterSchema.AssertValid(json);
        var fields = ToolRegisterJson.Read(json).Activities.SelectMany(a => a.Fields).ToDictionary(f => f.Type + "." + f.Member, f => f.NotStored);

        Assert.Equal("Domain event: published to in-process handlers, never persisted", fields["Ordering.OrderStarted.BuyerName"]);
        Assert.Equal("an in-process notification (MediatR INotification), never stored", fields["Ordering.BuyerVerified.Email"]);
        Assert.Equal("marked as never stored", fields["Ordering.CreateOrderCommand.Street"]);
        Assert.Null(fields["Ordering.OrderPaidOutboxEntry.CardHolder"]);
        Assert.Null(fields["Ordering.Buyer.Name"]);
        Assert.Equal(3, json.Split("\"notStored\"").Length - 1);
        // Read back and written again: the same bytes (the field survives the build step's round trip).
        Assert.Equal(json, ToolRegisterJson.Write(ToolRegisterJson.Read(json)));
    }

    [Fact]
    public void The_notice_says_not_stored_instead_of_a_retention_and_the_markdown_register_too()
    {
        var register = ToolRegisterJson.Read(Run.Value.RegisterJson());
        var notice = tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(register);

        Assert.Contains("  - Order started: not stored: used only while it is handled\n", notice);
        Assert.Contains("  - Buyer verified: not stored: used only while it is handled\n", notice);
        Assert.Contains("  - Create order command: not stored: used only while it is handled\n", notice);
        Assert.Contains("  - Buyers: the duration of the contract\n", notice);
        Assert.Contains("  - Order paid outbox entry: the duration of the contract\n", notice);

        var markdown = ToolRegisterMarkdown.Write(register);
        Assert.Contains("| Ordering.OrderStarted | BuyerName | Identification data | platform-management | not stored |", markdown);
        Assert.Contains("| Ordering.Buyer | Name | Identification data | platform-management | `during contract` |", markdown);

        var french = tool::Klivar.PrivacyAnnotations.PrivacyNotice.Write(register, tool::Klivar.PrivacyAnnotations.Lexicon.French);
        Assert.Contains("non conservé : utilisé seulement le temps de son traitement", french);
    }

    [Fact]
    public async Task KPA0004_asks_no_retention_of_a_type_never_stored_and_still_of_the_others()
    {
        const string code = """
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity("messaging", LegalBasis.Contract)]

            namespace Ordering
            {
                [NotStored]
                public abstract record DomainEvent;
                public sealed record OrderStarted([property: PersonalData(DataCategory.Identification, "messaging")] string BuyerName) : DomainEvent;

                public class Buyer
                {
                    [PersonalData(DataCategory.Identification, "messaging")]
                    public string Name { get; set; } = "";
                }
            }
            """;
        var compilation = GeneratorRun.Run(code).Input;
        var found = await compilation.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new DeclarationAnalyzer())).GetAnalyzerDiagnosticsAsync();
        var missing = found.Where(d => d.Id == "KPA0004").Select(d => d.GetMessage()).ToList();
        Assert.Single(missing);
        Assert.Contains("'Buyer.Name'", missing[0]);
    }
}
