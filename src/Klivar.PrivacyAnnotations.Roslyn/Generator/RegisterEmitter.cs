using System.Collections.Generic;
using Klivar.PrivacyAnnotations.Roslyn.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Klivar.PrivacyAnnotations.Roslyn.Generator
{
    /// <summary>
    /// Emits <c>Klivar.PrivacyAnnotations.Generated.PrivacyRegister</c>: the register packed in its <c>[PackedRegister]</c>
    /// attribute (which the MSBuild step reads from the assembly's metadata without loading it), unpacked on
    /// first use as <c>Json</c> and as a typed object; and the module initializer that lists the assembly's privacy
    /// tables for <c>PrivacyTypes</c>. The class is marked <c>[Embedded]</c>: two assemblies that see each other's
    /// internals each keep their own without a CS0436 clash.
    /// </summary>
    internal static class RegisterEmitter
    {
        public const string HintName = "Klivar.PrivacyAnnotations.PrivacyRegister.g.cs";

        /// <summary>The register class's helper that lists one type's table for <c>PrivacyTypes</c>.</summary>
        public const string RegisterTableMethod = "RegisterTable";

        private const string EmbeddedAttribute = "Microsoft.CodeAnalysis.EmbeddedAttribute";

        /// <summary>What the compilation lets the generated register use.</summary>
        /// <param name="ModuleInitializers">C# 9 or later and a ModuleInitializerAttribute in reach.</param>
        /// <param name="DefineEmbeddedAttribute">The compilation has no EmbeddedAttribute of its own to use.</param>
        /// <param name="TrimmingAnnotations">DynamicallyAccessedMembersAttribute in reach (.NET 5 or later).</param>
        internal sealed record Options(bool ModuleInitializers, bool DefineEmbeddedAttribute, bool TrimmingAnnotations)
        {
            public static Options Of(Compilation compilation)
            {
                var moduleInitializer = KnownTypes.Find(compilation, "System.Runtime.CompilerServices.ModuleInitializerAttribute");
                var modern = compilation is CSharpCompilation { LanguageVersion: >= LanguageVersion.CSharp9 };
                var embedded = KnownTypes.Find(compilation, EmbeddedAttribute);
                var trimming = KnownTypes.Find(compilation, "System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembersAttribute");
                return new Options(
                    modern && moduleInitializer is not null && compilation.IsSymbolAccessibleWithin(moduleInitializer, compilation.Assembly),
                    embedded is null || !compilation.IsSymbolAccessibleWithin(embedded, compilation.Assembly),
                    trimming is not null && compilation.IsSymbolAccessibleWithin(trimming, compilation.Assembly));
            }
        }

        // The event names the assembly's retention rules are anchored on, as constants: RetentionAnchors.With(PrivacyAnchors.Contract, ...)
        // cannot be mistyped, and KPA0016 checks the names written as text against this list.
        private static void EmitAnchors(CodeWriter w, string json)
        {
            var anchors = new SortedSet<string>(System.StringComparer.Ordinal) { RetentionAnchors.CollectionEvent };
            foreach (var activity in RegisterJson.Read(json).Activities)
            {
                foreach (var retention in activity.Retention) AddAnchors(anchors, retention.Text);
                foreach (var field in activity.Fields) AddAnchors(anchors, field.Retention);
            }
            w.Line("/// <summary>The event names this assembly's retention rules are anchored on, for <c>RetentionAnchors.With</c>.</summary>");
            w.Line(TypeHelpersEmitter.GeneratedCodeAttribute);
            w.Line("[global::Microsoft.CodeAnalysis.Embedded]");
            w.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
            w.Open("internal static class " + AnchorsClassName);
            var used = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var anchor in anchors)
            {
                var name = AnchorConstantName(anchor);
                for (var n = 2; !used.Add(name); n++) name = AnchorConstantName(anchor) + n;
                w.Line("public const string " + name + " = " + CSharpText.Literal(anchor) + ";");
            }
            w.Close();
        }

        /// <summary>The generated class of anchor constants, in namespace <c>Klivar.PrivacyAnnotations.Generated</c>.</summary>
        public const string AnchorsClassName = "PrivacyAnchors";

        private static void AddAnchors(SortedSet<string> anchors, string? retention)
        {
            if (!RetentionPolicy.TryParse(retention, out var policy) || policy is null) return;
            anchors.Add(policy.Anchor);
            if (policy.EndingEvent is { } ending) anchors.Add(ending);
        }

        // "last-contact" -> LastContact; a name that starts with a digit gets a leading underscore.
        private static string AnchorConstantName(string anchor)
        {
            var name = new System.Text.StringBuilder();
            var upper = true;
            foreach (var ch in anchor)
            {
                if (!char.IsLetterOrDigit(ch)) { upper = true; continue; }
                name.Append(upper ? char.ToUpperInvariant(ch) : ch);
                upper = false;
            }
            if (name.Length == 0 || char.IsDigit(name[0])) name.Insert(0, '_');
            return name.ToString();
        }

        public static string Emit(string json, TableIndex index)
        {
            var options = index.Options;
            var w = new CodeWriter();
            w.Line("// <auto-generated/>");
            w.Line("#nullable enable");
            w.Line();
            if (options.DefineEmbeddedAttribute)
            {
                // Types marked [Embedded] are invisible to other compilations: another assembly's PrivacyRegister,
                // seen through InternalsVisibleTo, never clashes with this one (CS0436).
                w.Open("namespace Microsoft.CodeAnalysis");
                w.Line("[global::Microsoft.CodeAnalysis.Embedded]");
                w.Line("[global::System.AttributeUsage(global::System.AttributeTargets.All)]");
                w.Line("internal sealed class EmbeddedAttribute : global::System.Attribute { }");
                w.Close();
                w.Line();
            }
            w.Open("namespace Klivar.PrivacyAnnotations.Generated");
            w.Line("/// <summary>The GDPR Art. 30 record of processing activities of this assembly, built at compile time from its privacy annotations.</summary>");
            w.Line(TypeHelpersEmitter.GeneratedCodeAttribute);
            w.Line("[global::Microsoft.CodeAnalysis.Embedded]");
            w.Line("[global::System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]");
            // The register JSON as UTF-8, deflated, in base64, read by the build step and unpacked by Json. In an
            // attribute it is stored once and as UTF-8; a string constant would be stored twice and as UTF-16.
            w.Line("[global::Klivar.PrivacyAnnotations.PackedRegister(\"" + RegisterPacking.Pack(json) + "\")]");
            w.Open("internal static class PrivacyRegister");
            w.Line("private static readonly global::System.Lazy<string> s_json =");
            w.Line("    new global::System.Lazy<string>(() => global::Klivar.PrivacyAnnotations.PackedRegisterAttribute.Unpack(typeof(PrivacyRegister)));");
            w.Line();
            w.Line("private static readonly global::System.Lazy<global::Klivar.PrivacyAnnotations.ProcessingRegister> s_register =");
            w.Line("    new global::System.Lazy<global::Klivar.PrivacyAnnotations.ProcessingRegister>(() => global::Klivar.PrivacyAnnotations.RegisterJson.Read(Json));");
            w.Line();
            w.Line("/// <summary>The register as JSON, as written to <c>&lt;AssemblyName&gt;.privacy-register.json</c>.</summary>");
            w.Line("public static string Json => s_json.Value;");
            w.Line();
            w.Line("/// <summary>The register as a typed object, to serve from an endpoint or merge with other assemblies' registers.</summary>");
            w.Line("public static global::Klivar.PrivacyAnnotations.ProcessingRegister Register => s_register.Value;");
            if (options.ModuleInitializers && index.References.Count > 0)
            {
                w.Line();
                w.Line("/// <summary>Lists this assembly's privacy tables, so <c>PrivacyTypes.Find</c> finds them; each is built on first use.</summary>");
                w.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]");
                w.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
                w.Open("internal static void RegisterPrivacyTables()");
                foreach (var reference in index.References) w.Line(reference);
                w.Line("global::Klivar.PrivacyAnnotations.PrivacyTypes.RegisterAssembly(typeof(PrivacyRegister), () => Register);");
                w.Close();
                // The holder's table property is read by reflection on first use: the annotation keeps it in a trimmed app.
                var keep = options.TrimmingAnnotations
                    ? "[global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.PublicProperties | global::System.Diagnostics.CodeAnalysis.DynamicallyAccessedMemberTypes.NonPublicProperties)] "
                    : "";
                w.Line();
                w.Line("private static void " + RegisterTableMethod + "(" + keep + "global::System.Type type) =>");
                w.Line("    global::Klivar.PrivacyAnnotations.PrivacyTypes.Register(type);");
                w.Line();
                w.Line("private static void " + RegisterTableMethod + "(global::System.Type type, " + keep + "global::System.Type holder) =>");
                w.Line("    global::Klivar.PrivacyAnnotations.PrivacyTypes.Register(type, holder);");
            }
            w.Close();
            w.Line();
            EmitAnchors(w, json);
            w.Close();
            return w.ToString();
        }
    }
}
