using System.Globalization;
using System.Text;

namespace Klivar.PrivacyAnnotations.Benchmarks;

/// <summary>One source file of the corpus.</summary>
public sealed record CorpusFile(string Path, string Text);

/// <summary>
/// The same code base three ways: annotated for this package; with no annotation at all (the bare build); with the
/// same personal members carrying CommunityToolkit.Mvvm's <c>[ObservableProperty]</c> instead (the peer).
/// </summary>
public enum CorpusVariant
{
    Ours,
    Bare,
    Peer,
}

/// <summary>
/// A synthetic code base of N types, built the same way for the same N and seed: a third are annotated (classes,
/// records with positional parameters, types annotated as a whole; 5 to 15 members each), a third are unannotated
/// data types (personal-looking names such as <c>Customer.Email</c>, and neutral ones such as <c>OrderLine.Quantity</c>;
/// classes and records), a third are services that log through <c>ILogger</c>. Plus the assembly declarations.
/// </summary>
public sealed class Corpus
{
    /// <summary>The unannotated method the "unrelated edit" changes (in the first service's file).</summary>
    public const string UnrelatedEditBefore = "count + 1;";
    public const string UnrelatedEditAfter = "count + 2;";

    /// <summary>A method body in the first annotated type's file, changed by the "body edit" (every variant has it).</summary>
    public const string BodyEditBefore = "TotalDays < 30;";
    public const string BodyEditAfter = "TotalDays < 31;";

    /// <summary>Where the "member edit" adds a personal member to the first annotated type (before its method).</summary>
    public const string MemberEditBefore = "\n        public bool IsRecent(";
    public const string OursMemberEditAfter = "\n        [PersonalData(DataCategory.Contact, Purpose.CustomerManagement)]\n        public string? Nickname { get; set; }\n" + MemberEditBefore;
    public const string PeerMemberEditAfter = "\n        [CommunityToolkit.Mvvm.ComponentModel.ObservableProperty]\n        private string? _nickname;\n" + MemberEditBefore;

    /// <summary>The "assembly edit": ours changes the controller's e-mail; the others add an assembly attribute to the shared file.</summary>
    public const string OursAssemblyEditBefore = "Email = \"privacy@example.com\"";
    public const string OursAssemblyEditAfter = "Email = \"dpo@example.com\"";
    public const string OtherAssemblyEditBefore = "namespace Shared";
    public const string OtherAssemblyEditAfter = "[assembly: System.Reflection.AssemblyMetadata(\"edited\", \"yes\")]\nnamespace Shared";

    /// <summary>The retention of the first annotated member (in the first type's file), changed by the "annotated edit".</summary>
    public const string AnnotatedEditBefore = "Retention = \"3y after last-contact\"";
    public const string AnnotatedEditAfter = "Retention = \"4y after last-contact\"";

    private static readonly (string Name, string Type, string Category, string Purpose)[] PersonalMembers =
    {
        ("Email", "string", "Contact", "CustomerManagement"),
        ("FirstName", "string", "Identification", "CustomerManagement"),
        ("LastName", "string", "Identification", "CustomerManagement"),
        ("PhoneNumber", "string?", "Contact", "CustomerManagement"),
        ("BirthDate", "System.DateTime", "Identification", "CustomerManagement"),
        ("IpAddress", "string", "Technical", "Logging"),
        ("UserAgent", "string?", "Technical", "Logging"),
        ("PostalAddress", "string", "Contact", "Billing"),
        ("Iban", "string", "Financial", "Billing"),
        ("VatNumber", "string?", "Financial", "Billing"),
        ("PasswordHash", "string", "Credentials", "PlatformManagement"),
        ("DisplayName", "string", "Account", "PlatformManagement"),
        ("LastLogin", "System.DateTimeOffset", "Usage", "ServiceImprovement"),
        ("MessageBody", "string", "Content", "ContactForm"),
        ("City", "string?", "Location", "CustomerManagement"),
    };

    private static readonly (string Name, string Type)[] NeutralMembers =
    {
        ("Id", "System.Guid"), ("CreatedAt", "System.DateTime"), ("UpdatedAt", "System.DateTime?"), ("Status", "Shared.RecordStatus"),
        ("Quantity", "int"), ("UnitPrice", "decimal"), ("Sku", "string"), ("Version", "int"), ("IsActive", "bool"),
        ("Priority", "int"), ("Code", "string"), ("Total", "decimal"), ("Weight", "double"), ("Region", "Shared.RecordStatus"),
        ("Reference", "string"),
    };

    private static readonly string[] PersonalTypeNames = { "Customer", "Member", "Employee", "Patient", "Subscriber", "Contact", "Applicant", "Visitor" };
    private static readonly string[] NeutralTypeNames = { "OrderLine", "Invoice", "Shipment", "Product", "Warehouse", "Catalog", "Setting", "Metric" };
    private static readonly string[] Retentions = { "1y", "3y after last-contact", "during contract + 5y archive", "6m", "calendar-year of request + 2y archive" };

    private Corpus(int typeCount, IReadOnlyList<CorpusFile> files, int annotatedFile, int unrelatedFile, int annotatedMembers)
    {
        AnnotatedMembers = annotatedMembers;
        TypeCount = typeCount;
        Files = files;
        AnnotatedEditFile = annotatedFile;
        UnrelatedEditFile = unrelatedFile;
    }

    public int TypeCount { get; }

    public CorpusVariant Variant { get; private init; }

    /// <summary>The members that hold personal data (annotated, or covered by their type's annotation).</summary>
    public int AnnotatedMembers { get; }

    /// <summary>Every member of the annotated types.</summary>
    public int MembersOfAnnotatedTypes { get; private init; }

    public IReadOnlyList<CorpusFile> Files { get; }

    /// <summary>Index in <see cref="Files"/> of the file the annotated edit changes.</summary>
    public int AnnotatedEditFile { get; }

    /// <summary>Index in <see cref="Files"/> of the file the unrelated edit changes.</summary>
    public int UnrelatedEditFile { get; }

    public static Corpus Build(int typeCount, int seed = 20240601, CorpusVariant variant = CorpusVariant.Ours)
    {
        if (typeCount < 3) throw new ArgumentOutOfRangeException(nameof(typeCount), "at least 3 types: one of each kind");
        var random = new Random(seed);
        var files = new List<CorpusFile> { new("Shared.cs", SharedTypes) };
        if (variant == CorpusVariant.Ours) files.Insert(0, new("Declarations.cs", Declarations));
        int annotatedFile = -1, unrelatedFile = -1, annotatedMembers = 0, allMembers = 0;
        for (var i = 0; i < typeCount; i++)
        {
            var ns = "Klivar.Bench.Module" + (i % 25).ToString("00", CultureInfo.InvariantCulture);
            var text = (i % 3) switch
            {
                0 => AnnotatedType(i, ns, random, variant, ref annotatedMembers, ref allMembers),
                1 => UnannotatedType(i, ns, random),
                _ => Service(i, ns, random),
            };
            if (i == 0) annotatedFile = files.Count;
            if (i == 2) unrelatedFile = files.Count;
            files.Add(new CorpusFile($"{ns}/Type{i:00000}.cs", text));
        }
        return new Corpus(typeCount, files, annotatedFile, unrelatedFile, annotatedMembers) { MembersOfAnnotatedTypes = allMembers, Variant = variant };
    }

    public static string Name(int i) => (i % 3) switch
    {
        0 => PersonalTypeNames[i / 3 % PersonalTypeNames.Length] + i.ToString(CultureInfo.InvariantCulture),
        1 => (i / 3 % 2 == 0 ? PersonalTypeNames : NeutralTypeNames)[i / 6 % PersonalTypeNames.Length] + "Data" + i.ToString(CultureInfo.InvariantCulture),
        _ => "Service" + i.ToString(CultureInfo.InvariantCulture),
    };

    private static string AnnotatedType(int i, string ns, Random random, CorpusVariant variant, ref int annotatedMembers, ref int allMembers)
    {
        var name = Name(i);
        var memberCount = random.Next(5, 16);
        var personalCount = Math.Max(2, memberCount / 2 + random.Next(-1, 2));
        var personal = Pick(PersonalMembers, personalCount, random, first: i == 0 ? 0 : -1);
        var neutral = Pick(NeutralMembers, memberCount - personal.Count, random, first: 1); // CreatedAt: IsRecent reads it
        annotatedMembers += personal.Count;
        allMembers += personal.Count + neutral.Count;
        var shape = i == 0 ? 0 : random.Next(10);
        if (variant != CorpusVariant.Ours) return PlainType(name, ns, shape, personal, neutral, random, variant, editTarget: i == 0);
        var sb = new StringBuilder();
        sb.Append("using System;\nusing Klivar.PrivacyAnnotations;\n\nnamespace ").Append(ns).Append("\n{\n");
        if (shape < 6)
        {
            // A class (partial or not) with annotated and plain members.
            sb.Append("    /// <summary>Type ").Append(i).Append(".</summary>\n");
            sb.Append("    public ").Append(shape % 2 == 0 ? "partial " : "").Append("class ").Append(name).Append("\n    {\n");
            var first = true;
            foreach (var member in personal)
            {
                sb.Append("        ").Append(Annotation(member, random, first && i == 0)).Append('\n');
                sb.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(Init(member.Type)).Append("\n\n");
                first = false;
            }
            foreach (var member in neutral)
                sb.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(Init(member.Type)).Append('\n');
            sb.Append("\n        public bool IsRecent(DateTime now) => (now - CreatedAt).TotalDays < 30;\n    }\n");
        }
        else if (shape < 9)
        {
            // A record with annotated positional parameters.
            sb.Append("    public partial record ").Append(name).Append("(\n");
            var parameters = new List<string>();
            foreach (var member in personal)
                parameters.Add("        [property: " + Annotation(member, random, false).Trim('[', ']') + "] " + member.Type + " " + member.Name);
            foreach (var member in neutral)
                parameters.Add("        " + member.Type + " " + member.Name);
            sb.Append(string.Join(",\n", parameters)).Append(")\n    {\n        public bool IsRecent(DateTime now) => (now - CreatedAt).TotalDays < 30;\n    }\n");
        }
        else
        {
            // Annotated as a whole: every public member is personal but those declared not to be.
            var member = personal[0];
            sb.Append("    ").Append(Annotation(member, random, false)).Append('\n');
            sb.Append("    public partial class ").Append(name).Append("\n    {\n");
            foreach (var p in personal)
                sb.Append("        public ").Append(p.Type).Append(' ').Append(p.Name).Append(" { get; set; }").Append(Init(p.Type)).Append('\n');
            foreach (var n in neutral)
                sb.Append("        [NotPersonalData(\"technical\")] public ").Append(n.Type).Append(' ').Append(n.Name).Append(" { get; set; }").Append(Init(n.Type)).Append('\n');
            sb.Append("    }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    /// <summary>
    /// The same type and members without our annotations: bare (the same shapes, no attribute), or as the peer writes
    /// them (a partial class deriving from ObservableObject, each personal member an <c>[ObservableProperty]</c> field).
    /// Consumes the random numbers the annotated form does, so the rest of the corpus stays the same.
    /// </summary>
    private static string PlainType(string name, string ns, int shape, List<(string Name, string Type, string Category, string Purpose)> personal,
                                    List<(string Name, string Type)> neutral, Random random, CorpusVariant variant, bool editTarget)
    {
        if (shape < 6) for (var m = 0; m < personal.Count; m++) Annotation(personal[m], random, editTarget && m == 0);
        else if (shape < 9) foreach (var member in personal) Annotation(member, random, false);
        else Annotation(personal[0], random, false);
        var sb = new StringBuilder("using System;\n\nnamespace ").Append(ns).Append("\n{\n");
        var recent = shape < 9 ? "\n        public bool IsRecent(DateTime now) => (now - CreatedAt).TotalDays < 30;\n" : "";
        if (variant == CorpusVariant.Peer)
        {
            sb.Append("    public partial class ").Append(name).Append(" : CommunityToolkit.Mvvm.ComponentModel.ObservableObject\n    {\n");
            foreach (var member in personal)
                sb.Append("        [CommunityToolkit.Mvvm.ComponentModel.ObservableProperty] private ").Append(member.Type).Append(" _")
                  .Append(char.ToLowerInvariant(member.Name[0])).Append(member.Name, 1, member.Name.Length - 1).Append(Init(member.Type)).Append(Init(member.Type).Length == 0 ? ";" : "").Append('\n');
        }
        else if (shape >= 6 && shape < 9)
        {
            sb.Append("    public partial record ").Append(name).Append("(\n");
            sb.Append(string.Join(",\n", personal.Select(m => "        " + m.Type + " " + m.Name).Concat(neutral.Select(m => "        " + m.Type + " " + m.Name))));
            return sb.Append(")\n    {").Append(recent).Append("    }\n}\n").ToString();
        }
        else
        {
            sb.Append("    public ").Append(shape < 6 && shape % 2 != 0 ? "" : "partial ").Append("class ").Append(name).Append("\n    {\n");
            foreach (var member in personal)
                sb.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(Init(member.Type)).Append('\n');
        }
        foreach (var member in neutral)
            sb.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(Init(member.Type)).Append('\n');
        return sb.Append(recent).Append("    }\n}\n").ToString();
    }

    private static string UnannotatedType(int i, string ns, Random random)
    {
        var name = Name(i);
        var personLike = i / 3 % 2 == 0;
        var memberCount = random.Next(4, 12);
        var members = personLike
            ? Pick(PersonalMembers, memberCount / 2, random, -1).Select(m => (m.Name, m.Type)).Concat(Pick(NeutralMembers, memberCount - memberCount / 2, random, 0)).ToList()
            : Pick(NeutralMembers, memberCount, random, 0);
        var sb = new StringBuilder();
        sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\nnamespace ").Append(ns).Append("\n{\n");
        if (random.Next(3) == 0)
        {
            sb.Append("    public sealed record ").Append(name).Append('(')
              .Append(string.Join(", ", members.Select(m => m.Type + " " + m.Name))).Append(");\n");
        }
        else
        {
            sb.Append("    public class ").Append(name).Append("\n    {\n");
            foreach (var member in members)
                sb.Append("        public ").Append(member.Type).Append(' ').Append(member.Name).Append(" { get; set; }").Append(Init(member.Type)).Append('\n');
            sb.Append("        private readonly List<int> _history = new();\n");
            sb.Append("        public int Score() => _history.Where(x => x > 0).Select(x => x * 2).DefaultIfEmpty().Sum();\n");
            sb.Append("        public override string ToString() => \"").Append(name).Append(" \" + Id;\n    }\n");
        }
        sb.Append("}\n");
        return sb.ToString();
    }

    private static string Service(int i, string ns, Random random)
    {
        // Uses the annotated type two before it (i - 2 is annotated when i % 3 == 2).
        var entity = "Klivar.Bench.Module" + ((i - 2) % 25).ToString("00", CultureInfo.InvariantCulture) + "." + Name(i - 2);
        var name = Name(i);
        var leaks = random.Next(8) == 0;
        var sb = new StringBuilder();
        sb.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing System.Threading.Tasks;\nusing Microsoft.Extensions.Logging;\n\nnamespace ")
          .Append(ns).Append("\n{\n");
        sb.Append("    public sealed class ").Append(name).Append("\n    {\n");
        sb.Append("        private readonly ILogger<").Append(name).Append("> _logger;\n");
        sb.Append("        private readonly Dictionary<Guid, ").Append(entity).Append("> _items = new();\n\n");
        sb.Append("        public ").Append(name).Append("(ILogger<").Append(name).Append("> logger) => _logger = logger;\n\n");
        sb.Append("        public int Next(int count) => ").Append(UnrelatedEditBefore).Append('\n');
        sb.Append("        public void Store(Guid key, ").Append(entity).Append(" item)\n        {\n");
        sb.Append("            _items[key] = item;\n");
        sb.Append("            _logger.LogInformation(\"Stored item {Key}; {Count} items\", key, _items.Count);\n");
        if (leaks)
            sb.Append("            _logger.LogDebug(\"Stored {Item}\", item);\n");
        sb.Append("        }\n\n");
        sb.Append("        public async Task<int> ProcessAsync(IReadOnlyList<int> values)\n        {\n");
        sb.Append("            var total = 0;\n");
        sb.Append("            foreach (var value in values)\n            {\n");
        sb.Append("                if (value % 2 == 0) total += value; else total -= Next(value);\n            }\n");
        sb.Append("            await Task.Yield();\n");
        sb.Append("            if (total < 0) _logger.LogWarning(\"Negative total {Total} after {Count} values\", total, values.Count);\n");
        sb.Append("            try { return checked(total * ").Append(random.Next(2, 9)).Append("); }\n");
        sb.Append("            catch (OverflowException exception) { _logger.LogError(exception, \"Overflow in {Service}\", nameof(").Append(name).Append(")); throw; }\n");
        sb.Append("        }\n\n");
        sb.Append("        public string Describe(Guid key) => _items.TryGetValue(key, out var item) ? $\"item {key} of {_items.Count}\" : \"none\";\n");
        sb.Append("    }\n}\n");
        return sb.ToString();
    }

    private static string Annotation((string Name, string Type, string Category, string Purpose) member, Random random, bool editTarget)
    {
        var sb = new StringBuilder("[PersonalData(DataCategory.").Append(member.Category).Append(", Purpose.").Append(member.Purpose);
        if (editTarget) sb.Append(", ").Append(AnnotatedEditBefore);
        else if (random.Next(3) == 0) sb.Append(", Retention = \"").Append(Retentions[random.Next(Retentions.Length)]).Append('"');
        if (random.Next(4) == 0) sb.Append(", Redaction = RedactionKind.Mask");
        return sb.Append(")]").ToString();
    }

    private static string Init(string type) => type is "string" ? " = \"\";" : "";

    /// <summary><paramref name="count"/> distinct entries, starting with <paramref name="first"/> when it is not -1.</summary>
    private static List<T> Pick<T>(IReadOnlyList<T> pool, int count, Random random, int first)
    {
        var indices = Enumerable.Range(0, pool.Count).OrderBy(_ => random.Next()).ToList();
        if (first >= 0)
        {
            indices.Remove(first);
            indices.Insert(0, first);
        }
        return indices.Take(Math.Min(count, pool.Count)).Select(x => pool[x]).ToList();
    }

    private const string SharedTypes = """
        namespace Shared
        {
            public enum RecordStatus { Draft, Active, Archived }
        }
        """;

    private const string Declarations = """
        using Klivar.PrivacyAnnotations;

        [assembly: DataController("Klivar Bench", Identifier = "SIREN 000 000 000", Email = "privacy@example.com")]
        [assembly: ProcessingActivity(Purpose.CustomerManagement, LegalBasis.Contract, Retention = "during contract + 5y archive")]
        [assembly: ProcessingActivity(Purpose.Billing, LegalBasis.LegalObligation, Retention = "10y")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
            LegitimateInterest = "Detecting fraudulent access", Retention = "1y")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.ServiceImprovement, LegalBasis.LegitimateInterests,
            LegitimateInterest = "Improving the service", Retention = "2y")]
        [assembly: ProcessingActivity(Purpose.ContactForm, LegalBasis.LegitimateInterests,
            LegitimateInterest = "Answering questions", Retention = "3y after last-contact")]
        [assembly: InternationalTransfer("Hosting provider", "US", TransferSafeguard.StandardContractualClauses)]
        """;
}
