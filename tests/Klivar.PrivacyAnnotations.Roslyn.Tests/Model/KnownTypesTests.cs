using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Model;

/// <summary>
/// Type look-ups that a type defined twice does not switch off, and a helper model read that a cancelled run stops.
/// </summary>
public class KnownTypesTests
{
    private static MetadataReference Library(string assemblyName, string source)
    {
        var compilation = CSharpCompilation.Create(assemblyName, new[] { CSharpSyntaxTree.ParseText(source) }, TestCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        using var stream = new MemoryStream();
        Assert.True(compilation.Emit(stream).Success);
        return MetadataReference.CreateFromImage(stream.ToArray());
    }

    // Two packages that both ship a copy of one abstraction (as logging or polyfill packages do).
    private const string Polyfill = "namespace Microsoft.Extensions.Logging { public interface ILogger { } }";
    private const string Name = "Microsoft.Extensions.Logging.ILogger";

    [Fact]
    public void A_type_defined_in_two_references_is_still_found_and_always_the_same_one()
    {
        var first = Library("Polyfills.A", Polyfill);
        var second = Library("Polyfills.B", Polyfill);
        var compilation = TestCompilation.Create("public class C { }").AddReferences(first, second);

        Assert.Null(compilation.GetTypeByMetadataName(Name));
        var found = KnownTypes.Find(compilation, Name);
        Assert.NotNull(found);
        Assert.Equal("Polyfills.A", found!.ContainingAssembly.Name);
        // Reference order does not change the choice.
        var reversed = TestCompilation.Create("public class C { }").AddReferences(second, first);
        Assert.Equal("Polyfills.A", KnownTypes.Find(reversed, Name)!.ContainingAssembly.Name);
    }

    [Fact]
    public void The_compilation_s_own_definition_wins_and_a_missing_type_is_null()
    {
        var compilation = TestCompilation.Create(Polyfill.Replace("public interface", "internal interface")).AddReferences(Library("Polyfills.A", Polyfill));
        var found = KnownTypes.Find(compilation, Name);
        Assert.Same(compilation.Assembly, found!.ContainingAssembly);
        Assert.Null(KnownTypes.Find(compilation, "No.Such.Type"));
    }

    [Fact]
    public void The_runtime_library_s_type_is_preferred_over_a_look_alike()
    {
        var lookAlike = Library("LookAlike", "namespace Klivar.PrivacyAnnotations { public sealed class Redaction { } }");
        var compilation = TestCompilation.Create("public class C { }").AddReferences(lookAlike);
        Assert.Equal("Klivar.PrivacyAnnotations", KnownTypes.FindRuntime(compilation, "Klivar.PrivacyAnnotations.Redaction")!.ContainingAssembly.Name);
    }

    [Fact]
    public void A_cancelled_read_of_a_type_throws_and_leaves_nothing_half_read_behind()
    {
        var compilation = TestCompilation.Create("""
            using Klivar.PrivacyAnnotations;
            public partial class User { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = ""; }
            """);
        var type = compilation.GetTypeByMetadataName("User")!;
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => HelperModelReader.Read(type, cancelled.Token));
        var model = HelperModelReader.Read(type, CancellationToken.None);
        Assert.Equal("Email", Assert.Single(model.Type.Members).Name);
        Assert.Same(model, HelperModelReader.Read(type, cancelled.Token));
    }
}
