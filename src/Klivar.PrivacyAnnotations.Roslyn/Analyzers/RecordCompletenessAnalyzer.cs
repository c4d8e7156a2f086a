using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// KPA0014 for the fields of the record a declaration leaves empty: the record's version and date, the controller's
    /// DPO (named, or confirmed absent), and for each processing activity its internal recipients, security measures,
    /// DPIA status, creation date and what the notice must say of it. The points are the register's own
    /// (<see cref="RegisterOpenPoints"/>): the register files list exactly what this reports. A <c>ToConfirm</c> note is
    /// reported where it is written, by <see cref="DeclarationAnalyzer"/>.
    /// </summary>
    [DiagnosticAnalyzer(LanguageNames.CSharp)]
    public sealed class RecordCompletenessAnalyzer : DiagnosticAnalyzer
    {
        /// <inheritdoc />
        public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(Rules.DeclarationToConfirm);

        /// <inheritdoc />
        public override void Initialize(AnalysisContext context)
        {
            context.EnableConcurrentExecution();
            context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
            context.RegisterCompilationStartAction(start =>
            {
                if (KnownTypes.FindRuntime(start.Compilation, KnownNames.PersonalDataAttribute) is null) return;
                var options = start.Options.AnalyzerConfigOptionsProvider.GlobalOptions;
                var diagnostics = Check(start.Compilation.Assembly,
                    options.TryGetValue("build_property.PrivacyRegisterVersion", out var version) ? version : null,
                    options.TryGetValue("build_property.PrivacyRegisterDate", out var date) ? date : null,
                    start.CancellationToken);
                if (diagnostics.IsEmpty) return;
                // On the tree that holds the declaration, so an edit in any file refreshes them (as DeclarationAnalyzer does).
                start.RegisterSemanticModelAction(model =>
                {
                    var tree = model.SemanticModel.SyntaxTree;
                    foreach (var diagnostic in diagnostics)
                    {
                        if (diagnostic.Location.SourceTree == tree) model.ReportDiagnostic(diagnostic);
                    }
                });
            });
        }

        private static ImmutableArray<Diagnostic> Check(IAssemblySymbol assembly, string? version, string? date, CancellationToken cancellationToken)
        {
            var model = AnnotationReader.ReadAssembly(assembly);
            // Nothing declared: no record to complete (KPA0010 asks for the controller when data is annotated).
            if (model.Controller is null && model.Activities.Count == 0) return ImmutableArray<Diagnostic>.Empty;
            var register = RegisterBuilder.Build(model, Array.Empty<TypeModel>(), version, date);
            var points = RegisterOpenPoints.Of(register, "en").Where(p => p.IsEmptyFields).ToList();
            if (points.Count == 0) return ImmutableArray<Diagnostic>.Empty;

            Location? controllerLocation = null;
            Location? firstDeclaration = null;
            // The activities' points by the register's key of an activity (KPA0019 may declare one purpose twice).
            var activityLocations = new Dictionary<(string Id, string? Basis, string Name), Queue<Location>>();
            foreach (var attribute in assembly.GetAttributes())
            {
                var isController = AnnotationReader.Is(attribute, KnownNames.DataControllerAttribute);
                var isActivity = !isController && AnnotationReader.Is(attribute, KnownNames.ProcessingActivityAttribute);
                if (!isController && !isActivity) continue;
                if (AttributeLocations.Syntax(attribute, cancellationToken) is not { } syntax) continue;
                var location = syntax.GetLocation();
                firstDeclaration ??= location;
                if (isController)
                {
                    controllerLocation ??= location;
                }
                else if (AnnotationReader.ReadActivity(attribute) is { } activity)
                {
                    var key = (activity.PurposeId, (string?)NameOf.Basis(activity.Basis), activity.Name ?? PurposeFacts.DisplayNameForId(activity.PurposeId));
                    if (!activityLocations.TryGetValue(key, out var queue)) activityLocations[key] = queue = new Queue<Location>();
                    queue.Enqueue(location);
                }
            }

            var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
            foreach (var point in points)
            {
                switch (point.Subject)
                {
                    // The record's version and date are the project's (MSBuild properties): reported on the head of the record.
                    case OpenPointSubject.Record when (controllerLocation ?? firstDeclaration) is { } head:
                        diagnostics.Add(Diagnostic.Create(Rules.DeclarationToConfirm, head, "The record of processing activities", point.Note));
                        break;
                    case OpenPointSubject.Controller when controllerLocation is not null:
                        diagnostics.Add(Diagnostic.Create(Rules.DeclarationToConfirm, controllerLocation, "The data controller '" + point.Name + "'", point.Note));
                        break;
                    case OpenPointSubject.Activity:
                        var activity = register.Activities.First(a => a.Id == point.ActivityId && a.Name == point.Name);
                        if (activityLocations.TryGetValue((activity.Id, activity.LegalBasis, activity.Name), out var queue) && queue.Count > 0)
                            diagnostics.Add(Diagnostic.Create(Rules.DeclarationToConfirm, queue.Dequeue(), "Processing activity '" + activity.Id + "'", point.Note));
                        break;
                }
            }
            return diagnostics.ToImmutable();
        }
    }
}
