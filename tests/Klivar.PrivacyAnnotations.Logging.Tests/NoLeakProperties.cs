using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Xunit;

namespace Klivar.PrivacyAnnotations.Logging.Tests;

public static class CustomerArbitraries
{
    private static Gen<char> Letter => Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".ToCharArray());

    // Unicode beyond ASCII: accents, CJK, right-to-left, a surrogate pair, Unicode spaces, the mask's own characters.
    private static Gen<string> Unicode => Gen.Elements("é", "ß", "İ", "Ω", "中", "文", "٣", "ع", "\ud83d\ude00", "\u00a0", "\u3000", " ", "*", "@", ".", "-", "'", "\"");

    private static Gen<string> Word(int min, int max) =>
        from length in Gen.Choose(min, max)
        from letters in Gen.ArrayOf(Letter, length)
        select new string(letters);

    private static Gen<string> Text =>
        from count in Gen.Choose(1, 6)
        from pieces in Gen.ArrayOf(Gen.Frequency((3, Word(1, 8)), (2, Unicode)), count)
        select string.Concat(pieces);

    private static Gen<string> Email =>
        from local in Gen.Frequency((3, Word(1, 12)), (1, Text))
        from domain in Word(1, 10)
        from tld in Gen.Elements("com", "fr", "io", "museum", "x", "")
        select local + "@" + domain + (tld.Length > 0 ? "." + tld : "");

    private static Gen<string> Short => Gen.Frequency((2, Word(0, 3)), (1, Unicode));

    private static Gen<string> Value => Gen.Frequency((3, Email), (3, Text), (2, Short), (2, Word(4, 30)));

    private static Gen<Address> Address =>
        from city in Value
        from street in Value
        from floor in Gen.Choose(-2, 40)
        select new Address { City = city, Street = street, Floor = floor };

    public static Arbitrary<Customer> Customers() => Arb.From(
        from id in Gen.Choose(0, 100000)
        from email in Value
        from name in Value
        from ip in Value
        from iban in Value
        from home in Gen.Frequency((3, Address.Select(a => (Address?)a)), (1, Gen.Constant((Address?)null)))
        from count in Gen.Choose(0, 3)
        from previous in Gen.ArrayOf(Address, count)
        select new Customer { Id = id, Email = email, Name = name, LastIp = ip, Iban = iban, Home = home, Previous = previous.ToList() });
}

/// <summary>
/// One property across every output: for generated customers (text, Unicode, e-mails, short values, a nested
/// address, a list of addresses), no personal value, nor any four-character run of it, appears in ToString(),
/// ToRedactedString(), Serilog's compact JSON or the Microsoft logging pipeline's output with redaction, beyond what
/// the redaction itself shows (a mask's first character and top-level domain, a keyed hash) or what the output shows
/// anyway (the same output for the customer with every personal value empty: names, numbers, punctuation).
/// </summary>
[Collection(HashKeyCollection.Name)]
public class NoLeakProperties
{
    [Property(Arbitrary = new[] { typeof(CustomerArbitraries) }, MaxTest = 150)]
    public void No_output_shows_a_personal_value(Customer customer)
    {
        var skeleton = WithoutPersonalValues(customer);
        var personal = PersonalValues(customer).ToList();
        // What the redaction itself may show: the redacted form of every personal value of this customer.
        var allowed = string.Join("\n", personal.Select(p => Redaction.Redact(p.Value, p.Category)));

        foreach (var (output, text, skeletonText) in Outputs(customer, skeleton))
        {
            foreach (var (value, category) in personal)
            {
                var trimmed = value.Trim();
                if (trimmed.Length >= 4) Assert.False(text.Contains(trimmed, StringComparison.Ordinal), $"{output} shows the value {Show(value)}:\n{text}");
                for (var i = 0; i + 4 <= value.Length; i++)
                {
                    var run = value.Substring(i, 4);
                    if (string.IsNullOrWhiteSpace(run) || !text.Contains(run, StringComparison.Ordinal)) continue;
                    Assert.True(skeletonText.Contains(run, StringComparison.Ordinal) || allowed.Contains(run, StringComparison.Ordinal),
                        $"{output} shows '{Show(run)}' of {category} value {Show(value)}:\n{text}");
                }
            }
        }
    }

    private static IEnumerable<(string Output, string Text, string Skeleton)> Outputs(Customer customer, Customer skeleton)
    {
        yield return ("ToString()", customer.ToString(), skeleton.ToString());
        yield return ("Address.ToString()", customer.Home?.ToString() ?? "", skeleton.Home?.ToString() ?? "");
        yield return ("ToRedactedString()", customer.ToRedactedString(), skeleton.ToRedactedString());
        yield return ("Serilog {@Customer}", Serilog(customer, destructure: true), Serilog(skeleton, destructure: true));
        yield return ("Serilog {Customer}", Serilog(customer, destructure: false), Serilog(skeleton, destructure: false));
        yield return ("Serilog {@Customers}", SerilogList(customer), SerilogList(skeleton));
        yield return ("[LoggerMessage] [LogProperties]", Microsoft(customer), Microsoft(skeleton));
    }

    private static string Serilog(Customer customer, bool destructure)
    {
        using var pipeline = new SerilogPipeline();
        if (destructure) pipeline.Logger.Information("Signed up {@Customer}", customer);
        else pipeline.Logger.Information("Signed up {Customer}", customer);
        return pipeline.DecodedText();
    }

    private static string SerilogList(Customer customer)
    {
        using var pipeline = new SerilogPipeline();
        pipeline.Logger.Information("Batch {@Customers}", new[] { customer, customer });
        return pipeline.DecodedText();
    }

    private static string Microsoft(Customer customer)
    {
        using var pipeline = new MicrosoftLoggingPipeline();
        ShopLog.SignedUp(pipeline.Logger, customer);
        return pipeline.Text();
    }

    private static IEnumerable<(string Value, DataCategory Category)> PersonalValues(Customer customer)
    {
        yield return (customer.Email, DataCategory.Contact);
        yield return (customer.Name, DataCategory.Identification);
        yield return (customer.LastIp, DataCategory.Technical);
        yield return (customer.Iban, DataCategory.Financial);
        foreach (var address in customer.Previous.Prepend(customer.Home))
        {
            if (address is null) continue;
            yield return (address.City, DataCategory.Location);
            yield return (address.Street, DataCategory.Contact);
        }
    }

    private static Customer WithoutPersonalValues(Customer customer) => customer with
    {
        Email = "", Name = "", LastIp = "", Iban = "",
        Home = customer.Home is null ? null : Empty(customer.Home),
        Previous = customer.Previous.Select(Empty).ToList(),
    };

    private static Address Empty(Address address) => new() { Floor = address.Floor };

    private static string Show(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text) builder.Append(c >= ' ' && c < 0x7f ? c.ToString() : "\\u" + ((int)c).ToString("x4"));
        return builder.Append('"').ToString();
    }
}
