using System.Text.Json;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

public class RegisterJsonTests
{
    internal static ProcessingRegister Sample(string hostile = "plain", string? version = null, string? date = null)
    {
        var field = new RegisterField("Acme.User", "Email", "Contact", new[] { "platform-management" }, "during contract", "Mask", true, false, null);
        var activity = new RegisterActivity(
            "platform-management", "Platform management", "Accounts " + hostile, true, "Contract", null, null,
            new[] { "users" }, new[] { "Contact" },
            new[] { new RegisterRetention("Contact", "during contract", "Relationship", null, "end of contract", null, null, "the duration of the contract") },
            new[] { "Support team" },
            new[] { new RegisterTransfer("Helpdesk " + hostile, "US", "StandardContractualClauses", "DPA") },
            new[] { "Access control" },
            new[] { field });
        var undeclared = new RegisterActivity("billing", "Billing", null, false, null, null, null, Array.Empty<string>(), Array.Empty<string>(),
            Array.Empty<RegisterRetention>(), Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), Array.Empty<RegisterField>());
        return new ProcessingRegister("1.0", "Acme.App", new RegisterController("Acme " + hostile, "SIREN 1", "a@acme.test", null, null, null, "CNIL"),
            new[] { undeclared, activity }, version: version, date: date);
    }

    [Fact]
    public void Write_then_read_gives_back_the_same_register()
    {
        var register = Sample();
        var json = RegisterJson.Write(register);
        var again = RegisterJson.Write(RegisterJson.Read(json));
        Assert.Equal(json, again);
    }

    [Theory]
    [InlineData("quote \" backslash \\ newline \n tab \t")]
    [InlineData("<script>alert('x')</script> & co")]
    [InlineData("control \u0001\u001f and \u2028 separators")]
    [InlineData("lone surrogate \ud800 here")]
    [InlineData("emoji 😀 and accents éàü")]
    [InlineData("pipes | commas , semicolons ;")]
    public void Json_stays_valid_and_lossless_whatever_the_attribute_text(string hostile)
    {
        var json = RegisterJson.Write(Sample(hostile));

        using var document = JsonDocument.Parse(json);
        var controllerName = document.RootElement.GetProperty("controller").GetProperty("name").GetString();
        if (!hostile.Contains('\ud800')) Assert.Equal("Acme " + hostile, controllerName);
        Assert.DoesNotContain("<", json);
        Assert.Equal(RegisterJson.Write(RegisterJson.Read(json)), json);
    }

    [Fact]
    public void Json_uses_the_contract_names_in_camel_case()
    {
        using var document = JsonDocument.Parse(RegisterJson.Write(Sample()));
        var root = document.RootElement;
        Assert.Equal(new[] { "schemaVersion", "assembly", "version", "date", "policy", "controller", "activities" }, root.EnumerateObject().Select(p => p.Name));
        foreach (var name in new[] { "dataProtectionOfficer", "euRepresentative", "applicableLaw", "toConfirm" })
            Assert.True(root.GetProperty("controller").TryGetProperty(name, out _), name);
        var activity = root.GetProperty("activities")[1];
        foreach (var name in new[] { "id", "name", "description", "created", "toConfirm", "jointControllers", "legalBasis", "dataSubjects", "dataCategories", "retention",
                     "recipients", "internalRecipients", "thirdPartyRecipients", "processors", "transfers", "dpia", "securityChecklist", "securityMeasures", "fields" })
            Assert.True(activity.TryGetProperty(name, out _), name);
        var retention = activity.GetProperty("retention")[0];
        foreach (var name in new[] { "appliesTo", "duration", "trigger", "archiveDuration", "text" })
            Assert.True(retention.TryGetProperty(name, out _), name);
        Assert.Equal(JsonValueKind.Null, retention.GetProperty("duration").ValueKind);
        var field = activity.GetProperty("fields")[0];
        foreach (var name in new[] { "type", "member", "label", "dataSet", "category", "purposes", "encrypted", "pseudonymised", "hashed", "toConfirm" })
            Assert.True(field.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void The_policy_stamp_round_trips_and_an_older_register_without_it_reads_as_none()
    {
        var r = Sample();
        var stamped = new ProcessingRegister(r.SchemaVersion, r.Assembly, r.Controller, r.Activities, r.MergedFrom, r.Version, r.Date,
            new RegisterPolicy("privacy-policy.json", "2026.1", "sha256:" + new string('0', 64)));

        var back = RegisterJson.Read(RegisterJson.Write(stamped));

        Assert.Equal("privacy-policy.json", back.Policy!.File);
        Assert.Equal("2026.1", back.Policy.Version);
        Assert.Equal("sha256:" + new string('0', 64), back.Policy.Hash);
        Assert.Equal(RegisterJson.Write(stamped), RegisterJson.Write(back));
        var old = RegisterJson.Write(r).Replace("  \"policy\": null,\n", "");
        Assert.DoesNotContain("\"policy\"", old);
        Assert.Null(RegisterJson.Read(old).Policy);
    }

    [Fact]
    public void Output_has_unix_line_ends_and_no_byte_order_mark()
    {
        var json = RegisterJson.Write(Sample());
        Assert.DoesNotContain("\r", json);
        Assert.NotEqual('\ufeff', json[0]);
        Assert.EndsWith("}\n", json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("[]")]
    [InlineData("{\"schemaVersion\": \"1.0\"}")]
    [InlineData("{\"schemaVersion\": \"1.0\", \"assembly\": \"A\", \"activities\": [1]}")]
    [InlineData("{\"a\": tru}")]
    [InlineData("{\"a\": \"unterminated}")]
    public void Reading_something_that_is_not_a_register_says_so(string text) =>
        Assert.Throws<FormatException>(() => RegisterJson.Read(text));
}
