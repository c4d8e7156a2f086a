using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>KPA0023 (a personal member erasure cannot write) and KPA0024 (one the helpers of a non-partial type cannot reach).</summary>
public class PersonalMemberReachAnalyzerTests
{
    private const string Activity = """
        using Klivar.PrivacyAnnotations;
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        """;

    [Fact]
    public async Task KPA0023_fires_on_a_readonly_field_a_get_only_or_computed_property_and_init_only_on_a_class()
    {
        await AnalyzerTestSetup.VerifyAsync<PersonalMemberReachAnalyzer>(Activity + """

            public partial class Ledger
            {
                public Ledger(string holder) { Holder = holder; Iban = holder; _taxId = holder; }
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                private readonly string {|#0:_taxId|};
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                public string {|#1:Iban|} { get; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string {|#2:Holder|} { get; init; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string {|#3:Greeting|} => "Dear " + Holder;
            }
            """, false,
            new DiagnosticResult("KPA0023", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments("_taxId", "a read-only field"),
            new DiagnosticResult("KPA0023", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1).WithArguments("Iban", "a get-only property, set only by a constructor"),
            new DiagnosticResult("KPA0023", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2).WithArguments("Holder", "init-only on a class, set only when the object is created"),
            new DiagnosticResult("KPA0023", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(3).WithArguments("Greeting", "a computed property with no setter"));
    }

    [Fact]
    public async Task Silent_on_private_setters_and_fields_of_a_partial_type_init_only_members_of_records_and_structs_a_subject_key_a_navigation_a_type_never_stored_and_a_class_on_net8()
    {
        await AnalyzerTestSetup.VerifyAsync<PersonalMemberReachAnalyzer>(Activity + """

            public partial class Buyer
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Name { get; private set; } = "";
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                private string _card = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                protected string Phone { get; set; } = "";
                public string Card => _card;
            }

            public record Lead([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);

            public record struct Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.PlatformManagement)]
                public string Ip { get; init; }
            }

            // Not partial: a non-generic class on .NET 8 is reached through [UnsafeAccessor].
            public class Order
            {
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                private string _street = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; private set; } = "";
                public string Street => _street;
            }

            public sealed partial class Account
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement), DataSubjectKey]
                public System.Guid Id { get; init; }
            }

            [NotStored]
            public class OrderStarted
            {
                public OrderStarted(string buyer) { Buyer = buyer; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Buyer { get; }
            }

            [NotStored]
            public struct Message
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                private string _email;
                public Message(string email) { _email = email; }
                public override string ToString() => _email;
            }

            public partial class Purchase
            {
                public Purchase(Buyer buyer) { Buyer = buyer; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public Buyer Buyer { get; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                private readonly System.Collections.Generic.List<Buyer> _coBuyers = new();
                public int CoBuyers => _coBuyers.Count;
            }

            public class Plain
            {
                private readonly string _notPersonal = "";
                public string Text => _notPersonal;
            }
            """);
    }

    [Fact]
    public async Task KPA0024_fires_on_non_public_members_of_a_non_partial_struct_generic_type_or_record_init()
    {
        await AnalyzerTestSetup.VerifyAsync<PersonalMemberReachAnalyzer>(Activity + """

            public struct PaymentCard
            {
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                private string {|#0:_holder|};
                public PaymentCard(string holder) { _holder = holder; }
                public override string ToString() => _holder;
            }

            public class Envelope<T>
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string {|#1:Email|} { get; private set; } = "";
            }

            public record Lead
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string {|#2:Email|} { get; private init; } = "";
            }
            """, false,
            new DiagnosticResult("KPA0024", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0)
                .WithArguments("_holder", "a non-public field the generated helpers cannot read ([UnsafeAccessor] does not fit a struct here)", "PaymentCard"),
            new DiagnosticResult("KPA0024", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(1)
                .WithArguments("Email", "a property with a non-public setter the generated helpers cannot set ([UnsafeAccessor] does not fit a generic type here)", "Envelope"),
            new DiagnosticResult("KPA0024", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(2)
                .WithArguments("Email", "a property with a non-public init accessor the generated helpers cannot set (an init accessor is set only through 'with', which needs it accessible)", "Lead"));
    }
}
