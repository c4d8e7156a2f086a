using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("Klivar.PrivacyAnnotations.Tool.Tests")]
