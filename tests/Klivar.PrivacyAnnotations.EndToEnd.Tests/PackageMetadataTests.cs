using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Xml.Linq;
using Xunit;

namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// The packages carry what a package page and a debugger need (project and repository URLs, an icon, a README,
/// a symbols package whose PDBs hold no machine path), and the package warns clearly on a compiler that is too old.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public sealed class PackageMetadataTests(PackedPackage package)
{
    private const string Repository = "https://github.com/klivar/Klivar.PrivacyAnnotations";

    [Fact]
    public void The_package_names_its_project_and_repository_and_carries_an_icon_and_a_readme()
    {
        AssertMetadata(package.PackagePath);
    }

    [Fact]
    public void The_tool_package_carries_its_own_readme_icon_and_urls()
    {
        var feed = Path.Combine(package.Root, "tool-feed");
        var project = Path.Combine(PackedPackage.RepositoryRoot, "src", "Klivar.PrivacyAnnotations.Tool", "Klivar.PrivacyAnnotations.Tool.csproj");
        var pack = Dotnet.Run(PackedPackage.RepositoryRoot, "pack", project, "-c", "Release", "-o", feed);
        Assert.True(pack.ExitCode == 0, "dotnet pack failed:\n" + pack.Output);
        var tool = Directory.GetFiles(feed, "Klivar.PrivacyAnnotations.Tool.*.nupkg").Single();
        AssertMetadata(tool);
        using var zip = ZipFile.OpenRead(tool);
        using var reader = new StreamReader(zip.GetEntry("README.md")!.Open());
        Assert.Contains("klivar-privacy merge", reader.ReadToEnd());
    }

    [Fact]
    public void A_symbols_package_holds_the_pdbs_and_they_name_no_path_of_the_build_machine()
    {
        var symbols = Path.ChangeExtension(package.PackagePath, ".snupkg");
        Assert.True(File.Exists(symbols), "no symbols package beside " + package.PackagePath);
        using var zip = ZipFile.OpenRead(symbols);
        var pdbs = zip.Entries.Where(e => e.FullName.EndsWith(".pdb", StringComparison.Ordinal)).ToList();
        Assert.Contains(pdbs, e => e.FullName == "lib/net8.0/Klivar.PrivacyAnnotations.pdb");
        Assert.Contains(pdbs, e => e.FullName == "lib/netstandard2.0/Klivar.PrivacyAnnotations.pdb");
        foreach (var entry in pdbs)
        {
            using var stream = new MemoryStream();
            using (var pdb = entry.Open()) pdb.CopyTo(stream);
            stream.Position = 0;
            using var provider = MetadataReaderProvider.FromPortablePdbStream(stream);
            var reader = provider.GetMetadataReader();
            var documents = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
            Assert.NotEmpty(documents);
            // ContinuousIntegrationBuild maps the sources to /_/: the PDB does not say where the package was built.
            Assert.All(documents, d => Assert.StartsWith("/_/", d));
            Assert.DoesNotContain(documents, d => d.Contains(PackedPackage.RepositoryRoot, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void KPA1005_a_compiler_older_than_Roslyn_4_8_gets_a_clear_warning_and_a_current_one_none()
    {
        var project = package.CreateProject("Acme.OldCompiler", new Dictionary<string, string>());

        // The SDK reports its compiler as CompilerApiVersion (roslyn5.9 for the .NET 10 SDK); an old one is simulated.
        var old = project.Build("-p:CompilerApiVersion=roslyn4.7");
        Assert.True(old.ExitCode == 0, old.Output);
        Assert.Contains("warning KPA1005: Klivar.PrivacyAnnotations needs a C# compiler of Roslyn 4.8 or later", old.Output);
        Assert.Contains("this build uses Roslyn 4.7", old.Output);

        var current = project.Build("--no-incremental");
        Assert.True(current.ExitCode == 0, current.Output);
        Assert.DoesNotContain("KPA1005", current.Output);
    }

    private static void AssertMetadata(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet();
        var nuspecEntry = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        XDocument nuspec;
        using (var stream = nuspecEntry.Open()) nuspec = XDocument.Load(stream);
        XNamespace ns = nuspec.Root!.Name.NamespaceName;
        var metadata = nuspec.Root.Element(ns + "metadata")!;

        Assert.Equal(Repository, (string?)metadata.Element(ns + "projectUrl"));
        var repository = metadata.Element(ns + "repository");
        Assert.NotNull(repository);
        Assert.Equal("git", (string?)repository!.Attribute("type"));
        Assert.Equal(Repository, (string?)repository.Attribute("url"));
        Assert.Equal("MIT", (string?)metadata.Element(ns + "license"));
        Assert.Equal("icon.png", (string?)metadata.Element(ns + "icon"));
        Assert.Contains("icon.png", entries);
        Assert.Equal("README.md", (string?)metadata.Element(ns + "readme"));
        Assert.Contains("README.md", entries);

        using var icon = zip.GetEntry("icon.png")!.Open();
        var header = new byte[8];
        icon.ReadExactly(header);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, header);
    }
}
