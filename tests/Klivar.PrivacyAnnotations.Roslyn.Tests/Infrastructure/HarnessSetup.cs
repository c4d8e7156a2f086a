using Microsoft.CodeAnalysis.Testing;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;

/// <summary>
/// Points Roslyn's test harnesses at <see cref="TestCompilation.References"/>: no reference-assembly package is
/// downloaded while tests run.
/// </summary>
internal static class HarnessSetup
{
    /// <summary>An empty reference set: the harness resolves nothing itself, the references come from Basic.Reference.Assemblies.</summary>
    public static readonly ReferenceAssemblies NoDownload = new("net8.0-basic-reference-assemblies");

    public static void UseTestReferences(this SolutionState state)
    {
        state.ReferenceAssemblies = NoDownload;
        state.AdditionalReferences.AddRange(TestCompilation.References);
    }
}
