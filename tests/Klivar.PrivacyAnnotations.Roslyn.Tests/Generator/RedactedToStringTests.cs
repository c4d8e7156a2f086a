extern alias runtime;

using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// Safe by default. A partial record prints through a generated PrintMembers, a partial class or struct
/// without a ToString through a generated ToString: personal members redacted, the record's shape kept; never where the
/// team wrote its own, and off per type or per assembly with [RedactedToString(false)].
/// </summary>
public class RedactedToStringTests
{
    private const string Source = """
        using Klivar.PrivacyAnnotations;
        namespace Shop
        {
            public enum Tier { Basic, Gold }

            public partial record Customer(
                [property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email,
                int Id,
                string Notes)
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Name { get; init; } = "";
                public Tier Tier { get; init; }
            }

            public partial record Employee(
                string Email, int Id, string Notes,
                [property: PersonalData(DataCategory.Financial, Purpose.Billing)] string Iban) : Customer(Email, Id, Notes);

            public sealed partial record Lead([property: PersonalData(DataCategory.Identification, Purpose.CommercialProspecting, Redaction = RedactionKind.Hash)] string Name);

            public partial record struct Visit([property: PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress, int Pages);

            public partial class Account
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Account, Purpose.PlatformManagement)]
                public string Login { get; set; } = "";
            }

            public partial struct Point
            {
                [PersonalData(DataCategory.Location, Purpose.ServiceImprovement)]
                public double Latitude;
                public int Zoom;
            }

            public partial class Own
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                public override string ToString() => "own";
            }

            public partial record OwnPrint([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email)
            {
                protected virtual bool PrintMembers(System.Text.StringBuilder builder) { builder.Append("mine"); return true; }
            }

            [RedactedToString(false)]
            public partial class Quiet
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }

            public record NotPartial([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);
        }
        """;

    private static readonly GeneratorRun Run = GeneratorRun.Run(Source);
    private static readonly System.Reflection.Assembly Loaded = Run.Load();

    private static object New(string type, params object?[] arguments) => System.Activator.CreateInstance(Loaded.GetType("Shop." + type, true)!, arguments)!;

    private static object With(object instance, string property, object? value)
    {
        instance.GetType().GetProperty(property)!.SetValue(instance, value);
        return instance;
    }

    [Fact]
    public void A_partial_record_prints_like_a_record_with_personal_members_redacted()
    {
        var tier = System.Enum.Parse(Loaded.GetType("Shop.Tier", true)!, "Gold");
        var customer = With(With(New("Customer", "jane.doe@example.com", 42, "VIP"), "Name", "Jane Doe"), "Tier", tier);

        // Declaration order, the record's shape; Notes (text not declared either way) is left out, as in ToRedactedString.
        var text = customer.ToString()!;
        Assert.Equal("Customer { Email = j***@***.com, Id = 42, Name = " + Run_Redact("Jane Doe", "Identification") + ", Tier = Gold }", text);
        Assert.Equal(text, customer.GetType().GetMethod("ToRedactedString")!.Invoke(customer, null));
        Assert.DoesNotContain("jane", text);
        Assert.DoesNotContain("Doe", text);
    }

    [Fact]
    public void A_derived_record_prints_its_base_members_first_a_sealed_one_and_a_record_struct_theirs()
    {
        var employee = New("Employee", "jane.doe@example.com", 7, "n", "FR7630006000011234567890189");
        Assert.Equal("Employee { Email = j***@***.com, Id = 7, Name = , Tier = Basic, Iban = " + Run_Redact("FR7630006000011234567890189", "Financial") + " }", employee.ToString());

        var lead = New("Lead", "Jane Doe")!.ToString()!;
        Assert.StartsWith("Lead { Name = ", lead);
        Assert.DoesNotContain("Jane", lead);

        var visit = New("Visit", "203.0.113.9", 3)!.ToString()!;
        Assert.Equal("Visit { IpAddress = " + Run_Redact("203.0.113.9", "Technical") + ", Pages = 3 }", visit);
        Assert.DoesNotContain("203.0", visit);
    }

    [Fact]
    public void A_partial_class_or_struct_without_a_ToString_gets_one()
    {
        var account = With(With(New("Account"), "Id", 5), "Login", "jdoe1984");
        Assert.Equal("Account { Id = 5, Login = " + Run_Redact("jdoe1984", "Account") + " }", account.ToString());
        Assert.DoesNotContain("jdoe", account.ToString());

        var point = New("Point");
        point.GetType().GetField("Latitude")!.SetValue(point, 48.8566);
        Assert.DoesNotContain("48.8", point.ToString());
        Assert.StartsWith("Point { Latitude = ", point.ToString());
    }

    [Fact]
    public void What_the_team_wrote_and_what_it_switched_off_is_left_alone()
    {
        Assert.Equal("own", With(New("Own"), "Email", "a@b.c").ToString());
        Assert.Equal("OwnPrint { mine }", New("OwnPrint", "a@b.c").ToString());
        Assert.Equal("Shop.Quiet", With(New("Quiet"), "Email", "a@b.c").ToString());
        // Not partial: the compiler's ToString, which KPA0009 reports.
        Assert.Equal("NotPartial { Email = a@b.c }", New("NotPartial", "a@b.c").ToString());

        Assert.DoesNotContain("ToString", Run.Source("Shop.Own.Privacy.g.cs"));
        Assert.DoesNotContain("PrintMembers", Run.Source("Shop.OwnPrint.Privacy.g.cs"));
        Assert.DoesNotContain("ToString()", Run.Source("Shop.Quiet.Privacy.g.cs").Replace("ToRedactedString()", ""));
    }

    [Fact]
    public void The_assembly_switch_turns_it_off_and_a_type_can_turn_it_back_on()
    {
        var run = GeneratorRun.Run("""
            using Klivar.PrivacyAnnotations;
            [assembly: RedactedToString(false)]
            namespace Shop
            {
                public partial record Off([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);
                [RedactedToString(true)]
                public partial record On([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);
            }
            """);
        run.AssertCompilesCleanly();
        Assert.DoesNotContain("PrintMembers", run.Source("Shop.Off.Privacy.g.cs"));
        Assert.Contains("PrintMembers", run.Source("Shop.On.Privacy.g.cs"));
    }

    [Fact]
    public void The_generated_method_is_one_statement()
    {
        Assert.Contains("protected virtual bool PrintMembers(global::System.Text.StringBuilder builder) => PrivacyMetadata.PrintMembers(this, builder);", Run.Source("Shop.Customer.Privacy.g.cs"));
        Assert.Contains("protected override bool PrintMembers(global::System.Text.StringBuilder builder) => PrivacyMetadata.PrintMembers(this, builder, basePrinted: base.PrintMembers(builder));", Run.Source("Shop.Employee.Privacy.g.cs"));
        Assert.Contains("ExcludeFromCodeCoverage]\n        private bool PrintMembers(global::System.Text.StringBuilder builder)", Run.Source("Shop.Lead.Privacy.g.cs"));
        Assert.Contains("ExcludeFromCodeCoverage]\n        private bool PrintMembers(global::System.Text.StringBuilder builder)", Run.Source("Shop.Visit.Privacy.g.cs"));
        Assert.Contains("public override string ToString() => PrivacyMetadata.ToRedactedString(this);", Run.Source("Shop.Account.Privacy.g.cs"));
    }

    private static string Run_Redact(string value, string category) =>
        runtime::Klivar.PrivacyAnnotations.Redaction.Redact(value, System.Enum.Parse<runtime::Klivar.PrivacyAnnotations.DataCategory>(category));

    [Fact]
    public void Members_holding_collections_of_annotated_objects_are_in_the_table_for_loggers()
    {
        var run = GeneratorRun.Run("""
            using Klivar.PrivacyAnnotations;
            using System.Collections.Generic;
            namespace Shop
            {
                public partial class Address
                {
                    [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                    public string City { get; set; } = "";
                }
                public partial class Customer
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                    public Address? Home { get; set; }
                    public List<Address> Previous { get; set; } = new();
                    public Address[] Others { get; set; } = System.Array.Empty<Address>();
                    public List<string> Tags { get; set; } = new();
                }
            }
            """);
        run.AssertCompilesCleanly();
        var source = run.Source("Shop.Customer.Privacy.g.cs");
        Assert.Contains(".Plain<global::Shop.Address?>(\"Home\", printable: false)", source);
        Assert.Contains(".Plain<global::System.Collections.Generic.List<global::Shop.Address>>(\"Previous\", printable: false)", source);
        Assert.Contains(".Plain<global::Shop.Address[]>(\"Others\", printable: false)", source);
        Assert.Contains("return instance.Others;", source); // read through the type's one accessor
        Assert.DoesNotContain("\"Tags\"", source);
    }
}
