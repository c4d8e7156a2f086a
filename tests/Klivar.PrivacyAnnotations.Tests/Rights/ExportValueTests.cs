using System;
using System.Text.Json;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tests.Rights
{
    // Every export of a person's data (objects in memory, rows of a database) types its values by one rule: what a
    // portability request (Art. 20) hands over must read back as the same kind of value.
    public sealed class ExportValueTests
    {
        [Theory]
        [InlineData(42, "42")]
        [InlineData(-7L, "-7")]
        [InlineData(true, "true")]
        [InlineData(null, "null")]
        [InlineData("Zoé \"Z\"\n", "\"Zoé \\\"Z\\\"\\n\"")]
        [InlineData(0.1, "0.1")]
        [InlineData(double.NaN, "\"NaN\"")]
        [InlineData(DataCategory.Contact, "\"Contact\"")]
        public void Values_are_typed_JSON(object? value, string expected)
        {
            Assert.Equal(expected, ExportedMember.ValueToJson(value));
        }

        [Fact]
        public void Dates_are_ISO_8601_and_a_day_has_no_time()
        {
            Assert.Equal("\"2024-03-01\"", ExportedMember.ValueToJson(new DateTime(2024, 3, 1)));
            Assert.Equal("\"2024-03-01T08:30:00\"", ExportedMember.ValueToJson(new DateTime(2024, 3, 1, 8, 30, 0)));
            Assert.Equal("\"2024-03-01\"", ExportedMember.ValueToJson(new DateOnly(2024, 3, 1)));
            Assert.Equal("\"2024-03-01T08:30:00.0000000+01:00\"",
                ExportedMember.ValueToJson(new DateTimeOffset(2024, 3, 1, 8, 30, 0, TimeSpan.FromHours(1))));
        }

        [Fact]
        public void Every_value_is_one_valid_JSON_value()
        {
            object?[] values = { 12.5m, ulong.MaxValue, float.PositiveInfinity, new byte[] { 1, 2, 3 }, Guid.Empty, "<b>&</b>", "\u0001" };
            foreach (var value in values)
            {
                using var document = JsonDocument.Parse(ExportedMember.ValueToJson(value));
                Assert.NotEqual(JsonValueKind.Undefined, document.RootElement.ValueKind);
            }
            Assert.Equal("AQID", JsonDocument.Parse(ExportedMember.ValueToJson(new byte[] { 1, 2, 3 })).RootElement.GetString());
            Assert.Equal("<b>&</b>", JsonDocument.Parse(ExportedMember.ValueToJson("<b>&</b>")).RootElement.GetString());
        }
    }
}
