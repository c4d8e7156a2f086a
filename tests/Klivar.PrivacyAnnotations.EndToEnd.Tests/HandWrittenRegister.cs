namespace Klivar.PrivacyAnnotations.EndToEnd.Tests;

/// <summary>
/// A register constant written by hand, in the shape the generator compiles into an assembly. The build step only
/// reads that constant, so tests of the build step (its faults, its safety) use this and need no annotation: they hold
/// whatever the generator does, and the generator emits nothing into a project without annotations.
/// </summary>
internal static class HandWrittenRegister
{
    public const string Json = """
        {"schemaVersion":"1","assembly":"ASSEMBLY","controller":{"name":"Acme SAS"},"activities":[{"id":"logging","name":"Logging","declared":true,"legalBasis":"LegitimateInterests","dataSubjects":["visitors"],"dataCategories":["Technical"],"retention":[{"appliesTo":"*","text":"1y","kind":"FromCollection","duration":"P1Y","trigger":"collection","description":"1 year"}],"recipients":[],"transfers":[],"securityMeasures":[],"fields":[{"type":"Visit","member":"IpAddress","category":"Technical","purposes":["logging"],"retention":"1y","redaction":"Hash","encrypted":false,"pseudonymised":false}]}]}
        """;

    /// <summary>C# source declaring the register constant as the generator would, with <paramref name="json"/> as its value.</summary>
    public static string Source(string assembly, string? json = null, string extraMembers = "")
    {
        var value = (json ?? Json.Replace("ASSEMBLY", assembly, StringComparison.Ordinal))
            .Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return "namespace Klivar.PrivacyAnnotations.Generated\n{\n    internal static class PrivacyRegister\n    {\n" +
               "        public const string Json = \"" + value + "\";\n" + extraMembers + "    }\n}\n";
    }
}
