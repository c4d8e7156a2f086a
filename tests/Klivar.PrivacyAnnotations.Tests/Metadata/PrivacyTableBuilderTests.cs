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

    private static PrivacyTypeMetadata<Person> Table() =>
        new PrivacyTableBuilder<Person>("Tests.Person", o => new Person { Id = o.Id })
            .Plain("Id", o => o.Id)
            .Personal("Email", o => o.Email, (o, v) => o.Email = v, DataCategory.Contact, "marketing", "1y")
            .Use(DataCategory.Contact, "billing", "during contract", RedactionKind.Hash)
            .Personal("BirthDate", o => o.BirthDate, (o, v) => o.BirthDate = v, DataCategory.Identification, "billing", null, RedactionKind.Default, true)
            .Build();

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
