using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.CodeFixes;

/// <summary>KPA0036's fix: a shadow property is named on its entity type, a class member the model makes personal is declared on itself.</summary>
public class EntityModelCodeFixTests
{
    private static readonly (string, string) Activity = ("/0/Activities.cs",
        "[assembly: Klivar.PrivacyAnnotations.ProcessingActivity(Klivar.PrivacyAnnotations.Purpose.PlatformManagement, Klivar.PrivacyAnnotations.LegalBasis.LegitimateInterests)]\n");

    private static readonly (string, string) EfCore = ("/0/EfCore.cs", EntityModelAnalyzerTests.EfCore);

    private static CSharpCodeFixTest<EntityModelAnalyzer, EntityModelCodeFix, DefaultVerifier> Test(string entities, string fixedEntities, string configuration)
    {
        var test = new CSharpCodeFixTest<EntityModelAnalyzer, EntityModelCodeFix, DefaultVerifier> { CodeActionEquivalenceKey = EntityModelCodeFix.DeclareKey };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            state.Sources.Add(Activity);
            state.Sources.Add(EfCore);
            state.Sources.Add(("/0/Configuration.cs", configuration));
            state.UseTestReferences();
        }
        test.TestState.Sources.Add(("/0/Entities.cs", entities));
        test.FixedState.Sources.Add(("/0/Entities.cs", fixedEntities));
        return test;
    }

    [Fact]
    public async Task Names_a_shadow_property_on_its_entity_type_in_another_file()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;

            public class Order
            {
                public int Id { get; set; }
            }
            """, """
            using Klivar.PrivacyAnnotations;

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Members = new[] { "ShippingEmail" })]
            public class Order
            {
                public int Id { get; set; }
            }
            """, """
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public static class Model
            {
                public static void Configure(EntityTypeBuilder<Order> order) => order.Property<string>({|KPA0036:"ShippingEmail"|});
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Adds_a_shadow_property_to_the_members_its_category_already_names()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Members = new[] { "BillingEmail" })]
            public class Order
            {
                public int Id { get; set; }
            }
            """, """
            using Klivar.PrivacyAnnotations;

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Members = new[] { "BillingEmail", "ShippingEmail" })]
            public class Order
            {
                public int Id { get; set; }
            }
            """, """
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public static class Model
            {
                public static void Configure(EntityTypeBuilder<Order> order) => order.Property<string>({|KPA0036:"ShippingEmail"|});
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Declares_the_member_of_a_type_a_person_owns_on_the_member()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement)]
                public string Password { get; set; } = "";
                public Extras? Extras { get; set; }
            }
            public class Extras
            {
                public string Nickname { get; set; } = "";
            }
            """, """
            using Klivar.PrivacyAnnotations;

            public class Customer
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement)]
                public string Password { get; set; } = "";
                public Extras? Extras { get; set; }
            }
            public class Extras
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Nickname { get; set; } = "";
            }
            """, """
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public static class Model
            {
                public static void Configure(EntityTypeBuilder<Customer> customer) => customer.OwnsOne({|KPA0036:c => c.Extras|});
            }
            """).RunAsync();
    }
}
