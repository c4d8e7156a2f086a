using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit;
using Xunit.Abstractions;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.UndeclaredPersonalData;

/// <summary>
/// Measures KPA0001 + KPA0012 together on members of real applications (RealCode/, see its README): the labelled lists
/// become C# source, the analyzer runs once, and every PII or NOT member counts (AMBIGUOUS ones are left out).
/// </summary>
public class RealCodeCorpusTests(ITestOutputHelper output)
{
    // Set KLIVAR_HOLDOUT_DETAILS=1 to list a held-out part's misses (it is then no longer untouched).
    private static bool HoldoutDetails => Environment.GetEnvironmentVariable("KLIVAR_HOLDOUT_DETAILS") == "1";

    private static readonly string Directory = Path.Combine(AppContext.BaseDirectory, "Analyzers", "UndeclaredPersonalData", "RealCode");

    [Fact]
    public async Task Tuning_part_precision_and_recall()
    {
        // As the rules now stand: 0.993/0.929.
        await AssertPartAsync("Tuning", members: 900, precision: 0.99, recall: 0.92, printMisses: true);
    }

    /// <summary>
    /// The untouched part: two whole repositories never looked at while tuning. Only the figures are printed; set
    /// KLIVAR_HOLDOUT_DETAILS=1 to list its misses (then it is no longer untouched: add a new repository).
    /// </summary>
    [Fact]
    public async Task Untouched_part_precision_and_recall()
    {
        await AssertPartAsync("Holdout", members: 400, precision: 0.95, recall: 0.80, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The second untouched part: three whole applications labelled before the rules first ran on them (RealCode/README.md),
    /// measured once, per application; the floors below are those figures. Its misses have since been read (see the
    /// README); KLIVAR_HOLDOUT_DETAILS=1 lists them.
    /// </summary>
    [Fact]
    public async Task Second_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses: precision 0.730 (89 of 122), recall 0.674 (89 of 132). Its misses
        // were read afterwards (0.807 and 0.856 then): the floors keep what was measured untouched.
        await AssertPartAsync("Untouched", members: 600, precision: 0.72, recall: 0.67, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The third untouched part: three whole applications (a clinic, a dating site, a school with a consultancy CRM)
    /// labelled before the rules first ran on them (RealCode/README.md). Only the figures are printed; set
    /// KLIVAR_HOLDOUT_DETAILS=1 to list its misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Third_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses: precision 0.949 (299 of 315), recall 0.791 (299 of 378); per
        // application 0.988/0.818 (clinic-api), 0.921/0.782 (SchoolManagement), 0.957/0.781 (TwolipsDating). After the
        // rules learned from the tuning part's new applications (its misses unread): 0.953/0.799.
        await AssertPartAsync("ThirdUntouched", members: 1500, precision: 0.94, recall: 0.79, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The fourth untouched part: two applications (a hotel reception system, a CRM) labelled after the rules learned
    /// from the tuning part's newest applications and before the rules ran on them (RealCode/README.md).
    /// KLIVAR_HOLDOUT_DETAILS=1 lists its misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Fourth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses: precision 0.980 (98 of 100), recall 0.916 (98 of 107); per
        // application 1.000/0.917 (Roomed), 0.941/0.914 (tinycrm).
        await AssertPartAsync("FourthUntouched", members: 280, precision: 0.98, recall: 0.91, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The fifth untouched part: four applications from domains the other parts lack (a gym, a recruitment site, an
    /// electric-car rental, a church membership register), labelled by hand before the rules ever ran on them
    /// (RealCode/README.md). Only the figures are printed, per application; set KLIVAR_HOLDOUT_DETAILS=1 to list its
    /// misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Fifth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses: precision 0.872 (273 of 313), recall 0.676 (273 of 404); per
        // application 0.939/0.842 (ChurchRegister), 0.480/0.429 (FithubConnectApi), 0.939/0.694 (PublicCarRental),
        // 0.980/0.538 (RecruitWeb). Its misses were then read: it is tuning material from here on. After the rules learned
        // from them (keys written Id first, roles kept beside their user, rows of a person's record, organisations that
        // name themselves): 0.942/0.839; after the sixth part's round (keys named after the role a person type's name ends
        // with, among others): 0.945/0.856; after the seventh part's (rows linked only by their bookkeeping actor): 0.951/0.859.
        await AssertPartAsync("FifthUntouched", members: 1400, precision: 0.95, recall: 0.85, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The sixth untouched part: four applications from domains the other parts lack (a bank, a public library, a payroll
    /// and time-attendance system, a property-rental manager), labelled by hand before the rules ever ran on them
    /// (RealCode/README.md). Only the figures are printed, per application; set KLIVAR_HOLDOUT_DETAILS=1 to list its
    /// misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Sixth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses, with the rules as they stood after learning from the fifth
        // part: precision 0.937 (281 of 300), recall 0.915 (281 of 307); per application 0.857/1.000
        // (BankingSystemAPI), 0.975/0.957 (LibraryManagementSystem), 0.903/0.800 (Payroll), 1.000/0.773 (PropertyRental).
        // Its misses were then read: it is tuning material from here on. After the rules learned from them (a base of the
        // compilation judged whole, a bank account holding its holder's key, a DTO's child rows, join rows that keep an
        // order, a reply's message, a machine's own IP address and a time clock's, a refresh token's id and successor, a
        // person's number under an agency's initials, a kiosk's address): 0.986/0.935.
        await AssertPartAsync("SixthUntouched", members: 1100, precision: 0.98, recall: 0.93, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The seventh untouched part: seven applications from domains the other parts lack (e-learning, an insurance agency,
    /// a pharmacy, restaurant ordering, an IT community forum, food delivery, blood donation), labelled by hand before the
    /// rules ever ran on them (RealCode/README.md). Only the figures are printed, per application; set
    /// KLIVAR_HOLDOUT_DETAILS=1 to list its misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Seventh_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses, with the rules as they stood after learning from the sixth part:
        // precision 0.944 (439 of 465), recall 0.765 (439 of 574); per application 0.919/0.559 (BloodDonationWebApp),
        // 1.000/0.580 (ELearning), 1.000/1.000 (FoodDeliveryWebApp), 0.904/0.872 (InsuranceAgencyManagementSystem),
        // 0.849/0.738 (IT-Community), 1.000/0.934 (ResturantAPI), 0.917/0.982 (SmartPharmacySystem).
        // Its misses were then read: it is tuning material from here on. After the rules learned from it (national
        // identity numbers under their countries' names, a learner's results, a forum's posts, a vacancy's salary, an
        // organisation's contact point, rows linked only by their bookkeeping actor, the date a person last did
        // something, teaching roles as persons, a policy number wherever it is kept): 0.975/0.866.
        await AssertPartAsync("SeventhUntouched", members: 1800, precision: 0.97, recall: 0.85, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The eighth untouched part: eight applications from domains the other parts lack (tour booking, a freelance
    /// marketplace, private tutoring, a sports club, legal case management, a dental clinic, a car-repair garage, car
    /// parks), labelled by hand before the rules ever ran on them (RealCode/README.md). Only the figures are printed, per
    /// application; set KLIVAR_HOLDOUT_DETAILS=1 to list its misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Eighth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses, with the rules as they stood after learning from the seventh part:
        // precision 0.880 (464 of 527), recall 0.751 (464 of 618); per application 1.000/0.595 (CaseRevisionManagementSystem),
        // 0.657/0.793 (ClubManagement), 0.958/0.687 (DentalClinic.API), 0.983/0.831 (Freelancing_Website), 0.632/0.750
        // (GarageService), 0.596/0.861 (ParkingHereApi), 0.995/0.807 (Tour-booking-backend), 1.000/0.553 (tuteee).
        await AssertPartAsync("EighthUntouched", members: 1400, precision: 0.98, recall: 0.86, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The ninth untouched part: eight applications from domains the other parts lack (cinema tickets, an elderly-care
    /// home, animal adoption, a driving school, charity fundraising, a kindergarten, a messaging app, conference
    /// registration), labelled by hand before the rules ever ran on them (RealCode/README.md). Only the figures are
    /// printed, per application; set KLIVAR_HOLDOUT_DETAILS=1 to list its misses (then it is no longer untouched: add a
    /// new application).
    /// </summary>
    [Fact]
    public async Task Ninth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses, with the rules as they stood after learning from the eighth part:
        // precision 0.845 (375 of 444), recall 0.910 (375 of 412); per application 0.906/0.906 (BlagoDiy), 0.938/0.992
        // (CinemaTicketBookingApplication), 1.000/0.923 (ConfMVC), 0.800/0.848 (KidKinder1), 1.000/0.845
        // (nursing-home-backend), 0.343/1.000 (PawfectHome), 0.942/0.860 (RealtimeChat), 0.913/0.875 (Retrovizor).
        await AssertPartAsync("NinthUntouched", members: 1300, precision: 0.94, recall: 0.91, printMisses: HoldoutDetails);
    }

    /// <summary>
    /// The tenth untouched part: five applications from domains the other parts lack (coworking bookings, a barber's
    /// bookings, laundry pickup and delivery, wedding invitations, a music school), labelled by hand before the rules ever
    /// ran on them (RealCode/README.md). Only the figures are printed, per application; set KLIVAR_HOLDOUT_DETAILS=1 to
    /// list its misses (then it is no longer untouched: add a new application).
    /// </summary>
    [Fact]
    public async Task Tenth_untouched_part_precision_and_recall()
    {
        // Measured once, before anyone read its misses, with the rules as they stood after learning from the ninth part:
        // precision 0.860 (239 of 278), recall 0.716 (239 of 334); per application 0.681/0.914 (barberly), 1.000/0.850
        // (bosdat-v2), 0.798/0.755 (CoworkingReservation), 0.875/0.609 (BE_DotnetLaundryService), 1.000/0.464 (wedding-rsvp).
        await AssertPartAsync("TenthUntouched", members: 1400, precision: 0.85, recall: 0.71, printMisses: HoldoutDetails);
    }

    // A part's figures against its floors. The misses (and the report that lists them) are shown only when asked for.
    private async Task AssertPartAsync(string part, int members, double precision, double recall, bool printMisses)
    {
        var score = await MeasureAsync(part, printMisses);
        var report = printMisses ? "\n" + score.Report : "";
        Assert.True(score.Members >= members, $"the {part} part has only {score.Members} members");
        Assert.True(score.Precision >= precision, $"precision {score.Precision:F3} < {precision}{report}");
        Assert.True(score.Recall >= recall, $"recall {score.Recall:F3} < {recall}{report}");
    }

    private sealed record Score(int Members, double Precision, double Recall, string Report);

    private async Task<Score> MeasureAsync(string part, bool printMisses)
    {
        var files = System.IO.Directory.GetFiles(Path.Combine(Directory, part), "*.tsv").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.NotEmpty(files);
        var corpora = files.Select(f => CorpusSource.Read(Path.GetFileNameWithoutExtension(f), File.ReadAllLines(f))).ToArray();

        var compilation = TestCompilation.CreateNamed("RealCode")
            .AddReferences(CorpusSource.IdentityStub)
            .AddSyntaxTrees(corpora.Select(c => CSharpSyntaxTree.ParseText(c.Source, TestCompilation.ParseOptions, path: c.Name + ".cs")));
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the generated corpus must compile: " + string.Join("\n", errors.Take(20)));

        var diagnostics = await compilation
            .WithAnalyzers(ImmutableArray.Create<DiagnosticAnalyzer>(new UndeclaredPersonalDataAnalyzer()))
            .GetAnalyzerDiagnosticsAsync();
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var reported = diagnostics
            .Where(d => d.Id is "KPA0001" or "KPA0012")
            .ToDictionary(d => (d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line), d => d);

        int tp = 0, fp = 0, fn = 0, tn = 0, ambiguous = 0, links = 0;
        var report = new StringBuilder();
        var perRepository = new StringBuilder();
        foreach (var corpus in corpora)
        {
            int tp0 = tp, fp0 = fp, fn0 = fn;
            foreach (var member in corpus.Members)
            {
                var hit = reported.TryGetValue((corpus.Name + ".cs", member.Line), out var diagnostic);
                if (hit && diagnostic!.Id == "KPA0012") links++;
                switch (member.Label)
                {
                    case "AMBIGUOUS": ambiguous++; break;
                    case "PII" when hit: tp++; break;
                    case "PII":
                        fn++;
                        report.AppendLine($"  false negative  {corpus.Name} {member.Type}.{member.Name} : {member.MemberType}  ({member.Reason})");
                        break;
                    default:
                        if (!hit) { tn++; break; }
                        fp++;
                        report.AppendLine($"  false positive  {corpus.Name} {member.Type}.{member.Name} : {member.MemberType}  {diagnostic!.Id} {diagnostic.GetMessage()}");
                        break;
                }
            }
            int ctp = tp - tp0, cfp = fp - fp0, cfn = fn - fn0;
            perRepository.AppendLine($"    {corpus.Name}: TP {ctp}  FP {cfp}  FN {cfn}  precision {ctp / (double)Math.Max(1, ctp + cfp):F3}  recall {ctp / (double)Math.Max(1, ctp + cfn):F3}");
        }

        var precision = tp / (double)Math.Max(1, tp + fp);
        var recall = tp / (double)Math.Max(1, tp + fn);
        var members = tp + fp + fn + tn + ambiguous;
        output.WriteLine($"KPA0001+KPA0012 real code, {part}: {members} members ({ambiguous} ambiguous, left out) from {string.Join(", ", corpora.Select(c => c.Name))}");
        output.WriteLine($"  TP {tp}  FP {fp}  FN {fn}  TN {tn}  (KPA0012 hits: {links})  precision {precision:F3}  recall {recall:F3}");
        output.WriteLine(perRepository.ToString());
        if (printMisses) output.WriteLine(report.ToString());
        return new Score(members, precision, recall, printMisses ? report.ToString() : "");
    }

    /// <summary>One repository's list turned into compilable C#: each labelled member on its own line.</summary>
    private sealed class CorpusSource
    {
        private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
        {
            "string", "int", "long", "short", "uint", "ulong", "ushort", "byte", "sbyte", "bool", "double", "float", "decimal", "char",
            "object", "DateTime", "DateTimeOffset", "DateOnly", "TimeOnly", "TimeSpan", "DayOfWeek", "Guid", "Uri", "List", "IList", "ICollection",
            "Int16", "Int32", "Int64", "Boolean", "Double", "Decimal", "String",
            "IEnumerable", "IReadOnlyList", "IReadOnlyCollection", "Dictionary", "IDictionary", "HashSet", "ISet",
        };

        public sealed record Member(string Type, string Name, string MemberType, string Label, string Reason, int Line);

        public required string Name { get; init; }

        public required string Source { get; init; }

        public required List<Member> Members { get; init; }

        /// <summary>ASP.NET Core Identity's user types as a referenced assembly, like a real application sees them.</summary>
        public static readonly MetadataReference IdentityStub = BuildIdentityStub();

        public static CorpusSource Read(string name, string[] lines)
        {
            var enums = new HashSet<string>(StringComparer.Ordinal);
            var types = new List<(string Name, string Bases, List<string[]> Members)>();
            foreach (var line in lines)
            {
                if (line.Length == 0 || line[0] == '#') continue;
                var cells = line.Split('\t');
                switch (cells[0])
                {
                    case "enum": enums.UnionWith(cells[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)); break;
                    case "type": types.Add((cells[1], cells.Length > 2 ? cells[2] : "", new List<string[]>())); break;
                    case "member":
                        Assert.True(cells.Length == 6 && cells[4] is "PII" or "NOT" or "AMBIGUOUS", $"{name}: malformed row '{line}'");
                        Assert.True(types.Count > 0 && types[^1].Name == cells[1], $"{name}: member '{line}' is not under its type");
                        types[^1].Members.Add(cells);
                        break;
                    case "source": break;
                    default: Assert.Fail($"{name}: unknown row '{line}'"); break;
                }
            }

            var declared = new HashSet<string>(types.Select(t => t.Name), StringComparer.Ordinal);
            // One stub per name and arity: ICloneable and ICloneable<T> are two types (and a stub in the corpus's namespace
            // hides System's ICloneable, whose Clone() the stubbed classes do not implement).
            var stubs = new Dictionary<(string Name, int Arity), bool>();
            void Need(string typeText, bool asInterface)
            {
                foreach (Match m in Regex.Matches(typeText, @"([A-Za-z_][\w\.]*)\s*(<)?"))
                {
                    var simple = m.Groups[1].Value.Split('.')[^1];
                    if (Known.Contains(simple) || declared.Contains(simple) || simple == "IdentityUser") continue;
                    var arity = m.Groups[2].Success ? ArityAt(typeText, m.Groups[2].Index) : 0;
                    stubs.TryGetValue((simple, arity), out var isInterface);
                    stubs[(simple, arity)] = isInterface || asInterface;
                }
            }

            var source = new StringBuilder();
            var members = new List<Member>();
            var lineNumber = 0;
            void Append(string text) { source.Append(text).Append('\n'); lineNumber++; }

            Append("#nullable disable");
            Append("using System;");
            Append("using System.Collections.Generic;");
            Append($"namespace RealCode.{char.ToUpperInvariant(name[0])}{name.Substring(1)}");
            Append("{");
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var duplicate = 0;
            foreach (var (typeName, bases, typeMembers) in types)
            {
                // A name seen before in the same repository (two nested InputModel classes) gets its own namespace.
                var nested = !seen.Add(typeName);
                if (nested) Append($"namespace D{++duplicate} {{");
                var baseList = SplitTopLevel(bases).Select((b, i) => MapBase(b, i, Need)).Where(b => b.Length > 0).ToList();
                Append($"public partial class {typeName}{(baseList.Count > 0 ? " : " + string.Join(", ", baseList) : "")}");
                Append("{");
                foreach (var cells in typeMembers)
                {
                    var memberType = cells[3].Replace("Enums.", "");
                    Need(memberType, asInterface: false);
                    members.Add(new Member(cells[1], cells[2], cells[3], cells[4], cells[5], lineNumber));
                    Append($"    public {memberType} {cells[2]} {{ get; set; }}");
                }
                Append("}");
                if (nested) Append("}");
            }
            foreach (var ((stub, arity), isInterface) in stubs.OrderBy(s => s.Key.Name, StringComparer.Ordinal).ThenBy(s => s.Key.Arity))
            {
                var parameters = arity == 0 ? "" : "<" + string.Join(", ", Enumerable.Range(1, arity).Select(i => "T" + i)) + ">";
                if (enums.Contains(stub) && arity == 0) Append($"public enum {stub} {{ None }}");
                else if (isInterface) Append($"public interface {stub}{parameters} {{ }}");
                else Append($"public class {stub}{parameters} {{ }}");
            }
            Append("}");
            return new CorpusSource { Name = name, Source = source.ToString(), Members = members };
        }

        private static string MapBase(string text, int index, Action<string, bool> need)
        {
            var simple = text.Split('<')[0].Trim();
            if (simple == "IdentityUser") return "global::Microsoft.AspNetCore.Identity." + text.Trim();
            if (simple.Length == 0) return "";
            var isInterface = index > 0 || (simple.Length > 1 && simple[0] == 'I' && char.IsUpper(simple[1]));
            need(text, isInterface);
            return text.Trim();
        }

        private static int ArityAt(string text, int openIndex)
        {
            int depth = 0, commas = 0;
            for (var i = openIndex; i < text.Length; i++)
            {
                if (text[i] == '<') depth++;
                else if (text[i] == '>' && --depth == 0) break;
                else if (text[i] == ',' && depth == 1) commas++;
            }
            return commas + 1;
        }

        private static IEnumerable<string> SplitTopLevel(string text)
        {
            int depth = 0, start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '<') depth++;
                else if (text[i] == '>') depth--;
                else if (text[i] == ',' && depth == 0) { yield return text.Substring(start, i - start).Trim(); start = i + 1; }
            }
            if (text.Trim().Length > 0) yield return text.Substring(start).Trim();
        }

        private static MetadataReference BuildIdentityStub()
        {
            const string identity = """
                namespace Microsoft.AspNetCore.Identity
                {
                    public class IdentityUser<TKey> where TKey : System.IEquatable<TKey>
                    {
                        public virtual TKey Id { get; set; }
                        public virtual string UserName { get; set; }
                        public virtual string Email { get; set; }
                        public virtual string PasswordHash { get; set; }
                        public virtual string SecurityStamp { get; set; }
                        public virtual string PhoneNumber { get; set; }
                    }
                    public class IdentityUser : IdentityUser<string> { }
                }
                """;
            var compilation = CSharpCompilation.Create(
                "Microsoft.AspNetCore.Identity.Stores",
                new[] { CSharpSyntaxTree.ParseText(identity, TestCompilation.ParseOptions) },
                TestCompilation.References,
                new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Disable));
            using var stream = new MemoryStream();
            var result = compilation.Emit(stream);
            Assert.True(result.Success, string.Join("\n", result.Diagnostics));
            return MetadataReference.CreateFromImage(stream.ToArray());
        }
    }
}
