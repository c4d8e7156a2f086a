using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Metadata;

/// <summary>The runtime side of the privacy table, as the generated code builds it.</summary>
public class PrivacyTableBuilderTests
{
    private sealed class Person
    {
        public int Id { get; set; }
        public string? Email { get; set; }
        public DateTime BirthDate { get; set; }
    }

    // As the generated code writes it: one accessor and one setter per type, a switch on the row index (row i is the
    // i-th row call); the setter's case -1 is the copy.
    private static PrivacyTypeMetadata<Person> Table() =>
        new PrivacyTableBuilder<Person>(GetPerson, SetPerson, true, "Tests.Person")
            .Plain<int>("Id")
            .Personal<string?>("Email", DataCategory.Contact, "marketing", "1y")
            .Use(DataCategory.Contact, "billing", "during contract", RedactionKind.Hash)
            .Personal<DateTime>("BirthDate", DataCategory.Identification, "billing", null, RedactionKind.Default, true)
            .Build();

    private static object? GetPerson(Person o, int i)
    {
        switch (i)
        {
            case 0: return o.Id;
            case 1: return o.Email;
            case 2: return o.BirthDate;
        }
        return null;
    }

    private static Person SetPerson(Person o, int i, object? v)
    {
        switch (i)
        {
            case -1: return new Person { Id = o.Id };
            case 1: o.Email = (string?)v; break;
            case 2: o.BirthDate = (DateTime)v!; break;
        }
        return o;
    }

    private struct Point
    {
        public double Latitude;
        public int Zoom { get; set; }
    }

    private sealed record Lead(string Email, int Score)
    {
        public string Name => "Lead " + Score; // computed: cannot be set
    }

    private static PrivacyTypeMetadata<Point> PointTable() =>
        new PrivacyTableBuilder<Point>(GetPoint, SetPoint, true)
            .Personal<double>("Latitude", DataCategory.Location, "delivery", "1y")
            .Plain<int>("Zoom")
            .Build();

    private static object? GetPoint(Point o, int i)
    {
        switch (i)
        {
            case 0: return o.Latitude;
            case 1: return o.Zoom;
        }
        return null;
    }

    private static Point SetPoint(Point o, int i, object? v)
    {
        switch (i)
        {
            case 0: o.Latitude = (double)v!; break;
        }
        return o;
    }

    private static PrivacyTypeMetadata<Lead> LeadTable() =>
        new PrivacyTableBuilder<Lead>(GetLead, SetLead, true)
            .PersonalInit<string>("Email", DataCategory.Contact, "marketing", "1y")
            .Plain<int>("Score")
            .PersonalReadOnly<string>("Name", DataCategory.Identification, "marketing", "1y")
            .Build();

    private static object? GetLead(Lead o, int i)
    {
        switch (i)
        {
            case 0: return o.Email;
            case 1: return o.Score;
            case 2: return o.Name;
        }
        return null;
    }

    private static Lead SetLead(Lead o, int i, object? v)
    {
        switch (i)
        {
            case -1: return o with { };
            case 0: return o with { Email = (string)v! };
        }
        return o;
    }

    [Fact]
    public void Uses_keep_the_name_order_and_the_members_their_declaration_order()
    {
        var table = Table();
        Assert.Equal(new[] { "Id", "Email", "BirthDate" }, table.MemberTable.Select(m => m.Name));
        Assert.Equal(new[] { "BirthDate", "Email" }, table.Members);
        Assert.Equal(new[] { ("BirthDate", "billing"), ("Email", "marketing"), ("Email", "billing") }, table.Uses.Select(u => (u.Member, u.PurposeId)));
        Assert.True(table.Uses.Single(u => u.Member == "BirthDate").Encrypted);
    }

    [Fact]
    public void A_member_is_redacted_with_the_strongest_redaction_of_its_uses()
    {
        var email = Table().FindMember("Email")!;
        Assert.Equal(RedactionKind.Hash, email.Redaction); // mask (Contact's default) loses to the explicit hash
        Assert.All(email.Uses, u => Assert.Equal(RedactionKind.Hash, u.Redaction));
        Assert.Equal(typeof(DateTime), Table().FindMember("BirthDate")!.ValueType);
    }

    [Fact]
    public void The_text_and_the_copy_leave_no_personal_value()
    {
        var table = Table();
        var person = new Person { Id = 4, Email = "jane@example.org", BirthDate = new DateTime(1990, 5, 1) };
        Assert.Equal("Person { Id = 4, Email = [redacted], BirthDate = 0*** }", table.ToRedactedString(person)); // masked as its category asks
        Assert.Equal("null", table.ToRedactedString((Person)null!));

        var copy = table.Redacted(person);
        Assert.NotSame(person, copy);
        Assert.Equal(4, copy.Id);
        Assert.Equal("[redacted]", copy.Email); // hashed, and no hash key is set: erased
        Assert.Equal(default, copy.BirthDate);
        Assert.Equal("jane@example.org", person.Email);
    }

    [Fact]
    public void A_table_is_found_by_type_once_built_and_metadata_made_by_hand_has_no_accessors()
    {
        var table = Table();
        Assert.NotNull(PrivacyTypes.Find<Person>());
        Assert.IsType<PrivacyTypeMetadata<Person>>(PrivacyTypes.Find(new Person()));
        var byHand = new PrivacyTypeMetadata("Tests.Other", new PersonalDataUse("Email", DataCategory.Contact, "marketing", "1y", RedactionKind.Mask));
        Assert.Empty(byHand.MemberTable);
        Assert.Throws<NotSupportedException>(() => byHand.ToRedactedString(new object()));
        Assert.False(byHand.CanRedactCopy);
        Assert.True(table.CanRedactCopy);
    }

    [Fact]
    public void A_struct_member_is_set_on_the_copy_the_setter_returns()
    {
        var latitude = (PrivacyMember<Point, double>)PointTable().FindMember("Latitude")!;
        Assert.True(latitude.CanSet);
        Assert.True(latitude.SetReturnsCopy);
        var point = new Point { Latitude = 1.5, Zoom = 3 };
        var moved = latitude.Set(point, 48.85);
        Assert.Equal(48.85, moved.Latitude);
        Assert.Equal(1.5, point.Latitude);
        Assert.Equal(3, moved.Zoom);
        // The object form: null sets the value type's default, never a null unboxed.
        Assert.Equal(0.0, ((Point)latitude.SetValue((object)point, null)).Latitude);
        Assert.Equal(default, PointTable().Redacted(point).Latitude);
    }

    [Fact]
    public void An_init_only_record_member_is_set_through_with_and_a_read_only_member_cannot_be_set()
    {
        var table = LeadTable();
        var email = (PrivacyMember<Lead, string>)table.FindMember("Email")!;
        Assert.True(email.CanSet && email.SetReturnsCopy);
        var lead = new Lead("lead@example.org", 3);
        var changed = email.Set(lead, "other@example.org");
        Assert.NotSame(lead, changed);
        Assert.Equal("other@example.org", changed.Email);
        Assert.Equal("lead@example.org", email.Get(lead));
        Assert.Equal(3, changed.Score);

        var name = table.FindMember("Name")!;
        Assert.True(name.IsPersonal);
        Assert.False(name.CanSet);
        Assert.Throws<InvalidOperationException>(() => name.SetValue(lead, "x"));
        Assert.Equal("Lead 3", name.GetValue(lead));
        Assert.False(table.FindMember("Score")!.CanSet); // plain rows are read, never set, through the table
    }

    [Fact]
    public void Value_type_members_round_trip_through_the_shared_accessors()
    {
        var table = Table();
        var birthDate = (PrivacyMember<Person, DateTime>)table.FindMember("BirthDate")!;
        var id = (PrivacyMember<Person, int>)table.FindMember("Id")!;
        var person = new Person { Id = 9 };
        var day = new DateTime(1990, 5, 1);
        Assert.Same(person, birthDate.Set(person, day));
        Assert.Equal(day, birthDate.Get(person));
        Assert.Equal(day, birthDate.GetValue((object)person));
        Assert.Equal(9, id.Get(person));
        Assert.Equal(typeof(int), id.ValueType);
        birthDate.SetValue(person, null); // the default, not a null unboxed
        Assert.Equal(default, person.BirthDate);
        Assert.Equal(2, birthDate.Accept(new IndexOfVisitor(table)));
    }

    // A typed visit, as the EF Core package reads a row: the row's value type without reflection.
    private sealed class IndexOfVisitor(PrivacyTypeMetadata<Person> table) : IPrivacyMemberVisitor<Person, int>
    {
        public int Visit<TValue>(PrivacyMember<Person, TValue> member) =>
            typeof(TValue) == typeof(DateTime) ? table.MemberTable.ToList().IndexOf(member) : -1;
    }

    [Fact]
    public void A_packed_register_unpacks_to_the_same_text()
    {
        var json = "{\n  \"assembly\": \"Café ☕\",\n  \"activities\": []\n}" + new string('x', 5000);
        var packed = RegisterPacking.Pack(json);
        Assert.Equal(json, RegisterPacking.Unpack(packed));
        Assert.True(packed.Length < json.Length / 5);
        Assert.Equal(packed, RegisterPacking.Pack(json));
        Assert.Throws<FormatException>(() => RegisterPacking.Unpack("not base64!"));
    }
}
