extern alias runtime;

using System.Collections.Immutable;
using Basic.Reference.Assemblies;
using Klivar.PrivacyAnnotations.Tool.Adoption;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>
/// klivar-privacy baseline and adopt on in-memory projects: the baseline written from the analyzer's findings, sorted and
/// byte-identical whatever the file order, shrinking on a rerun; the first pass declaring every finding to confirm,
/// never leaving code that does not compile.
/// </summary>
public sealed class AdoptionTests
{
    private const string Activities = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Shop SAS")]
        [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "3y after last-contact")]
        """;

    private const string Customers = """
        namespace Shop.Customers;
        public class Customer
        {
            public int Id { get; set; }
            public string Email { get; set; } = "";
            public string? PhoneNumber;
            public Address? BillingAddress { get; set; }
            public class Note { public string AuthorName { get; set; } = ""; }
        }
        public struct Address { public string City { get; set; } public string ZipPostalCode { get; set; } }
        """;

    private const string Orders = """
        namespace Shop.Orders;
        public record Order(int Id, int CustomerId, string CustomerEmail, decimal Total);
        public sealed class Invoice { public string? BillingName; public decimal Amount { get; set; } }
        """;

    /// <summary>Loads the package's generator as the IDE would, from its assembly beside the tests.</summary>
    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath) { }
        public System.Reflection.Assembly LoadFromPath(string fullPath) => System.Reflection.Assembly.LoadFrom(fullPath);
    }

    private static readonly AnalyzerReference Generator =
        new AnalyzerFileReference(typeof(Klivar.PrivacyAnnotations.Roslyn.Generator.PrivacyGenerator).Assembly.Location, new Loader());

    private static Project CreateProject(params (string Path, string Text)[] files)
    {
        var workspace = new AdhocWorkspace();
        var references = Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location));
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Create(), "Shop", "Shop", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest), metadataReferences: references, analyzerReferences: new[] { Generator }));
        foreach (var (path, text) in files)
            project = project.AddDocument(Path.GetFileName(path), SourceText.From(text), filePath: path).Project;
        return project;
    }

    private static async Task<List<Finding>> FindingsOf(Project project) =>
        await Findings.OfAsync((await project.GetCompilationAsync())!, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None);

    [Fact]
    public async Task The_baseline_is_sorted_keyed_by_type_and_member_and_byte_identical_whatever_the_file_order()
    {
        var forward = await FindingsOf(CreateProject(("/src/Customers.cs", Customers), ("/src/Orders.cs", Orders)));
        var backward = await FindingsOf(CreateProject(("/src/Orders.cs", Orders), ("/src/Customers.cs", Customers)));
        var text = PrivacyBaseline.Write(BaselineUpdate.Compute(null, forward, new[] { "Shop" }, acceptNew: false).Entries);
        Assert.Equal(text, PrivacyBaseline.Write(BaselineUpdate.Compute(null, backward, new[] { "Shop" }, acceptNew: false).Entries));
        Assert.Equal(text, PrivacyBaseline.Write(PrivacyBaseline.Parse(text).Entries));

        var lines = text.Split('\n').Where(l => l.Length > 0 && l[0] != '#').ToList();
        Assert.Equal(lines.OrderBy(l => l, StringComparer.Ordinal), lines);
        Assert.DoesNotContain('\r', text);
        Assert.Contains("Shop Shop.Customers.Customer Email KPA0001 Contact", lines);
        Assert.Contains("Shop Shop.Customers.Customer+Note AuthorName KPA0001 Identification", lines);
        Assert.Contains("Shop Shop.Orders.Order CustomerId KPA0012 Identification", lines);
        Assert.Contains("Shop Shop.Orders.Invoice BillingName KPA0001 Identification", lines);
        Assert.DoesNotContain(lines, l => l.Contains(" Total ") || l.Contains(" Amount "));
        // Every line names a member the suppressor finds again: parsing gives one entry per finding.
        Assert.Equal(forward.Count, PrivacyBaseline.Parse(text).Entries.Count);
    }

    [Fact]
    public async Task A_rerun_drops_declared_members_and_leaves_new_findings_out_unless_asked()
    {
        var before = await FindingsOf(CreateProject(("/src/Customers.cs", Customers)));
        var existing = PrivacyBaseline.Parse(PrivacyBaseline.Write(BaselineUpdate.Compute(null, before, new[] { "Shop" }, false).Entries)
            + "Billing Billing.Payment CardHolder KPA0001 Financial\n");

        var changed = Customers
            .Replace("public string Email { get; set; } = \"\";", "[Klivar.PrivacyAnnotations.NotPersonalData(\"shop mailbox\")] public string Email { get; set; } = \"\";")
            .Replace("public class Note", "public string? LastName { get; set; }\n    public class Note");
        var after = await FindingsOf(CreateProject(("/src/Customers.cs", changed)));

        var update = BaselineUpdate.Compute(existing, after, new[] { "Shop" }, acceptNew: false);
        Assert.Equal("Email", Assert.Single(update.Removed).Member);
        Assert.Equal("LastName", Assert.Single(update.LeftOut).Member);
        Assert.Empty(update.Added);
        Assert.Contains(update.Entries, e => e.Assembly == "Billing");
        Assert.Equal(existing.Entries.Count - 1, update.Entries.Count);

        var accepting = BaselineUpdate.Compute(existing, after, new[] { "Shop" }, acceptNew: true);
        Assert.Equal("LastName", Assert.Single(accepting.Added).Member);
        Assert.Empty(accepting.LeftOut);
    }

    [Fact]
    public async Task The_first_pass_declares_every_finding_to_confirm_and_the_project_still_compiles()
    {
        var project = CreateProject(("/src/Privacy.cs", Activities), ("/src/Customers.cs", Customers), ("/src/Orders.cs", Orders));
        var findings = await FindingsOf(project);
        Assert.True(findings.Count >= 8, string.Join(", ", findings.Select(f => f.Member)));

        var result = await FirstPass.RunAsync(project, findings, CancellationToken.None);
        Assert.Empty(result.Reverted);
        Assert.Equal(findings.Count, result.Declared.Count);

        var fixedProject = result.Solution.GetProject(project.Id)!;
        var compilation = (await fixedProject.GetCompilationAsync())!;
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        Assert.Empty(await FindingsOf(fixedProject));

        // The workspace ran the generator: its output for the newly annotated types (non-partial classes, a struct, a
        // record, a nested type, a public field) is part of what compiled.
        Assert.Contains(compilation.SyntaxTrees, t => t.FilePath.EndsWith("Shop.Customers.Customer.Privacy.g.cs", StringComparison.Ordinal));

        var customers = (await fixedProject.Documents.Single(d => d.Name == "Customers.cs").GetTextAsync()).ToString();
        Assert.Contains("using Klivar.PrivacyAnnotations;", customers);
        Assert.Contains("[PersonalData(DataCategory.Contact, Purpose.CustomerManagement, ToConfirm = \"Proposed by klivar-privacy adopt", customers);
        var written = string.Join("\n", await Task.WhenAll(fixedProject.Documents.Select(async d => (await d.GetTextAsync()).ToString())));
        Assert.Equal(findings.Count, CountOf(written, "ToConfirm = \"Proposed by klivar-privacy adopt"));
    }

    [Fact]
    public async Task A_file_whose_declarations_would_not_compile_is_left_as_it_was()
    {
        // The file imports a namespace with its own DataCategory: adding 'using Klivar.PrivacyAnnotations;' would make
        // DataCategory ambiguous (CS0104). That file stays as it was; the other is declared.
        const string taxonomy = "namespace Shop.Taxonomy { public enum DataCategory { Public, Internal } }";
        const string tagged = """
            using Shop.Taxonomy;
            namespace Shop.Tags;
            public class Subscriber { public string Email { get; set; } = ""; public DataCategory Level { get; set; } }
            """;
        var project = CreateProject(("/src/Privacy.cs", Activities), ("/src/Taxonomy.cs", taxonomy), ("/src/Tags.cs", tagged), ("/src/Orders.cs", Orders));
        var findings = await FindingsOf(project);

        var result = await FirstPass.RunAsync(project, findings, CancellationToken.None);
        Assert.Equal("/src/Tags.cs", Assert.Single(result.Reverted));
        var fixedProject = result.Solution.GetProject(project.Id)!;
        Assert.Equal(tagged, (await fixedProject.Documents.Single(d => d.Name == "Tags.cs").GetTextAsync()).ToString());
        Assert.Contains("ToConfirm", (await fixedProject.Documents.Single(d => d.Name == "Orders.cs").GetTextAsync()).ToString());
        Assert.DoesNotContain(result.Declared, f => f.File == "/src/Tags.cs");
        Assert.Empty((await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
    }

    [Fact]
    public async Task A_declaration_whose_generated_code_would_not_compile_leaves_its_file_as_it_was()
    {
        // A private field of a non-partial class: the generated helpers live outside the class and cannot read it
        // (CS0122 in the generated file). The error is pinned on the field's file, which stays as it was.
        const string secret = """
            namespace Shop.Secrets;
            public class Account { private string _phoneNumber = ""; public string Describe() => _phoneNumber.Length.ToString(); }
            """;
        var project = CreateProject(("/src/Privacy.cs", Activities), ("/src/Secret.cs", secret), ("/src/Orders.cs", Orders));
        var findings = await FindingsOf(project);
        Assert.Contains(findings, f => f.Member == "_phoneNumber");

        var result = await FirstPass.RunAsync(project, findings, CancellationToken.None);
        var fixedProject = result.Solution.GetProject(project.Id)!;
        Assert.Empty((await fixedProject.GetCompilationAsync())!.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var secretText = (await fixedProject.Documents.Single(d => d.Name == "Secret.cs").GetTextAsync()).ToString();
        if (result.Reverted.Contains("/src/Secret.cs")) Assert.Equal(secret, secretText);
        else Assert.Contains("ToConfirm", secretText);
        Assert.Contains("ToConfirm", (await fixedProject.Documents.Single(d => d.Name == "Orders.cs").GetTextAsync()).ToString());
    }

    [Fact]
    public void A_project_without_processing_activities_is_not_given_invented_purposes()
    {
        var compilation = CSharpCompilation.Create("Shop", new[] { CSharpSyntaxTree.ParseText(Customers) },
            Net80.References.All.Cast<MetadataReference>().Append(MetadataReference.CreateFromFile(typeof(runtime::Klivar.PrivacyAnnotations.PersonalDataAttribute).Assembly.Location)));
        Assert.False(FirstPass.DeclaresActivities(compilation));
        Assert.True(FirstPass.DeclaresActivities(compilation.AddSyntaxTrees(CSharpSyntaxTree.ParseText(Activities))));
    }

    [Theory]
    [InlineData("baseline", "give the project or solution to read")]
    [InlineData("adopt", "give the project or solution to adopt the package in")]
    [InlineData("baseline --bogus x.csproj", "unknown option '--bogus'")]
    [InlineData("adopt --dry-run a.csproj b.csproj", "give one project or solution")]
    [InlineData("baseline /nowhere/Shop.csproj", "cannot open '/nowhere/Shop.csproj'")]
    [InlineData("adopt /nowhere/Shop.sln", "cannot open '/nowhere/Shop.sln'")]
    public void Bad_arguments_are_usage_errors_that_say_why(string arguments, string message)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        Assert.Equal(Cli.UsageError, Cli.Run(arguments.Split(' '), stdout, stderr));
        Assert.Contains(message, stderr.ToString());
        Assert.Equal("", stdout.ToString());
    }

    [Fact]
    public void A_slnx_solution_lists_its_csharp_projects_in_folders_or_not()
    {
        var folder = Directory.CreateTempSubdirectory("klivar-slnx-").FullName;
        try
        {
            var slnx = Path.Combine(folder, "Shop.slnx");
            File.WriteAllText(slnx, """
                <Solution>
                  <Folder Name="/src/">
                    <Project Path="src\Shop\Shop.csproj" />
                    <Project Path="src/Tools/Tools.fsproj" />
                  </Folder>
                  <Project Path="tests/Shop.Tests/Shop.Tests.csproj" />
                </Solution>
                """);
            Assert.Equal(new[] { Path.Combine(folder, "src", "Shop", "Shop.csproj"), Path.Combine(folder, "tests", "Shop.Tests", "Shop.Tests.csproj") },
                Projects.SlnxProjects(slnx));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_help_describes_adopt_and_baseline()
    {
        var stdout = new StringWriter();
        Assert.Equal(Cli.Success, Cli.Run(new[] { "--help" }, stdout, new StringWriter()));
        Assert.Contains("klivar-privacy adopt <project or solution> [--dry-run]", stdout.ToString());
        Assert.Contains("klivar-privacy baseline <project or solution> [--output <file>] [--accept-new]", stdout.ToString());
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal)) count++;
        return count;
    }
}
