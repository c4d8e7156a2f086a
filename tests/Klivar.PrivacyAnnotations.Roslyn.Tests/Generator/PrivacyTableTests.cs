extern alias runtime;

using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

using PrivacyMember = runtime::Klivar.PrivacyAnnotations.PrivacyMember;
using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using PrivacyTypes = runtime::Klivar.PrivacyAnnotations.PrivacyTypes;
using RuntimeCategory = runtime::Klivar.PrivacyAnnotations.DataCategory;
using RuntimeRedaction = runtime::Klivar.PrivacyAnnotations.RedactionKind;

/// <summary>
/// The generated privacy table, as run-time tools read it: members in declaration order with their uses, typed
/// accessors that respect what each shape allows, and the run-time lookup from a type or an instance.
/// </summary>
public class PrivacyTableTests
{
    private const string Source = """
        using Klivar.PrivacyAnnotations;

        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

        namespace Tables
        {
            public partial class Account
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                public Address? Home { get; set; }
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Redaction = RedactionKind.Erase)]
                public string Name { get; init; } = "";
                public string Notes { get; set; } = "";
            }

            public partial class Address
            {
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                public string City { get; set; } = "";
            }

            public class PremiumAccount : Account
            {
            }

            public record Lead([property: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email, int Score);

            // Asked for only through PrivacyTypes: their tables are built on that first lookup.
            public class Visitor
            {
                [PersonalData(DataCategory.Technical, Purpose.PlatformManagement)]
                public string Ip { get; set; } = "";
            }

            public partial class Named
            {
                public static string PrivacyMetadata => throw new System.InvalidOperationException("not the table");
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }

            public struct Point
            {
                [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
                public double Latitude;
                public int Zoom;
            }
        }
        """;

    private static readonly Lazy<Assembly> Loaded = new(() => GeneratorRun.Run(Source).Load());

    private static object New(string type) => Activator.CreateInstance(Loaded.Value.GetType("Tables." + type, throwOnError: true)!)!;

    private static PrivacyTypeMetadata TableOf(string type) =>
        PrivacyTypes.Find(Loaded.Value.GetType("Tables." + type, throwOnError: true)!) ?? throw new Xunit.Sdk.XunitException("no table for " + type);

    [Fact]
    public void The_table_lists_members_in_declaration_order_with_their_uses()
    {
        New("Account"); // runs the module initializer, as any use of the assembly does
        var table = TableOf("Account");

        Assert.Equal(new[] { "Id", "Email", "Home", "Name" }, table.MemberTable.Select(m => m.Name));
        var email = table.FindMember("Email")!;
        Assert.True(email.IsPersonal);
        Assert.Equal(typeof(string), email.ValueType);
        Assert.Equal(RuntimeCategory.Contact, email.Category);
        Assert.Equal(RuntimeRedaction.Mask, email.Redaction);
        var use = Assert.Single(email.Uses);
        Assert.Equal(("platform-management", "during contract"), (use.PurposeId, use.RetentionText));

        var id = table.FindMember("Id")!;
        Assert.False(id.IsPersonal);
        Assert.True(id.IsPrintable);
        Assert.Equal(typeof(int), id.ValueType);

        // Not printable, but listed: it holds an annotated object a logger or an export can follow.
        var home = table.FindMember("Home")!;
        Assert.False(home.IsPersonal || home.IsPrintable);
        Assert.NotNull(PrivacyTypes.Find(home.ValueType));

        // Text that is neither personal nor declared not personal is left out, as ToRedactedString leaves it out.
        Assert.Null(table.FindMember("Notes"));
        Assert.Equal(RuntimeRedaction.Erase, table.FindMember("Name")!.Redaction);
    }

    [Fact]
    public void Getters_and_setters_follow_what_each_shape_allows()
    {
        var account = New("Account");
        var table = TableOf("Account");
        var email = table.FindMember("Email")!;
        Assert.True(email.CanSet);
        Assert.False(email.SetReturnsCopy);
        Assert.Same(account, email.SetValue(account, "jane@example.org"));
        Assert.Equal("jane@example.org", email.GetValue(account));
        Assert.Equal("j***@***.org", email.RedactedValueOf("jane@example.org"));

        // An init-only member of a class cannot be set outside an object initializer: no setter is pretended.
        var name = table.FindMember("Name")!;
        Assert.False(name.CanSet);
        Assert.Throws<InvalidOperationException>(() => name.SetValue(account, "x"));

        // A record's init-only member is set through 'with': a new instance, the old one unchanged.
        var lead = Activator.CreateInstance(Loaded.Value.GetType("Tables.Lead", throwOnError: true)!, "lead@example.org", 3)!;
        var leadEmail = TableOf("Lead").FindMember("Email")!;
        Assert.True(leadEmail.CanSet && leadEmail.SetReturnsCopy);
        var changed = leadEmail.SetValue(lead, "other@example.org");
        Assert.NotSame(lead, changed);
        Assert.Equal("other@example.org", leadEmail.GetValue(changed));
        Assert.Equal("lead@example.org", leadEmail.GetValue(lead));

        // A struct is set on a copy, returned.
        var point = New("Point");
        var latitude = TableOf("Point").FindMember("Latitude")!;
        Assert.True(latitude.SetReturnsCopy);
        var moved = latitude.SetValue(point, 48.85);
        Assert.Equal(48.85, latitude.GetValue(moved));
        Assert.Equal(0.0, latitude.GetValue(point));
        Assert.Equal(0.0, latitude.RedactedValueOf(48.85));
    }

    [Fact]
    public void The_shared_routines_do_what_the_generated_helpers_do()
    {
        var account = New("Account");
        var table = TableOf("Account");
        table.FindMember("Email")!.SetValue(account, "jane@example.org");
        account.GetType().GetProperty("Id")!.SetValue(account, 7); // plain members are read, never set, through the table
        account.GetType().GetProperty("Name")!.SetValue(account, "Jane Doe"); // init-only: reflection stands in for an initializer

        var generated = (string)GeneratedCodeShapesTests.Invoke(account, "ToRedactedString");
        Assert.Equal("Account { Id = 7, Email = j***@***.org, Name = [redacted] }", generated);
        Assert.Equal(generated, table.ToRedactedString(account));

        // The init-only personal member is redacted by the copy that creates the object.
        var copy = table.Redacted(account);
        Assert.NotSame(account, copy);
        Assert.Equal("j***@***.org", table.FindMember("Email")!.GetValue(copy));
        Assert.Equal(7, table.FindMember("Id")!.GetValue(copy));
        Assert.Equal("[redacted]", copy.GetType().GetProperty("Name")!.GetValue(copy));
        Assert.Equal("Jane Doe", account.GetType().GetProperty("Name")!.GetValue(account));
        Assert.True(table.CanRedactCopy);
    }

    [Fact]
    public void Tables_are_found_from_a_type_or_an_instance_without_reflection_over_attributes()
    {
        var account = New("Account");
        var accountType = account.GetType();
        var property = accountType.GetProperty("PrivacyMetadata", BindingFlags.Public | BindingFlags.Static)!;
        Assert.Same(property.GetValue(null), PrivacyTypes.Find(accountType));

        // A derived type that declares no personal data is redacted as its base.
        Assert.Same(PrivacyTypes.Find(accountType), PrivacyTypes.Find(New("PremiumAccount")));

        // A non-partial type's table lives in its extension class.
        var extensions = Loaded.Value.GetType("Tables.LeadPrivacyExtensions", throwOnError: true)!;
        Assert.Same(extensions.GetProperty("PrivacyMetadata")!.GetValue(null), TableOf("Lead"));
        Assert.Contains(accountType, PrivacyTypes.Types);
        Assert.Null(PrivacyTypes.Find(typeof(string)));
    }

    [Fact]
    public void A_table_nobody_has_built_is_built_by_its_first_lookup()
    {
        New("Account"); // runs the module initializer, which lists the types without building a table
        var visitor = Loaded.Value.GetType("Tables.Visitor", throwOnError: true)!;
        var named = Loaded.Value.GetType("Tables.Named", throwOnError: true)!;
        Assert.Contains(visitor, PrivacyTypes.Types);

        // A non-partial type: its table is read from its extension class.
        var visitorTable = PrivacyTypes.Find(visitor);
        Assert.NotNull(visitorTable);
        Assert.Equal(visitor, visitorTable!.Type);
        Assert.Equal(new[] { "Ip" }, visitorTable.MemberTable.Select(m => m.Name));
        Assert.Same(visitorTable, PrivacyTypes.Find(visitor));

        // A type that declares PrivacyMetadata itself: the generated GeneratedPrivacyMetadata is read, its own never invoked.
        var namedTable = PrivacyTypes.Find(named);
        Assert.NotNull(namedTable);
        Assert.Equal(named, namedTable!.Type);
        Assert.Same(named.GetProperty("GeneratedPrivacyMetadata", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null), namedTable);
    }

    [Fact]
    public void Generated_members_are_excluded_from_code_coverage()
    {
        var assembly = Loaded.Value;
        var account = assembly.GetType("Tables.Account", throwOnError: true)!;
        foreach (var member in new MemberInfo[]
                 {
                     account.GetProperty("PrivacyMetadata")!, account.GetMethod("ToRedactedString")!, account.GetMethod("Redacted")!,
                     account.GetMethod("GetPrivacyMemberValue", BindingFlags.NonPublic | BindingFlags.Static)!, account.GetMethod("SetPrivacyMemberValue", BindingFlags.NonPublic | BindingFlags.Static)!,
                     assembly.GetType("Tables.LeadPrivacyExtensions", throwOnError: true)!,
                     assembly.GetType("Klivar.PrivacyAnnotations.Generated.PrivacyRegister", throwOnError: true)!,
                 })
        {
            Assert.True(member.IsDefined(typeof(ExcludeFromCodeCoverageAttribute)), member.Name + " is counted in code coverage");
        }
        // The user's own members are not.
        Assert.False(account.GetProperty("Email")!.IsDefined(typeof(ExcludeFromCodeCoverageAttribute)));
        // The table is marked generated code; the accessors it calls are private, out of IntelliSense outside the type.
        Assert.True(account.GetProperty("PrivacyMetadata")!.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute)));
        foreach (var accessor in new[] { "GetPrivacyMemberValue", "SetPrivacyMemberValue" })
        {
            var method = account.GetMethod(accessor, BindingFlags.NonPublic | BindingFlags.Static)!;
            Assert.True(method.IsPrivate, accessor + " is visible outside the type");
        }
        Assert.Null(account.GetMethod("Redacted")!.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>());
    }

    [Fact]
    public void Two_annotated_assemblies_that_see_each_others_internals_do_not_clash()
    {
        const string first = """
            using Klivar.PrivacyAnnotations;
            [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("Second")]
            namespace First
            {
                /// <summary>A member.</summary>
                public partial class Member
                {
                    /// <summary>The e-mail.</summary>
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "1y")]
                    public string Email { get; set; } = "";
                }
            }
            """;
        const string second = """
            using Klivar.PrivacyAnnotations;
            namespace Second
            {
                /// <summary>A visitor.</summary>
                public partial class Visitor
                {
                    /// <summary>The address.</summary>
                    [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")]
                    public string Ip { get; set; } = "";

                    /// <summary>Uses the first assembly's internals: it sees them, and its own PrivacyRegister must still win.</summary>
                    public static string Both() => Klivar.PrivacyAnnotations.Generated.PrivacyRegister.Json + new First.Member().ToRedactedString();
                }
            }
            """;
        var firstRun = GeneratorRun.Run(TestCompilation.CreateNamed("First", first));
        firstRun.AssertCompilesCleanly();
        using var image = new MemoryStream();
        Assert.True(firstRun.Output.Emit(image).Success);

        var secondCompilation = TestCompilation.CreateNamed("Second", second)
            .AddReferences(MetadataReference.CreateFromImage(image.ToArray()))
            .WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var secondRun = GeneratorRun.Run(secondCompilation);
        Assert.DoesNotContain(secondRun.Output.GetDiagnostics(), d => d.Id is "CS0436" or "CS0433" or "CS0121");
        secondRun.AssertCompilesCleanly();
    }
}
