using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Klivar.PrivacyAnnotations.Tool.Tests")]
// The generator's golden register files are rendered with the tool's renderers.
[assembly: InternalsVisibleTo("Klivar.PrivacyAnnotations.Roslyn.Tests")]
[assembly: InternalsVisibleTo("Klivar.PrivacyAnnotations.Roslyn48.Tests")]
