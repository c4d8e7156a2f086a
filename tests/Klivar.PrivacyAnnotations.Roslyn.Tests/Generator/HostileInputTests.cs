extern alias runtime;

using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>Whatever the attributes hold, the generator neither throws nor emits code that breaks, and the JSON stays valid.</summary>
public class HostileInputTests
{
    [Fact]
    public void Quotes_newlines_and_odd_characters_survive_into_valid_code_and_json()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;

            [assembly: DataController("Acme \"Quotes\" \\ Backslash\r\nNew line */ /* <tag> & \u2028 \t tab")]
            [assembly: ProcessingActivity("weird-\"id\"\n", LegalBasis.Consent, Name = "@\"verbatim\"", Description = "{0} }}\"; class X {}")]
            [assembly: InternationalTransfer("\"R\"", "U\nS", (TransferSafeguard)42)]

            namespace Odd
            {
                public partial class Thing
                {
                    [PersonalData((DataCategory)99, "weird-\"id\"\n", Retention = "\"}\n1y", Redaction = (RedactionKind)77)]
                    public string Value { get; set; } = "";

                    [PersonalData(DataCategory.Contact, "weird-\"id\"\n")]
                    public int @event { get; set; }
                }
            }
            """;
        var run = GeneratorRun.Run(source);
        run.AssertCompilesCleanly();
        var json = run.RegisterJson();
        PublishedRegisterSchema.AssertValid(json);
        var register = runtime::Klivar.PrivacyAnnotations.RegisterJson.Read(json);
        Assert.Equal("Acme \"Quotes\" \\ Backslash\r\nNew line */ /* <tag> & \u2028 \t tab", register.Controller!.Name);
        Assert.Equal("weird-\"id\"\n", Assert.Single(register.Activities).Id);
        Assert.Equal("(TransferSafeguard)42", register.Activities[0].Transfers[0].Safeguard);
        Assert.Contains(register.Activities[0].Fields, f => f.Category == "(DataCategory)99");

        // An unknown category is erased, never shown; an int under a mask keeps none of its digits.
        var thing = GeneratedCodeShapesTests.Create(run.Load(), "Odd.Thing", ("Value", "secret"), ("event", 5));
        Assert.Equal("Thing { Value = [redacted], event = *** }", GeneratedCodeShapesTests.Invoke(thing, "ToRedactedString"));
    }

    [Fact]
    public void Attributes_the_compiler_cannot_bind_do_not_break_the_generator()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;

            public partial class Broken
            {
                [PersonalData(DataCategory.Contact)]
                public string A { get; set; } = "";

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = 12)]
                public string B { get; set; } = "";

                [PersonalData(DataCategory.NoSuchCategory, Purpose.PlatformManagement)]
                public string C { get; set; } = "";
            }
            """;
        // The compiler reports the errors; the generator itself reports nothing and throws nothing (checked by Run).
        var run = GeneratorRun.Run(source);
        Assert.Contains(run.Output.GetDiagnostics(), d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error);
        Assert.DoesNotContain(run.Output.GetDiagnostics(), d => d.Location.SourceTree?.FilePath.Contains("PrivacyGenerator", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Types_that_differ_only_by_case_get_distinct_files()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            namespace N
            {
                public class user { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = ""; }
                public class User { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = ""; }
            }
            """;
        var run = GeneratorRun.Run(source);
        run.AssertCompilesCleanly();
        Assert.Equal(2, run.Sources.Keys.Count(k => k.StartsWith("N.", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_property_targeted_attribute_on_a_record_parameter_is_seen()
    {
        var run = GeneratorRun.Run("""
            using Klivar.PrivacyAnnotations;
            public record Lead([property: PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)] string Email);
            """);
        run.AssertCompilesCleanly();
        Assert.Contains("\"member\": \"Email\"", run.RegisterJson());
    }

    [Fact]
    public void An_assembly_without_annotations_carries_no_register()
    {
        var run = GeneratorRun.Run("public class Plain { public int X { get; set; } }");
        Assert.Empty(run.Sources);
    }
}
