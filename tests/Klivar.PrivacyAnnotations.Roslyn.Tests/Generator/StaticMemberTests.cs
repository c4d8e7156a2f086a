extern alias tool;

using Klivar.PrivacyAnnotations.Roslyn.Tests.Reliability;
using Xunit;
using ToolRegisterCsv = tool::Klivar.PrivacyAnnotations.RegisterCsv;
using ToolRegisterJson = tool::Klivar.PrivacyAnnotations.RegisterJson;
using ToolRegisterMarkdown = tool::Klivar.PrivacyAnnotations.RegisterMarkdown;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>
/// A static member that holds personal data (a cache, a last-seen value) is real processing. Declaring it is
/// right: it is recorded in the register, marked static, left out of the per-object helpers, and never an error.
/// </summary>
public class StaticMemberTests
{
    private const string Types = """
        using Klivar.PrivacyAnnotations;

        namespace Klivar.Accounts
        {
            public partial class Session
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";

                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "30d")]
                public static string? LastSeenEmail;

                [PersonalData(DataCategory.Technical, Purpose.Logging)]
                public static string? LastIpAddress { get; set; }
            }

            public static class SignInCache
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public static string? LastUserName { get; set; }
            }
        }
        """;

    [Fact]
    public void Static_members_are_in_the_register_marked_static_in_json_markdown_and_csv()
    {
        var json = GeneratorRun.Run(GoldenOutputTests.Declarations, Types).RegisterJson();
        PublishedRegisterSchema.AssertValid(json);
        var fields = ToolRegisterJson.Read(json).Activities.SelectMany(a => a.Fields).ToList();

        Assert.True(fields.Single(f => f.Member == "LastSeenEmail").IsStatic);
        Assert.True(fields.Single(f => f.Member == "LastIpAddress").IsStatic);
        Assert.True(fields.Single(f => f.Type == "Klivar.Accounts.SignInCache" && f.Member == "LastUserName").IsStatic);
        Assert.False(fields.Single(f => f.Member == "Email").IsStatic);
        Assert.Equal("30d", fields.Single(f => f.Member == "LastSeenEmail").Retention);
        Assert.Contains("\"static\": true", json);

        var register = ToolRegisterJson.Read(json);
        Assert.Contains("| LastSeenEmail (static) |", ToolRegisterMarkdown.Write(register));
        Assert.Contains("Klivar.Accounts.Session.LastSeenEmail (static)", ToolRegisterCsv.Write(register));
        // Read back and written again: the same bytes (the flag survives the build step's round trip).
        Assert.Equal(json, ToolRegisterJson.Write(register));
    }

    [Fact]
    public void A_merged_register_with_its_inputs_is_valid_against_the_schema()
    {
        var register = ToolRegisterJson.Read(GeneratorRun.Run(GoldenOutputTests.Declarations, Types).RegisterJson());
        var merged = new tool::Klivar.PrivacyAnnotations.ProcessingRegister(register.SchemaVersion, "A+TestAssembly", register.Controller,
            register.Activities, new[] { "A", "TestAssembly" });
        var json = ToolRegisterJson.Write(merged);
        PublishedRegisterSchema.AssertValid(json);
        Assert.Equal(new[] { "A", "TestAssembly" }, ToolRegisterJson.Read(json).MergedFrom);
    }

    [Fact]
    public void Static_members_are_left_out_of_the_per_object_helpers()
    {
        var run = GeneratorRun.Run(GoldenOutputTests.Declarations, Types);
        run.AssertCompilesCleanly();
        var helpers = run.Source("Klivar.Accounts.Session.Privacy.g.cs");
        Assert.Contains("Email", helpers);
        Assert.DoesNotContain("LastSeenEmail", helpers);
        Assert.DoesNotContain("LastIpAddress", helpers);
        Assert.DoesNotContain("ToRedactedString", run.Source("Klivar.Accounts.SignInCache.Privacy.g.cs"));
    }

    [Fact]
    public void A_static_member_declared_right_is_not_an_error()
    {
        var run = HostileRun.Run(GoldenOutputTests.Declarations, Types);
        Assert.DoesNotContain(run.Kpa, d => d.Id is "KPA0011" or "KPA0013" or "KPA0019" or "KPA0020" or "KPA0021");
        run.AssertNoKpaErrors();
    }
}
