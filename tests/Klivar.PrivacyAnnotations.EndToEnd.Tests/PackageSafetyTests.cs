using System.Collections;
using System.IO.Compression;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using System.Text.Json.Nodes;
using Microsoft.Build.Framework;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// The package's own safety. The build step never loads or runs the user's assembly, nothing in the package
/// or in what it generates reaches for the network, and the register holds metadata, never a personal value.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageSafetyTests(PackedPackage package)
{
    // A module initializer runs the moment an assembly is loaded for execution; a static constructor the moment the
    // register type is touched. Either leaves a file behind.
    private static string Trap(string traceFile) => $$"""
        namespace Acme.Trap
        {
            internal static class Springs
            {
                public static void Leave(string how) => System.IO.File.AppendAllText(@"{{traceFile}}", how + "\n");

                [System.Runtime.CompilerServices.ModuleInitializer]
                internal static void OnLoad() => Leave("module initializer");
            }
        }
        """;

    private ThrowAwayProject CreateTrap(string traceFile) => package.CreateProject("Acme.Trap", new Dictionary<string, string>
    {
        ["Trap.cs"] = Trap(traceFile),
        ["Register.cs"] = HandWrittenRegister.Source("Acme.Trap", extraMembers:
            "        static PrivacyRegister() { global::Acme.Trap.Springs.Leave(\"static constructor\"); }\n"),
    });

    [Fact]
    public void The_build_step_reads_the_register_without_running_the_users_code()
    {
        var trace = Path.Combine(package.Root, "trap-" + Guid.NewGuid().ToString("N") + ".txt");
        var project = CreateTrap(trace);

        var build = project.Build();

        Assert.True(build.ExitCode == 0, build.Output);
        // The step did read this assembly's register...
        var json = JsonNode.Parse(File.ReadAllText(project.OutputFile(".privacy-register.json")))!;
        Assert.Equal("Acme.Trap", (string?)json["assembly"]);
        // ...and none of the assembly's code ran to do it.
        Assert.False(File.Exists(trace), "the user's code ran during the build: " + (File.Exists(trace) ? File.ReadAllText(trace) : ""));

        // The trap is real: running the program springs it.
        var run = Dotnet.Run(project.Folder, project.OutputFile(".dll"));
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("module initializer", File.ReadAllText(trace));
    }

    [Fact]
    public void The_task_in_process_never_loads_the_users_assembly_into_any_load_context()
    {
        var trace = Path.Combine(package.Root, "trap-" + Guid.NewGuid().ToString("N") + ".txt");
        var project = CreateTrap(trace);
        var build = project.Build("-p:PrivacyRegisterEnabled=false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.False(File.Exists(project.OutputFile(".privacy-register.json")), "the register step was meant to be off in this build");
        var userAssembly = project.OutputFile(".dll");

        // The task exactly as shipped, hosted here the way MSBuild hosts it.
        var taskAssembly = Assembly.LoadFrom(PackageContents.Extract(package, "tasks/netstandard2.0/Klivar.PrivacyAnnotations.Build.dll"));
        var task = (Microsoft.Build.Utilities.Task)Activator.CreateInstance(taskAssembly.GetType("Klivar.PrivacyAnnotations.Build.WritePrivacyRegister", throwOnError: true)!)!;
        var engine = new RecordingBuildEngine();
        var output = Path.Combine(package.Root, "in-process-" + Guid.NewGuid().ToString("N"));
        task.BuildEngine = engine;
        Set(task, "AssemblyPath", userAssembly);
        Set(task, "AssemblyName", "Acme.Trap");
        Set(task, "OutputDirectory", output);

        Assert.True(task.Execute(), string.Join("\n", engine.Errors));
        Assert.True(File.Exists(Path.Combine(output, "Acme.Trap.privacy-register.json")), string.Join("\n", engine.Messages));

        var loaded = AssemblyLoadContext.All.SelectMany(context => context.Assemblies.Select(a => (context, a)))
            .Where(pair => pair.a.GetName().Name == "Acme.Trap" ||
                           (!pair.a.IsDynamic && pair.a.Location.Length > 0 && Path.GetFullPath(pair.a.Location) == Path.GetFullPath(userAssembly)))
            .Select(pair => pair.context.Name + ": " + pair.a.FullName).ToList();
        Assert.Empty(loaded);
        Assert.False(File.Exists(trace), "the user's code ran inside the task");
        // The file is not held open either: the next compile can overwrite it.
        using (File.Open(userAssembly, FileMode.Open, FileAccess.ReadWrite, FileShare.None)) { }
    }

    // Namespaces and types through which .NET code reaches the network.
    private static readonly string[] NetworkNamespaces = { "System.Net", "System.Web", "System.ServiceModel" };
    private static readonly string[] NetworkTypeNames = { "HttpClient", "WebClient", "WebRequest", "Socket", "TcpClient", "UdpClient", "Dns", "ClientWebSocket" };

    [Fact]
    public void No_assembly_in_the_package_references_a_networking_api()
    {
        var assemblies = PackageContents.Entries(package).Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).ToList();
        // The Roslyn component, the code fixes, the build task, and the runtime library for each framework.
        Assert.Contains("analyzers/dotnet/cs/Klivar.PrivacyAnnotations.Roslyn.dll", assemblies);
        Assert.Contains("analyzers/dotnet/cs/Klivar.PrivacyAnnotations.CodeFixes.dll", assemblies);
        Assert.Contains("tasks/netstandard2.0/Klivar.PrivacyAnnotations.Build.dll", assemblies);
        Assert.Contains("lib/net8.0/Klivar.PrivacyAnnotations.dll", assemblies);

        foreach (var entry in assemblies)
        {
            var findings = NetworkReferences(PackageContents.Extract(package, entry));
            Assert.True(findings.Count == 0, entry + " references networking APIs: " + string.Join(", ", findings));
        }
    }

    [Fact]
    public void The_inspection_finds_a_networking_api_where_there_is_one()
    {
        // The check above must be able to fail: this test assembly's own dependency on the network stack is found.
        var findings = NetworkReferences(typeof(System.Net.Http.HttpClient).Assembly.Location)
            .Concat(NetworkReferences(typeof(Dotnet).Assembly.Location)).ToList();
        Assert.NotEmpty(findings);
    }

    private static List<string> NetworkReferences(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        var findings = new List<string>();
        foreach (var handle in metadata.AssemblyReferences)
        {
            var name = metadata.GetString(metadata.GetAssemblyReference(handle).Name);
            if (NetworkNamespaces.Any(ns => name == ns || name.StartsWith(ns + ".", StringComparison.Ordinal))) findings.Add("assembly " + name);
        }
        foreach (var handle in metadata.TypeReferences)
        {
            var type = metadata.GetTypeReference(handle);
            var ns = metadata.GetString(type.Namespace);
            var name = metadata.GetString(type.Name);
            if (NetworkNamespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal)) || NetworkTypeNames.Contains(name))
                findings.Add("type " + ns + "." + name);
        }
        foreach (var handle in metadata.TypeDefinitions)
        {
            var ns = metadata.GetString(metadata.GetTypeDefinition(handle).Namespace);
            if (NetworkNamespaces.Any(n => ns == n || ns.StartsWith(n + ".", StringComparison.Ordinal))) findings.Add("defines " + ns);
        }
        // Native calls (sockets through libc or ws2_32) and networking types named in strings for reflection.
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if ((method.Attributes & MethodAttributes.PinvokeImpl) != 0)
                findings.Add("P/Invoke " + metadata.GetString(metadata.GetModuleReference(method.GetImport().Module).Name) + "!" + metadata.GetString(method.Name));
        }
        var hasStrings = metadata.GetHeapSize(HeapIndex.UserString) > 1;
        for (var handle = MetadataTokens.UserStringHandle(1); hasStrings && !handle.IsNil; handle = metadata.GetNextHandle(handle))
        {
            var literal = metadata.GetUserString(handle);
            if (literal.Contains("System.Net", StringComparison.Ordinal)) findings.Add("string \"" + literal + "\"");
        }
        return findings;
    }

    // Values that look like personal data, given as initial values and constants of annotated members. None of them
    // may reach a register file or a generated source: the register describes data, it never holds any.
    private static readonly string[] PersonalValues =
    {
        "Jeanne-Valérie Dumoulin", "Dumoulin", "jeanne.dumoulin@example.org", "+33 6 12 34 56 78", "612345678",
        "203.0.113.42", "paul.martin@example.net", "FR76 3000 6000 0112 3456 7890 189", "1984", "48.8566",
    };

    private const string ValuesSource = """
        using Klivar.PrivacyAnnotations;

        [assembly: DataController("Acme SAS", Email = "privacy@acme.test")]
        [assembly: ProcessingActivity(Purpose.PlatformManagement, LegalBasis.Contract, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, Retention = "during contract")]
        [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests, Requirement = DataRequirement.Contractual, AutomatedDecisions = AutomatedDecisions.None, LegitimateInterest = "Securing the service", Retention = "1y")]

        namespace Acme.Values;

        public partial class Customer
        {
            internal const string DefaultPhone = "+33 6 12 34 56 78";
            internal const long PhoneDigits = 612345678;

            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
            public string FullName { get; set; } = "Jeanne-Valérie Dumoulin";

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Email = "jeanne.dumoulin@example.org";

            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)]
            public string Phone { get; init; } = DefaultPhone;

            [PersonalData(DataCategory.Technical, Purpose.Logging, Retention = "6m")]
            public string LastIpAddress { get; set; } = "203.0.113.42";

            [PersonalData(DataCategory.Identification, Purpose.PlatformManagement)]
            public DateTime BirthDate { get; set; } = new DateTime(1984, 7, 14);

            [PersonalData(DataCategory.Location, Purpose.PlatformManagement)]
            public double Latitude { get; set; } = 48.8566;

            public void Rename([PersonalData(DataCategory.Identification, Purpose.PlatformManagement)] string name = "Dumoulin") => FullName = name;
        }

        public record Contact(
            [PersonalData(DataCategory.Contact, Purpose.PlatformManagement)] string Email = "paul.martin@example.net",
            [PersonalData(DataCategory.Financial, Purpose.PlatformManagement)] string Iban = "FR76 3000 6000 0112 3456 7890 189");
        """;

    [Fact]
    public void The_register_and_the_generated_code_hold_metadata_never_a_personal_value()
    {
        var project = package.CreateProject("Acme.Values", new Dictionary<string, string> { ["Customer.cs"] = ValuesSource },
            "<EmitCompilerGeneratedFiles>true</EmitCompilerGeneratedFiles>");
        var build = project.Build();
        Assert.True(build.ExitCode == 0, build.Output);

        var registerFiles = new[] { ".privacy-register.json", ".privacy-register.md", ".privacy-register.csv", ".privacy-notice.draft.md" }
            .Select(project.OutputFile).ToList();
        foreach (var file in registerFiles) Assert.True(File.Exists(file), file + " missing:\n" + build.Output);

        // Not vacuous: the register does list every annotated member...
        var json = File.ReadAllText(registerFiles[0]);
        foreach (var member in new[] { "FullName", "Email", "Phone", "LastIpAddress", "BirthDate", "Latitude", "Iban" })
            Assert.Contains("\"" + member + "\"", json);

        // ...and none of their values.
        var generated = GeneratedSources(project);
        Assert.NotEmpty(generated);
        foreach (var file in registerFiles.Concat(generated))
        {
            var text = File.ReadAllText(file);
            foreach (var value in PersonalValues)
                Assert.False(text.Contains(value, StringComparison.Ordinal), $"'{value}' appears in {Path.GetFileName(file)}");
        }

        // The compiled assembly (user code plus generated code) touches no networking API either: user code here has
        // none, so anything found came from the generator.
        Assert.Empty(NetworkReferences(Path.Combine(project.Folder, "obj", "Debug", "net10.0", "Acme.Values.dll")));
    }

    /// <summary>The Klivar generator's sources, as <c>EmitCompilerGeneratedFiles</c> left them under obj/.</summary>
    internal static List<string> GeneratedSources(ThrowAwayProject project)
    {
        var folder = Path.Combine(project.Folder, "obj", "Debug", "net10.0", "generated");
        if (!Directory.Exists(folder)) return new List<string>();
        return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => Path.GetRelativePath(folder, f).Contains("Klivar", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
    }

    internal static void Set(object task, string property, object value) =>
        task.GetType().GetProperty(property)!.SetValue(task, value);

    /// <summary>The smallest MSBuild host: records what the task logs.</summary>
    internal sealed class RecordingBuildEngine : IBuildEngine
    {
        public List<string> Errors { get; } = new();
        public List<string> Messages { get; } = new();
        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "test.proj";
        public void LogErrorEvent(BuildErrorEventArgs e) => Errors.Add(e.Code + ": " + e.Message);
        public void LogWarningEvent(BuildWarningEventArgs e) => Messages.Add(e.Code + ": " + e.Message);
        public void LogMessageEvent(BuildMessageEventArgs e) => Messages.Add(e.Message ?? "");
        public void LogCustomEvent(CustomBuildEventArgs e) => Messages.Add(e.Message ?? "");
        public bool BuildProjectFile(string projectFileName, string[] targetNames, IDictionary globalProperties, IDictionary targetOutputs) => false;
    }
}

/// <summary>The packed .nupkg's files, extracted once per test run.</summary>
internal static class PackageContents
{
    private static readonly object Gate = new();

    public static IReadOnlyList<string> Entries(PackedPackage package)
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        return zip.Entries.Select(e => e.FullName).ToList();
    }

    public static string Extract(PackedPackage package, string entry)
    {
        var folder = Path.Combine(package.Root, "extracted");
        lock (Gate)
        {
            if (!Directory.Exists(folder)) ZipFile.ExtractToDirectory(package.PackagePath, folder);
        }
        var path = Path.Combine(folder, entry.Replace('/', Path.DirectorySeparatorChar));
        Assert.True(File.Exists(path), entry + " is not in the package");
        return path;
    }
}
