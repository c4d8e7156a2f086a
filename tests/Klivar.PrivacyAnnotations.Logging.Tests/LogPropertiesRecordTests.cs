using Klivar.PrivacyAnnotations.Compliance;
using Microsoft.Extensions.Logging;
using Xunit;

namespace Klivar.PrivacyAnnotations.Logging.Tests;

// A positional record, its personal members declared and classified on the positional parameters (where C# puts an
// attribute without a target), with a nested record the generator follows ([LogProperties] on the property: on the
// parameter the generator ignores it and prints the record's ToString): what KPA0017 checks before the build succeeds
// without a warning.
public sealed partial record CardPayment(
    [PersonalData(DataCategory.Financial, Purpose.Billing), FinancialData] string CardNumber,
    [PersonalData(DataCategory.Financial, Purpose.Billing), FinancialData] string SecurityCode,
    [PersonalData(DataCategory.Identification, Purpose.CustomerManagement), IdentificationData] string UserName,
    [property: LogProperties] PayerAddress Address,
    int Amount);

public sealed partial record PayerAddress(
    [PersonalData(DataCategory.Contact, Purpose.Billing), ContactData] string Street,
    [NotPersonalData("A country alone does not identify the payer")] string CountryCode);

public static partial class PaymentLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Card payment")]
    public static partial void Paid(Microsoft.Extensions.Logging.ILogger logger, [LogProperties] CardPayment payment);
}

/// <summary>Microsoft.Extensions.Telemetry's real [LoggerMessage] generator logging a positional record member by member.</summary>
public sealed class LogPropertiesRecordTests : IDisposable
{
    [Fact]
    public void A_positional_record_classified_on_its_parameters_is_logged_without_a_raw_value()
    {
        using var pipeline = new MicrosoftLoggingPipeline();
        PaymentLog.Paid(pipeline.Logger, new CardPayment("4111111111111111", "737", "jane.doe", new PayerAddress("12 Rue des Lilas", "FR"), 12));

        var tags = Assert.Single(pipeline.Entries).Tags.ToDictionary(t => t.Key, t => Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("12", tags["payment.Amount"]);
        Assert.Equal("FR", tags["payment.Address.CountryCode"]);
        Assert.True(tags.ContainsKey("payment.CardNumber") && tags.ContainsKey("payment.SecurityCode") && tags.ContainsKey("payment.UserName") && tags.ContainsKey("payment.Address.Street"),
            "every member is logged as its own tag: " + string.Join(", ", tags.Keys));
        foreach (var raw in new[] { "4111111111111111", "737", "jane.doe", "12 Rue des Lilas" })
            Assert.DoesNotContain(raw, pipeline.Text());
    }

    public void Dispose() => Redaction.ClearHashKey();
}
