using System.Collections;
using System.Reflection;
using Klivar.PrivacyAnnotations.Roslyn.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>The pipeline caches: what did not change is not recomputed, and nothing compiler-owned is kept in it.</summary>
public class IncrementalTests
{
    private static readonly string[] TrackedSteps =
    {
        PrivacyGenerator.Steps.AnnotatedTypes, PrivacyGenerator.Steps.DistinctTypes, PrivacyGenerator.Steps.Assembly,
        PrivacyGenerator.Steps.TypeHelpers, PrivacyGenerator.Steps.RegisterJson, PrivacyGenerator.Steps.RecordProperties,
    };

    private const string RecordWithPropertyTarget = """
        using Klivar.PrivacyAnnotations;
        namespace Shop
        {
            public record Lead([property: PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)] string Email);
        }
        """;

    private const string Unrelated = """
        namespace Shop
        {
            public class Calculator
            {
                public int Add(int a, int b) => a + b;
            }
        }
        """;

    private static CSharpCompilation Sample() =>
        GeneratorRun.Compile(GoldenOutputTests.Declarations, GoldenOutputTests.Types, Unrelated, RecordWithPropertyTarget);

    [Fact]
    public void A_second_run_on_the_same_compilation_is_all_cached()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var second = GeneratorRun.Run(compilation.Clone(), first.Driver);

        foreach (var step in TrackedSteps)
        {
            var outputs = Outputs(second, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
        Assert.All(second.Result.Results.SelectMany(r => r.TrackedOutputSteps.SelectMany(s => s.Value)).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"output: {o.Reason}"));
    }

    [Fact]
    public void An_unrelated_edit_leaves_the_models_cached()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 2, Unrelated.Replace("a + b", "b + a"));
        var second = GeneratorRun.Run(edited, first.Driver);

        foreach (var step in TrackedSteps)
        {
            Assert.All(Outputs(second, step), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {o.Reason}"));
        }
    }

    [Fact]
    public void A_changed_attribute_argument_modifies_the_model_and_the_register()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 1, GoldenOutputTests.Types.Replace("during contract + 5y archive", "during contract + 6y archive"));
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Contains(Outputs(second, PrivacyGenerator.Steps.AnnotatedTypes), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains(Outputs(second, PrivacyGenerator.Steps.RegisterJson), o => o.Reason == IncrementalStepRunReason.Modified);
        // Only the type that changed is regenerated; the other keeps its file.
        var helpers = Outputs(second, PrivacyGenerator.Steps.TypeHelpers);
        Assert.Equal(1, helpers.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(2, helpers.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Contains("6y archive", second.Source("Klivar.Accounts.Customer.Privacy.g.cs"));
    }

    [Fact]
    public void A_changed_assembly_declaration_modifies_the_register()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 0, GoldenOutputTests.Declarations.Replace("Retention = \"1y\"", "Retention = \"2y\""));
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(second, PrivacyGenerator.Steps.Assembly)).Reason);
        Assert.Contains("\"2y\"", second.RegisterJsonFromSource());
    }

    [Fact]
    public void No_symbol_syntax_compilation_or_location_is_kept_in_the_pipeline()
    {
        var run = GeneratorRun.Run(Sample());
        // The generator's own steps (Roslyn's internal steps of ForAttributeWithMetadataName hold syntax by design).
        foreach (var step in TrackedSteps)
        {
            var outputs = Outputs(run, step);
            Assert.NotEmpty(outputs);
            foreach (var (value, _) in outputs) AssertPlainData(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private static void AssertPlainData(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum) return;
        Assert.False(value is ISymbol or SyntaxNode or Compilation or Location or SemanticModel or SyntaxTree,
            $"{path} holds a {value.GetType().Name}: the pipeline must keep plain data only");
        if (!value.GetType().IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var i = 0;
            foreach (var item in items) AssertPlainData(item, $"{path}[{i++}]", seen);
            return;
        }
        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
            AssertPlainData(field.GetValue(value), path + "." + field.Name, seen);
    }

    private static IReadOnlyList<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps.TryGetValue(step, out var steps)
            ? steps.SelectMany(s => s.Outputs).ToList()
            : throw new Xunit.Sdk.XunitException("No tracked step " + step);

    private static CSharpCompilation ReplaceSource(CSharpCompilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees[index];
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, GeneratorRun.ParseOptions, old.FilePath));
    }
}

/// <summary>What each kind of edit re-emits: nothing for a method body, the register alone for the controller.</summary>
public class IncrementalEmissionTests
{
    private const string Entity = """
        using Klivar.PrivacyAnnotations;
        namespace Shop
        {
            /// <summary>An entity with behaviour.</summary>
            public partial class Member
            {
                /// <summary>The e-mail.</summary>
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";

                /// <summary>A method whose body changes.</summary>
                public int Score(int x) => x + 1;
            }

            /// <summary>A record with a property-targeted attribute that is not ours.</summary>
            public record Dto([property: System.Obsolete("old")] string Name);
        }
        """;

    private static CSharpCompilation Sample() => GeneratorRun.Compile(GoldenOutputTests.Declarations, GoldenOutputTests.Types, Entity);

    private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string before, string after)
    {
        var old = compilation.SyntaxTrees[index];
        var text = old.GetText().ToString();
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text.Replace(before, after), GeneratorRun.ParseOptions, old.FilePath));
    }

    /// <summary>The generated files a run wrote anew (new or modified source outputs).</summary>
    private static List<string> Reemitted(GeneratorRun run) =>
        run.Result.Results.Single().TrackedOutputSteps.Values.SelectMany(s => s).SelectMany(s => s.Outputs)
            .Where(o => o.Reason is IncrementalStepRunReason.New or IncrementalStepRunReason.Modified)
            .Select(o => o.Value.ToString() ?? "")
            .ToList();

    [Fact]
    public void An_edit_in_a_method_body_of_an_annotated_type_re_emits_nothing()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var second = GeneratorRun.Run(Replace(compilation, 2, "x + 1", "x + 2"), first.Driver);

        Assert.Empty(Reemitted(second));
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void An_edit_of_the_controllers_e_mail_re_emits_the_register_only()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var second = GeneratorRun.Run(Replace(compilation, 0, "avotreecoute@klivar.com", "privacy@klivar.com"), first.Driver);

        var steps = second.Result.Results.Single().TrackedSteps;
        Assert.All(steps[PrivacyGenerator.Steps.TypeHelpers].SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, "a type's file input changed: " + o.Reason));
        Assert.Single(Reemitted(second));
        Assert.Contains("privacy@klivar.com", second.RegisterJsonFromSource());
        foreach (var (hint, text) in first.Sources.Where(s => s.Key.EndsWith(".Privacy.g.cs", StringComparison.Ordinal)))
            Assert.Equal(text, second.Sources[hint]);
    }

    [Fact]
    public void A_record_parameter_with_another_property_targeted_attribute_is_never_bound()
    {
        var run = GeneratorRun.Run(Sample());
        var candidates = run.Result.Results.Single().TrackedSteps.TryGetValue(PrivacyGenerator.Steps.RecordCandidates, out var steps)
            ? steps.SelectMany(s => s.Outputs).ToList()
            : new List<(object Value, IncrementalStepRunReason Reason)>();
        // The Dto's [property: Obsolete] parameter is filtered by name before any semantic work.
        Assert.Empty(candidates);
    }
}
