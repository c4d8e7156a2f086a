using System.Diagnostics;
using Xunit;

namespace Klivar.PrivacyAnnotations.Sample.Tests;

/// <summary>What the README's main command shows: the sample run (its built assembly, as `dotnet run` runs it).</summary>
public class SampleRunTests
{
    private static readonly Lazy<string> Output = new(Run);

    private static string Run()
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = SampleOutput.Directory };
        start.ArgumentList.Add(SampleOutput.File("Klivar.Platform.dll"));
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "the sample did not finish within a minute");
        Assert.True(process.ExitCode == 0, $"the sample exited with {process.ExitCode}: {stderr}");
        return stdout.Result;
    }

    [Fact]
    public void It_prints_the_six_activities_with_their_legal_basis_and_retention()
    {
        var output = Output.Value;
        Assert.Contains("6 activities, their legal basis and how long their data is kept:", output);
        foreach (var line in new[]
        {
            "- Commercial prospecting: Consent",
            "- Contact form: Consent",
            "- Exercising rights: LegalObligation",
            "- Logging system: LegitimateInterests (Identifying fraudulent access or misuse of personal data, and determining the origin of incidents)",
            "- Platform management: Contract",
            "- Service improvement: Consent",
            // Data sets in words, never C# type names.
            "    Prospect             3 years after last contact, unless consent withdrawn",
            "    Access log entry     1 year",
            "    User account         the duration of the contract",
            "    Customer file        the duration of the contract, then 5 years in archive for legal claims (Code civil, art. 2224)",
            "    Billing              the duration of the contract, then 10 years in archive to comply with a legal obligation (Code de commerce, art. L123-22)",
            "    Rights request       the calendar year of the request, then 2 years in archive for legal claims (proof of the answer, should the person complain to the CNIL or bring a claim)",
        })
            Assert.Contains(line + "\n", output.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Its_log_lines_carry_no_personal_value_in_clear()
    {
        var logLines = Output.Value.Split('\n').Where(l => l.Contains(" INF ")).ToList();
        Assert.Equal(2, logLines.Count);
        foreach (var secret in new[] { "203.0.113.42", "jeanne.martin", "example.com", "Firefox", "AQAAAAIAAYagAAAAEHc3Fh0kq" })
            Assert.DoesNotContain(logLines, l => l.Contains(secret));
        Assert.Contains(logLines, l => l.Contains("IpAddress = [redacted]"));
        Assert.Contains(logLines, l => l.Contains("EmailAddress = j***@***.com"));
    }

    [Theory]
    [InlineData("ERASE   Prospect        last contact 2023-03-01 ", "erase 2026-03-01")]
    [InlineData("ERASE   Prospect        last contact 2025-11-10, consent withdrawn 2026-02-01", "erase 2026-02-01")]
    [InlineData("keep    Prospect        last contact 2025-11-10 ", "erase 2028-11-10")]
    [InlineData("ERASE   AccessLogEntry  collected 2025-05-01", "erase 2026-05-01")]
    [InlineData("keep    UserAccount     contract running", "no erase date (waiting for contract)")]
    [InlineData("ERASE   UserAccount     contract ended 2026-01-31", "erase 2026-01-31")]
    [InlineData("ARCHIVE CustomerFile    contract ended 2024-03-31", "archive 2024-03-31, erase 2029-03-31")]
    [InlineData("ARCHIVE Invoice         contract ended 2019-12-31", "archive 2019-12-31, erase 2029-12-31")]
    [InlineData("ERASE   Invoice         contract ended 2015-06-30", "archive 2015-06-30, erase 2025-06-30")]
    [InlineData("ARCHIVE RightsRequest   request 2024-05-10", "archive 2024-12-31, erase 2026-12-31")]
    public void Its_purge_run_archives_and_erases_by_the_policys_rules(string start, string schedule)
    {
        var line = Assert.Single(Output.Value.Split('\n'), l => l.TrimStart().StartsWith(start, StringComparison.Ordinal));
        Assert.Contains(" " + schedule + ": ", line);
    }

    [Fact]
    public void It_says_where_the_register_files_are_and_they_are_there()
    {
        var output = Output.Value;
        foreach (var name in SamplePublishTests.RegisterFiles)
        {
            Assert.Contains("  " + name + "\n", output.Replace("\r\n", "\n"));
            Assert.True(File.Exists(SampleOutput.File(name)));
        }
        Assert.DoesNotContain("missing", output);
    }

    [Fact]
    public void It_answers_an_access_request_from_its_sqlite_database_with_one_json_document()
    {
        var output = Output.Value.Replace("\r\n", "\n");
        Assert.True(File.Exists(SampleOutput.File("klivar-platform.db")), "the SQLite file beside the app");
        Assert.Contains("Access request (Art. 15, Art. 20) from subscriber 6f1d2c3b-0000-4000-8000-000000000042: 3 records", output);
        Assert.Contains("  UserAccount  ID, Username, Email address, Password hash, Plan (platform-management, Contract, during contract)\n", output); // the register's words
        var json = File.ReadAllText(SampleOutput.File("access-request.json"));
        Assert.StartsWith("{\n  \"subject\": \"6f1d2c3b-0000-4000-8000-000000000042\"", json);
        Assert.Contains("\"value\": \"jeanne.martin@example.com\"", json);
        Assert.Contains("\"retention\": \"during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22)\"", json);
        Assert.DoesNotContain("marc.petit", json);
    }

    [Fact]
    public void Its_erasure_keeps_the_invoices_under_legal_obligation_until_their_date_and_erases_the_account()
    {
        var lines = Output.Value.Replace("\r\n", "\n").Split('\n');
        Assert.Contains("  UserAccount  erased Username, EmailAddress, PasswordHash, Plan", lines);
        Assert.Contains(lines, l => l.StartsWith("  UserAccount  kept Id: a key of the stored row", StringComparison.Ordinal));
        var kept = lines.Where(l => l.StartsWith("  Invoice      kept ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, kept.Count);
        Assert.All(kept, l => Assert.EndsWith("kept CustomerName, BillingAddress, AmountExcludingTax, IssuedOn, CustomerId: kept in intermediate archive to comply with a legal obligation (Art. 17(3)(b); Code de commerce, art. L123-22) for purpose 'platform-management' until 2036-01-31", l));
    }

    [Fact]
    public void Its_purge_run_reports_row_counts_before_and_after_with_archive_and_erase_statements()
    {
        var output = Output.Value.Replace("\r\n", "\n");
        Assert.Contains("  before: 3 accounts (1 erased), 4 invoices (0 archived, 0 erased), 3 prospects\n", output);
        Assert.Contains("  dry run: 7 rows would change, nothing changed: 3 accounts (1 erased), 4 invoices (0 archived, 0 erased), 3 prospects\n", output);
        // The account erased by the Art. 17 request holds the erased values already: the purge leaves it alone.
        Assert.Contains("  erase   UserAccount 1 rows: Username, EmailAddress, PasswordHash, Plan where ContractEndedOn <= 2026-06-30 (during contract)\n", output);
        Assert.Contains("  archive Invoice     3 rows: ArchivedOn where ContractEndedOn past its active phase (during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22))\n", output);
        Assert.Contains("  erase   Invoice     1 rows: CustomerName, BillingAddress, AmountExcludingTax, IssuedOn, CustomerId where ContractEndedOn <= 2016-06-30 (during contract + 10y archive for legal-obligation (Code de commerce, art. L123-22))\n", output);
        Assert.Contains("  delete  Prospect    2 rows:", output);
        Assert.Contains("  after:  3 accounts (2 erased), 4 invoices (3 archived, 1 erased), 1 prospects\n", output);
    }

    [Fact]
    public void Its_output_is_the_same_from_one_run_to_the_next()
    {
        Assert.Equal(Output.Value, Run());
    }
}
