using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>The klivar-privacy merge command on register files in a temporary directory.</summary>
public sealed class MergeCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "klivar-merge-" + Guid.NewGuid().ToString("N"));

    public MergeCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, ProcessingRegister register)
    {
        var path = Path.Combine(_dir, name + ".privacy-register.json");
        File.WriteAllText(path, RegisterJson.Write(register));
        return path;
    }

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = Cli.Run(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Merge_writes_the_register_in_every_format_under_the_given_name()
    {
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing());
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("merge", a, b, "--output", output, "--name", "Klivar");

        Assert.True(exit == 0, stderr);
        Assert.Equal(
            new[] { "Klivar.privacy-notice.draft.md", "Klivar.privacy-register.csv", "Klivar.privacy-register.json", "Klivar.privacy-register.md" },
            Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        var expected = RegisterMerger.Merge(new[] { Registers.Platform(), Registers.Billing() }).Register;
        Assert.Equal(RegisterJson.Write(expected), File.ReadAllText(Path.Combine(output, "Klivar.privacy-register.json")));
        Assert.Equal(RegisterMarkdown.Write(expected), File.ReadAllText(Path.Combine(output, "Klivar.privacy-register.md")));
        // Read as bytes: the CSV's byte-order mark is part of what is written.
        Assert.Equal(RegisterCsv.Write(expected), System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(output, "Klivar.privacy-register.csv"))));
        // A draft: the merged record's version and date are not given (--version, --date), so they remain to confirm.
        Assert.Equal(PrivacyNotice.Write(expected), File.ReadAllText(Path.Combine(output, "Klivar.privacy-notice.draft.md")));
        Assert.NotEqual(0xEF, File.ReadAllBytes(Path.Combine(output, "Klivar.privacy-register.json"))[0]);
        Assert.Contains("Merged 2 registers (Klivar.Billing+Klivar.Platform): 2 activities, 2 declared.", stdout);
    }

    [Fact]
    public void Formats_choose_the_files_and_the_default_name_is_merged()
    {
        var a = Write("Klivar.Platform", Registers.Platform());
        var output = Path.Combine(_dir, "out");
        var (exit, _, stderr) = Run("merge", a, "-o", output, "--formats", "json, Notice");
        Assert.True(exit == 0, stderr);
        Assert.Equal(new[] { "merged.privacy-notice.draft.md", "merged.privacy-register.json" },
            Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
    }

    [Fact]
    public void Output_is_byte_identical_from_one_run_to_the_next_whatever_the_input_order()
    {
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing());
        Assert.Equal(0, Run("merge", a, b, "--output", Path.Combine(_dir, "one")).Exit);
        Assert.Equal(0, Run("merge", b, a, "--output", Path.Combine(_dir, "two")).Exit);
        foreach (var file in Directory.GetFiles(Path.Combine(_dir, "one")))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(_dir, "two", Path.GetFileName(file))));
    }

    [Fact]
    public void Conflicts_print_each_difference_exit_2_and_write_nothing()
    {
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing(loggingBasis: "Consent", loggingInterest: null));
        var output = Path.Combine(_dir, "out");

        var (exit, _, stderr) = Run("merge", a, b, "--output", output);

        Assert.Equal(Cli.ConflictsFound, exit);
        Assert.Contains("error: declared differently: activity 'logging': legalBasis differs: \"Consent\" in Klivar.Billing; \"LegitimateInterests\" in Klivar.Platform", stderr);
        Assert.Contains("error: declared differently: activity 'logging': legitimateInterest differs:", stderr);
        Assert.Contains("2 conflict(s)", stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Allow_conflicts_writes_anyway_with_both_declarations_and_warns()
    {
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing(loggingBasis: "Consent", loggingInterest: null));
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("merge", a, b, "--output", output, "--allow-conflicts");

        Assert.Equal(0, exit);
        Assert.Contains("warning: declared differently: activity 'logging': legalBasis differs:", stderr);
        Assert.Contains("2 conflict(s) kept", stdout);
        var merged = RegisterJson.Read(File.ReadAllText(Path.Combine(output, "merged.privacy-register.json")));
        Assert.Equal(new[] { "Consent", "LegitimateInterests" }, merged.Activities.Where(x => x.Id == "logging").Select(x => x.LegalBasis).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_controller_declared_differently_is_never_written_even_with_allow_conflicts()
    {
        // --allow-conflicts wrote the first assembly's controller and dropped the second's without a word.
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing(controller: Registers.Klivar("billing@klivar.com")));
        var output = Path.Combine(_dir, "out");

        var (exit, stdout, stderr) = Run("merge", a, b, "--output", output, "--allow-conflicts");

        Assert.Equal(Cli.ConflictsFound, exit);
        Assert.Contains("controller: email differs: \"billing@klivar.com\" in Klivar.Billing; \"avotreecoute@klivar.com\" in Klivar.Platform", stderr);
        Assert.Contains("describe the controller differently; nothing written, even with --allow-conflicts", stderr);
        Assert.Contains("one controller (GDPR Art. 30(1))", stderr);
        Assert.False(Directory.Exists(output));
        Assert.DoesNotContain("written:", stdout);
    }

    [Fact]
    public void The_merged_register_says_it_is_a_merge_and_of_which_assemblies()
    {
        // The merged Markdown said "Generated at build time from the code's annotations", as if one build wrote it.
        var a = Write("Klivar.Platform", Registers.Platform());
        var b = Write("Klivar.Billing", Registers.Billing());
        var output = Path.Combine(_dir, "out");
        Assert.Equal(0, Run("merge", b, a, "--output", output, "--name", "Klivar", "--version", "3", "--date", "2026-11-02").Exit);

        var json = File.ReadAllText(Path.Combine(output, "Klivar.privacy-register.json"));
        Assert.Equal(new[] { "Klivar.Billing", "Klivar.Platform" }, RegisterJson.Read(json).MergedFrom);
        var markdown = File.ReadAllText(Path.Combine(output, "Klivar.privacy-register.md"));
        Assert.Contains("Merged by `klivar-privacy merge` from the registers of 2 assemblies (Klivar.Billing, Klivar.Platform)", markdown);
        Assert.DoesNotContain("Generated at build time from the code's annotations", markdown);
        // The registers state no Art. 13(2)(e)-(f) facts: the notice is a draft, which says what it was drawn from.
        var notice = File.ReadAllText(Path.Combine(output, "Klivar.privacy-notice.draft.md"));
        Assert.StartsWith("# Draft privacy notice: Klivar\n", notice);
        Assert.Contains("merged by `klivar-privacy merge` from Klivar.Billing, Klivar.Platform", notice);
        // A register generated at build time carries no such mark, and its JSON has no mergedFrom.
        Assert.Null(Registers.Platform().MergedFrom);
        Assert.DoesNotContain("mergedFrom", RegisterJson.Write(Registers.Platform()));
    }

    [Theory]
    [InlineData("no inputs", "give at least one register file")]
    [InlineData("no output", "--output <dir> is required")]
    [InlineData("bad format", "unknown format 'xml'")]
    [InlineData("bad name", "--name needs a file name prefix")]
    [InlineData("unknown option", "unknown option '--frobnicate'")]
    [InlineData("unknown command", "unknown command 'combine'")]
    public void Usage_errors_exit_1_with_a_clear_message(string @case, string message)
    {
        var a = Write("A", Registers.Platform());
        var output = Path.Combine(_dir, "out");
        string[] args = @case switch
        {
            "no inputs" => new[] { "merge", "--output", output },
            "no output" => new[] { "merge", a },
            "bad format" => new[] { "merge", a, "-o", output, "--formats", "json;xml" },
            "bad name" => new[] { "merge", a, "-o", output, "--name", "../x" },
            "unknown option" => new[] { "merge", a, "-o", output, "--frobnicate" },
            _ => new[] { "combine", a },
        };
        var (exit, _, stderr) = Run(args);
        Assert.Equal(Cli.UsageError, exit);
        Assert.Contains(message, stderr);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_missing_or_invalid_register_file_is_an_error_that_names_the_file()
    {
        var missing = Path.Combine(_dir, "missing.json");
        var (exit, _, stderr) = Run("merge", missing, "-o", Path.Combine(_dir, "out"));
        Assert.Equal(Cli.UsageError, exit);
        Assert.Contains("cannot read '" + missing + "'", stderr);

        var invalid = Path.Combine(_dir, "invalid.json");
        File.WriteAllText(invalid, "{ \"schemaVersion\": \"1.0\", \"activities\": [ ");
        (exit, _, stderr) = Run("merge", invalid, "-o", Path.Combine(_dir, "out"));
        Assert.Equal(Cli.UsageError, exit);
        Assert.Contains("'" + invalid + "' is not a privacy register", stderr);
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var (exit, stdout, _) = Run("--help");
        Assert.Equal(0, exit);
        Assert.Contains("klivar-privacy merge <register.json>... --output <dir>", stdout);
        Assert.Equal(Cli.UsageError, Run().Exit);
    }
}
