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
        PrivacyGenerator.Steps.Declarations, PrivacyGenerator.Steps.AnnotatedTypes, PrivacyGenerator.Steps.DistinctTypes,
        PrivacyGenerator.Steps.Assembly, PrivacyGenerator.Steps.TypeHelpers, PrivacyGenerator.Steps.RegisterJson,
    };

    /// <summary>The steps that read symbols or build models: after an edit that changes no declaration, none may run.</summary>
    private static readonly string[] ModelSteps =
    {
        PrivacyGenerator.Steps.AnnotatedTypes, PrivacyGenerator.Steps.DistinctTypes, PrivacyGenerator.Steps.Assembly,
        PrivacyGenerator.Steps.TypeHelpers, PrivacyGenerator.Steps.RegisterJson,
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
    public void An_unrelated_edit_does_no_model_work()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 2, Unrelated.Replace("a + b", "b + a"));
        var second = GeneratorRun.Run(edited, first.Driver);

        AssertNoModelWork(second);
        Assert.Equal(first.Sources, second.Sources);
    }

    [Fact]
    public void An_edit_inside_a_method_body_of_an_annotated_type_does_no_model_work()
    {
        var withMethod = GoldenOutputTests.Types.Replace("public int Id { get; set; }", "public int Id { get; set; }\n        public int Next() { return Id + 1; }");
        var compilation = GeneratorRun.Compile(GoldenOutputTests.Declarations, withMethod, Unrelated, RecordWithPropertyTarget);
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 1, withMethod.Replace("return Id + 1;", "var next = Id + 2; // a comment\n        return next;"));
        var second = GeneratorRun.Run(edited, first.Driver);

        AssertNoModelWork(second);
    }

    [Fact]
    public void An_unrelated_declaration_edit_rereads_the_models_but_regenerates_nothing()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 2, Unrelated.Replace("public int Add", "public int Count { get; set; }\n        public int Add"));
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(second, PrivacyGenerator.Steps.Declarations)).Reason);
        // The models were read again and found equal: what is generated from them is not redone.
        foreach (var step in new[] { PrivacyGenerator.Steps.AnnotatedTypes, PrivacyGenerator.Steps.Assembly })
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Unchanged, o.Reason));
        foreach (var step in new[] { PrivacyGenerator.Steps.TypeHelpers, PrivacyGenerator.Steps.RegisterJson })
            Assert.All(Outputs(second, step), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_preprocessor_directive_in_a_method_body_counts_as_a_declaration_change()
    {
        // '#nullable disable' in a body applies to the members declared after it, so the models are read again.
        var withMethod = GoldenOutputTests.Types.Replace("public int Id { get; set; }", "public int Id { get; set; }\n        public int Next() { return Id + 1; }");
        var compilation = GeneratorRun.Compile(GoldenOutputTests.Declarations, withMethod, Unrelated, RecordWithPropertyTarget);
        var first = GeneratorRun.Run(compilation);
        var edited = ReplaceSource(compilation, 1, withMethod.Replace("return Id + 1;", "return Id + 1;\n#nullable disable"));
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Equal(IncrementalStepRunReason.Modified, Assert.Single(Outputs(second, PrivacyGenerator.Steps.Declarations)).Reason);
        Assert.All(Outputs(second, PrivacyGenerator.Steps.AnnotatedTypes), o => Assert.NotEqual(IncrementalStepRunReason.Cached, o.Reason));
    }

    [Fact]
    public void A_record_annotated_through_property_targets_is_found_and_followed()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        Assert.Contains("Shop.Lead.Privacy.g.cs", first.Sources.Keys);
        var edited = ReplaceSource(compilation, 3, RecordWithPropertyTarget.Replace("Purpose.CommercialProspecting", "Purpose.Logging"));
        var second = GeneratorRun.Run(edited, first.Driver);

        var helpers = Outputs(second, PrivacyGenerator.Steps.TypeHelpers);
        Assert.Equal(1, helpers.Count(o => o.Reason == IncrementalStepRunReason.Modified));
    }

    /// <summary>The fingerprint did not change, so no step that reads symbols or builds a model ran: all are Cached.</summary>
    private static void AssertNoModelWork(GeneratorRun run)
    {
        Assert.Equal(IncrementalStepRunReason.Unchanged, Assert.Single(Outputs(run, PrivacyGenerator.Steps.Declarations)).Reason);
        foreach (var step in ModelSteps)
        {
            var outputs = Outputs(run, step);
            Assert.NotEmpty(outputs);
            Assert.All(outputs, o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, $"{step}: {o.Reason} (the step ran)"));
        }
        Assert.All(run.Result.Results.Single().TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs),
            o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
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
        Assert.Contains("\"2y\"", second.Source("Klivar.PrivacyAnnotations.PrivacyRegister.g.cs"));
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
