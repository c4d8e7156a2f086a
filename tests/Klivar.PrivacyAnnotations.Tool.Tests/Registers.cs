namespace Klivar.PrivacyAnnotations.Tool.Tests;

/// <summary>Hand-built registers shaped like the two Klivar samples' (the platform and the invoicing service).</summary>
internal static class Registers
{
    public static RegisterController Klivar(string email = "avotreecoute@klivar.com") =>
        new("Klivar", "SIREN 909 093 148", email, "KLIVAR, 1 centre commercial la tour, 93120 La Courneuve, France", null, null,
            "CNIL, 3 Place de Fontenoy, TSA 80715, 75334 Paris Cedex 07");

    public static RegisterField Field(string type, string member, string category, string purpose, string? retention, bool encrypted = false) =>
        new(type, member, category, new[] { purpose }, retention, "Mask", encrypted, false, null);

    public static RegisterRetention Retention(string appliesTo, string text, string kind, string? duration, string trigger, string? archive, string description) =>
        new(appliesTo, text, kind, duration, trigger, archive, null, description);

    public static RegisterActivity Activity(
        string id, string? basis, IReadOnlyList<RegisterField> fields, IReadOnlyList<RegisterRetention> retention,
        string? description = null, string? legitimateInterest = null, bool declared = true,
        IReadOnlyList<string>? recipients = null, IReadOnlyList<string>? security = null, IReadOnlyList<RegisterTransfer>? transfers = null)
    {
        // As the build writes it: the declared measures, and apart from them what the code proves of the fields.
        var securityMeasures = new List<string>(security ?? Array.Empty<string>());
        var evidence = new List<string>();
        var encrypted = fields.Where(f => f.Encrypted).Select(f => f.Type.Split('.').Last() + "." + f.Member).ToArray();
        if (encrypted.Length > 0) evidence.Add("Encrypted at rest: " + string.Join(", ", encrypted));
        if (fields.Count > 0) evidence.Add("Redacted in logs and output by generated helpers: " + fields.Count + (fields.Count == 1 ? " field" : " fields"));
        var activity = new RegisterActivity(id, PurposeFacts.DisplayNameForId(id), description, declared, declared ? basis : null, legitimateInterest, declared ? "None" : null,
            declared ? new[] { "Customers" } : Array.Empty<string>(),
            fields.Select(f => f.Category).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToArray(),
            retention, recipients ?? Array.Empty<string>(), transfers ?? Array.Empty<RegisterTransfer>(), securityMeasures, fields);
        activity.TechnicalEvidence = evidence;
        return activity;
    }

    public static readonly RegisterRetention DuringContract =
        Retention("Identification", "during contract", "Relationship", null, "end of contract", null, "the duration of the contract");
    public static readonly RegisterRetention Billing10y =
        Retention("Financial", "during contract + 10y archive", "Relationship", null, "end of contract", "P10Y", "the duration of the contract, then 10 years in archive");
    public static readonly RegisterRetention Logging1y =
        Retention("Technical", "1y", "FromCollection", "P1Y", "collection", null, "1 year");

    public const string LoggingInterest = "Identifying fraudulent access or misuse of personal data, and determining the origin of incidents.";
    public static readonly RegisterTransfer Scc = new("Service providers operating outside the European Union", "US", "StandardContractualClauses", "a DPA");

    /// <summary>The platform: platform management (accounts), logging.</summary>
    public static ProcessingRegister Platform(string loggingBasis = "LegitimateInterests", string? loggingInterest = LoggingInterest, RegisterController? controller = null) =>
        new(ProcessingRegister.CurrentSchemaVersion, "Klivar.Platform", controller ?? Klivar(), new[]
        {
            Activity("logging", loggingBasis, new[] { Field("Klivar.Platform.Logging.AccessLogEntry", "IpAddress", "Technical", "logging", "1y") },
                new[] { Logging1y }, "Recording actions on IT systems.", loggingInterest, recipients: new[] { "Klivar security team" }),
            Activity("platform-management", "Contract", new[]
                {
                    Field("Klivar.Platform.Accounts.UserAccount", "Username", "Identification", "platform-management", "during contract"),
                    Field("Klivar.Shared.Customer", "Name", "Identification", "platform-management", "during contract"),
                },
                new[] { DuringContract }, "Managing the platform.",
                recipients: new[] { "Klivar customer service", "Hosting providers" }, security: new[] { "Access control" }, transfers: new[] { Scc }),
        });

    /// <summary>The invoicing service: platform management (invoices, and the shared customer type), logging.</summary>
    public static ProcessingRegister Billing(string loggingBasis = "LegitimateInterests", string? loggingInterest = LoggingInterest, RegisterController? controller = null) =>
        new(ProcessingRegister.CurrentSchemaVersion, "Klivar.Billing", controller ?? Klivar(), new[]
        {
            Activity("logging", loggingBasis, new[] { Field("Klivar.Billing.InvoiceAudit", "IpAddress", "Technical", "logging", "1y") },
                new[] { Logging1y }, "Recording actions on IT systems.", loggingInterest, recipients: new[] { "Klivar security team" }),
            Activity("platform-management", "Contract", new[]
                {
                    Field("Klivar.Billing.Invoice", "Iban", "Financial", "platform-management", "during contract + 10y archive", encrypted: true),
                    Field("Klivar.Shared.Customer", "Name", "Identification", "platform-management", "during contract"),
                },
                new[] { Billing10y, DuringContract }, "Managing the platform.",
                recipients: new[] { "Klivar accounting", "Klivar customer service" }, security: new[] { "Access control", "Invoices signed" }, transfers: new[] { Scc }),
        });
}
