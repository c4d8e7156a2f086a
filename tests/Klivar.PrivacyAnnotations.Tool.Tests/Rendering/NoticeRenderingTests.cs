using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

/// <summary>The Art. 13 notice drafted from a register: per-data-set retention, transfers, rights, escaping.</summary>
public class NoticeRenderingTests
{
    private static RegisterField Field(string type, string member, string category, string? retention) =>
        new(type, member, category, new[] { "platform-management" }, retention, "Mask", false, false, null);

    private static RegisterRetention Rule(string category, string text, string description) =>
        new(category, text, "Relationship", null, "end of contract", null, null, description);

    private static ProcessingRegister Register(string hostile = "", IReadOnlyList<RegisterTransfer>? transfers = null)
    {
        var platform = new RegisterActivity("platform-management", "Platform management", "Accounts.", true, "Contract", null, "None",
            new[] { "Customers" }, new[] { "Financial", "Identification" },
            new[]
            {
                Rule("Financial", "during contract + 10y archive", "the duration of the contract, then 10 years in archive"),
                Rule("Identification", "during contract", "the duration of the contract"),
                Rule("Identification", "during contract + 5y archive", "the duration of the contract, then 5 years in archive"),
            },
            new[] { "Support " + hostile }, transfers ?? Array.Empty<RegisterTransfer>(), Array.Empty<string>(),
            new[]
            {
                Field("Acme.Billing.Invoice", "CustomerName", "Financial", "during contract + 10y archive"),
                Field("Acme.Customers.CustomerFile", "ContactName", "Identification", "during contract + 5y archive"),
                Field("Acme.Accounts.UserAccount", "IpAddress", "Identification", "during contract"),
                Field("Acme.Accounts.UserAccount", "Username", "Identification", "during contract"),
                Field("Acme.Outer+Inner" + hostile + "<T>", "Iban", "Financial", "during contract + 10y archive"),
            });
        var logging = new RegisterActivity("logging", "Logging", null, true, "LegitimateInterests", "Security", "None",
            Array.Empty<string>(), Array.Empty<string>(), new[] { new RegisterRetention("*", "1y", "FromCollection", "P1Y", "collection", null, null, "1 year") },
            Array.Empty<string>(), Array.Empty<RegisterTransfer>(), Array.Empty<string>(), Array.Empty<RegisterField>());
        return new ProcessingRegister("1.0", "Acme", new RegisterController("Acme", null, "privacy@acme.test", null, null, null, "CNIL"), new[] { logging, platform });
    }

    [Fact]
    public void Retention_is_given_per_data_set_so_each_rule_is_tied_to_its_data()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.Contains(
            "- **Platform management:**\n" +
            "  - Customer file: the duration of the contract, then 5 years in archive\n" +
            "  - Inner: the duration of the contract, then 10 years in archive\n" +
            "  - Invoice: the duration of the contract, then 10 years in archive\n" +
            "  - User account: the duration of the contract\n", notice);
        // An activity without annotated members gives its own retention.
        Assert.Contains("- **Logging:** 1 year\n", notice);
    }

    [Fact]
    public void Data_is_listed_by_category_with_member_names_in_words_and_acronyms_kept()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.Contains("- **Financial data:** customer name, IBAN\n", notice);
        Assert.Contains("- **Identification data:** contact name, IP address, username\n", notice);
        Assert.Contains("Data used: Financial data, Identification data.", notice);
    }

    [Fact]
    public void Transfers_name_their_purposes_and_safeguards_and_their_absence_is_stated()
    {
        Assert.Contains("Your data is not transferred outside the European Union.", PrivacyNotice.Write(Register()));

        var notice = PrivacyNotice.Write(Register(transfers: new[] { new RegisterTransfer("Helpdesk", "US", "StandardContractualClauses", "a DPA") }));
        Assert.Contains("- to Helpdesk (US), for Platform management, under the Standard Contractual Clauses approved by the European Commission, and a DPA.", notice);
    }

    [Fact]
    public void Withdrawal_of_consent_is_offered_only_when_consent_is_a_ground()
    {
        var notice = PrivacyNotice.Write(Register());
        Assert.DoesNotContain("withdraw your consent", notice);
        Assert.Contains("- object to the processing of your personal data (Art. 21);", notice);
        Assert.Contains("For any question about this notice, write to privacy@acme.test.", notice);
    }

    [Fact]
    public void Attribute_text_stays_text_in_every_new_section()
    {
        const string hostile = "*x* | <b>y</b>\n# z";
        var notice = PrivacyNotice.Write(Register(hostile));
        Assert.DoesNotContain("<b>", notice);
        Assert.DoesNotContain("\n# z", notice);
        Assert.Contains("- Support \\*x\\* \\| \\<b\\>y\\</b\\> \\# z\n", notice);
        Assert.Equal(notice, PrivacyNotice.Write(Register(hostile)));
    }
}
