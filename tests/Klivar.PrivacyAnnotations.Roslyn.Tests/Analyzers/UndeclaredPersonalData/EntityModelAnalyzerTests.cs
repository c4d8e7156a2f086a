using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

/// <summary>KPA0036: shadow properties and shadow foreign keys that only the EF Core model declares.</summary>
public class EntityModelAnalyzerTests
{
    /// <summary>The EF Core builder types the rule reads, under their real names (the tests reference no EF Core).</summary>
    internal const string EfCore = """

        namespace Microsoft.EntityFrameworkCore
        {
            public interface IEntityTypeConfiguration<T> where T : class { void Configure(Metadata.Builders.EntityTypeBuilder<T> builder); }
        }
        namespace Microsoft.EntityFrameworkCore.Metadata.Builders
        {
            public class PropertyBuilder<TProperty> { public PropertyBuilder<TProperty> HasMaxLength(int length) => this; }
            public class EntityTypeBuilder<T> where T : class
            {
                public PropertyBuilder<TProperty> Property<TProperty>(string name) => new();
                public ReferenceNavigationBuilder<T, TRelated> HasOne<TRelated>() where TRelated : class => new();
                public ReferenceNavigationBuilder<T, TRelated> HasOne<TRelated>(System.Linq.Expressions.Expression<System.Func<T, TRelated?>> navigation) where TRelated : class => new();
                public OwnedNavigationBuilder<T, TOwned> OwnsOne<TOwned>(System.Linq.Expressions.Expression<System.Func<T, TOwned?>> navigation) where TOwned : class => new();
                public OwnedNavigationBuilder<T, TOwned> OwnsMany<TOwned>(System.Linq.Expressions.Expression<System.Func<T, System.Collections.Generic.IEnumerable<TOwned>?>> navigation) where TOwned : class => new();
            }
            public class OwnedNavigationBuilder<TOwner, TDependent> where TOwner : class where TDependent : class
            {
                public OwnedNavigationBuilder<TDependent, TNested> OwnsOne<TNested>(System.Linq.Expressions.Expression<System.Func<TDependent, TNested?>> navigation) where TNested : class => new();
            }
            public class ReferenceNavigationBuilder<T, TRelated> where T : class where TRelated : class
            {
                public ReferenceCollectionBuilder<TRelated, T> WithMany() => new();
            }
            public class ReferenceCollectionBuilder<TPrincipal, TDependent> where TPrincipal : class where TDependent : class
            {
                public ReferenceCollectionBuilder<TPrincipal, TDependent> HasForeignKey(params string[] names) => this;
                public ReferenceCollectionBuilder<TPrincipal, TDependent> HasForeignKey(System.Linq.Expressions.Expression<System.Func<TDependent, object?>> keys) => this;
            }
        }
        """;

    private static CSharpAnalyzerTest<EntityModelAnalyzer, DefaultVerifier> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<EntityModelAnalyzer, DefaultVerifier> { TestCode = source + EfCore };
        test.TestState.UseTestReferences();
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    private static DiagnosticResult Kpa0036(int markup, string name, string entity, string why) =>
        new DiagnosticResult("KPA0036", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(markup).WithArguments(name, entity, why);

    [Fact]
    public async Task Fires_on_shadow_properties_and_shadow_foreign_keys_to_a_person()
    {
        await Test("""
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public class Customer { public int Id { get; set; } public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
            public class Order { public int Id { get; set; } public decimal Total { get; set; } }
            public class OrderConfiguration : IEntityTypeConfiguration<Order>
            {
                public void Configure(EntityTypeBuilder<Order> builder)
                {
                    builder.Property<string>({|#0:"ShippingEmail"|}).HasMaxLength(200);
                    builder.Property<int>({|#1:"CreatedByUserId"|});
                    builder.HasOne<Customer>().WithMany().HasForeignKey({|#2:"BuyerRef"|});
                }
            }
            """,
            Kpa0036(0, "ShippingEmail", "Order", "Contact: matched 'email'"),
            Kpa0036(1, "CreatedByUserId", "Order", "person key: user id"),
            Kpa0036(2, "BuyerRef", "Order", "shadow foreign key to 'Customer'")).RunAsync();
    }

    [Fact]
    public async Task Silent_on_class_members_things_and_names_declared_on_the_entity()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public class Customer { public int Id { get; set; } public string Email { get; set; } = ""; public string Password { get; set; } = ""; }
            public class Warehouse { public int Id { get; set; } }
            [PersonalData(DataCategory.Identification, Purpose.CustomerManagement, Members = new[] { "CustomerId" })]
            public class Order { public int Id { get; set; } public string Email { get; set; } = ""; }
            public static class Model
            {
                public static void OnModelCreating(EntityTypeBuilder<Order> order)
                {
                    order.Property<string>("Email");                  // a class member: KPA0001's
                    order.Property<int>("WarehouseId");               // a key of a thing
                    order.Property<int>("CustomerId");                // named on the entity
                    order.HasOne<Warehouse>().WithMany().HasForeignKey("WarehouseId");
                    order.HasOne<Customer>().WithMany().HasForeignKey("CustomerId");
                }
            }
            """).RunAsync();
    }

    [Fact]
    public async Task Fires_on_the_members_of_a_type_a_person_owns_and_on_a_foreign_key_to_a_person()
    {
        await Test("""
            using System.Collections.Generic;
            using Microsoft.EntityFrameworkCore;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public class Customer
            {
                public int Id { get; set; }
                public string Email { get; set; } = "";
                public string Password { get; set; } = "";
                public Extras? Extras { get; set; }
            }
            public class Extras { public string Nickname { get; set; } = ""; public string Theme { get; set; } = ""; }
            public class Shipping { public string Region { get; set; } = ""; public string Carrier { get; set; } = ""; }
            public class Warehouse { public int Id { get; set; } }
            public class Order
            {
                public int Id { get; set; }
                public Customer? Buyer { get; set; }
                public long ClientRef { get; set; }
                public Shipping? Shipping { get; set; }
                public Warehouse? Warehouse { get; set; }
                public int WarehouseRef { get; set; }
            }
            public class CustomerConfiguration : IEntityTypeConfiguration<Customer>
            {
                public void Configure(EntityTypeBuilder<Customer> builder) => builder.OwnsOne({|#0:c => c.Extras|});
            }
            public class OrderConfiguration : IEntityTypeConfiguration<Order>
            {
                public void Configure(EntityTypeBuilder<Order> builder)
                {
                    builder.HasOne(o => o.Buyer).WithMany().HasForeignKey(o => {|#1:o.ClientRef|});
                    builder.HasOne(o => o.Warehouse).WithMany().HasForeignKey(o => o.WarehouseRef);
                    builder.OwnsOne({|#2:o => o.Shipping|});
                }
            }
            """,
            Kpa0036(0, "Nickname", "Extras", "owned by 'Customer': Identification: matched 'nickname'"),
            Kpa0036(1, "ClientRef", "Order", "foreign key to 'Customer'"),
            Kpa0036(2, "Region", "Shipping", "owned by 'Order': Contact: matched 'region'")).RunAsync();
    }

    [Fact]
    public async Task Silent_on_types_owned_by_things_and_on_members_the_class_already_reports_or_declares()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            using Microsoft.EntityFrameworkCore.Metadata.Builders;
            public class Shipping { public string Region { get; set; } = ""; }
            public class Product { public int Id { get; set; } public Shipping? Shipping { get; set; } }
            public class Customer { public int Id { get; set; } public string Email { get; set; } = ""; public string Password { get; set; } = ""; public Extras? Extras { get; set; } }
            public class Extras
            {
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.CustomerManagement)]
                public string Nickname { get; set; } = "";
            }
            public static class Model
            {
                public static void OnModelCreating(EntityTypeBuilder<Product> product, EntityTypeBuilder<Customer> customer)
                {
                    product.OwnsOne(p => p.Shipping);
                    customer.OwnsOne(c => c.Extras);
                }
            }
            """).RunAsync();
    }
}
