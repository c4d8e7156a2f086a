using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>
    /// Finds where an attribute, or one of its arguments, is written, so a diagnostic underlines the offending part.
    /// Syntax only: what the arguments mean is read by AnnotationReader. Falls back to the attribute, then to the
    /// symbol, when the syntax is not there (metadata, broken code).
    /// </summary>
    internal static class AttributeLocations
    {
        public static AttributeSyntax? Syntax(AttributeData attribute, CancellationToken cancellationToken) =>
            attribute.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax;

        public static Location? Of(AttributeData attribute, CancellationToken cancellationToken) =>
            Syntax(attribute, cancellationToken)?.GetLocation();

        /// <summary>The expression of the named argument <c>Name = ...</c>, if written.</summary>
        public static ExpressionSyntax? Named(AttributeSyntax? syntax, string name)
        {
            if (syntax?.ArgumentList is null) return null;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals?.Name.Identifier.ValueText == name) return argument.Expression;
            }
            return null;
        }

        /// <summary>The expression of the <paramref name="index"/>-th positional argument (params elements included), if written.</summary>
        public static ExpressionSyntax? Positional(AttributeSyntax? syntax, int index)
        {
            if (syntax?.ArgumentList is null) return null;
            var position = 0;
            foreach (var argument in syntax.ArgumentList.Arguments)
            {
                if (argument.NameEquals is not null) break;
                // A named constructor argument ("purpose: ...") may be written out of order: do not guess.
                if (argument.NameColon is not null) return null;
                if (position == index) return argument.Expression;
                position++;
            }
            return null;
        }

        /// <summary>The location of an argument, else the attribute's, else the symbol's.</summary>
        public static Location Best(ExpressionSyntax? argument, AttributeSyntax? attribute, ISymbol? fallback) =>
            argument?.GetLocation() ?? attribute?.GetLocation() ?? FirstLocation(fallback);

        public static Location FirstLocation(ISymbol? symbol) =>
            symbol is not null && symbol.Locations.Length > 0 ? symbol.Locations[0] : Location.None;

        /// <summary>
        /// The characters <paramref name="start"/>..<paramref name="start"/>+<paramref name="length"/> of a string
        /// literal's value, when the literal has no escape sequence (so value offsets are source offsets); else null.
        /// </summary>
        public static Location? InsideStringLiteral(ExpressionSyntax? expression, int start, int length)
        {
            if (expression is not LiteralExpressionSyntax { Token: var token } || !token.IsKind(SyntaxKind.StringLiteralToken) || length <= 0)
                return null;
            var text = token.Text;
            var value = token.ValueText;
            int opening;
            if (text.Length == value.Length + 2 && text[0] == '"') opening = 1;
            else if (text.Length == value.Length + 3 && text[0] == '@') opening = 2;
            else return null;
            if (start < 0 || start + length > value.Length) return null;
            return Location.Create(token.SyntaxTree!, new TextSpan(token.SpanStart + opening + start, length));
        }
    }
}
