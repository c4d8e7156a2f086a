using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Generator;

/// <summary>The generated helpers compile without a warning, and work, for every shape of type a team writes.</summary>
public class GeneratedCodeShapesTests
{
    private const string Usings = "using Klivar.PrivacyAnnotations;\n";

    private static readonly string[] Shapes =
    {
        Usings + """
        namespace Shop
        {
            public partial class Customer
            {
                public int Id { get; set; }
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement, Retention = "during contract + 5y archive")]
                public string Email { get; set; } = "";
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string? FullName { get; set; }
                [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "1y")]
                [PersonalData(DataCategory.Technical, Purpose.PlatformManagement, Redaction = RedactionKind.Erase)]
                public string? LastIp { get; set; }
                public string Notes { get; set; } = "";
                [NotPersonalData("a plan code")]
                public string Plan { get; set; } = "";
            }

            public record Prospect([PersonalData(DataCategory.Contact, Purpose.CommercialProspecting)] string Email, int Score);

            public partial record struct Visit([PersonalData(DataCategory.Technical, Purpose.Logging)] string IpAddress, System.DateTime At);

            public struct Point
            {
                [PersonalData(DataCategory.Location, Purpose.ServiceImprovement)]
                public double Latitude;
                public int Zoom;
            }

            public partial class Outer
            {
                public partial class Inner
                {
                    [PersonalData(DataCategory.Contact, Purpose.ContactForm)]
                    public string Phone { get; set; } = "";
                }
            }

            public class Holder
            {
                public class Card
                {
                    [PersonalData(DataCategory.Financial, Purpose.Billing)]
                    public string Number { get; set; } = "";
                }
            }

            public partial class Envelope<T> where T : class
            {
                [PersonalData(DataCategory.Contact, Purpose.ContactForm)]
                public string Sender { get; set; } = "";
                public T? Body { get; set; }
            }

            public class Box<T> where T : struct
            {
                [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
                public T Value { get; set; }
            }

            [PersonalData(DataCategory.Contact, Purpose.ContactForm, Retention = "1y")]
            public class ContactRequest
            {
                public string Name { get; set; } = "";
                public string Message { get; set; } = "";
                [NotPersonalData("a ticket number")]
                public int Ticket { get; set; }
            }

            public class Profile
            {
                [PersonalData(DataCategory.Account, Purpose.PlatformManagement)]
                public string Nick { get; init; } = "";
                public required int Age { get; init; }
            }

            public partial class Weird
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string @class { get; set; } = "";
            }

            public class Frozen
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; } = "";
            }

            internal class Hidden
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }

            public partial class Person
            {
                [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                public string Name { get; set; } = "";
            }

            public partial class Employee : Person
            {
                [PersonalData(DataCategory.Financial, Purpose.Billing)]
                public string Iban { get; set; } = "";
            }

            public static partial class Mailer
            {
                public static void Send([PersonalData(DataCategory.Contact, Purpose.ContactForm)] string to) { }
            }

            public abstract partial class Party
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }

            file class Local
            {
                [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                public string Email { get; set; } = "";
            }
        }
        """,
        // A type split across files.
        Usings + """
        namespace Shop
        {
            public partial class Account
            {
                [PersonalData(DataCategory.Account, Purpose.PlatformManagement)]
                public string Login { get; set; } = "";
            }
        }
        """,
        Usings + """
        namespace Shop
        {
            public partial class Account
            {
                [PersonalData(DataCategory.Credentials, Purpose.PlatformManagement)]
                public string Password { get; set; } = "";
                public int Id { get; set; }
            }
        }
        """,
        // The global namespace.
        Usings + """
        public class Visitor
        {
            [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
            public string? Cookie { get; set; }
        }
        """,
    };

    private static GeneratorRun RunShapes() => GeneratorRun.Run(Shapes);

    [Fact]
    public void Every_shape_compiles_without_a_warning()
    {
        var run = RunShapes();
        run.AssertCompilesCleanly();
        Assert.Contains("Klivar.PrivacyAnnotations.PrivacyRegister.g.cs", run.Sources.Keys);
    }

    [Theory]
    [InlineData("Shop.Customer.Privacy.g.cs", "partial class Customer")]
    [InlineData("Shop.Prospect.Privacy.g.cs", "public static class ProspectPrivacyExtensions")]
    [InlineData("Shop.Visit.Privacy.g.cs", "partial record struct Visit")]
    [InlineData("Shop.Point.Privacy.g.cs", "public static class PointPrivacyExtensions")]
    [InlineData("Shop.Outer.Inner.Privacy.g.cs", "partial class Inner")]
    [InlineData("Shop.Holder.Card.Privacy.g.cs", "public static class Holder_CardPrivacyExtensions")]
    [InlineData("Shop.Envelope{T}.Privacy.g.cs", "partial class Envelope<T>")]
    [InlineData("Shop.Box{T}.Privacy.g.cs", "public static string ToRedactedString<T>(this global::Shop.Box<T> value) where T : struct")]
    [InlineData("Shop.Account.Privacy.g.cs", "partial class Account")]
    [InlineData("Visitor.Privacy.g.cs", "public static class VisitorPrivacyExtensions")]
    [InlineData("Shop.Hidden.Privacy.g.cs", "internal static class HiddenPrivacyExtensions")]
    [InlineData("Shop.Employee.Privacy.g.cs", "public new string ToRedactedString()")]
    [InlineData("Shop.Frozen.Privacy.g.cs", "// Redacted() is not generated: personal member 'Email' cannot be set")]
    [InlineData("Shop.Mailer.Privacy.g.cs", "no helpers generated (no personal property or field)")]
    [InlineData("Shop.Local.Privacy.g.cs", "no helpers generated (a file-local type cannot be extended from another file)")]
    public void Each_shape_gets_its_helpers_where_it_can_hold_them(string hintName, string expected)
    {
        Assert.Contains(expected, GeneratorRun.Run(Shapes).Source(hintName));
    }

    [Fact]
    public void Partial_types_redact_in_text_and_in_copies()
    {
        var assembly = RunShapes().Load();
        var customer = Create(assembly, "Shop.Customer", ("Id", 42), ("Email", "jane.doe@example.com"), ("FullName", "Jane Doe"),
            ("LastIp", "203.0.113.7"), ("Notes", "called twice"), ("Plan", "pro"));

        var text = (string)Invoke(customer, "ToRedactedString");
        // Members in declaration order, as a record prints itself .
        Assert.Equal("Customer { Id = 42, Email = j***@***.com, FullName = J***, LastIp = [redacted], Plan = pro }", text);

        var copy = Invoke(customer, "Redacted");
        Assert.NotSame(customer, copy);
        Assert.Equal("j***@***.com", Get(copy, "Email"));
        Assert.Equal("J***", Get(copy, "FullName"));
        Assert.Equal("[redacted]", Get(copy, "LastIp"));
        Assert.Equal(42, Get(copy, "Id"));
        Assert.Equal("called twice", Get(copy, "Notes"));
        Assert.Equal("jane.doe@example.com", Get(customer, "Email"));
    }

    [Theory]
    [InlineData("Shop.Prospect", "ProspectPrivacyExtensions")]
    [InlineData("Shop.Profile", "ProfilePrivacyExtensions")]
    [InlineData("Shop.ContactRequest", "ContactRequestPrivacyExtensions")]
    public void Other_types_get_extension_methods_that_leave_no_raw_value(string typeName, string extensionClass)
    {
        var assembly = RunShapes().Load();
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var value = typeName switch
        {
            "Shop.Prospect" => Activator.CreateInstance(type, "secret.person@example.org", 7)!,
            "Shop.Profile" => Create(assembly, typeName, ("Nick", "secret.person@example.org"), ("Age", 7)),
            _ => Create(assembly, typeName, ("Name", "secret.person@example.org"), ("Message", "secret.person@example.org"), ("Ticket", 7)),
        };
        var extensions = assembly.GetType("Shop." + extensionClass, throwOnError: true)!;

        var text = (string)extensions.GetMethod("ToRedactedString")!.Invoke(null, new[] { value })!;
        Assert.DoesNotContain("secret.person", text);
        Assert.Contains("7", text);

        var copy = extensions.GetMethod("Redacted")!.Invoke(null, new[] { value })!;
        foreach (var property in type.GetProperties())
        {
            Assert.NotEqual("secret.person@example.org", property.GetValue(copy));
        }
        Assert.Contains(type.GetProperties(), p => Equals(p.GetValue(copy), 7));
    }

    [Fact]
    public void Structs_nested_and_generic_types_redact()
    {
        var assembly = RunShapes().Load();

        var point = Create(assembly, "Shop.Point", ("Latitude", 48.85), ("Zoom", 3));
        var pointExtensions = assembly.GetType("Shop.PointPrivacyExtensions", true)!;
        Assert.Equal("Point { Latitude = [redacted], Zoom = 3 }", pointExtensions.GetMethod("ToRedactedString")!.Invoke(null, new[] { point }));
        var pointCopy = pointExtensions.GetMethod("Redacted")!.Invoke(null, new[] { point })!;
        Assert.Equal(0.0, Get(pointCopy, "Latitude"));
        Assert.Equal(3, Get(pointCopy, "Zoom"));

        var visitType = assembly.GetType("Shop.Visit", true)!;
        var visit = Activator.CreateInstance(visitType, "198.51.100.4", new DateTime(2024, 1, 2))!;
        Assert.DoesNotContain("198.51", (string)Invoke(visit, "ToRedactedString"));
        Assert.Equal("[redacted]", Get(Invoke(visit, "Redacted"), "IpAddress"));

        var inner = Create(assembly, "Shop.Outer+Inner", ("Phone", "+33 6 12 34 56 78"));
        Assert.Equal("Inner { Phone = +*** }", (string)Invoke(inner, "ToRedactedString"));

        var envelope = assembly.GetType("Shop.Envelope`1", true)!.MakeGenericType(typeof(string));
        var letter = Activator.CreateInstance(envelope)!;
        envelope.GetProperty("Sender")!.SetValue(letter, "john@example.net");
        envelope.GetProperty("Body")!.SetValue(letter, "hello");
        Assert.Equal("j***@***.net", Get(Invoke(letter, "Redacted"), "Sender"));
        Assert.Equal("hello", Get(Invoke(letter, "Redacted"), "Body"));

        var box = assembly.GetType("Shop.Box`1", true)!.MakeGenericType(typeof(int));
        var boxed = Activator.CreateInstance(box)!;
        box.GetProperty("Value")!.SetValue(boxed, 123456);
        var boxExtensions = assembly.GetType("Shop.Box_1PrivacyExtensions", true)!;
        var render = boxExtensions.GetMethod("ToRedactedString")!.MakeGenericMethod(typeof(int));
        Assert.DoesNotContain("123456", (string)render.Invoke(null, new[] { boxed })!);
    }

    [Fact]
    public void A_type_split_across_files_gets_one_file_with_all_its_members()
    {
        var run = RunShapes();
        var source = run.Source("Shop.Account.Privacy.g.cs");
        Assert.Contains("\"Login\"", source);
        Assert.Contains("\"Password\"", source);
        Assert.Single(run.Sources.Keys, k => k.Contains("Account", StringComparison.Ordinal));
    }

    // Compiling the tables was once most of the generated code's cost, because each row passed lambdas to
    // overloaded generic builder methods (each lambda bound once per candidate while TValue was inferred). The table
    // now binds no lambda, infers no type argument and resolves no overload: this holds it there, on every shape.
    [Fact]
    public void The_privacy_tables_bind_no_lambda_infer_no_type_argument_and_resolve_no_overload()
    {
        var run = RunShapes();
        var tables = 0;
        foreach (var tree in run.Output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".Privacy.g.cs", StringComparison.Ordinal)))
        {
            var text = tree.ToString();
            var file = Path.GetFileName(tree.FilePath);
            // The initializer itself, as text: no lambda and no row call without its type argument.
            var start = text.IndexOf("PrivacyTableBuilder<", StringComparison.Ordinal);
            if (start < 0) continue;
            tables++;
            var initializer = text.Substring(start, text.IndexOf(".Build();", start, StringComparison.Ordinal) - start);
            Assert.DoesNotContain("=>", initializer);
            Assert.DoesNotMatch(@"\.(Personal\w*|Plain)\(", initializer);

            // And as the compiler binds the whole file.
            var model = run.Output.GetSemanticModel(tree);
            var root = tree.GetRoot();
            Assert.Empty(root.DescendantNodes().OfType<LambdaExpressionSyntax>());
            foreach (var call in root.DescendantNodes().OfType<InvocationExpressionSyntax>())
            {
                var method = Assert.IsAssignableFrom<IMethodSymbol>(model.GetSymbolInfo(call).Symbol);
                if (method.ContainingType.Name != "PrivacyTableBuilder" && method.Name != "RedactedValue") continue;
                var name = call.Expression is MemberAccessExpressionSyntax access ? access.Name : (SimpleNameSyntax)call.Expression;
                if (method.IsGenericMethod) Assert.True(name is GenericNameSyntax, file + ": " + call + " infers its type argument");
                Assert.True(model.GetMemberGroup(call.Expression).Length == 1, file + ": " + name + " is overloaded");
            }
        }
        Assert.True(tables >= 15, "only " + tables + " tables were checked");
    }

    // The generated table keeps compiling at the language version the package supports (C# 8): switch statements, no
    // switch expression (not target-typed before C# 9), no record or init.
    [Fact]
    public void The_tables_compile_at_CSharp_8()
    {
        var source = Usings + """
            namespace Shop
            {
                public partial class Customer
                {
                    public int Id { get; set; }
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                    [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
                    public System.DateTime? BirthDate { get; set; }
                }
                public struct Point
                {
                    [PersonalData(DataCategory.Location, Purpose.ServiceImprovement)]
                    public double Latitude;
                    public int Zoom;
                }
                public class Box<T> where T : class
                {
                    [PersonalData(DataCategory.Usage, Purpose.ServiceImprovement)]
                    public T? Value { get; set; }
                }
            }
            """;
        var options = new CSharpParseOptions(LanguageVersion.CSharp8, DocumentationMode.Diagnose);
        var compilation = GeneratorRun.Compile(source).RemoveAllSyntaxTrees().AddSyntaxTrees(CSharpSyntaxTree.ParseText(source, options, path: "Source0.cs"));
        var driver = CSharpGeneratorDriver.Create(new[] { new Klivar.PrivacyAnnotations.Roslyn.Generator.PrivacyGenerator().AsSourceGenerator() }, parseOptions: options);
        var run = GeneratorRun.Run(compilation, driver);
        Assert.Contains("private static object? GetPrivacyMemberValue(", run.Source("Shop.Customer.Privacy.g.cs"));
        run.AssertCompilesCleanly();
    }

    [Fact]
    public void A_personal_member_the_table_cannot_hold_gets_no_helpers_and_no_compiler_error()
    {
        var run = GeneratorRun.Run(Usings + """
            namespace Shop
            {
                public partial class Scratch
                {
                    private char[] _buffer = new char[8];
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public System.Span<char> Buffer => _buffer;
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }
                public class Tidy
                {
                    [DataSubjectKey] public System.ReadOnlySpan<char> View => default; // listed were it not a ref struct
                    [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
                    public string Email { get; set; } = "";
                }
            }
            """);
        run.AssertCompilesCleanly();
        Assert.Contains("no helpers generated (personal member 'Buffer' is a ref struct or a pointer, which the privacy table cannot hold (KPA0018))",
                        run.Source("Shop.Scratch.Privacy.g.cs"));
        // A plain member of such a type is only left out of the table: the type keeps its helpers.
        var tidy = run.Source("Shop.Tidy.Privacy.g.cs");
        Assert.Contains(".Personal<string>(\"Email\"", tidy);
        Assert.DoesNotContain("View", tidy);
        Assert.DoesNotContain("SubjectKey", tidy);
        Assert.Contains("\"member\": \"Buffer\"", run.RegisterJson()); // the register still lists it
    }

    [Fact]
    public void Annotated_method_parameters_reach_the_register()
    {
        var json = RunShapes().RegisterJson();
        Assert.Contains("\"member\": \"Send(to)\"", json);
    }

    internal static object Create(Assembly assembly, string typeName, params (string Name, object Value)[] values)
    {
        var type = assembly.GetType(typeName, throwOnError: true)!;
        var instance = Activator.CreateInstance(type)!;
        foreach (var (name, value) in values) Set(ref instance, name, value);
        return instance;
    }

    private static void Set(ref object instance, string name, object value)
    {
        var type = instance.GetType();
        if (type.GetProperty(name) is { } property) property.SetValue(instance, value);
        else type.GetField(name)!.SetValue(instance, value);
    }

    internal static object? Get(object instance, string name)
    {
        var type = instance.GetType();
        return type.GetProperty(name) is { } property ? property.GetValue(instance) : type.GetField(name)!.GetValue(instance);
    }

    internal static object Invoke(object instance, string method) =>
        instance.GetType().GetMethod(method, Type.EmptyTypes)!.Invoke(instance, null)!;
}
