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
        PrivacyGenerator.Steps.TypeHelpers, PrivacyGenerator.Steps.RegisterJson, PrivacyGenerator.Steps.Declarations,
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
    public void A_record_parameter_with_another_property_targeted_attribute_is_not_read()
    {
        var run = GeneratorRun.Run(Sample());
        var models = run.Result.Results.Single().TrackedSteps[PrivacyGenerator.Steps.AnnotatedTypes]
            .SelectMany(s => s.Outputs).SelectMany(o => (IEnumerable<HelperTypeModel>)o.Value).ToList();
        Assert.Contains(models, m => m.Type.Name == "Member");
        Assert.DoesNotContain(models, m => m.Type.Name == "Dto");
    }
}

/// <summary>
/// The annotated types are read file by file: a keystroke re-reads the edited file's types only, and an edit whose
/// effect reaches other files' models (a type becoming annotated, a global alias, a partial type's other part) re-reads
/// them. Every warm run writes what a cold run on the same code writes.
/// </summary>
public class PerFileReadingTests
{
    private const string Order = """
        using Klivar.PrivacyAnnotations;
        namespace Shop
        {
            public partial class Order
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";

                public Address? Home { get; set; }

                public int Score(int x) => x + 1;
            }
        }
        """;

    private const string Address = """
        namespace Shop
        {
            public class Address
            {
                public string Street { get; set; } = "";
            }
        }
        """;

    private const string Visit = """
        using Klivar.PrivacyAnnotations;
        namespace Shop
        {
            public partial class Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "1y")]
                public string Ip { get; set; } = "";
            }
        }
        """;

    private const string VisitOtherPart = """
        namespace Shop
        {
            public partial class Visit
            {
                public int Count { get; set; }
            }
        }
        """;

    private static CSharpCompilation Sample() =>
        GeneratorRun.Compile(GoldenOutputTests.Declarations, GoldenOutputTests.Types, Order, Address, Visit, VisitOtherPart);

    private static CSharpCompilation Replace(CSharpCompilation compilation, int index, string before, string after)
    {
        var old = compilation.SyntaxTrees[index];
        var text = old.GetText().ToString();
        Assert.Contains(before, text);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(text.Replace(before, after), GeneratorRun.ParseOptions, old.FilePath));
    }

    private static List<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason).ToList();

    private static int ReadAgain(GeneratorRun run) =>
        Reasons(run, PrivacyGenerator.Steps.AnnotatedTypes).Count(r => r != IncrementalStepRunReason.Cached);

    private static void AssertSameAsColdRun(CSharpCompilation compilation, GeneratorRun warm)
    {
        var cold = GeneratorRun.Run(compilation);
        Assert.Equal(cold.Sources.OrderBy(s => s.Key, StringComparer.Ordinal), warm.Sources.OrderBy(s => s.Key, StringComparer.Ordinal));
    }

    [Fact]
    public void An_edit_in_a_method_body_binds_no_file_again()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        Assert.Equal(compilation.SyntaxTrees.Length, Reasons(first, PrivacyGenerator.Steps.AnnotatedTypes).Count);

        var edited = Replace(compilation, 2, "x + 1", "x + 2");
        var second = GeneratorRun.Run(edited, first.Driver);

        // The edited file's syntax was read again and found to declare the same: no file's types were bound again, and
        // the declarations version and the assembly's declarations stayed as they were.
        Assert.Equal(1, Reasons(second, PrivacyGenerator.Steps.Declarations).Count(r => r != IncrementalStepRunReason.Cached));
        Assert.Equal(0, ReadAgain(second));
        Assert.All(Reasons(second, PrivacyGenerator.Steps.AssemblyDeclarations), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(second, PrivacyGenerator.Steps.DeclarationsVersion), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));
        Assert.All(Reasons(second, PrivacyGenerator.Steps.TypeHelpers), r => Assert.True(r is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, r.ToString()));

        // No step of the pipeline produced anything new: every output, of every file and of the whole assembly, is the
        // one of the first run (the edited file's syntax reading and the declarations version ran, and found the same).
        var result = second.Result.Results.Single();
        foreach (var step in result.TrackedSteps.Where(s => typeof(PrivacyGenerator.Steps).GetField(s.Key) is not null).Concat(result.TrackedOutputSteps))
        {
            Assert.All(step.Value.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step.Key}: {o.Reason}"));
        }
        var declarations = result.TrackedSteps[PrivacyGenerator.Steps.Declarations];
        Assert.Equal(edited.SyntaxTrees[2], Assert.Single(declarations, s => s.Outputs.Any(o => o.Reason != IncrementalStepRunReason.Cached)).Inputs
            .Select(i => i.Source.Outputs[i.OutputIndex].Value).OfType<FileHandle>().Single().Tree);
        AssertSameAsColdRun(edited, second);
    }

    /// <summary>The steps that read the compilation's symbols: each must run again only for what an edit changed.</summary>
    private static readonly string[] SemanticSteps =
    {
        PrivacyGenerator.Steps.AnnotatedTypes, PrivacyGenerator.Steps.AssemblyDeclarations, PrivacyGenerator.Steps.LanguageSupport,
    };

    [Fact]
    public void An_edit_in_a_method_body_of_a_large_compilation_runs_nothing_outside_the_edited_file()
    {
        var run = BodyEditIn(500);

        // Of the per-file steps, only the edited file's syntax reading ran (and found the same declarations); no step
        // that binds ran at all, for any file or for the assembly; nothing downstream produced a new value.
        var ran = run.Result.TrackedSteps[PrivacyGenerator.Steps.Declarations].Where(Ran).ToList();
        Assert.Equal(run.EditedTree, Assert.Single(ran).Inputs.Select(i => i.Source.Outputs[i.OutputIndex].Value).OfType<FileHandle>().Single().Tree);
        foreach (var step in SemanticSteps)
        {
            var entries = run.Result.TrackedSteps[step];
            Assert.NotEmpty(entries);
            Assert.All(entries, e => Assert.False(Ran(e), $"{step} ran for {string.Join(", ", e.Outputs.Select(o => o.Reason))}"));
        }
        foreach (var step in run.Result.TrackedSteps.Where(s => typeof(PrivacyGenerator.Steps).GetField(s.Key) is not null).Concat(run.Result.TrackedOutputSteps))
            Assert.All(step.Value.SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step.Key}: {o.Reason}"));
    }

    [Fact]
    public void An_edit_in_a_method_body_runs_as_many_steps_in_500_types_as_in_100()
    {
        // Counts of the step entries that ran (not times): what the generator does after a keystroke does not grow with
        // the compilation. The driver's own pass over its cached entries does, and is not counted here.
        var small = StepsRun(BodyEditIn(100));
        var large = StepsRun(BodyEditIn(500));
        Assert.Contains(PrivacyGenerator.Steps.Declarations, small.Keys);
        Assert.Equal(small, large);
    }

    /// <summary>Whether a step's transform ran for this entry (an output that is not cached was computed in this run).</summary>
    private static bool Ran(IncrementalGeneratorRunStep step) => step.Outputs.Any(o => o.Reason != IncrementalStepRunReason.Cached);

    /// <summary>For each tracked step that ran at all, for how many of its entries.</summary>
    private static SortedDictionary<string, int> StepsRun((GeneratorRunResult Result, SyntaxTree EditedTree) run)
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var step in run.Result.TrackedSteps.Concat(run.Result.TrackedOutputSteps))
        {
            var ran = step.Value.Count(Ran);
            if (ran > 0) counts[step.Key] = (counts.TryGetValue(step.Key, out var count) ? count : 0) + ran;
        }
        return counts;
    }

    /// <summary>
    /// A warm run after an edit in a method body of an annotated type, in a compilation of <paramref name="types"/>
    /// types, one in 25 annotated, each in its own file.
    /// </summary>
    private static (GeneratorRunResult Result, SyntaxTree EditedTree) BodyEditIn(int types)
    {
        var sources = new List<string> { GoldenOutputTests.Declarations };
        for (var i = 0; i < types; i++)
        {
            sources.Add(i % 25 == 0
                ? $$"""
                  using Klivar.PrivacyAnnotations;
                  namespace Shop.Module{{i % 10}}
                  {
                      public class Customer{{i}}
                      {
                          [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                          public string Email { get; set; } = "";

                          public int Score(int x) => x + 1;
                      }
                  }
                  """
                : $$"""
                  namespace Shop.Module{{i % 10}}
                  {
                      public class Line{{i}}
                      {
                          public int Quantity { get; set; }

                          public int Score(int x) => x + 1;
                      }
                  }
                  """);
        }
        var compilation = GeneratorRun.Compile(sources.ToArray());
        var first = GeneratorRun.Run(compilation);
        Assert.Equal(types / 25 + (types % 25 == 0 ? 0 : 1) + 1, first.Sources.Count);
        var edited = Replace(compilation, 1, "x + 1", "x + 2");
        Assert.Contains("Customer0", edited.SyntaxTrees[1].ToString());
        var result = GeneratorRun.Run(edited, first.Driver).Result.Results.Single();
        // The per-file steps hold an entry for every file: what ran is counted, not what was looked at.
        Assert.Equal(sources.Count, result.TrackedSteps[PrivacyGenerator.Steps.Declarations].Length);
        return (result, edited.SyntaxTrees[1]);
    }

    [Fact]
    public void An_annotated_member_added_to_an_annotated_type_re_reads_its_file_only()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = Replace(compilation, 2, "public int Score", "[PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]\n        public string Name { get; set; } = \"\";\n\n        public int Score");
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Equal(1, ReadAgain(second));
        Assert.Contains(".Personal<string>(\"Name\"", second.Source("Shop.Order.Privacy.g.cs"));
        AssertSameAsColdRun(edited, second);
    }

    [Fact]
    public void A_type_that_becomes_annotated_in_another_file_is_followed_by_the_types_that_hold_it()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        Assert.DoesNotContain("\"Home\"", first.Source("Shop.Order.Privacy.g.cs"));
        var edited = Replace(compilation, 3, "public string Street", "[Klivar.PrivacyAnnotations.PersonalData(Klivar.PrivacyAnnotations.DataCategory.Contact, Klivar.PrivacyAnnotations.Purpose.Billing)]\n        public string Street");
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Contains(".Plain<global::Shop.Address?>(\"Home\", printable: false)", second.Source("Shop.Order.Privacy.g.cs"));
        AssertSameAsColdRun(edited, second);
    }

    [Fact]
    public void A_member_added_to_another_part_of_a_partial_type_is_in_its_table()
    {
        var compilation = Sample();
        var first = GeneratorRun.Run(compilation);
        var edited = Replace(compilation, 5, "public int Count { get; set; }", "public int Count { get; set; }\n\n        public int Pages { get; set; }");
        var second = GeneratorRun.Run(edited, first.Driver);

        Assert.Contains(".Plain<int>(\"Pages\")", second.Source("Shop.Visit.Privacy.g.cs"));
        AssertSameAsColdRun(edited, second);
    }

    [Fact]
    public void An_attribute_spelled_through_a_global_alias_of_another_file_is_read()
    {
        const string aliases = "global using Pii = Klivar.PrivacyAnnotations.PersonalDataAttribute;";
        const string lead = """
            using Klivar.PrivacyAnnotations;
            namespace Shop
            {
                public record Lead([property: Pii(DataCategory.Contact, Purpose.CommercialProspecting)] string Email);
            }
            """;
        var run = GeneratorRun.Run(GeneratorRun.Compile(GoldenOutputTests.Declarations, aliases, lead));
        Assert.Contains(".PersonalInit<string>(\"Email\"", run.Source("Shop.Lead.Privacy.g.cs"));
    }
}
