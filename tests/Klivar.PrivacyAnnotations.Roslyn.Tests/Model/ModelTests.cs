using Klivar.PrivacyAnnotations.Roslyn.Model;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Model;

/// <summary>The one reading of the annotations: what AnnotationReader and RegisterBuilder make of real code.</summary>
public class ModelTests
{
    private const string Declarations = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme", Identifier = "SIREN 1")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract", DataSubjects = new[] { "users" })]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "security", Retention = "1y")]
        [assembly: ProcessingActivity("fraud-screening", LegalBasis.LegitimateInterests, LegitimateInterest = "fraud", Retention = "13m")]
        [assembly: InternationalTransfer("Helpdesk", "US", TransferSafeguard.StandardContractualClauses, Purposes = new[] { Purpose.PlatformManagement })]
        """;

    private static (AssemblyModel Assembly, List<TypeModel> Types) Read(params string[] sources)
    {
        var compilation = TestCompilation.Create(sources);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var types = new List<TypeModel>();
        foreach (var tree in compilation.SyntaxTrees)
        {
            var semantic = compilation.GetSemanticModel(tree);
            foreach (var node in tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.TypeDeclarationSyntax>())
            {
                var symbol = (INamedTypeSymbol)semantic.GetDeclaredSymbol(node)!;
                var model = AnnotationReader.ReadType(symbol);
                if (model.Members.Count > 0 && !types.Any(t => t.FullName == model.FullName)) types.Add(model);
            }
        }
        return (AnnotationReader.ReadAssembly(compilation.Assembly), types);
    }

    [Fact]
    public void A_record_positional_parameter_declares_its_property_once()
    {
        var (_, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public record User([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email, string Plan);
            """);
        var user = Assert.Single(types);
        var member = Assert.Single(user.Members);
        Assert.Equal("Email", member.Name);
        Assert.Equal(MemberKind.Property, member.Kind);
        Assert.True(member.IsString);
        Assert.Equal("record", user.Keyword);
    }

    [Fact]
    public void A_type_annotation_covers_every_public_instance_member_but_opted_out_and_own_ones()
    {
        var (_, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive")]
            public class Invoice
            {
                public string CustomerName { get; set; } = "";
                [NotPersonalData("generated")] public string Number { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Address { get; set; } = "";
                private string _secret = "";
                public static string Shared = "";
                public const int Max = 3;
                public string this[int i] => "";
            }
            """);
        var invoice = Assert.Single(types);
        Assert.Equal(new[] { "Address", "CustomerName" }, invoice.Members.Select(m => m.Name));
        Assert.True(invoice.Members.Single(m => m.Name == "CustomerName").FromTypeDefault);
        Assert.False(invoice.Members.Single(m => m.Name == "Address").FromTypeDefault);
    }

    [Fact]
    public void Retention_comes_from_the_member_then_its_type_then_its_activity()
    {
        var (assembly, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "2y")] public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] public string Name { get; set; } = "";
                [PersonalData(DataCategory.Technical, Purpose.Logging)] public string Ip { get; set; } = "";
            }
            """);
        var register = RegisterBuilder.Build(assembly, types);
        var fields = register.Activities.SelectMany(a => a.Fields).ToDictionary(f => f.Member, f => f.Retention);
        Assert.Equal("2y", fields["Email"]);
        Assert.Equal("during contract + 5y archive", fields["Name"]);
        Assert.Equal("1y", fields["Ip"]);
    }

    [Fact]
    public void The_register_rolls_up_categories_and_lists_each_distinct_period_per_category()
    {
        var (assembly, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public class Account
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] public string Username { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Retention = "during contract + 5y archive")] public string CompanyName { get; set; } = "";
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement, Retention = "during contract + 10y archive")] public string Iban { get; set; } = "";
            }
            """);
        var register = RegisterBuilder.Build(assembly, types);
        var platform = register.Activities.Single(a => a.Id == "platform-management");
        Assert.Equal(new[] { "Financial", "Identification" }, platform.DataCategories);
        Assert.Equal(
            new[] { ("Financial", "P10Y"), ("Identification", (string?)null), ("Identification", "P5Y") },
            platform.Retention.Select(r => (r.AppliesTo, r.ArchiveDuration)));
        Assert.All(platform.Retention, r => Assert.Equal("end of contract", r.Trigger));
        Assert.Equal("US", Assert.Single(platform.Transfers).Country);
        Assert.Empty(register.Activities.Single(a => a.Id == "logging").Transfers);
        Assert.Equal("SIREN 1", register.Controller!.Identifier);
    }

    [Fact]
    public void A_purpose_without_an_activity_and_an_out_of_range_category_are_kept_not_dropped()
    {
        var (assembly, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public class Payment
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing, Retention = "10y")] public string Iban { get; set; } = "";
                [PersonalData((DataCategory)999, "fraud-screening")] public string Fingerprint { get; set; } = "";
            }
            """);
        var register = RegisterBuilder.Build(assembly, types);
        var billing = register.Activities.Single(a => a.Id == "billing");
        Assert.False(billing.Declared);
        Assert.Null(billing.LegalBasis);
        Assert.Equal("Iban", Assert.Single(billing.Fields).Member);
        var fraud = register.Activities.Single(a => a.Id == "fraud-screening");
        Assert.True(fraud.Declared);
        Assert.Equal("(DataCategory)999", Assert.Single(fraud.Fields).Category);
    }

    [Fact]
    public void Unreadable_and_missing_retention_stay_visible_in_the_register()
    {
        var (assembly, types) = Read("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.Consent)]
            namespace Acme;
            public class Message
            {
                [PersonalData(DataCategory.Contact, Purpose.ContactForm, Retention = "3 bananas")] public string Email { get; set; } = "";
                [PersonalData(DataCategory.Content, Purpose.ContactForm)] public string Body { get; set; } = "";
            }
            """);
        var retention = RegisterBuilder.Build(assembly, types).Activities.Single().Retention;
        var bananas = retention.Single(r => r.AppliesTo == "Contact");
        Assert.Equal("3 bananas", bananas.Text);
        Assert.Equal("Unreadable retention rule", bananas.Description);
        var missing = retention.Single(r => r.AppliesTo == "Content");
        Assert.Null(missing.Text);
        Assert.Equal("Not stated", missing.Description);
    }

    [Fact]
    public void The_register_does_not_depend_on_the_order_of_files()
    {
        var a = """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public partial class User { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = ""; }
            """;
        var b = """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public partial class User { [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] public string Name { get; set; } = ""; }
            public class Log { [PersonalData(DataCategory.Technical, Purpose.Logging)] public string Ip { get; set; } = ""; }
            """;
        var (assembly1, types1) = Read(Declarations, a, b);
        var (assembly2, types2) = Read(b, a, Declarations);
        types2.Reverse();
        var json1 = RegisterJson.Write(RegisterBuilder.Build(assembly1 with { AssemblyName = "X" }, types1));
        var json2 = RegisterJson.Write(RegisterBuilder.Build(assembly2 with { AssemblyName = "X" }, types2));
        Assert.Equal(json1, json2);
    }

    [Fact]
    public void Models_are_equal_when_the_code_is_the_same()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public class User { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Purpose.Logging, Retention = "1y")] public string Email { get; set; } = ""; }
            """;
        var (assembly1, types1) = Read(Declarations, source);
        var (assembly2, types2) = Read(Declarations, source);
        Assert.Equal(assembly1, assembly2);
        Assert.Equal(types1.Single(), types2.Single());
        var (_, changed) = Read(Declarations, source.Replace("\"1y\"", "\"2y\""));
        Assert.NotEqual(types1.Single(), changed.Single());
    }

    [Fact]
    public void Annotated_parameters_are_named_after_their_method()
    {
        var (_, types) = Read(Declarations, """
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public class Mailer
            {
                public Mailer([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string replyTo) { }
            }
            """);
        var member = Assert.Single(Assert.Single(types).Members);
        Assert.Equal(MemberKind.Parameter, member.Kind);
        Assert.Equal("Mailer(replyTo)", member.DisplayName);
    }

    [Fact]
    public void Annotated_parameters_are_found_in_every_declaration_shape()
    {
        // Every shape that declares parameters is read (a primary constructor, several attributes, a generic or
        // expression-bodied method, a partial method's two declarations), whatever shortcut ReadType may take.
        var (_, types) = Read(Declarations, """
            using System;
            using Klivar.PrivacyAnnotations;
            namespace Acme;
            public partial class Desk([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string owner)
            {
                public void Plain(string subject, int count) { }
                public void Second(int count, [System.Diagnostics.CodeAnalysis.NotNull][PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string to) { }
                public T Generic<T>([PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] T id) => id;
                public int Expression([PersonalData(DataCategory.Location, Purpose.PlatformManagement)] string city) => city.Length;
                partial void Hook([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string phone);
                partial void Hook(string phone) { }
            }
            """);
        var names = Assert.Single(types).Members.Where(m => m.Kind == MemberKind.Parameter).Select(m => m.DisplayName).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "Desk(owner)", "Expression(city)", "Generic(id)", "Hook(phone)", "Second(to)" }, names);
    }

    [Fact]
    public void The_leak_rules_annotations_only_reading_makes_the_decision_of_the_whole_member_reading()
    {
        // The leak rules read ReadMemberAnnotations (no whole model for every member they meet); the
        // generator reads ReadMember. Every member shape: own, a record parameter's, the type's, exempted, not public,
        // static, const, an indexer, a backing field.
        var compilation = TestCompilation.Create("""
            using Klivar.PrivacyAnnotations;
            namespace Shop;
            public class Customer
            {
                [PersonalData(DataCategory.Contact, Purpose.Billing)] public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, Purpose.Billing)] private string _phone = "";
                [PersonalData(DataCategory.Identification, Purpose.Billing)] public static string Admin = "";
                public string Plain { get; set; } = "";
                public const string Kind = "customer";
                public string this[int i] => "";
            }
            [PersonalData(DataCategory.Identification, Purpose.Billing)]
            public class Person
            {
                public string Name { get; set; } = "";
                [NotPersonalData("technical")] public string Code { get; set; } = "";
                internal string Note = "";
                public static int Count;
                private string _secret = "";
                public string Secret => _secret;
            }
            public record Order([property: PersonalData(DataCategory.Contact, Purpose.Billing)] string ShipTo,
                                [PersonalData(DataCategory.Contact, Purpose.Billing)] string BillTo, int Lines);
            """);
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        var seen = new List<string>();
        foreach (var name in new[] { "Shop.Customer", "Shop.Person", "Shop.Order" })
        {
            var type = compilation.GetTypeByMetadataName(name)!;
            var typeAnnotations = AnnotationReader.ReadPersonalDataList(type);
            foreach (var member in type.GetMembers())
            {
                var whole = AnnotationReader.ReadMember(member, typeAnnotations)?.Annotations ?? EquatableArray<PersonalDataModel>.Empty;
                var only = AnnotationReader.ReadMemberAnnotations(member, typeAnnotations);
                Assert.True(whole.Equals(only), member.ToDisplayString());
                if (only.Count > 0) seen.Add(member.Name);
            }
        }
        // Personal by its own annotation, a static one's own, the type's, a record parameter's; none of the others.
        Assert.Equal(new[] { "Email", "_phone", "Admin", "Name", "Secret", "ShipTo", "BillTo" }.OrderBy(n => n, StringComparer.Ordinal), seen.OrderBy(n => n, StringComparer.Ordinal));
    }
}
