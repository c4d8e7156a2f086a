extern alias runtime;

using System.Reflection;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

using PrivacyTypeMetadata = runtime::Klivar.PrivacyAnnotations.PrivacyTypeMetadata;
using PrivacyTypes = runtime::Klivar.PrivacyAnnotations.PrivacyTypes;
using RetentionAnchors = runtime::Klivar.PrivacyAnnotations.RetentionAnchors;

/// <summary>
/// Members a type inherits from a referenced assembly (ASP.NET Core Identity's <c>IdentityUser</c>), declared by name
/// on the derived type: they reach its table, the register, the export and the erasure without being redeclared.
/// </summary>
public class InheritedMembersTests
{
    // A file that imports both Identity and this package: [PersonalData] alone would be ambiguous (CS0104). The alias
    // (docs/attributes.md) makes it this package's attribute in the file.
    private const string Source = """
        using System;
        using Microsoft.AspNetCore.Identity;
        using Klivar.PrivacyAnnotations;
        using PersonalDataAttribute = Klivar.PrivacyAnnotations.PersonalDataAttribute;

        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]

        namespace Accounts
        {
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Members = new[] { nameof(Email), nameof(PhoneNumber) })]
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Members = new[] { nameof(UserName) })]
            [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement, Hashed = true, Members = new[] { nameof(PasswordHash) })]
            public class AppUser : IdentityUser
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string DisplayName { get; set; } = "";

                public int Theme { get; set; }
            }
        }
        """;

    private static readonly Lazy<GeneratorRun> Generated = new(() =>
        GeneratorRun.Run(GeneratorRun.Compile(Source).AddReferences(IdentityStores.Reference)));

    private static readonly Lazy<Assembly> Loaded = new(() =>
    {
        // The loaded test assembly resolves Identity's assembly by name: hand it the stub it was compiled against.
        var identity = Assembly.Load(IdentityStores.Image);
        AppDomain.CurrentDomain.AssemblyResolve += (_, args) => new AssemblyName(args.Name).Name == "Microsoft.Extensions.Identity.Stores" ? identity : null;
        return Generated.Value.Load();
    });

    private static Type AppUserType => Loaded.Value.GetType("Accounts.AppUser", throwOnError: true)!;

    private static PrivacyTypeMetadata Table()
    {
        System.Runtime.CompilerServices.RuntimeHelpers.RunModuleConstructor(AppUserType.Module.ModuleHandle);
        return PrivacyTypes.Find(AppUserType) ?? throw new Xunit.Sdk.XunitException("no table for AppUser");
    }

    [Fact]
    public void Inherited_members_named_on_the_type_are_in_its_table_and_the_register()
    {
        Generated.Value.AssertCompilesCleanly();
        var table = Table();
        foreach (var name in new[] { "Email", "PhoneNumber", "UserName", "PasswordHash", "DisplayName" })
            Assert.True(table.FindMember(name)?.IsPersonal, name + " is a personal member of the table");
        Assert.False(table.FindMember("Theme")!.IsPersonal);
        Assert.Null(table.FindMember("SecurityStamp")); // inherited, but not named: KPA0035 reports it

        var json = Generated.Value.RegisterJson();
        foreach (var name in new[] { "\"Email\"", "\"PhoneNumber\"", "\"UserName\"", "\"PasswordHash\"", "\"DisplayName\"" })
            Assert.Contains(name, json);
    }

    [Fact]
    public void Export_and_erasure_reach_the_inherited_members()
    {
        var user = Activator.CreateInstance(AppUserType)!;
        AppUserType.GetProperty("Email")!.SetValue(user, "jane@example.org");
        AppUserType.GetProperty("PhoneNumber")!.SetValue(user, "+33 6 12 34 56 78");
        AppUserType.GetProperty("DisplayName")!.SetValue(user, "Jane");

        var export = Table().Export(user);
        Assert.Contains(export.Members, m => m.Name == "Email" && Equals(m.Value, "jane@example.org"));
        Assert.Contains(export.Members, m => m.Name == "PhoneNumber" && Equals(m.Value, "+33 6 12 34 56 78"));

        // The contract ended years ago: nothing is kept.
        var outcome = Table().Erase(user, new RetentionAnchors(new DateTime(2020, 1, 1)).With("contract", new DateTime(2021, 1, 1)), new DateTime(2026, 6, 1));
        Assert.Contains("Email", outcome.Erased);
        // The erased value, written through Identity's own setter: nothing left of the address.
        Assert.Equal("[redacted]", AppUserType.GetProperty("Email")!.GetValue(user));
        Assert.Equal("[redacted]", AppUserType.GetProperty("PhoneNumber")!.GetValue(user));
    }

    [Fact]
    public void Without_an_alias_a_file_that_imports_both_namespaces_cannot_name_the_attribute()
    {
        // The clash the docs answer: both namespaces have a PersonalDataAttribute.
        var clash = GeneratorRun.Compile("""
            using Microsoft.AspNetCore.Identity;
            using Klivar.PrivacyAnnotations;
            public class AppUser : IdentityUser
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string DisplayName { get; set; } = "";
            }
            """).AddReferences(IdentityStores.Reference);
        Assert.Contains(clash.GetDiagnostics(), d => d.Id == "CS0104");

        // The documented answers: an alias in the file, or a global alias once for the project.
        foreach (var fix in new[] { "using PersonalDataAttribute = Klivar.PrivacyAnnotations.PersonalDataAttribute;", "global using PersonalDataAttribute = Klivar.PrivacyAnnotations.PersonalDataAttribute;" })
        {
            var compilation = GeneratorRun.Compile(fix + "\n" + """
                using Microsoft.AspNetCore.Identity;
                using Klivar.PrivacyAnnotations;
                public class AppUser : IdentityUser
                {
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public string DisplayName { get; set; } = "";
                }
                """).AddReferences(IdentityStores.Reference);
            Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.Severity == DiagnosticSeverity.Error);
            var attribute = compilation.GetTypeByMetadataName("AppUser")!.GetMembers("DisplayName")[0].GetAttributes().Single();
            Assert.Equal("Klivar.PrivacyAnnotations.PersonalDataAttribute", attribute.AttributeClass!.ToDisplayString());
        }
    }
}
