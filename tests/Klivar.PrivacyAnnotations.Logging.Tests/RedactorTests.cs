using Klivar.PrivacyAnnotations.Compliance;
using Microsoft.Extensions.Compliance.Classification;
using Microsoft.Extensions.Compliance.Redaction;
using Microsoft.Extensions.DependencyInjection;
using Xunit;

namespace Klivar.PrivacyAnnotations.Logging.Tests;

/// <summary>The Microsoft.Extensions.Compliance side: the taxonomy, the redactors, the registration.</summary>
[Collection(HashKeyCollection.Name)]
public class RedactorTests
{
    [Fact]
    public void The_redactors_redact_as_the_runtime_does()
    {
        Assert.Equal("j***@***.com", new PrivacyMaskRedactor().Redact("jane.doe@example.com"));
        Assert.Equal(Redaction.Hash("203.0.113.77"), new PrivacyHashRedactor().Redact("203.0.113.77"));
        Assert.Equal("[redacted]", new PrivacyEraseRedactor().Redact("FR7630006000011234567890189"));
        Assert.Equal("", new PrivacyMaskRedactor().Redact(""));
    }

    [Fact]
    public void The_taxonomy_has_one_classification_per_category_each_mapped_to_its_redactor()
    {
        var categories = Enum.GetValues<DataCategory>();
        Assert.Equal(categories.Length, PrivacyTaxonomy.All.Distinct().Count());
        using var services = new ServiceCollection().AddPrivacyAnnotationsRedaction().BuildServiceProvider();
        var provider = services.GetRequiredService<IRedactorProvider>();
        foreach (var category in categories)
        {
            var redactor = Assert.IsAssignableFrom<PrivacyRedactor>(provider.GetRedactor(new DataClassificationSet(PrivacyTaxonomy.Of(category))));
            Assert.Equal(DataCategoryFacts.DefaultRedaction(category), redactor.Kind);
            Assert.Equal(Redaction.Redact("Some Value 42", category), redactor.Redact("Some Value 42"));
        }
        // Anything else is erased.
        Assert.IsType<PrivacyEraseRedactor>(provider.GetRedactor(new DataClassificationSet(new DataClassification("Other", "Thing"))));
        Assert.Equal(PrivacyTaxonomy.Of(DataCategory.Contact), new ContactDataAttribute().Classification);
        Assert.Equal(DataCategory.Health, new HealthDataAttribute().Category);
    }
}
