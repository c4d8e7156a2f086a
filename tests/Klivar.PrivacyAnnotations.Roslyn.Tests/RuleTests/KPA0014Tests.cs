using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.DeclarationRuleTest;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests;

/// <summary>KPA0014: Declaration is marked to confirm.</summary>
public class KPA0014Tests
{
    [Fact]
    public async Task Reports_each_to_confirm_note_on_any_declaration()
    {
        await Verify("""
            [assembly: DataController("Klivar SAS", ToConfirm = {|#0:"No DPO named"|})]
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y", ToConfirm = {|#1:"Retention assumed"|})]
            [assembly: InternationalTransfer("Hosting", TransferSafeguard.StandardContractualClauses, ToConfirm = {|#2:"Which country?"|})]
            [assembly: Processor("CloudCo", Country = "FR", ToConfirm = {|#3:"Which contract?"|})]
            public class Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging, ToConfirm = {|#4:"Is it really collected?"|})]
                public string IpAddress { get; set; } = "";
            }
            """,
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(0).WithArguments("The data controller 'Klivar SAS'", "No DPO named"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(1).WithArguments("Processing activity 'logging'", "Retention assumed"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(2).WithArguments("The transfer to 'Hosting'", "Which country?"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(3).WithArguments("The processor 'CloudCo'", "Which contract?"),
            new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(4).WithArguments("'Visit.IpAddress'", "Is it really collected?"));
    }

    [Fact]
    public async Task Is_silent_without_a_note_or_with_a_blank_one()
    {
        await Verify(Controller + """
            [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y", ToConfirm = "  ")]
            [assembly: Processor("CloudCo", Country = "FR", Contract = "Art. 28 DPA")]
            public class Visit
            {
                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public string IpAddress { get; set; } = "";
            }
            """);
    }
}

/// <summary>
/// KPA0014 for the fields of the record a declaration leaves empty (<see cref="RecordCompletenessAnalyzer"/>): the
/// register's own points to confirm (the register's <c>RegisterOpenPoints</c>), each on the declaration that must state it.
/// </summary>
public class KPA0014EmptyFieldTests
{
    /// <summary>A controller whose DPO is settled, so a test sees only the activity's points.</summary>
    private const string SettledController = """[assembly: DataController("Klivar SAS", NoDataProtectionOfficer = true)]""";

    /// <summary>Every field the record needs of an activity, stated.</summary>
    private const string Complete = """
        InternalRecipients = new[] { "Support team" },
        SecurityChecklist = new[] { SecurityMeasure.AccessControl },
        Dpia = DpiaStatus.NotRequired, DpiaReason = "No large-scale or sensitive processing",
        Created = "2024-01-15",
        Requirement = DataRequirement.Contractual, ConsequenceIfNotProvided = "No account can be opened",
        AutomatedDecisions = AutomatedDecisions.None
        """;

    private const string Stamped = "is_global = true\nbuild_property.PrivacyRegisterVersion = 1.0\nbuild_property.PrivacyRegisterDate = 2026-01-31\n";

    private static async Task Verify(string source, string? globalConfig = Stamped, params DiagnosticResult[] expected)
    {
        var test = new CSharpAnalyzerTest<RecordCompletenessAnalyzer, DefaultVerifier> { TestCode = "using Klivar.PrivacyAnnotations;\n" + source };
        test.TestState.UseTestReferences(withLogging: false);
        if (globalConfig is not null) test.TestState.AnalyzerConfigFiles.Add(("/.globalconfig", globalConfig));
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync();
    }

    private static DiagnosticResult Point(int location, string subject, string note) =>
        new DiagnosticResult(Rules.DeclarationToConfirm).WithLocation(location).WithArguments(subject, note);

    [Fact]
    public async Task An_activity_that_states_none_of_the_fields_has_one_point_listing_them_all()
    {
        await Verify(SettledController + """

            [assembly: {|#0:ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = "Security", Retention = "1y")|}]
            """, Stamped,
            Point(0, "Processing activity 'logging'", "Still to state: the internal recipients, the departments that access the data (InternalRecipients); " +
                "the security measures (SecurityChecklist, or [assembly: SecurityMeasures]); the DPIA status (Dpia); the creation date (Created); " +
                "whether providing the data is required, and what follows if not (Requirement, ConsequenceIfNotProvided; Art. 13(2)(e)); " +
                "whether decisions are automated, including profiling, or that none are (AutomatedDecisions; Art. 13(2)(f))."));
    }

    [Fact]
    public async Task Is_silent_for_an_activity_that_states_every_field_and_a_controller_that_settles_the_DPO()
    {
        await Verify(SettledController + "\n[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\",\n" + Complete + ")]");
        await Verify("""[assembly: DataController("Klivar SAS", DataProtectionOfficer = "Jane Doe, dpo@klivar.com")]""" +
            "\n[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\",\n" + Complete + ")]");
    }

    /// <summary>Each field left out alone is the activity's only point.</summary>
    [Theory]
    [InlineData("InternalRecipients", "the internal recipients, the departments that access the data (InternalRecipients)")]
    [InlineData("SecurityChecklist", "the security measures (SecurityChecklist, or [assembly: SecurityMeasures])")]
    [InlineData("Dpia", "the DPIA status (Dpia)")]
    [InlineData("Created", "the creation date (Created)")]
    [InlineData("Requirement", "whether providing the data is required, and what follows if not (Requirement, ConsequenceIfNotProvided; Art. 13(2)(e))")]
    [InlineData("AutomatedDecisions", "whether decisions are automated, including profiling, or that none are (AutomatedDecisions; Art. 13(2)(f))")]
    public async Task Each_empty_field_is_reported_on_its_own(string left, string note)
    {
        var fields = string.Join(",\n", Complete.Split(",\n").Where(line => !line.TrimStart().StartsWith(left, StringComparison.Ordinal)));
        await Verify(SettledController + "\n[assembly: {|#0:ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\",\n" + fields + ")|}]",
            Stamped, Point(0, "Processing activity 'logging'", "Still to state: " + note + "."));
    }

    [Fact]
    public async Task Recipients_of_an_unstated_kind_fill_the_recipients_but_processors_alone_do_not()
    {
        var withoutInternal = string.Join(",\n", Complete.Split(",\n").Where(line => !line.TrimStart().StartsWith("InternalRecipients", StringComparison.Ordinal)));
        await Verify(SettledController + "\n[assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\", Recipients = new[] { \"IT department\" },\n" + withoutInternal + ")]");
        await Verify(SettledController + "\n[assembly: Processor(\"CloudCo\", Country = \"FR\", Contract = \"Art. 28 DPA\")]\n[assembly: {|#0:ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\",\n" + withoutInternal + ")|}]",
            Stamped, Point(0, "Processing activity 'logging'", "Still to state: the internal recipients, the departments that access the data (InternalRecipients)."));
    }

    [Fact]
    public async Task Security_measures_declared_for_the_assembly_fill_every_activity_and_what_the_code_proves_fills_none()
    {
        var withoutSecurity = string.Join(",\n", Complete.Split(",\n").Where(line => !line.TrimStart().StartsWith("SecurityChecklist", StringComparison.Ordinal)));
        var activity = "ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, LegitimateInterest = \"Security\", Retention = \"1y\",\n" + withoutSecurity + ")";
        var hashed = "\npublic class Account\n{\n    [PersonalData(DataCategory.Credentials, Purpose.Logging, Hashed = true)]\n    public string PasswordHash { get; set; } = \"\";\n}\n";
        await Verify(SettledController + "\n[assembly: SecurityMeasures(SecurityMeasure.AccessControl, SecurityMeasure.Backups)]\n[assembly: " + activity + "]" + hashed);
        await Verify(SettledController + "\n[assembly: SecurityMeasures(Other = new[] { \"Annual penetration test\" })]\n[assembly: " + activity + "]");
        await Verify(SettledController + "\n[assembly: {|#0:" + activity + "|}]" + hashed,
            Stamped, Point(0, "Processing activity 'logging'", "Still to state: the security measures (SecurityChecklist, or [assembly: SecurityMeasures])."));
    }

    [Fact]
    public async Task A_controller_that_neither_names_a_DPO_nor_confirms_there_is_none_has_a_point()
    {
        await Verify("""[assembly: {|#0:DataController("Klivar SAS")|}]""", Stamped,
            Point(0, "The data controller 'Klivar SAS'", "No data protection officer is named, and nobody has confirmed that none is designated: " +
                "name the DPO and their contact (DataProtectionOfficer), or confirm that none is designated (NoDataProtectionOfficer = true)."));
    }

    [Fact]
    public async Task The_record_without_a_version_and_a_date_has_two_points_on_its_head()
    {
        await Verify("""[assembly: {|#0:DataController("Klivar SAS", NoDataProtectionOfficer = true)|}]""", globalConfig: null,
            Point(0, "The record of processing activities", "No version of the record is declared: set it when the DPO approves this version (PrivacyRegisterVersion in the project file; merge --version for a merged register)."),
            Point(0, "The record of processing activities", "The date of this version of the record is not declared: set it with the approved version (PrivacyRegisterDate, yyyy-MM-dd, in the project file; merge --date for a merged register)."));
    }

    [Fact]
    public async Task Is_silent_when_nothing_is_declared_and_for_an_activity_nobody_declared()
    {
        await Verify("public class Plain { public string Name { get; set; } = \"\"; }", globalConfig: null);
        // A purpose used without its activity is KPA0002's: no record fields to ask of it yet.
        await Verify(SettledController + "\npublic class Visit\n{\n    [PersonalData(DataCategory.Technical, Purpose.Logging)]\n    public string IpAddress { get; set; } = \"\";\n}\n");
    }
}
