using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.MSBuild;

namespace Klivar.PrivacyAnnotations.Tool.Adoption
{
    /// <summary>Opens a project or a solution as the IDE does (MSBuildWorkspace: restore must have run) and lists its C# projects.</summary>
    internal static class Projects
    {
        public static async Task<(MSBuildWorkspace Workspace, Solution Solution, List<Project> Projects)> OpenAsync(string path, TextWriter stderr, CancellationToken cancellationToken)
        {
            var full = Path.GetFullPath(path);
            if (!File.Exists(full)) throw new FileNotFoundException("no project or solution at '" + path + "'", full);
            var workspace = MSBuildWorkspace.Create();
            // MSBuildWorkspace reports the build's warnings (NU1603 and the like) as failures too: shown, never fatal.
            var reported = new HashSet<string>(StringComparer.Ordinal);
            workspace.WorkspaceFailed += (_, e) =>
            {
                if (e.Diagnostic.Kind == WorkspaceDiagnosticKind.Failure && reported.Add(e.Diagnostic.Message))
                    stderr.WriteLine("note: loading the project, MSBuild reported: " + e.Diagnostic.Message);
            };

            var extension = Path.GetExtension(full).ToLowerInvariant();
            Solution solution;
            if (extension == ".slnx")
            {
                // The XML solution format (the .NET 10 SDK's default): its projects are opened one by one.
                foreach (var project in SlnxProjects(full))
                {
                    if (workspace.CurrentSolution.Projects.Any(p => string.Equals(p.FilePath, project, StringComparison.Ordinal))) continue;
                    await workspace.OpenProjectAsync(project, cancellationToken: cancellationToken).ConfigureAwait(false);
                }
                solution = workspace.CurrentSolution;
            }
            else if (extension is ".sln" or ".slnf") solution = await workspace.OpenSolutionAsync(full, cancellationToken: cancellationToken).ConfigureAwait(false);
            else solution = (await workspace.OpenProjectAsync(full, cancellationToken: cancellationToken).ConfigureAwait(false)).Solution;

            // A multi-targeted project loads once per target framework: its members are the same, keep the first.
            var projects = solution.Projects
                .Where(p => p.Language == LanguageNames.CSharp && p.FilePath is not null)
                .GroupBy(p => p.FilePath!, StringComparer.Ordinal)
                .Select(g => g.OrderBy(p => p.Name, StringComparer.Ordinal).First())
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
            if (extension is ".slnx")
            {
                var listed = new HashSet<string>(SlnxProjects(full), StringComparer.Ordinal);
                projects = projects.Where(p => listed.Contains(Path.GetFullPath(p.FilePath!))).ToList();
            }
            else if (extension is not (".sln" or ".slnf"))
                projects = projects.Where(p => string.Equals(Path.GetFullPath(p.FilePath!), full, StringComparison.Ordinal)).ToList();
            return (workspace, solution, projects);
        }

        /// <summary>
        /// The project's compilation, or null when it has none or does not reference the package's runtime library (the
        /// rules say nothing there): that project is skipped, with a warning that says how to include it.
        /// </summary>
        public static Compilation? CompilationWithPackage(Project project, TextWriter stderr)
        {
            var compilation = project.GetCompilationAsync().GetAwaiter().GetResult();
            if (compilation is null) return null;
            if (Findings.ReferencesPackage(compilation)) return compilation;
            stderr.WriteLine("warning: " + project.Name + " does not reference Klivar.PrivacyAnnotations: skipped (dotnet add package Klivar.PrivacyAnnotations first).");
            return null;
        }

        /// <summary>The C# projects a .slnx lists (<c>&lt;Project Path="..."/&gt;</c>, in folders or not), as full paths.</summary>
        internal static List<string> SlnxProjects(string slnx)
        {
            var directory = Path.GetDirectoryName(slnx) ?? ".";
            return System.Xml.Linq.XDocument.Load(slnx).Descendants()
                .Where(e => e.Name.LocalName == "Project" && e.Attribute("Path") is not null)
                .Select(e => Path.GetFullPath(Path.Combine(directory, e.Attribute("Path")!.Value.Replace('\\', Path.DirectorySeparatorChar))))
                .Where(path => path.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .ToList();
        }
    }
}
