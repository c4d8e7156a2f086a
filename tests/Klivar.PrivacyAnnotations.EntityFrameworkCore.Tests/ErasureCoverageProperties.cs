using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests.Domain;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Klivar.PrivacyAnnotations.EntityFrameworkCore.Tests;

/// <summary>
/// Over generated people (any number, any values, contracts running or ended at any date, requests on any day): for the
/// person an erasure names, every personal value raw SQL finds in the file afterwards is one the export listed and the
/// erasure reported kept; everyone else's values are all still there.
/// </summary>
public sealed class ErasureCoverageProperties
{
    private static readonly Gen<DomainModelTests.Person> People =
        from id in Gen.Choose(1, 1_000_000)
        from ended in Gen.Frequency((1, Gen.Constant((DateTime?)null)), (2, Gen.Choose(0, 8000).Select(d => (DateTime?)new DateTime(2004, 1, 1).AddDays(d))))
        from words in Gen.Elements("alpha", "beta", "gamma", "delta", "é-ç ü", "O'Brien", "x").ArrayOf(10)
        select new DomainModelTests.Person("auth|" + id, "Name " + words[0] + " " + id, "m" + id + "@example.org", words[1] + " street " + id, "City", "0" + id,
            words[2] + " old " + id, "HOLDER " + id, (id % 10000).ToString("D4") + "#" + id, "N-" + id, words[3] + " ship " + id, "Subject " + words[4] + id,
            "Body " + words[5] + " " + id, ended);

    [Property(MaxTest = 12)]
    public Property Exported_erased_or_held_covers_every_value_of_the_person_on_SQLite() => Covers(TestDatabase.Sqlite);

    [Property(MaxTest = 6)]
    public Property Exported_erased_or_held_covers_every_value_of_the_person_on_PostgreSQL() =>
        TestDatabase.PostgresServer is null ? true.Label("no PostgreSQL server (KLIVAR_POSTGRES): checked on SQLite only") : Covers(TestDatabase.Postgres);

    private static Property Covers(string provider) =>
        Prop.ForAll(People.ArrayOf().Where(a => a.Length >= 2 && a.Length <= 5 && a.Select(p => p.Identity).Distinct().Count() == a.Length).ToArbitrary(),
            Gen.Choose(0, 9000).ToArbitrary(), (people, requestDay) => Check(provider, people, new DateTime(2004, 1, 1).AddDays(requestDay)));

    private static bool Check(string provider, DomainModelTests.Person[] people, DateTime asOf)
    {
        using var fixture = DomainModelTests.Seeded(provider, people);
        var subject = people[0];
        HashSet<string> exported;
        SubjectErasureReport report;
        using (var db = DomainModelTests.Open(fixture)) exported = DomainModelTests.StringsOf(db.ExportSubjectAsync(subject.Identity).GetAwaiter().GetResult().ToJson());
        using (var db = DomainModelTests.Open(fixture)) report = db.EraseSubjectAsync(subject.Identity, asOf).GetAwaiter().GetResult();
        var after = fixture.RawValues();
        var kept = report.Outcomes.SelectMany(o => o.Kept).Select(k => k.Member).ToHashSet();
        foreach (var (column, value) in DomainModelTests.Columns(subject))
        {
            if (!exported.Contains(value)) return false;
            if (after.Contains(value) && !kept.Contains(column)) return false;
        }
        return people.Skip(1).All(other => DomainModelTests.PersonalValues(other).All(after.Contains)) && DomainModelTests.Orphans(fixture).Count == 0;
    }
}
