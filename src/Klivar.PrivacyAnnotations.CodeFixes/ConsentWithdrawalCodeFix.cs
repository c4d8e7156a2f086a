using System.Composition;
using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Klivar.PrivacyAnnotations.CodeFixes
{
    /// <summary>KPA0038: ends a consent-based retention rule on the withdrawal (<c>during contract unless consent-withdrawn</c>).</summary>
    [ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConsentWithdrawalCodeFix)), Shared]
    public sealed class ConsentWithdrawalCodeFix : StringLiteralCodeFix
    {
        /// <summary>Creates the fix.</summary>
        public ConsentWithdrawalCodeFix()
            : base(Rules.ConsentRetentionWithoutWithdrawal.Id, RetentionGroundAnalyzer.FixedTextProperty, "KPA0038-UnlessConsentWithdrawn")
        {
        }

        private protected override string Title(string replacement) => "End retention when consent is withdrawn";
    }
}
