using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

public class RenderingTests
{
    private const string Hostile = "a | b, \"c\"\n<b>bold</b> *em* _u_ [link](http://x) =cmd";

    [Fact]
    public void Csv_rows_all_have_the_header_column_count_whatever_the_text()
    {
        var csv = RegisterCsv.Write(RegisterJsonTests.Sample(Hostile));
        var rows = ParseCsv(csv);
        Assert.True(rows.Count >= 3, csv);
        Assert.All(rows, row => Assert.Equal(RegisterCsv.Columns.Count, row.Count));
        Assert.Equal(RegisterCsv.Columns, rows[0]);
        // The hostile text survives as one cell, and a formula never starts a cell.
        Assert.Contains(rows, row => row.Contains("Accounts " + Hostile));
        Assert.DoesNotContain(rows.SelectMany(r => r), cell => cell.StartsWith('='));
    }

    [Fact]
    public void The_french_csv_is_semicolon_separated_with_a_byte_order_mark_and_the_english_one_comma_separated()
    {
        var register = RegisterJsonTests.Sample("a, b; c", version: "3", date: "2026-11-02");
        var french = RegisterCsv.Write(register, Lexicon.French);
        var rows = ParseCsv(french, ';');
        Assert.Equal("Responsable du traitement", rows[0][0]);
        // Every column of the English file but the rule in the retention language, which is English code.
        Assert.All(rows, row => Assert.Equal(RegisterCsv.Columns.Count - 1, row.Count));
        Assert.DoesNotContain("Règle de conservation", rows[0]);
        Assert.All(rows.Skip(1), r => Assert.DoesNotContain("during contract", r));
        Assert.All(rows.Skip(1), r => Assert.Equal(new[] { "Acme a, b; c", "3", "2026-11-02" }, r.Take(3)));
        Assert.StartsWith("\uFEFFResponsable du traitement;Version du registre;Date de cette version;", french);
        Assert.StartsWith("\uFEFFController,Record version,Date of this version,", RegisterCsv.Write(register));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, System.Text.Encoding.UTF8.GetBytes(french).Take(3));
    }

    [Fact]
    public void Csv_has_one_row_per_activity_and_data_category()
    {
        var rows = ParseCsv(RegisterCsv.Write(RegisterJsonTests.Sample()));
        var id = RegisterCsv.Columns.ToList().IndexOf("Activity id");
        var activityIds = rows.Skip(1).Select(r => r[id]).ToList();
        Assert.Equal(new[] { "billing", "platform-management" }, activityIds);
        var platform = rows.Single(r => r[id] == "platform-management");
        // The controller and the record's version and date on every row.
        Assert.Equal(new[] { "Controller", "Record version", "Date of this version" }, rows[0].Take(3));
        Assert.All(rows.Skip(1), r => Assert.Equal(new[] { "Acme plain", "to confirm", "to confirm" }, r.Take(3)));
        Assert.Equal("Contact data", platform[RegisterCsv.Columns.ToList().IndexOf("Data category")]);
        Assert.Equal("the duration of the contract", platform[RegisterCsv.Columns.ToList().IndexOf("Retention")]);
    }

    [Fact]
    public void Markdown_keeps_attribute_text_as_text_no_raw_html_no_broken_tables()
    {
        var md = RegisterMarkdown.Write(RegisterJsonTests.Sample(Hostile));
        Assert.DoesNotContain("<b>", md);
        Assert.DoesNotContain("<script", md);
        Assert.Contains("\\<b\\>", md);
        foreach (var line in md.Split('\n').Where(l => l.StartsWith('|')))
        {
            // Every unescaped pipe is a cell border: a row has as many as its table's header.
            var borders = CountUnescapedPipes(line);
            Assert.True(borders is 3 or 5 or 7 or 8, $"row with {borders} borders: {line}");
        }
    }

    [Fact]
    public void Markdown_has_a_section_per_activity_the_controller_and_a_retention_table()
    {
        var md = RegisterMarkdown.Write(RegisterJsonTests.Sample());
        Assert.Contains("## Controller", md);
        Assert.Contains("## Platform management (`platform-management`)", md);
        Assert.Contains("## Billing (`billing`)", md);
        Assert.Contains("**Not declared:**", md);
        Assert.Contains("### Retention", md);
        Assert.Contains("| Contact data | the duration of the contract | `during contract` |", md);
    }

    [Fact]
    public void The_notice_names_the_controller_purposes_bases_retention_rights_and_complaint()
    {
        var notice = PrivacyNotice.Write(RegisterJsonTests.Sample());
        Assert.Contains("Acme plain", notice);
        Assert.Contains("performance of a contract (Art. 6(1)(b) GDPR)", notice);
        Assert.Contains("the duration of the contract", notice);
        Assert.Contains("Standard Contractual Clauses", notice);
        Assert.Contains("lodge a complaint with a supervisory authority: CNIL", notice);
        Assert.Contains("access your personal data", notice);
        // The undeclared activity has no legal basis: the notice must not present it as a purpose.
        Assert.DoesNotContain("### Billing", notice);
    }

    private static int CountUnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') { i++; continue; }
            if (line[i] == '`')
            {
                var close = line.IndexOf('`', i + 1);
                if (close > i) { i = close; continue; }
            }
            if (line[i] == '|') count++;
        }
        return count;
    }

    /// <summary>An RFC 4180 reader, strict enough to catch a broken quote or a stray line break.</summary>
    internal static List<List<string>> ParseCsv(string csv, char separator = ',')
    {
        // The byte-order mark that tells a spreadsheet the file is UTF-8 is no part of the first cell.
        Assert.Equal('\uFEFF', csv[0]);
        csv = csv.Substring(1);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when cell.Length == 0: quoted = true; break;
                case var _ when c == separator: row.Add(cell.ToString()); cell.Clear(); break;
                case '\r' when i + 1 < csv.Length && csv[i + 1] == '\n':
                    i++;
                    row.Add(cell.ToString()); cell.Clear();
                    rows.Add(row); row = new List<string>();
                    break;
                case '\r' or '\n': throw new FormatException("bare line break outside quotes at " + i);
                default: cell.Append(c); break;
            }
        }
        Assert.False(quoted, "unterminated quote");
        Assert.True(cell.Length == 0 && row.Count == 0, "last row lacks CRLF");
        return rows;
    }
}
