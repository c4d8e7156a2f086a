using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

/// <summary>KPA0035: personal data a type inherits from ASP.NET Core Identity's user (a referenced assembly).</summary>
public class InheritedPersonalDataAnalyzerTests
{
    private static CSharpAnalyzerTest<InheritedPersonalDataAnalyzer, DefaultVerifier> Test(string source, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<InheritedPersonalDataAnalyzer, DefaultVerifier> { TestCode = source };
        test.TestState.UseTestReferences();
        test.TestState.AdditionalReferences.Add(IdentityStores.Reference);
        test.ExpectedDiagnostics.AddRange(expected);
        return test;
    }

    [Fact]
    public async Task Reports_what_Identity_marks_and_what_the_name_rules_find_once_on_the_first_type_below_it()
    {
        await Test("""
            using Microsoft.AspNetCore.Identity;
            public class {|#0:AppUser|} : IdentityUser
            {
                public string DisplayName { get; set; } = "";
            }
            // Below a type of the compilation: AppUser's report covers it.
            public class AdminUser : AppUser { }
            """,
            new DiagnosticResult("KPA0035", Microsoft.CodeAnalysis.DiagnosticSeverity.Warning).WithLocation(0).WithArguments(
                "AppUser", "IdentityUser",
                "Id (Identification), UserName (Identification), NormalizedUserName (Identification), Email (Contact), NormalizedEmail (Contact), EmailConfirmed (Identification), " +
                "PasswordHash (Credentials), SecurityStamp (Credentials), PhoneNumber (Contact), PhoneNumberConfirmed (Identification), TwoFactorEnabled (Identification)",
                "nameof(Id), nameof(UserName), nameof(NormalizedUserName), nameof(Email), nameof(NormalizedEmail), nameof(EmailConfirmed), nameof(PasswordHash), " +
                "nameof(SecurityStamp), nameof(PhoneNumber), nameof(PhoneNumberConfirmed), nameof(TwoFactorEnabled)")).RunAsync();
    }

    [Fact]
    public async Task Silent_once_the_members_are_named_or_the_type_is_not_personal_data()
    {
        await Test("""
            using Klivar.PrivacyAnnotations;
            using Microsoft.AspNetCore.Identity;
            using PersonalDataAttribute = Klivar.PrivacyAnnotations.PersonalDataAttribute;

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Members = new[] { nameof(Email), nameof(NormalizedEmail), nameof(EmailConfirmed), nameof(PhoneNumber), nameof(PhoneNumberConfirmed) })]
            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement, Members = new[] { nameof(Id), nameof(UserName), nameof(NormalizedUserName), nameof(TwoFactorEnabled) })]
            [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement, Hashed = true, Members = new[] { nameof(PasswordHash), nameof(SecurityStamp) })]
            public class AppUser : IdentityUser { }

            [NotPersonalData("A test double; no person's data ever reaches it")]
            public class FakeUser : IdentityUser { }

            // Bases of other assemblies that hold no personal data, and behaviour types.
            public class AppException : System.Exception { }
            public class UserService : System.Collections.Generic.List<string> { }
            """).RunAsync();
    }
}
