extern alias runtime;

using System.Collections.Immutable;
using System.Reflection;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

using ErasureHold = runtime::Klivar.PrivacyAnnotations.ErasureHold;
using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using PrivacyTypes = runtime::Klivar.PrivacyAnnotations.PrivacyTypes;
using RetentionAnchors = runtime::Klivar.PrivacyAnnotations.RetentionAnchors;

/// <summary>
/// The helpers read and write members as the type allows: every member of a partial type (the code sits inside it),
/// non-public members of another class through [UnsafeAccessor], and what they cannot reach is left out or kept with a
/// build-time diagnostic (KPA0024) and the real reason in the erasure outcome (KPA0023).
/// </summary>
public class MemberReachTests
{
    private const string Source = """
        using System;
        using Klivar.PrivacyAnnotations;

        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Consent, Retention = "1y")]

        namespace Shop
        {
            // Domain-driven style: private setters and private fields, the type partial.
            public partial class Buyer
            {
                public Buyer(string name, string card) { Name = name; _cardNumber = card; }
                [DataSubjectKey]
                public int Id { get; private set; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Name { get; private set; }
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                private string _cardNumber;
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                protected string? Phone { get; set; }
                public string Card => _cardNumber;
            }

            // The same shape, not partial: the extension class reaches the private members through [UnsafeAccessor].
            public class Order
            {
                public Order() : this("", "") { }
                public Order(string street, string email) { _street = street; Email = email; }
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                private string _street;
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; private set; }
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                private string? Note { get; set; }
                public string Street => _street;
                public string? ReadNote() => Note;
            }

            // What no erasure can write, each for its own reason.
            public partial class Ledger
            {
                public Ledger(string holder) { Holder = holder; Iban = holder; _taxId = holder; }
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                private readonly string _taxId;
                [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)]
                public string Iban { get; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Holder { get; init; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Greeting => "Dear " + Holder;
            }

            // Not partial, a struct: [UnsafeAccessor] does not fit here, so the private field is left out (KPA0024).
            public struct Visit
            {
                public Visit(string ip) { _ip = ip; Email = ip; }
                [PersonalData(DataCategory.Technical, Purpose.PlatformManagement)]
                private string _ip;
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email;
            }
        }
        """;

    private static readonly Lazy<GeneratorRun> Generated = new(() => GeneratorRun.Run(Source));
    private static readonly Lazy<Assembly> Loaded = new(() => Generated.Value.Load());

    private static Type TypeOf(string name) => Loaded.Value.GetType("Shop." + name, throwOnError: true)!;

    private static PrivacyTypeMetadata TableOf(string name)
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(TypeOf(name).Module.ModuleHandle);
        return PrivacyTypes.Find(TypeOf(name)) ?? throw new Xunit.Sdk.XunitException("no table for " + name);
    }

    private static readonly RetentionAnchors Anchors = new(new DateTime(2020, 1, 1));

    [Fact]
    public void A_partial_types_private_setters_private_fields_and_protected_members_are_exported_and_erased()
    {
        var buyer = Activator.CreateInstance(TypeOf("Buyer"), "Jane Doe", "4970 1000 0000 0000")!;
        var table = TableOf("Buyer");
        table.FindMember("Phone")!.SetValue(buyer, "+33 6 12 34 56 78");

        var export = table.Export(buyer);
        Assert.Equal(new[] { ("Name", "Jane Doe"), ("_cardNumber", "4970 1000 0000 0000"), ("Phone", "+33 6 12 34 56 78") },
                     export.Members.Select(m => (m.Name, (string)m.Value!)));

        var outcome = table.Erase(buyer, Anchors, new DateTime(2026, 6, 1));
        Assert.Empty(outcome.Kept);
        Assert.Equal(new[] { "Name", "_cardNumber", "Phone" }, outcome.Erased);
        Assert.Equal("[redacted]", TypeOf("Buyer").GetProperty("Name")!.GetValue(buyer));
        Assert.Equal("[redacted]", TypeOf("Buyer").GetProperty("Card")!.GetValue(buyer));
        Assert.Contains("instance._cardNumber = (string)value!;", Generated.Value.Source("Shop.Buyer.Privacy.g.cs"));
    }

    [Fact]
    public void A_non_partial_class_reaches_its_private_members_through_UnsafeAccessor()
    {
        var source = Generated.Value.Source("Shop.Order.Privacy.g.cs");
        Assert.Contains("[global::System.Runtime.CompilerServices.UnsafeAccessor(global::System.Runtime.CompilerServices.UnsafeAccessorKind.Field, Name = \"_street\")]", source);
        Assert.Contains("private static extern ref string Field__street(global::Shop.Order instance);", source);
        Assert.Contains("private static extern void Set_Email(global::Shop.Order instance, string value);", source);
        Assert.Contains("private static extern string? Get_Note(global::Shop.Order instance);", source);

        var order = Activator.CreateInstance(TypeOf("Order"), "1 rue de la Paix", "jane@example.org")!;
        var table = TableOf("Order");
        table.FindMember("Note")!.SetValue(order, "leave at the door");
        Assert.Equal(new[] { "_street", "Email", "Note" }, table.Export(order).Members.Select(m => m.Name));

        var outcome = table.Erase(order, Anchors, new DateTime(2026, 6, 1));
        Assert.Empty(outcome.Kept);
        Assert.Equal("[redacted]", TypeOf("Order").GetProperty("Street")!.GetValue(order));
        Assert.Equal("[redacted]", TypeOf("Order").GetProperty("Email")!.GetValue(order));
        Assert.Equal("[redacted]", TypeOf("Order").GetMethod("ReadNote")!.Invoke(order, null));

        // The redacted copy carries none of the private values either.
        var copy = table.Redacted(Activator.CreateInstance(TypeOf("Order"), "1 rue de la Paix", "jane@example.org")!);
        Assert.Equal("[redacted]", TypeOf("Order").GetProperty("Street")!.GetValue(copy));
        Assert.Equal("j***@***.org", TypeOf("Order").GetProperty("Email")!.GetValue(copy));
    }

    [Fact]
    public void What_erasure_cannot_write_is_kept_with_its_real_reason()
    {
        var ledger = Activator.CreateInstance(TypeOf("Ledger"), "Jane Doe")!;
        var outcome = TableOf("Ledger").Erase(ledger, Anchors, new DateTime(2026, 6, 1));

        Assert.Empty(outcome.Erased);
        Assert.All(outcome.Kept, k => Assert.Equal(ErasureHold.CannotSet, k.Hold));
        Assert.Equal(new[]
        {
            ("_taxId", "cannot be set (a read-only field): erase or rebuild the object"),
            ("Iban", "cannot be set (a get-only property, set only by a constructor): erase or rebuild the object"),
            ("Holder", "cannot be set (init-only on a class, set only when the object is created): erase or rebuild the object"),
            ("Greeting", "cannot be set (a computed property with no setter): erase or rebuild the object"),
        }, outcome.Kept.Select(k => (k.Member, k.Reason)));
    }

    [Fact]
    public void A_member_no_helper_can_reach_is_left_out_of_the_table_and_said_in_the_file()
    {
        var source = Generated.Value.Source("Shop.Visit.Privacy.g.cs");
        Assert.Contains("// '_ip' is not in the table: a non-public field the generated helpers cannot read ([UnsafeAccessor] does not fit a struct here); declare 'Visit' partial (KPA0024).", source);
        Assert.DoesNotContain("_ip\"", source);
        var table = TableOf("Visit");
        Assert.Null(table.FindMember("_ip"));
        Assert.NotNull(table.FindMember("Email"));
        // The struct's copy would carry the unreachable field as it is: no Redacted().
        Assert.False(table.CanRedactCopy);
    }

    [Fact]
    public async Task The_analyzer_reports_what_the_table_lacks_and_nothing_else()
    {
        var diagnostics = await Generated.Value.Input.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalMemberReachAnalyzer())).GetAnalyzerDiagnosticsAsync();
        Assert.Equal(new[]
        {
            ("KPA0023", "'_taxId' holds personal data but is a read-only field: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object"),
            ("KPA0023", "'Iban' holds personal data but is a get-only property, set only by a constructor: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object"),
            ("KPA0023", "'Holder' holds personal data but is init-only on a class, set only when the object is created: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object"),
            ("KPA0023", "'Greeting' holds personal data but is a computed property with no setter: an erasure cannot overwrite it and keeps it (reported as CannotSet); give it a setter (a private one is enough in a partial type) or erase the whole object"),
            ("KPA0024", "'_ip' holds personal data in a non-public field the generated helpers cannot read ([UnsafeAccessor] does not fit a struct here); declare 'Visit' partial so the generated helpers sit inside it and reach every member"),
        }, diagnostics.OrderBy(d => d.Location.SourceSpan.Start).Select(d => (d.Id, d.GetMessage())));
    }

    [Fact]
    public void Without_UnsafeAccessor_a_non_partial_class_keeps_what_it_can_reach_and_still_compiles()
    {
        // A target framework before .NET 8: the same type's helpers as the generator writes them there.
        var compilation = Generated.Value.Input;
        var order = compilation.GetTypeByMetadataName("Shop.Order")!;
        var model = HelperModelReader.Read(order, CancellationToken.None) with { UnsafeAccessors = false };
        var text = TypeHelpersEmitter.Emit(new TypeHelpersInput(model, "Shop.Order.Privacy.g.cs", Klivar.PrivacyAnnotations.Roslyn.Model.EquatableArray<Klivar.PrivacyAnnotations.Roslyn.Model.ActivityModel>.Empty));

        Assert.Contains("// '_street' is not in the table: a non-public field the generated helpers cannot read (the target framework has no [UnsafeAccessor], which came with .NET 8); declare 'Order' partial (KPA0024).", text);
        Assert.Contains("// 'Note' is not in the table", text);
        Assert.Contains(".PersonalReadOnly<string>(\"Email\", global::Klivar.PrivacyAnnotations.DataCategory.Contact, \"platform-management\", null)\n                .CannotSetBecause(\"a non-public setter the generated code cannot reach (declare 'Order' partial)\")", text.Replace("\r\n", "\n"));
        Assert.DoesNotContain("UnsafeAccessor(", text);

        var others = Generated.Value.Output.SyntaxTrees.Where(t => !t.FilePath.EndsWith("Shop.Order.Privacy.g.cs", StringComparison.Ordinal));
        var rebuilt = Generated.Value.Output.RemoveAllSyntaxTrees().AddSyntaxTrees(others)
            .AddSyntaxTrees(CSharpSyntaxTree.ParseText(text, GeneratorRun.ParseOptions, path: "Shop.Order.Privacy.g.cs"));
        Assert.Empty(rebuilt.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_generated_code_compiles_cleanly_and_is_the_same_on_a_second_run()
    {
        Generated.Value.AssertCompilesCleanly();
        var again = GeneratorRun.Run(Source);
        Assert.Equal(Generated.Value.Sources.OrderBy(s => s.Key), again.Sources.OrderBy(s => s.Key));
    }

    [Fact]
    public void An_explicit_interface_implementation_is_read_and_written_through_its_interface()
    {
        var run = GeneratorRun.Run("""
            using Klivar.PrivacyAnnotations;
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Consent, Retention = "1y")]
            namespace Shop
            {
                public interface IContact { string Email { get; set; } }
                public partial class Partial : IContact
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    string IContact.Email { get; set; } = "jane@example.org";
                }
                public class NotPartial : IContact
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    string IContact.Email { get; set; } = "jane@example.org";
                }
                public struct Value : IContact
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    string IContact.Email { get; set; }
                }
            }
            """);
        run.AssertCompilesCleanly();
        Assert.Contains("return ((global::Shop.IContact)instance).Email;", run.Source("Shop.NotPartial.Privacy.g.cs"));
        Assert.Contains(".CannotSetBecause(\"an explicit interface implementation of a struct, which would be set on a boxed copy\")", run.Source("Shop.Value.Privacy.g.cs"));

        var assembly = run.Load();
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(assembly.ManifestModule.ModuleHandle);
        foreach (var name in new[] { "Shop.Partial", "Shop.NotPartial" })
        {
            var type = assembly.GetType(name, throwOnError: true)!;
            var instance = Activator.CreateInstance(type)!;
            var outcome = PrivacyTypes.Find(type)!.Erase(instance, Anchors, new DateTime(2026, 6, 1));
            Assert.Equal(new[] { "Shop.IContact.Email" }, outcome.Erased);
            Assert.Equal("[redacted]", assembly.GetType("Shop.IContact")!.GetProperty("Email")!.GetValue(instance));
        }
    }
}
