using System.Reflection;
using System.Text;
using Xunit;

namespace Klivar.PrivacyAnnotations.Tool.Tests.Rendering;

/// <summary>
/// The register's one schema (<see cref="RegisterSchema"/>) describes every field of the model, and every file and
/// command follows it: a field added to the model without its line in the schema, or a Markdown or CSV place for a
/// field the schema does not know, fails here.
/// </summary>
public class RegisterSchemaTests
{
    public static TheoryData<string> Shapes() => new() { "register", "policy", "controller", "activity", "retention", "processor", "transfer", "dpia", "field" };

    private static (Type Model, RegisterShape Shape) ShapeOf(string name) => name switch
    {
        "register" => (typeof(ProcessingRegister), RegisterSchema.Register),
        "policy" => (typeof(RegisterPolicy), RegisterSchema.Policy),
        "controller" => (typeof(RegisterController), RegisterSchema.Controller),
        "activity" => (typeof(RegisterActivity), RegisterSchema.Activity),
        "retention" => (typeof(RegisterRetention), RegisterSchema.Retention),
        "processor" => (typeof(RegisterProcessor), RegisterSchema.Processor),
        "transfer" => (typeof(RegisterTransfer), RegisterSchema.Transfer),
        "dpia" => (typeof(RegisterDpia), RegisterSchema.Dpia),
        "field" => (typeof(RegisterField), RegisterSchema.Field),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_property_of_the_model_has_its_line_in_the_schema(string name)
    {
        var (model, shape) = ShapeOf(name);
        var keys = shape.Properties.Select(p => p.Key).ToHashSet(StringComparer.Ordinal);
        var missing = model.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => p.Name == "IsStatic" ? "static" : char.ToLowerInvariant(p.Name[0]) + p.Name.Substring(1))
            .Where(key => !keys.Contains(key))
            .ToList();
        Assert.True(missing.Count == 0, name + ": not in RegisterSchema: " + string.Join(", ", missing));
        Assert.Equal(model.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length, shape.Properties.Count);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Each_field_reads_back_what_it_writes(string name)
    {
        var (_, shape) = ShapeOf(name);
        var value = shape.Create();
        foreach (var property in shape.Properties)
        {
            object? sample = property.Kind switch
            {
                RegisterValueKind.Text => "text of " + property.Key,
                RegisterValueKind.Flag => true,
                RegisterValueKind.Texts => new[] { "one " + property.Key, "two " + property.Key },
                RegisterValueKind.Object => property.Shape!.Create(),
                _ => new List<object> { property.Shape!.Create() },
            };
            property.SetValue(value, sample);
            if (property.Kind is RegisterValueKind.Objects) Assert.Single(property.GetObjects(value));
            else Assert.Equal(sample, property.GetValue(value));
        }
        var copy = shape.Copy(value);
        foreach (var property in shape.Properties) Assert.Equal(property.GetValue(value) is null, property.GetValue(copy) is null);
    }

    [Fact]
    public void The_markdown_items_and_the_csv_columns_name_fields_the_schema_knows_and_show_every_labelled_one()
    {
        foreach (var key in RegisterSchema.ActivityItems.Concat(RegisterSchema.CsvColumns).Where(k => k[0] != '['))
            Assert.True(RegisterSchema.Activity.TryGet(key, out _), "unknown field '" + key + "'");
        foreach (var key in RegisterSchema.ControllerRows) Assert.NotNull(RegisterSchema.Controller[key].Label);

        var labelled = RegisterSchema.Activity.Properties.Where(p => p.Label is not null).Select(p => p.Key);
        Assert.Empty(labelled.Except(RegisterSchema.ActivityItems));
        var columns = RegisterSchema.Activity.Properties.Where(p => p.Column is not null).Select(p => p.Key);
        Assert.Empty(columns.Except(RegisterSchema.CsvColumns));
        Assert.Empty(RegisterSchema.Controller.Properties.Where(p => p.Label is not null).Select(p => p.Key).Except(RegisterSchema.ControllerRows));
    }

    [Fact]
    public void Every_change_kind_the_schema_names_is_one_a_policy_can_review()
    {
        var all = new RegisterShape[] { RegisterSchema.Register, RegisterSchema.Controller, RegisterSchema.Activity, RegisterSchema.Processor, RegisterSchema.Transfer, RegisterSchema.Field }
            .SelectMany(s => s.Properties)
            .SelectMany(p => new[] { p.Changed, p.Added, p.Removed });
        Assert.Empty(all.Except(RegisterChangeKinds.All));
    }

    [Fact]
    public void Every_label_is_written_in_each_language()
    {
        var labels = new RegisterShape[] { RegisterSchema.Register, RegisterSchema.Controller, RegisterSchema.Activity, RegisterSchema.Processor, RegisterSchema.Transfer, RegisterSchema.Field }
            .SelectMany(s => s.Properties)
            .SelectMany(p => new[] { p.Label, p.Column, p.Change })
            .OfType<RegisterLabel>()
            .ToList();
        Assert.NotEmpty(labels);
        Assert.All(labels, l => Assert.False(string.IsNullOrWhiteSpace(l.English) || string.IsNullOrWhiteSpace(l.French)));
        // The French labels are French, not copies of the English ones (identical words such as "Type" aside).
        Assert.True(labels.Count(l => l.English == l.French) < 3, string.Join(", ", labels.Where(l => l.English == l.French).Select(l => l.English)));
    }

    [Theory]
    [InlineData("Baseline/Klivar.Platform.privacy-register.json")]
    public void A_register_file_reads_and_writes_back_byte_for_byte(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, file), Encoding.UTF8);
        Assert.Equal(text, RegisterJson.Write(RegisterJson.Read(text)));
    }

    [Fact]
    public void The_golden_register_reads_and_writes_back_byte_for_byte_and_renders_as_its_golden_files()
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "Klivar.PrivacyAnnotations.Roslyn.Tests", "Golden");
        var json = File.ReadAllText(Path.Combine(folder, "TestAssembly.privacy-register.json"));
        var register = RegisterJson.Read(json);
        Assert.Equal(json, RegisterJson.Write(register));
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "TestAssembly.privacy-register.md")), RegisterMarkdown.Write(register));
        // The golden files are compared as the golden tests compare them: line ends aside.
        Assert.Equal(File.ReadAllText(Path.Combine(folder, "TestAssembly.privacy-register.csv")).Replace("\r\n", "\n"), RegisterCsv.Write(register).TrimStart('\uFEFF').Replace("\r\n", "\n"));
    }

    [Fact]
    public void A_required_field_missing_from_the_file_is_named()
    {
        var json = RegisterJson.Write(RegisterJsonTests.Sample()).Replace("\"safeguard\": \"StandardContractualClauses\",", "");
        var error = Assert.Throws<FormatException>(() => RegisterJson.Read(json));
        Assert.Contains("'safeguard'", error.Message);
    }

    [Fact]
    public void A_merge_joins_every_list_the_schema_says_to_join()
    {
        var a = RegisterJsonTests.Sample();
        var b = RegisterJson.Read(RegisterJson.Write(a).Replace("\"Support team\"", "\"Sales team\"").Replace("\"Acme.App\"", "\"Acme.Other\""));
        var merged = RegisterMerger.Merge(new[] { a, b }).Register.Activities.Single(x => x.Id == "platform-management");
        Assert.Equal(new[] { "Support team", "Sales team" }, merged.Recipients);
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Klivar.PrivacyAnnotations.sln"))) directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("Repository root not found.");
    }
}
