using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
namespace Klivar.PrivacyAnnotations.Benchmarks;

public sealed class ProbeGenerator : IIncrementalGenerator
{
    public static int SyntaxTransforms, FawmnTransforms;
    public static bool UseFawmn;
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        if (UseFawmn)
        {
            var a = context.SyntaxProvider.ForAttributeWithMetadataName("Klivar.PrivacyAnnotations.PersonalDataAttribute",
                static (n, _) => true, static (c, _) => { Interlocked.Increment(ref FawmnTransforms); return 1; });
            context.RegisterSourceOutput(a.Collect(), static (_, _) => { });
        }
        else
        {
            var b = context.SyntaxProvider.CreateSyntaxProvider(
                static (n, _) => n is TypeDeclarationSyntax t && t.AttributeLists.Count >= 0 && n.Parent is BaseNamespaceDeclarationSyntax,
                static (c, ct) => { Interlocked.Increment(ref SyntaxTransforms); return ((TypeDeclarationSyntax)c.Node).Identifier.ValueText; });
            context.RegisterSourceOutput(b.Collect(), static (_, _) => { });
        }
    }
}
