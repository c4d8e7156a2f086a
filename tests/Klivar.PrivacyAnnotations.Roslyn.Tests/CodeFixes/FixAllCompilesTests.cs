using System.Collections.Immutable;
using Klivar.PrivacyAnnotations.CodeFixes;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.CodeFixes;

/// <summary>
/// A fix-all applied to a whole project, as `dotnet format` or the IDE's "Fix all in solution" does, then built with the
/// generator: the helpers it makes the generator write must compile, whatever the members' accessibility.
/// </summary>
public class FixAllCompilesTests
{
    // Domain-driven model, none of it partial: private fields, private setters, a struct and a generic type (where
    // [UnsafeAccessor] does not fit), a private nested type.
    private const string Model = """
        using System;

        [assembly: Klivar.PrivacyAnnotations.ProcessingActivity(Klivar.PrivacyAnnotations.Purpose.PlatformManagement, Klivar.PrivacyAnnotations.LegalBasis.Contract, Retention = "during contract")]

        namespace Ordering
        {
            public class Buyer
            {
                private string _email;
                private string _firstName;
                private DateTime _dateOfBirth;
                private Secret _secret = new Secret();

                public Buyer(string email, string firstName, DateTime dateOfBirth)
                {
                    _email = email;
                    _firstName = firstName;
                    _dateOfBirth = dateOfBirth;
                    PhoneNumber = "";
                }

                public int Id { get; private set; }
                public string PhoneNumber { get; private set; }
                protected string LastName { get; set; } = "";
                private string? _homeAddress;
                public string Describe() => _email + _firstName + _dateOfBirth + _homeAddress + _secret;

                private sealed class Secret { }
            }

            public struct PaymentCard
            {
                private string _cardHolderName;
                public PaymentCard(string name) { _cardHolderName = name; }
                public override string ToString() => _cardHolderName;
            }

            public class Envelope<T>
            {
                private string _email = "";
                public T? Body { get; set; }
                public string Address => _email;
            }
        }
        """;

    [Fact]
    public async Task Fix_all_on_a_non_partial_model_with_private_members_builds_with_the_generator_without_errors()
    {
        using var workspace = new AdhocWorkspace();
        var project = workspace.AddProject(ProjectInfo.Create(ProjectId.CreateNewId(), VersionStamp.Default, "Ordering", "Ordering", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable),
            parseOptions: GeneratorRun.ParseOptions,
            metadataReferences: TestCompilation.References));
        var document = workspace.AddDocument(project.Id, "Ordering.cs", SourceText.From(Model));

        var analyzer = new UndeclaredPersonalDataAnalyzer();
        var before = await Kpa0001(document.Project, analyzer);
        // The private fields and setters are among what the fix declares.
        Assert.Contains(before, d => d.GetMessage().StartsWith("'_email'", StringComparison.Ordinal));
        Assert.Contains(before, d => d.GetMessage().StartsWith("'_cardHolderName'", StringComparison.Ordinal));

        var fix = new UndeclaredPersonalDataCodeFix();
        var context = new FixAllContext(document.Project, fix, FixAllScope.Project, UndeclaredPersonalDataCodeFix.PersonalDataKey,
            fix.FixableDiagnosticIds, new Diagnostics(before), CancellationToken.None);
        var action = await fix.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        var operations = await action!.GetOperationsAsync(CancellationToken.None);
        var fixedSolution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        var fixedProject = fixedSolution.GetProject(project.Id)!;
        var fixedText = (await fixedProject.Documents.Single().GetTextAsync()).ToString();
        Assert.Contains("[PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]\n        private string _email;", fixedText.Replace("\r\n", "\n"));

        var compilation = (CSharpCompilation)(await fixedProject.GetCompilationAsync())!;
        var run = GeneratorRun.Run(compilation);
        var errors = run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "The fixed model does not build:\n" + string.Join("\n", errors) + "\n\n" + string.Join("\n\n", run.Sources.Values));
        // No warning either from the generated code itself.
        Assert.Empty(run.Output.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Warning && d.Location.SourceTree is { } tree && !compilation.SyntaxTrees.Contains(tree)));

        // What the helpers cannot reach is said at build time, member by member.
        var reach = await run.Input.WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new PersonalMemberReachAnalyzer())).GetAnalyzerDiagnosticsAsync();
        var unreachable = reach.Where(d => d.Id == "KPA0024").Select(d => d.GetMessage().Split('\'')[1]).OrderBy(n => n, StringComparer.Ordinal);
        Assert.Equal(new[] { "_cardHolderName", "_email" }, unreachable); // the struct's field, the generic type's field
        Assert.Contains("Buyer", run.Source("Ordering.Buyer.Privacy.g.cs"));
        Assert.Contains("UnsafeAccessorKind.Field, Name = \"_email\"", run.Source("Ordering.Buyer.Privacy.g.cs"));
    }

    private static async Task<ImmutableArray<Diagnostic>> Kpa0001(Project project, DiagnosticAnalyzer analyzer)
    {
        var compilation = (await project.GetCompilationAsync())!;
        var found = await compilation.WithAnalyzers(ImmutableArray.Create(analyzer)).GetAnalyzerDiagnosticsAsync();
        return found.Where(d => d.Id is "KPA0001" or "KPA0012").ToImmutableArray();
    }

    private sealed class Diagnostics(ImmutableArray<Diagnostic> all) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) =>
            Task.FromResult(all.Where(d => d.Location.SourceTree?.FilePath == document.FilePath || d.Location.SourceTree?.FilePath == document.Name));

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult(Enumerable.Empty<Diagnostic>());

        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) =>
            Task.FromResult<IEnumerable<Diagnostic>>(all);
    }
}
