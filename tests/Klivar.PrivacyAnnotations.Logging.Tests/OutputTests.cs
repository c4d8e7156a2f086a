using System.Text.Json;
using Xunit;

namespace Klivar.PrivacyAnnotations.Logging.Tests;

/// <summary>Each output, on one known customer: what it writes, member by member.</summary>
[Collection(HashKeyCollection.Name)]
public class OutputTests
{
    private static Customer Jane() => new()
    {
        Id = 42,
        Email = "jane.doe@example.com",
        Name = "Jane Doe",
        LastIp = "203.0.113.77",
        Iban = "FR7630006000011234567890189",
        Home = new Address { City = "Grenoble", Street = "12 rue Lesdiguieres", Floor = 3 },
        Previous = { new Address { City = "Lyon-Villeurbanne", Street = "4 place Bellecour", Floor = 1 } },
    };

    private static readonly string[] Secrets = { "jane.doe", "example", "Jane Doe", "203.0.113", "FR7630006", "Grenoble", "Lesdiguieres", "Villeurbanne", "Bellecour" };

    private static string Redact(string value, DataCategory category) => Redaction.Redact(value, category);

    [Fact]
    public void ToString_of_a_partial_record_prints_its_personal_members_redacted()
    {
        var text = Jane().ToString();
        Assert.Equal("Customer { Id = 42, Email = j***@***.com, Name = " + Redact("Jane Doe", DataCategory.Identification) + ", LastIp = " +
                     Redact("203.0.113.77", DataCategory.Technical) + ", Iban = " + Redact("FR7630006000011234567890189", DataCategory.Financial) + " }", text);
        Assert.Equal(text, Jane().ToRedactedString());
        Assert.Equal("Address { City = [redacted], Street = 1***, Floor = 3 }", Jane().Home!.ToString());
    }

    [Fact]
    public void Serilog_destructures_annotated_objects_nested_objects_and_collections_redacted()
    {
        using var pipeline = new SerilogPipeline();
        pipeline.Logger.Information("Signed up {@Customer}", Jane());
        using var json = JsonDocument.Parse(pipeline.Output.Trim());
        var customer = json.RootElement.GetProperty("Customer");
        Assert.Equal("Customer", customer.GetProperty("$type").GetString());
        Assert.Equal(42, customer.GetProperty("Id").GetInt32());
        Assert.Equal("j***@***.com", customer.GetProperty("Email").GetString());
        Assert.Equal(Redact("Jane Doe", DataCategory.Identification), customer.GetProperty("Name").GetString());
        Assert.Equal(Redact("203.0.113.77", DataCategory.Technical), customer.GetProperty("LastIp").GetString());
        Assert.StartsWith("hash:", customer.GetProperty("LastIp").GetString()); // Technical: keyed hash (the key is set)
        Assert.Equal("[redacted]", customer.GetProperty("Iban").GetString()); // Financial: erased
        var home = customer.GetProperty("Home");
        Assert.Equal("Address", home.GetProperty("$type").GetString());
        Assert.Equal("[redacted]", home.GetProperty("City").GetString());
        Assert.Equal("1***", home.GetProperty("Street").GetString());
        Assert.Equal(3, home.GetProperty("Floor").GetInt32());
        var previous = customer.GetProperty("Previous");
        Assert.Equal(JsonValueKind.Array, previous.ValueKind);
        Assert.Equal("4***", previous[0].GetProperty("Street").GetString());
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, pipeline.DecodedText());
    }

    [Fact]
    public void Serilog_without_destructuring_prints_the_redacting_ToString()
    {
        using var pipeline = new SerilogPipeline();
        pipeline.Logger.Information("Updated {Customer}", Jane());
        Assert.Contains("Customer { Id = 42, Email = j***@***.com", pipeline.DecodedText());
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, pipeline.DecodedText());
    }

    [Fact]
    public void LoggerMessage_with_LogProperties_writes_classified_members_redacted()
    {
        using var pipeline = new MicrosoftLoggingPipeline();
        ShopLog.SignedUp(pipeline.Logger, Jane());
        var tags = Assert.Single(pipeline.Entries).Tags.ToDictionary(t => t.Key, t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("42", tags["customer.Id"]);
        Assert.Equal("j***@***.com", tags["customer.Email"]);
        Assert.Equal(Redact("Jane Doe", DataCategory.Identification), tags["customer.Name"]);
        Assert.StartsWith("hash:", tags["customer.LastIp"]);
        Assert.Equal("[redacted]", tags["customer.Iban"]);
        // A nested object marked [LogProperties] is logged member by member, classified members redacted.
        Assert.Equal("[redacted]", tags["customer.Home.City"]);
        Assert.Equal("1***", tags["customer.Home.Street"]);
        Assert.Equal("3", tags["customer.Home.Floor"]);
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, pipeline.Text());
    }

    [Fact]
    public void A_message_template_with_the_object_prints_the_redacting_ToString()
    {
        using var pipeline = new MicrosoftLoggingPipeline();
        Microsoft.Extensions.Logging.LoggerExtensions.LogInformation(pipeline.Logger, "Customer {Customer} updated", Jane());
        Assert.Contains("Customer { Id = 42, Email = j***@***.com", Assert.Single(pipeline.Entries).Message);
        foreach (var secret in Secrets) Assert.DoesNotContain(secret, pipeline.Text());
    }
}

/// <summary>Tests that set the process-wide hash key run one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HashKeyCollection : ICollectionFixture<HashKeyFixture>
{
    public const string Name = "Redaction hash key";
}

public sealed class HashKeyFixture : IDisposable
{
    public HashKeyFixture() => Redaction.UseHashKey(System.Text.Encoding.UTF8.GetBytes("a test key of at least sixteen bytes"));

    public void Dispose() => Redaction.ClearHashKey();
}
