using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;

/// <summary>
/// ASP.NET Core Identity's user as a referenced assembly, with Identity's own marks as Microsoft ships them
/// (<c>[PersonalData]</c> on the id and flags, <c>[ProtectedPersonalData]</c> on the user name, e-mail and phone):
/// what a team's <c>AppUser : IdentityUser</c> inherits. The same names, namespace and assembly name as the real one.
/// </summary>
public static class IdentityStores
{
    public const string Source = """
        namespace Microsoft.AspNetCore.Identity
        {
            [System.AttributeUsage(System.AttributeTargets.Property)]
            public class PersonalDataAttribute : System.Attribute { }
            public class ProtectedPersonalDataAttribute : PersonalDataAttribute { }

            public class IdentityUser<TKey> where TKey : System.IEquatable<TKey>
            {
                [PersonalData] public virtual TKey Id { get; set; } = default!;
                [ProtectedPersonalData] public virtual string? UserName { get; set; }
                public virtual string? NormalizedUserName { get; set; }
                [ProtectedPersonalData] public virtual string? Email { get; set; }
                public virtual string? NormalizedEmail { get; set; }
                [PersonalData] public virtual bool EmailConfirmed { get; set; }
                public virtual string? PasswordHash { get; set; }
                public virtual string? SecurityStamp { get; set; }
                public virtual string? ConcurrencyStamp { get; set; } = System.Guid.NewGuid().ToString();
                [ProtectedPersonalData] public virtual string? PhoneNumber { get; set; }
                [PersonalData] public virtual bool PhoneNumberConfirmed { get; set; }
                [PersonalData] public virtual bool TwoFactorEnabled { get; set; }
                public virtual System.DateTimeOffset? LockoutEnd { get; set; }
                public virtual bool LockoutEnabled { get; set; }
                public virtual int AccessFailedCount { get; set; }
            }

            public class IdentityUser : IdentityUser<string>
            {
                public IdentityUser() { Id = System.Guid.NewGuid().ToString(); }
            }
        }
        """;

    /// <summary>The compiled assembly's bytes (to load it when a test runs generated code against it).</summary>
    public static readonly byte[] Image = Build();

    public static MetadataReference Reference => MetadataReference.CreateFromImage(Image);

    private static byte[] Build()
    {
        var compilation = CSharpCompilation.Create(
            "Microsoft.Extensions.Identity.Stores",
            new[] { CSharpSyntaxTree.ParseText(Source, TestCompilation.ParseOptions) },
            TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return stream.ToArray();
    }
}
