using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Declares one processing activity: a purpose and its legal basis (GDPR Art. 6), the row of the Art. 30 register.
    /// Declare each purpose once per assembly; every purpose used by a <see cref="PersonalDataAttribute"/> needs one.
    /// </summary>
    /// <example><code>
    /// [assembly: ProcessingActivity(Purpose.Logging, LegalBasis.LegitimateInterests,
    ///     LegitimateInterest = "Detecting fraudulent access and finding the origin of incidents",
    ///     Retention = "1y")]
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly, AllowMultiple = true)]
    public sealed class ProcessingActivityAttribute : Attribute
    {
        /// <summary>Declares the activity of a built-in purpose.</summary>
        public ProcessingActivityAttribute(Purpose purpose, LegalBasis basis)
        {
            PurposeId = PurposeFacts.Id(purpose);
            Basis = basis;
        }

        /// <summary>
        /// Declares the activity of a team's own purpose. The id is lower-case kebab-case (<c>fraud-screening</c>);
        /// this declaration is what makes it usable in <see cref="PersonalDataAttribute"/>.
        /// </summary>
        public ProcessingActivityAttribute(string purposeId, LegalBasis basis)
        {
            PurposeId = purposeId;
            Basis = basis;
        }

        /// <summary>The id of the purpose.</summary>
        public string PurposeId { get; }

        /// <summary>The legal basis (Art. 6(1)).</summary>
        public LegalBasis Basis { get; }

        /// <summary>The activity's name in the register; by default the purpose's name.</summary>
        public string? Name { get; set; }

        /// <summary>What the activity covers, in words a data subject understands.</summary>
        public string? Description { get; set; }

        /// <summary>The categories of data subjects (Art. 30(1)(c)): <c>users</c>, <c>customers</c>, <c>prospects</c>...</summary>
        public string[]? DataSubjects { get; set; }

        /// <summary>The retention of the activity's data where a member does not state its own (retention language).</summary>
        public string? Retention { get; set; }

        /// <summary>
        /// Recipients whose kind is not stated (Art. 30(1)(d)); prefer <see cref="InternalRecipients"/>,
        /// <see cref="ThirdPartyRecipients"/> and <c>[assembly: Processor]</c>.
        /// </summary>
        public string[]? Recipients { get; set; }

        /// <summary>The legitimate interest pursued, required when the basis is <see cref="LegalBasis.LegitimateInterests"/>.</summary>
        public string? LegitimateInterest { get; set; }

        /// <summary>The Art. 9(2) condition that allows special-category data in this activity.</summary>
        public SpecialCategoryCondition SpecialCategoryCondition { get; set; }

        /// <summary>A general description of the security measures (Art. 30(1)(g), Art. 32).</summary>
        public string[]? SecurityMeasures { get; set; }

        /// <summary>The measures of the CNIL checklist in place for this activity (Art. 30(1)(g), Art. 32).</summary>
        public SecurityMeasure[]? SecurityChecklist { get; set; }

        /// <summary>Internal recipients: the controller's own departments (CNIL: <i>services internes</i>).</summary>
        public string[]? InternalRecipients { get; set; }

        /// <summary>Third parties that receive the data for their own purposes (CNIL: <i>organismes externes</i>).</summary>
        public string[]? ThirdPartyRecipients { get; set; }

        /// <summary>Joint controllers of the activity (Art. 26), with their contact.</summary>
        public string[]? JointControllers { get; set; }

        /// <summary>Where the activity stands on the DPIA (Art. 35).</summary>
        public DpiaStatus Dpia { get; set; }

        /// <summary>The DPIA's reference, when <see cref="Dpia"/> is <see cref="DpiaStatus.Done"/>.</summary>
        public string? DpiaReference { get; set; }

        /// <summary>The DPIA's date (<c>yyyy-MM-dd</c>), when <see cref="Dpia"/> is <see cref="DpiaStatus.Done"/>.</summary>
        public string? DpiaDate { get; set; }

        /// <summary>Why no DPIA is required, when <see cref="Dpia"/> is <see cref="DpiaStatus.NotRequired"/>.</summary>
        public string? DpiaReason { get; set; }

        /// <summary>
        /// Whether a person must provide the activity's data: required by law, by the contract, to enter into the
        /// contract, or voluntary (Art. 13(2)(e)). The privacy notice says it for the activity.
        /// </summary>
        public DataRequirement Requirement { get; set; }

        /// <summary>What follows if the person does not provide the data ("the account cannot be opened"): Art. 13(2)(e).</summary>
        public string? ConsequenceIfNotProvided { get; set; }

        /// <summary>
        /// Whether the activity makes decisions based solely on automated processing, including profiling (Art. 22):
        /// <see cref="Klivar.PrivacyAnnotations.AutomatedDecisions.None"/> states there are none, which the notice says
        /// too (Art. 13(2)(f)).
        /// </summary>
        public AutomatedDecisions AutomatedDecisions { get; set; }

        /// <summary>For <see cref="Klivar.PrivacyAnnotations.AutomatedDecisions.Used"/>: the logic involved, and the significance and envisaged consequences for the person.</summary>
        public string? AutomatedDecisionLogic { get; set; }

        /// <summary>When the activity was created (<c>yyyy-MM-dd</c>): the CNIL template's creation date.</summary>
        public string? Created { get; set; }

        /// <summary>
        /// What this declaration assumes and a person must confirm ("The policy names no country: confirm with the
        /// hosting contracts"). The register shows it, the notice draft lists it under "To confirm before publishing",
        /// and KPA0014 reports it until someone confirms the fact and removes the note.
        /// </summary>
        public string? ToConfirm { get; set; }
    }
}
