using System.Composition;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>KPA0016: replaces an anchor name no rule uses with the nearest name a rule does use.</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RetentionAnchorCodeFix)), Shared]
    public sealed class RetentionAnchorCodeFix : StringLiteralCodeFix
    {
        /// <summary>Creates the fix.</summary>
        public RetentionAnchorCodeFix()
            : base(Rules.UnknownRetentionAnchor.Id, RetentionAnchorAnalyzer.NearestProperty, "KPA0016-NearestAnchor")
        {
        }

        private protected override string Title(string replacement) => "Use '" + replacement + "'";
    }
}
