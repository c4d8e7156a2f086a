using Microsoft.CodeAnalysis;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Reliability;

/// <summary>
/// Bad input never breaks a build, never drops a declaration. Each case runs the generator and every analyzer
/// through <see cref="HostileRun"/> (which fails on a crash, an error in generated code or a malformed register file),
/// then checks the KPA diagnostics and that every valid declaration reached the register.
/// </summary>
public class HostileInputSuite
{
    private const string Declared = """
        using Klivar.PrivacyAnnotations;
        [assembly: DataController("Acme SAS")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")]
        """;

    // A valid declaration beside every hostile one: whatever breaks next to it, it stays in the register.
    private const string Valid = """
        using Klivar.PrivacyAnnotations;
        namespace Safe
        {
            public class Valid
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
        }
        """;

    private static HostileRun Run(string hostile) => HostileRun.Run(Declared, Valid, hostile);

    public static TheoryData<string> SyntaxErrors => new()
    {
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact,, Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = )] public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = \"1y)] public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email => ; }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public Undefined.Type Email { get; set; } }",
        "public class A : MissingBase { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; }",
        "public partial class { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; }",
        "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public class A { public string Email { get; set; } = \"\"; public string Name { get; set; } = \"\"",
        "[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract",
        "[assembly: ProcessingActivity(Purpose.Billing, LegalBasis.Contract, Retention = \"10y\"",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] [ public string Email { get; set; } = \"\"; }",
        "public class A { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; } }} #endif",
    };

    [Theory]
    [MemberData(nameof(SyntaxErrors))]
    public void Syntax_errors_in_and_around_annotations_break_nothing_else(string hostile)
    {
        var run = Run("using Klivar.PrivacyAnnotations;\n" + hostile);
        Assert.Contains(run.Diagnostics, d => d.Id.StartsWith("CS", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error);
        run.AssertRegistered("Safe.Valid", "Email");
    }

    public static TheoryData<string, string, string> WrongArguments => new()
    {
        // source, then the diagnostic that must explain it (a KPA rule, or the compiler's own error)
        { "[PersonalData(DataCategory.Contact)] public string Email { get; set; } = \"\";", "CS1729", "" },
        { "[PersonalData(Purpose.PlatformManagement, DataCategory.Contact)] public string Email { get; set; } = \"\";", "CS1503", "" },
        { "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = 12)] public string Email { get; set; } = \"\";", "CS0029", "" },
        { "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Redaction = \"mask\")] public string Email { get; set; } = \"\";", "CS0029", "" },
        { "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Unknown = 1)] public string Email { get; set; } = \"\";", "CS0246", "" },
        { "[PersonalData(DataCategory.Contact, \"\")] public string Email { get; set; } = \"\";", "KPA0021", "not a valid purpose id" },
        { "[PersonalData(DataCategory.Contact, \"Not A Purpose!\")] public string Email { get; set; } = \"\";", "KPA0021", "not a valid purpose id" },
        { "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Redaction = (RedactionKind)77)] public string Email { get; set; } = \"\";", "KPA0020", "RedactionKind value 77" },
        { "[PersonalData((DataCategory)999, Purpose.PlatformManagement)] public string Email { get; set; } = \"\";", "KPA0020", "DataCategory value 999" },
        { "[PersonalData((DataCategory)(-1), Purpose.PlatformManagement)] public string Email { get; set; } = \"\";", "KPA0020", "DataCategory value -1" },
        { "[PersonalData(DataCategory.Contact, (Purpose)999)] public string Email { get; set; } = \"\";", "KPA0020", "Purpose value 999" },
        { "[PersonalData(DataCategory.Contact, Purpose.PlatformManagement, (Purpose)12345)] public string Email { get; set; } = \"\";", "KPA0020", "Purpose value 12345" },
    };

    [Theory]
    [MemberData(nameof(WrongArguments))]
    public void Missing_wrong_typed_and_out_of_range_arguments_are_explained(string member, string id, string text)
    {
        var run = Run("using Klivar.PrivacyAnnotations;\npublic class A\n{\n    " + member + "\n}\n");
        if (id.StartsWith("KPA", StringComparison.Ordinal))
        {
            run.AssertKpa(id, text);
            // What the compiler accepted is registered, out-of-range values shown as such, never dropped.
            run.AssertRegistered("A", "Email");
        }
        else
        {
            Assert.Contains(run.Diagnostics, d => d.Id == id);
        }
        run.AssertRegistered("Safe.Valid", "Email");
    }

    [Fact]
    public void A_null_purpose_id_is_reported_and_the_member_is_still_registered()
    {
        var run = Run("""
            using Klivar.PrivacyAnnotations;
            public class A
            {
                [PersonalData(DataCategory.Contact, (string)null!)]
                public string Email { get; set; } = "";
            }
            """);
        run.AssertKpa("KPA0021", "Email");
        run.AssertRegistered("A", "Email");
    }

    [Fact]
    public void Out_of_range_and_null_assembly_declarations_are_reported_not_dropped()
    {
        var run = HostileRun.Run("""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController(null!)]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
            [assembly: ProcessingActivity((Purpose)999, LegalBasis.Contract)]
            [assembly: ProcessingActivity(Purpose.Billing, (LegalBasis)42, Retention = "10y")]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, SpecialCategoryCondition = (SpecialCategoryCondition)99, LegitimateInterest = "x", Retention = "1y")]
            [assembly: ProcessingActivity((string)null!, LegalBasis.Contract)]
            [assembly: InternationalTransfer(null!, null!, (TransferSafeguard)42)]
            """, Valid);
        run.AssertKpa("KPA0020", "Purpose value 999");
        run.AssertKpa("KPA0020", "LegalBasis value 42");
        run.AssertKpa("KPA0020", "SpecialCategoryCondition value 99");
        run.AssertKpa("KPA0020", "TransferSafeguard value 42");
        run.AssertKpa("KPA0021", "'' used by the processing activity");
        var ids = run.Register!.Activities.Select(a => a.Id).ToList();
        Assert.Contains("billing", ids);
        Assert.Contains("logging", ids);
        run.AssertRegistered("Safe.Valid", "Email");
    }

    public static TheoryData<string, string?, string?> RetentionTexts => new()
    {
        // the attribute's Retention argument, then the KPA rule that must explain it (null: none), and a message part
        { "null", null, null },                       // falls back to the activity's retention
        { "\"\"", "KPA0003", "it is empty" },         // an explicit empty text is a mistake
        { "\"   \\t \"", "KPA0003", "it is empty" },
        { "\"" + new string('9', 5000) + "y\"", "KPA0003", "at most 100 years" },
        { "\"1\" + \"" + new string('x', 100_000) + "\"", "KPA0003", "unit" },
        { "\"-1y\"", "KPA0003", "without a sign" },
        { "\"0d\"", "KPA0003", "positive" },
        { "\"99999999999999999999999999y\"", "KPA0003", "at most 100 years" },
        { "\"2147483648d\"", "KPA0003", "at most 100 years" },
        { "\"1y\\u0000\"", "KPA0003", "" },
        { "\"\\u0007\\u001b[31m1y\"", "KPA0003", "" },
        { "\"1y\\nunless consent-withdrawn\"", null, null },
        { "\"1y\\r\\n2y\"", "KPA0003", "" },
        { "\"1y unless \\\"quoted\\\"\"", "KPA0003", "event name" },
        { "\"P1Y\\u2028\"", null, null },
        { "\"1y | 2y, <b>3y</b>\"", "KPA0003", "" },
        { "\"\\ud800\"", "KPA0003", "" },
        { "\"3y after " + new string('a', 70) + "\"", "KPA0003", "at most 64 characters" },
    };

    [Theory]
    [MemberData(nameof(RetentionTexts))]
    public void Any_retention_text_gives_a_clear_diagnostic_or_a_policy_and_the_member_stays_registered(string retention, string? id, string? text)
    {
        var run = Run($$"""
            using Klivar.PrivacyAnnotations;
            public class A
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = {{retention}})]
                public string Email { get; set; } = "";
            }
            """);
        if (id is null)
        {
            run.AssertNoKpaErrors();
        }
        else
        {
            var diagnostic = run.AssertKpa(id, text!);
            // A clear diagnostic: one readable line, whatever was typed.
            var message = diagnostic.GetMessage();
            Assert.True(message.Length < 600, "an unreadably long message: " + message.Length + " characters");
            Assert.DoesNotContain(message, c => char.IsControl(c));
        }
        run.AssertRegistered("A", "Email");
    }

    [Fact]
    public void Annotations_where_the_register_cannot_record_them_are_reported_never_silently_ignored()
    {
        var run = Run("""
            using System;
            using Klivar.PrivacyAnnotations;
            public class Holder
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string this[int index] => "";

                public string this[[PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string indexEmail, int n] => "";

                [field: PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public event EventHandler? Changed;

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public static string? LastEmail;

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public static string? LastPhone { get; set; }

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public const string SupportEmail = "support@acme.test";

                public string Nickname { get => ""; [param: PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] set { } }

                public static Holder operator +(Holder h, [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string operatorEmail) => h;

                public void Process()
                {
                    void Local([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string localEmail) { }
                    Action<string> lambda = ([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string lambdaPhone) => { };
                    Local(""); lambda(""); Changed?.Invoke(this, EventArgs.Empty);
                }

                public void Send([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string recipient) { }
            }
            public delegate void Notify([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string delegateEmail);
            """);
        var unrecorded = new[] { "this[]", "indexEmail", "Changed", "SupportEmail", "accessor", "operatorEmail", "localEmail", "lambdaPhone", "delegateEmail" };
        foreach (var what in unrecorded)
        {
            var reported = run.Kpa.Any(d => d.Id == "KPA0013" && d.GetMessage().Contains(what, StringComparison.Ordinal) && d.GetMessage().Contains("not recorded", StringComparison.Ordinal));
            Assert.True(reported, $"[PersonalData] on '{what}' is not in the register and not reported:\n" + string.Join("\n", run.Kpa));
        }
        Assert.DoesNotContain(run.Kpa, d => d.Id is "KPA0011" or "KPA0019" or "KPA0020" or "KPA0021");
        // What the register can record is recorded, and not reported: static members too, marked static.
        run.AssertRegistered("Holder", "Send(recipient)");
        run.AssertRegistered("Holder", "LastEmail");
        run.AssertRegistered("Holder", "LastPhone");
        Assert.All(run.Fields.Where(f => f.Member is "LastEmail" or "LastPhone"), f => Assert.True(f.IsStatic));
        // The parameter by its member name: the record's own points (KPA0014) speak of an activity's "recipients".
        Assert.DoesNotContain(run.Kpa, d => d.GetMessage().Contains("(recipient)", StringComparison.Ordinal) || d.GetMessage().Contains("LastEmail", StringComparison.Ordinal) ||
                                            d.GetMessage().Contains("LastPhone", StringComparison.Ordinal));
        run.AssertRegistered("Safe.Valid", "Email");
    }

    [Fact]
    public void Attributes_on_events_and_type_parameters_are_refused_by_the_compiler_and_nothing_crashes()
    {
        var run = Run("""
            using System;
            using Klivar.PrivacyAnnotations;
            public class G<[PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] T>
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public event EventHandler? Changed;
                public void M<[PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] U>() => Changed?.Invoke(this, EventArgs.Empty);
            }
            """);
        Assert.True(run.Diagnostics.Count(d => d.Id == "CS0592") >= 3, string.Join("\n", run.Diagnostics));
        run.AssertRegistered("Safe.Valid", "Email");
    }

    [Fact]
    public void Partial_types_across_files_are_registered_once_per_member()
    {
        var run = HostileRun.Run(Declared, Valid,
            "using Klivar.PrivacyAnnotations;\nnamespace P;\npublic partial class Customer { [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Email { get; set; } = \"\"; }",
            "using Klivar.PrivacyAnnotations;\nnamespace P;\npublic partial class Customer { [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] public string Name { get; set; } = \"\"; }",
            "namespace P;\npublic partial class Customer { public int Visits { get; set; } }");
        run.AssertNoKpaErrors();
        Assert.Single(run.Fields, f => f.Type == "P.Customer" && f.Member == "Email");
        Assert.Single(run.Fields, f => f.Type == "P.Customer" && f.Member == "Name");
        Assert.Single(run.Generated.Keys, k => k.Contains("Customer", StringComparison.Ordinal));
    }

    [Fact]
    public void Nested_generic_file_local_global_and_same_named_types_are_all_registered_and_compile()
    {
        var run = HostileRun.Run(Declared, Valid, """
            using Klivar.PrivacyAnnotations;
            namespace One
            {
                public partial class Outer<T> where T : class
                {
                    public partial class Inner<U> where U : struct
                    {
                        [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                        public string Email { get; set; } = "";
                        public U Value { get; set; }
                    }
                    private sealed class Hidden
                    {
                        [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                        public string Name = "";
                    }
                }
                public record User([PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email);
            }
            namespace Two
            {
                public struct User
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email;
                }
            }
            """, """
            using Klivar.PrivacyAnnotations;
            file class Secret
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            public class GlobalUser
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """);
        run.AssertNoKpaErrors();
        run.AssertRegistered("One.Outer<T>.Inner<U>", "Email");
        run.AssertRegistered("One.Outer<T>.Hidden", "Name");
        run.AssertRegistered("One.User", "Email");
        run.AssertRegistered("Two.User", "Email");
        run.AssertRegistered("GlobalUser", "Email");
        Assert.Contains(run.Fields, f => f.Type.EndsWith("Secret", StringComparison.Ordinal) && f.Member == "Email");
    }

    [Fact]
    public void Conditional_compilation_registers_exactly_what_is_compiled()
    {
        const string source = """
            using Klivar.PrivacyAnnotations;
            public class Flagged
            {
            #if FEATURE_PHONE
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Phone { get; set; } = "";
            #else
                public string Phone { get; set; } = "";
            #endif
            #if NEVER_DEFINED
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] public string Ghost { get; set; } = "";
            #endif
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
            """;
        var without = HostileRun.Run(HostileRun.Compile(new[] { Declared, Valid, source }));
        without.AssertRegistered("Flagged", "Email");
        Assert.DoesNotContain(without.Fields, f => f.Member is "Phone" or "Ghost");

        var with = HostileRun.Run(HostileRun.Compile(new[] { Declared, Valid, source }, options: HostileRun.ParseOptions.WithPreprocessorSymbols("FEATURE_PHONE")));
        with.AssertRegistered("Flagged", "Phone");
        with.AssertRegistered("Flagged", "Email");
        Assert.DoesNotContain(with.Fields, f => f.Member == "Ghost");
    }

    [Fact]
    public void Non_ascii_and_keyword_identifiers_are_registered_and_the_generated_code_compiles()
    {
        var run = Run("""
            using Klivar.PrivacyAnnotations;
            namespace Société.Données
            {
                public partial class Utilisateur
                {
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string AdresseÉlectronique { get; set; } = "";
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public string 名前 { get; set; } = "";
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public string @class { get; set; } = "";
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public string Ω_\u0061 { get; set; } = "";
                }
            }
            """);
        run.AssertNoKpaErrors();
        foreach (var member in new[] { "AdresseÉlectronique", "名前", "class", "Ω_a" }) run.AssertRegistered("Société.Données.Utilisateur", member);
    }

    private const string Nasty = "He said \\\"hi\\\" | a, b; c\\r\\nnew line <script>alert(1)</script> &amp; `code` *bold* [link](http://x) \\u0000\\u0007\\u001b[0m \\u2028 =cmd|' /C calc'!A0 ,\\\"\\\"\\\"";

    [Fact]
    public void Attribute_strings_full_of_quotes_newlines_pipes_commas_html_and_controls_keep_every_file_well_formed()
    {
        var run = HostileRun.Run($$"""
            using Klivar.PrivacyAnnotations;
            [assembly: DataController("{{Nasty}}", Identifier = "{{Nasty}}", Email = "{{Nasty}}", Address = "{{Nasty}}", Phone = "{{Nasty}}", DataProtectionOfficer = "{{Nasty}}", SupervisoryAuthority = "{{Nasty}}")]
            [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.LegitimateInterests, Name = "{{Nasty}}", Description = "{{Nasty}}",
                DataSubjects = new[] { "{{Nasty}}", "" }, Recipients = new[] { "{{Nasty}}" }, SecurityMeasures = new[] { "{{Nasty}}" },
                LegitimateInterest = "{{Nasty}}", Retention = "during contract")]
            [assembly: InternationalTransfer("{{Nasty}}", "US", TransferSafeguard.StandardContractualClauses, AdditionalSafeguards = "{{Nasty}}")]
            [assembly: ProcessingActivity("-{{Nasty}}", LegalBasis.Consent, Retention = "1y")]
            """, $$"""
            using Klivar.PrivacyAnnotations;
            public class A
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, DataSubject = "{{Nasty}}")]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Contact, "-{{Nasty}}")]
                public string Phone { get; set; } = "";
            }
            """);
        run.AssertKpa("KPA0021", "not a valid purpose id");
        run.AssertRegistered("A", "Email");
        run.AssertRegistered("A", "Phone");
        var expected = System.Text.RegularExpressions.Regex.Unescape(Nasty);
        Assert.Equal(expected, run.Register!.Controller!.Name);
        Assert.Contains(run.Register.Activities, a => a.Description == expected);
    }

    [Fact]
    public void Without_the_runtime_library_nothing_is_generated_and_nothing_is_reported()
    {
        var run = HostileRun.Run(HostileRun.Compile(new[]
        {
            "public class User { public string Email { get; set; } = \"\"; public string Phone = \"\"; }",
        }, withRuntime: false));
        Assert.Empty(run.Generated);
        Assert.Null(run.Json);
        Assert.Empty(run.Kpa);
    }

    [Fact]
    public void A_look_alike_attribute_of_the_teams_own_without_the_runtime_library_generates_nothing_that_breaks()
    {
        // A team's own attribute with our full name but another shape, and no package: the generated code would need
        // runtime types that are not there, so nothing is generated (HostileRun fails on errors in generated code).
        var run = HostileRun.Run(HostileRun.Compile(new[]
        {
            "namespace Klivar.PrivacyAnnotations { public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(int x) { } } }\n" +
            "public class Other { [Klivar.PrivacyAnnotations.PersonalData(3)] public string Email { get; set; } = \"\"; }",
        }, withRuntime: false));
        Assert.Empty(run.Generated);
        Assert.Null(run.Json);
        run.AssertNoKpaErrors();
    }

    [Fact]
    public void A_look_alike_attribute_beside_the_real_library_is_not_read_and_nothing_crashes()
    {
        var run = Run("""
            namespace Acme.Klivar.PrivacyAnnotations
            {
                public sealed class PersonalDataAttribute : System.Attribute { public PersonalDataAttribute(string a, string b) { } }
            }
            public class Fake { [Acme.Klivar.PrivacyAnnotations.PersonalData("x", "y")] public string Email { get; set; } = ""; }
            """);
        Assert.DoesNotContain(run.Fields, f => f.Type == "Fake");
        run.AssertRegistered("Safe.Valid", "Email");
    }
}
