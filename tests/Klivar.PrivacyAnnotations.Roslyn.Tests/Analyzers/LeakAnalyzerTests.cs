using Klivar.PrivacyAnnotations.Roslyn.Analyzers;
using Klivar.PrivacyAnnotations.Roslyn.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.RuleTests.LeakRuleTest;
using static Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers.AnalyzerTestSetup;

namespace Klivar.PrivacyAnnotations.Roslyn.Tests.Analyzers;

/// <summary>What the leak rules share: no crash on broken code. Each rule has its class under RuleTests/.</summary>
public class LeakAnalyzerTests
{
    [Theory]
    [InlineData("public class S { void M(ILogger l, User u) { l.LogInformation(\"{E}\", u.); } }")]
    [InlineData("public class S { void M(ILogger l, User u) { l.LogInformation($\"{u.Email\"); } }")]
    [InlineData("public class S { void M(User u) { Console.WriteLine(u.Email + ); } }")]
    [InlineData("public class S { void M(User u) { throw new Exception(message: ); } }")]
    [InlineData("public record R([PersonalData(DataCategory.Contact, Purpose.Logging)] string E) { public override string ToString() => E + ; }")]
    [InlineData("public record R([PersonalData(] string E);")]
    [InlineData("public class S { void M(User u) { Missing.WriteLine(u.Email); Console.WriteLine(undefined); } }")]
    public async Task Broken_code_never_crashes_the_analyzer(string code)
    {
        Assert.Empty(await AnalyzerCrashes.RunAsync(AnnotatedModel + code));
    }
}
