using System;
using Microsoft.Extensions.Compliance.Classification;

namespace Klivar.PrivacyAnnotations.Compliance
{
    /// <summary>
    /// Classifies a member with its <see cref="DataCategory"/> for Microsoft.Extensions.Compliance (the <c>[LogProperties]</c>
    /// logging generator and <c>IRedactorProvider</c>). The logging generator creates classification attributes with
    /// <c>new T()</c>, so each category has its own attribute: <c>[ContactData]</c> beside
    /// <c>[PersonalData(DataCategory.Contact, ...)]</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = true)]
    public abstract class PersonalDataClassificationAttribute : DataClassificationAttribute
    {
        /// <summary>Classifies with <paramref name="category"/>'s classification.</summary>
        protected PersonalDataClassificationAttribute(DataCategory category)
            : base(PrivacyTaxonomy.Of(category))
        {
            Category = category;
        }

        /// <summary>The category the member is classified as.</summary>
        public DataCategory Category { get; }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Identification"/> data.</summary>
    public sealed class IdentificationDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public IdentificationDataAttribute() : base(DataCategory.Identification) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Contact"/> data.</summary>
    public sealed class ContactDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public ContactDataAttribute() : base(DataCategory.Contact) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Technical"/> data.</summary>
    public sealed class TechnicalDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public TechnicalDataAttribute() : base(DataCategory.Technical) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Credentials"/> data.</summary>
    public sealed class CredentialsDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public CredentialsDataAttribute() : base(DataCategory.Credentials) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Account"/> data.</summary>
    public sealed class AccountDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public AccountDataAttribute() : base(DataCategory.Account) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Usage"/> data.</summary>
    public sealed class UsageDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public UsageDataAttribute() : base(DataCategory.Usage) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Financial"/> data.</summary>
    public sealed class FinancialDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public FinancialDataAttribute() : base(DataCategory.Financial) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Content"/> data.</summary>
    public sealed class ContentDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public ContentDataAttribute() : base(DataCategory.Content) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Location"/> data.</summary>
    public sealed class LocationDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public LocationDataAttribute() : base(DataCategory.Location) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.NationalIdentifier"/> data.</summary>
    public sealed class NationalIdentifierDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public NationalIdentifierDataAttribute() : base(DataCategory.NationalIdentifier) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.RacialOrEthnicOrigin"/> data.</summary>
    public sealed class RacialOrEthnicOriginDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public RacialOrEthnicOriginDataAttribute() : base(DataCategory.RacialOrEthnicOrigin) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.PoliticalOpinions"/> data.</summary>
    public sealed class PoliticalOpinionsDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public PoliticalOpinionsDataAttribute() : base(DataCategory.PoliticalOpinions) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.ReligiousOrPhilosophicalBeliefs"/> data.</summary>
    public sealed class ReligiousOrPhilosophicalBeliefsDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public ReligiousOrPhilosophicalBeliefsDataAttribute() : base(DataCategory.ReligiousOrPhilosophicalBeliefs) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.TradeUnionMembership"/> data.</summary>
    public sealed class TradeUnionMembershipDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public TradeUnionMembershipDataAttribute() : base(DataCategory.TradeUnionMembership) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Genetic"/> data.</summary>
    public sealed class GeneticDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public GeneticDataAttribute() : base(DataCategory.Genetic) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Biometric"/> data.</summary>
    public sealed class BiometricDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public BiometricDataAttribute() : base(DataCategory.Biometric) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Health"/> data.</summary>
    public sealed class HealthDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public HealthDataAttribute() : base(DataCategory.Health) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.SexLifeOrOrientation"/> data.</summary>
    public sealed class SexLifeOrOrientationDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public SexLifeOrOrientationDataAttribute() : base(DataCategory.SexLifeOrOrientation) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Criminal"/> data.</summary>
    public sealed class CriminalDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public CriminalDataAttribute() : base(DataCategory.Criminal) { }
    }

    /// <summary>Classifies a member as <see cref="DataCategory.Professional"/> data.</summary>
    public sealed class ProfessionalDataAttribute : PersonalDataClassificationAttribute
    {
        /// <summary>Classifies the member.</summary>
        public ProfessionalDataAttribute() : base(DataCategory.Professional) { }
    }
}
