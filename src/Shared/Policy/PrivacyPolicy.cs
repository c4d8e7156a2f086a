using System;
using System.Collections.Generic;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// What the data-protection officer allows, read from the policy file (docs/privacy-policy.md,
    /// docs/privacy-policy.schema.json): allowed purposes and their legal bases, the longest retention per data category
    /// and per purpose, forbidden categories, allowed transfer countries and safeguards, required declarations, and which
    /// register changes need the DPO's review. The analyzers enforce it at build; the register diff uses its review list.
    /// </summary>
    internal sealed class PrivacyPolicy
    {
        /// <summary>Creates a policy.</summary>
        public PrivacyPolicy(
            string? version, IReadOnlyList<PolicyPurpose>? purposes, IReadOnlyList<PolicyRetentionLimit> maxRetentionByCategory,
            IReadOnlyList<string> forbiddenCategories, IReadOnlyList<string>? allowedTransferCountries,
            IReadOnlyList<string>? allowedTransferSafeguards, bool requireDataProtectionOfficer, bool requireDpiaForSensitiveActivities,
            IReadOnlyList<string> review, IReadOnlyList<PolicyRetentionCommitment>? retentionCommitments = null,
            PolicyTransferCommitment? transferCommitment = null)
        {
            RetentionCommitments = retentionCommitments ?? Array.Empty<PolicyRetentionCommitment>();
            TransferCommitment = transferCommitment;
            Version = version;
            Purposes = purposes;
            MaxRetentionByCategory = maxRetentionByCategory;
            ForbiddenCategories = forbiddenCategories;
            AllowedTransferCountries = allowedTransferCountries;
            AllowedTransferSafeguards = allowedTransferSafeguards;
            RequireDataProtectionOfficer = requireDataProtectionOfficer;
            RequireDpiaForSensitiveActivities = requireDpiaForSensitiveActivities;
            Review = review;
        }

        /// <summary>The policy's own version, as the DPO numbers it; recorded in the register.</summary>
        public string? Version { get; }
        /// <summary>The purposes allowed, each with its legal bases; null when the policy does not restrict purposes.</summary>
        public IReadOnlyList<PolicyPurpose>? Purposes { get; }
        /// <summary>The longest retention per <see cref="DataCategory"/> name.</summary>
        public IReadOnlyList<PolicyRetentionLimit> MaxRetentionByCategory { get; }
        /// <summary>The <see cref="DataCategory"/> names no annotation may use.</summary>
        public IReadOnlyList<string> ForbiddenCategories { get; }
        /// <summary>ISO 3166-1 alpha-2 codes a transfer may go to; null when not restricted.</summary>
        public IReadOnlyList<string>? AllowedTransferCountries { get; }
        /// <summary>The <see cref="TransferSafeguard"/> names a transfer may rely on; null when not restricted.</summary>
        public IReadOnlyList<string>? AllowedTransferSafeguards { get; }
        /// <summary>The controller must name its data protection officer.</summary>
        public bool RequireDataProtectionOfficer { get; }
        /// <summary>Every activity that processes special-category, criminal or national-identifier data must state its DPIA status.</summary>
        public bool RequireDpiaForSensitiveActivities { get; }
        /// <summary>The register change kinds (<see cref="RegisterChangeKinds"/>) that need the DPO's review.</summary>
        public IReadOnlyList<string> Review { get; }
        /// <summary>
        /// The retention periods the published privacy policy states, each exactly as published: a limit says "no longer
        /// than"; a commitment says "this long", so keeping the data longer or shorter breaks the published text.
        /// </summary>
        public IReadOnlyList<PolicyRetentionCommitment> RetentionCommitments { get; }
        /// <summary>The transfer conditions the published privacy policy states; null when it states none.</summary>
        public PolicyTransferCommitment? TransferCommitment { get; }

        /// <summary>The policy entry for a purpose id; null when the policy lists purposes and this one is not among them, or lists none.</summary>
        public PolicyPurpose? Purpose(string purposeId)
        {
            if (Purposes is null) return null;
            foreach (var p in Purposes)
            {
                if (string.Equals(p.Id, purposeId, StringComparison.Ordinal)) return p;
            }
            return null;
        }

        /// <summary>
        /// The policy's fingerprint recorded in the register: <c>sha256:</c> and the hex SHA-256 of its text as UTF-8, with
        /// line ends normalised to <c>\n</c> so a Windows and a Linux checkout of one file give one hash.
        /// </summary>
        public static string ComputeHash(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var normalized = text.Replace("\r\n", "\n");
            if (normalized.Length > 0 && normalized[0] == '\uFEFF') normalized = normalized.Substring(1);
            using (var sha = SHA256.Create())
            {
                var hash = sha.ComputeHash(new UTF8Encoding(false).GetBytes(normalized));
                var builder = new StringBuilder("sha256:", 7 + hash.Length * 2);
                foreach (var b in hash) builder.Append(b.ToString("x2", CultureInfo.InvariantCulture));
                return builder.ToString();
            }
        }
    }

    /// <summary>A purpose the policy allows.</summary>
    internal sealed class PolicyPurpose
    {
        /// <summary>Creates the entry.</summary>
        public PolicyPurpose(string id, IReadOnlyList<string> legalBases, string? maxRetention)
        {
            Id = id;
            LegalBases = legalBases;
            MaxRetention = maxRetention;
        }

        /// <summary>The purpose id (<c>platform-management</c>).</summary>
        public string Id { get; }
        /// <summary>The <see cref="LegalBasis"/> names allowed for it; empty when any is.</summary>
        public IReadOnlyList<string> LegalBases { get; }
        /// <summary>The longest retention allowed for its data, in the retention language; null when not limited.</summary>
        public string? MaxRetention { get; }
    }

    /// <summary>
    /// A retention period the published privacy policy states: for the data of a purpose, of some data sets, or of the
    /// data sets of one purpose.
    /// </summary>
    internal sealed class PolicyRetentionCommitment
    {
        /// <summary>Creates the commitment.</summary>
        public PolicyRetentionCommitment(string published, string? purpose, IReadOnlyList<string> dataSets, string retention)
        {
            Published = published;
            Purpose = purpose;
            DataSets = dataSets;
            Retention = retention;
        }

        /// <summary>What the published policy calls the data ("Customer file"), quoted in the diagnostic.</summary>
        public string Published { get; }
        /// <summary>The purpose id whose data it covers; null for any purpose.</summary>
        public string? Purpose { get; }
        /// <summary>The register's data sets it covers ("Customer file"); empty for every data set of <see cref="Purpose"/>.</summary>
        public IReadOnlyList<string> DataSets { get; }
        /// <summary>The period, in the retention language.</summary>
        public string Retention { get; }

        /// <summary>True when a member of <paramref name="dataSet"/> serving <paramref name="purposeId"/> is covered.</summary>
        public bool Covers(string purposeId, string? dataSet) =>
            (Purpose is null || string.Equals(Purpose, purposeId, StringComparison.Ordinal)) &&
            (DataSets.Count == 0 || (dataSet is not null && Contains(DataSets, dataSet)));

        private static bool Contains(IReadOnlyList<string> list, string value)
        {
            foreach (var item in list)
            {
                if (string.Equals(item, value, StringComparison.Ordinal)) return true;
            }
            return false;
        }
    }

    /// <summary>
    /// The transfer conditions the published privacy policy states: the safeguards a transfer relies on, and a further
    /// safeguard every transfer's declaration names (Klivar: "we also include a Data Processing Agreement").
    /// </summary>
    internal sealed class PolicyTransferCommitment
    {
        /// <summary>Creates the commitment.</summary>
        public PolicyTransferCommitment(IReadOnlyList<string>? safeguards, string? additionalSafeguard)
        {
            Safeguards = safeguards;
            AdditionalSafeguard = additionalSafeguard;
        }

        /// <summary>The <see cref="TransferSafeguard"/> names the policy promises; null when it promises none.</summary>
        public IReadOnlyList<string>? Safeguards { get; }
        /// <summary>Words every transfer's <c>AdditionalSafeguards</c> contains (compared ignoring case); null when none.</summary>
        public string? AdditionalSafeguard { get; }
    }

    /// <summary>The longest retention allowed for one data category.</summary>
    internal sealed class PolicyRetentionLimit
    {
        /// <summary>Creates the limit.</summary>
        public PolicyRetentionLimit(string category, string maxRetention)
        {
            Category = category;
            MaxRetention = maxRetention;
        }

        /// <summary>The <see cref="DataCategory"/> name.</summary>
        public string Category { get; }
        /// <summary>The longest retention, in the retention language.</summary>
        public string MaxRetention { get; }
    }

    /// <summary>
    /// The kinds of register change the diff reports (<c>klivar-privacy diff</c>), by the names a policy's
    /// <c>review</c> list uses, and the ones that need a DPO's review when no policy says otherwise.
    /// </summary>
    internal static class RegisterChangeKinds
    {
#pragma warning disable CS1591 // the names say what they are; docs/ci.md lists them with their meaning
        public const string ActivityAdded = "activity-added";
        public const string ActivityRemoved = "activity-removed";
        public const string ActivityChanged = "activity-changed";
        public const string LegalBasisChanged = "legal-basis-changed";
        public const string DataCategoryAdded = "data-category-added";
        public const string SpecialCategoryAdded = "special-category-added";
        public const string DataCategoryRemoved = "data-category-removed";
        public const string DataSubjectAdded = "data-subject-added";
        public const string DataSubjectRemoved = "data-subject-removed";
        public const string RetentionLonger = "retention-longer";
        public const string RetentionShorter = "retention-shorter";
        public const string RetentionChanged = "retention-changed";
        public const string RecipientAdded = "recipient-added";
        public const string RecipientRemoved = "recipient-removed";
        public const string ProcessorAdded = "processor-added";
        public const string ProcessorRemoved = "processor-removed";
        public const string ProcessorChanged = "processor-changed";
        public const string DpiaChanged = "dpia-changed";
        public const string TransferAdded = "transfer-added";
        public const string TransferRemoved = "transfer-removed";
        public const string TransferChanged = "transfer-changed";
        public const string SecurityMeasureAdded = "security-measure-added";
        public const string SecurityMeasureRemoved = "security-measure-removed";
        public const string FieldAdded = "field-added";
        public const string FieldRemoved = "field-removed";
        public const string FieldChanged = "field-changed";
        public const string ControllerChanged = "controller-changed";
        public const string PolicyChanged = "policy-changed";
        public const string RecordChanged = "record-changed";
#pragma warning restore CS1591

        /// <summary>Every kind, in the order the diff reports them.</summary>
        public static readonly IReadOnlyList<string> All = new[]
        {
            ActivityAdded, ActivityRemoved, ActivityChanged, LegalBasisChanged, DataCategoryAdded, SpecialCategoryAdded, DataCategoryRemoved,
            DataSubjectAdded, DataSubjectRemoved, RetentionLonger, RetentionShorter, RetentionChanged, RecipientAdded, RecipientRemoved,
            ProcessorAdded, ProcessorRemoved, ProcessorChanged, DpiaChanged, TransferAdded, TransferRemoved, TransferChanged, SecurityMeasureAdded, SecurityMeasureRemoved,
            FieldAdded, FieldRemoved, FieldChanged, ControllerChanged, PolicyChanged, RecordChanged,
        };

        /// <summary>
        /// The built-in review list: a new activity, a new legal basis, new special-category data, a longer retention
        /// (or one that cannot be compared), a new transfer or processor.
        /// </summary>
        public static readonly IReadOnlyList<string> ReviewByDefault = new[]
        {
            ActivityAdded, LegalBasisChanged, SpecialCategoryAdded, RetentionLonger, RetentionChanged, TransferAdded, TransferChanged, ProcessorAdded,
        };
    }
}
