using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations.Roslyn.Model
{
    /// <summary>
    /// Turns the model of the annotations into the Art. 30 register: one activity per purpose, the data categories and
    /// retention rolled up from the fields. Nothing is dropped: a purpose used without a declared activity still gets an
    /// (undeclared) activity, and an unreadable or missing retention is shown as such.
    /// </summary>
    internal static class RegisterBuilder
    {
        /// <param name="assembly">The assembly-level declarations.</param>
        /// <param name="types">The annotated types.</param>
        /// <param name="version">The record's version (MSBuild <c>PrivacyRegisterVersion</c>), if known.</param>
        /// <param name="date">The record's date (MSBuild <c>PrivacyRegisterDate</c>), if known.</param>
        /// <param name="policy">The DPO policy file's stamp, if the project has one.</param>
        /// <param name="baseline">The privacy baseline's members of this assembly: listed under an undeclared activity, each to confirm.</param>
        public static ProcessingRegister Build(AssemblyModel assembly, IReadOnlyList<TypeModel> types, string? version = null, string? date = null, PolicyStamp? policy = null,
            EquatableArray<BaselineMemberModel> baseline = default)
        {
            var fieldsByPurpose = new Dictionary<string, List<RegisterField>>(StringComparer.Ordinal);
            foreach (var type in types)
            {
                foreach (var member in type.Members)
                {
                    foreach (var annotation in member.Annotations)
                    {
                        foreach (var purposeId in annotation.PurposeIds.Distinct())
                        {
                            if (!fieldsByPurpose.TryGetValue(purposeId, out var list)) fieldsByPurpose[purposeId] = list = new List<RegisterField>();
                            list.Add(new RegisterField(
                                type.FullName,
                                member.DisplayName,
                                annotation.CategoryName,
                                annotation.PurposeIds.Distinct().ToArray(),
                                RetentionResolver.Resolve(annotation, purposeId, type, assembly),
                                annotation.EffectiveRedaction.ToString(),
                                annotation.Encrypted,
                                annotation.Pseudonymised,
                                annotation.DataSubject,
                                member.IsStatic,
                                annotation.Hashed,
                                DataSetOf(annotation, type),
                                null,
                                Blank(annotation.ToConfirm),
                                member.IsSubjectKey,
                                type.NotStored));
                        }
                    }
                }
            }

            var baselineFields = BaselineFields(baseline, types);

            var activities = new List<RegisterActivity>();
            foreach (var declared in assembly.Activities)
            {
                fieldsByPurpose.TryGetValue(declared.PurposeId, out var fields);
                activities.Add(BuildActivity(declared.PurposeId, declared, fields ?? new List<RegisterField>(), assembly));
            }
            foreach (var pair in fieldsByPurpose)
            {
                if (!assembly.Activities.Any(a => a.PurposeId == pair.Key))
                    activities.Add(BuildActivity(pair.Key, null, pair.Value, assembly));
            }
            if (baselineFields.Count > 0)
                activities.Add(BuildActivity(PrivacyBaseline.RegisterPurposeId, null, baselineFields, assembly, PrivacyBaseline.RegisterActivityName));
            activities.Sort(CompareActivities);

            var c = assembly.Controller;
            var controller = c is null ? null : new RegisterController(c.Name, c.Identifier, c.Email, c.Address, c.Phone, Blank(c.DataProtectionOfficer),
                c.SupervisoryAuthority, Blank(c.EuRepresentative), Blank(c.ApplicableLaw), Blank(c.ToConfirm)) { NoDataProtectionOfficer = c.NoDataProtectionOfficer && Blank(c.DataProtectionOfficer) is null };
            return new ProcessingRegister(ProcessingRegister.CurrentSchemaVersion, assembly.AssemblyName, controller, activities, version: Blank(version), date: Blank(date),
                policy: policy is null ? null : new RegisterPolicy(policy.File, policy.Version, policy.Hash));
        }

        /// <summary>Blank text states nothing: null, so the register says "not stated" rather than showing an empty value.</summary>
        private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

        /// <summary>The member's own data set, else its type's annotation's, else the type's name in words.</summary>
        private static string DataSetOf(PersonalDataModel annotation, TypeModel type)
        {
            if (Blank(annotation.DataSet) is { } own) return own;
            foreach (var typeAnnotation in type.TypeAnnotations)
            {
                if (Blank(typeAnnotation.DataSet) is { } shared) return shared;
            }
            return NaturalNames.DataSet(type.FullName);
        }

        /// <summary>
        /// The baseline's members as register fields, each marked to confirm; a member annotated since is left out (its
        /// annotation lists it, and KPA0030 asks for the line to go).
        /// </summary>
        private static List<RegisterField> BaselineFields(EquatableArray<BaselineMemberModel> baseline, IReadOnlyList<TypeModel> types)
        {
            var fields = new List<RegisterField>();
            if (baseline.Count == 0) return fields;
            var annotated = new HashSet<string>(types.SelectMany(t => t.Members.Items.Select(m => WithoutTypeArguments(t.FullName) + " " + m.DisplayName)), StringComparer.Ordinal);
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var member in baseline)
            {
                var type = PrivacyBaseline.DisplayType(member.Type);
                if (annotated.Contains(type + " " + member.Member) || !seen.Add(type + " " + member.Member)) continue;
                var category = Enum.TryParse<DataCategory>(member.Category, out var parsed) ? parsed : DataCategory.Identification;
                fields.Add(new RegisterField(
                    type,
                    member.Member,
                    member.Category,
                    new[] { PrivacyBaseline.RegisterPurposeId },
                    null,
                    DataCategoryFacts.DefaultRedaction(category).ToString(),
                    encrypted: false,
                    pseudonymised: false,
                    dataSubject: null,
                    toConfirm: PrivacyBaseline.ToConfirmNote(new BaselineEntry("", member.Type, member.Member, member.Rule, member.Category))));
            }
            return fields;
        }

        /// <summary><c>Shop.Page&lt;T&gt;.Row</c> as <c>Shop.Page.Row</c>: how the baseline's types read once their arity is dropped.</summary>
        private static string WithoutTypeArguments(string fullName)
        {
            if (fullName.IndexOf('<') < 0) return fullName;
            var text = new System.Text.StringBuilder(fullName.Length);
            var depth = 0;
            foreach (var c in fullName)
            {
                if (c == '<') depth++;
                else if (c == '>') depth--;
                else if (depth == 0) text.Append(c);
            }
            return text.ToString();
        }

        private static RegisterActivity BuildActivity(string id, ActivityModel? declared, List<RegisterField> fields, AssemblyModel assembly, string? name = null)
        {
            fields.Sort(CompareFields);
            var categories = fields.Select(f => f.Category).Distinct().OrderBy(x => x, StringComparer.Ordinal).ToArray();

            var retention = new List<RegisterRetention>();
            // A type never stored keeps nothing for a period: its fields state no retention of the activity's.
            foreach (var group in fields.Where(f => f.NotStored is null).GroupBy(f => (f.Category, f.Retention)).OrderBy(g => g.Key.Category, StringComparer.Ordinal).ThenBy(g => g.Key.Retention ?? "", StringComparer.Ordinal))
                retention.Add(DescribeRetention(group.Key.Category, group.Key.Retention));
            if (fields.Count == 0 && declared?.Retention is { } activityRetention)
                retention.Add(DescribeRetention("*", activityRetention));

            var dataSubjects = new List<string>(declared?.DataSubjects.Items ?? Enumerable.Empty<string>());
            foreach (var subject in fields.Select(f => f.DataSubject).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().OrderBy(s => s, StringComparer.Ordinal))
            {
                if (!dataSubjects.Contains(subject!)) dataSubjects.Add(subject!);
            }

            var transfers = assembly.Transfers
                .Where(t => t.PurposeIds.Count == 0 || t.PurposeIds.Contains(id))
                .Select(t => new RegisterTransfer(t.Recipient, t.Country, NameOf.Safeguard(t.Safeguard), t.AdditionalSafeguards, Blank(t.ToConfirm)))
                .ToArray();
            var processors = assembly.Processors
                .Where(p => p.PurposeIds.Count == 0 || p.PurposeIds.Contains(id))
                .Select(p => new RegisterProcessor(p.Name, Blank(p.Country), Blank(p.Contract), Blank(p.ToConfirm)))
                .ToArray();

            // The measures declared for the activity and for the whole assembly; what the code proves of the fields is
            // technical evidence, listed apart.
            var security = new List<string>(declared?.SecurityMeasures.Items ?? Enumerable.Empty<string>());
            var checklist = new List<int>(declared?.SecurityChecklist.Items ?? Enumerable.Empty<int>());
            if (declared is not null && assembly.Security is { } shared)
            {
                foreach (var measure in shared.Other) if (!security.Contains(measure)) security.Add(measure);
                checklist.AddRange(shared.Checklist.Items);
            }
            var evidence = new List<string>();
            SecurityFacts.Add(evidence, fields);
            var dpia = declared is null ? RegisterDpia.NotStated
                : new RegisterDpia(NameOf.Dpia(declared.Dpia), Blank(declared.DpiaReference), Blank(declared.DpiaDate), Blank(declared.DpiaReason));

            var activity = new RegisterActivity(
                id,
                declared?.Name ?? name ?? PurposeFacts.DisplayNameForId(id),
                declared?.Description,
                declared is not null,
                declared is null ? null : NameOf.Basis(declared.Basis),
                declared?.LegitimateInterest,
                declared is null ? null : NameOf.Condition(declared.SpecialCategoryCondition),
                dataSubjects,
                categories,
                retention,
                declared?.Recipients.Items.ToArray() ?? Array.Empty<string>(),
                transfers,
                security,
                fields,
                declared?.JointControllers.Items.ToArray(),
                declared?.InternalRecipients.Items.ToArray(),
                declared?.ThirdPartyRecipients.Items.ToArray(),
                processors,
                dpia,
                checklist.Distinct().OrderBy(m => m).Select(NameOf.SecurityMeasure).ToArray(),
                Blank(declared?.Created),
                Blank(declared?.ToConfirm));
            activity.TechnicalEvidence = evidence;
            if (declared is not null)
            {
                activity.Requirement = declared.Requirement == 0 ? null : NameOf.Requirement(declared.Requirement);
                activity.ConsequenceIfNotProvided = Blank(declared.ConsequenceIfNotProvided);
                activity.AutomatedDecisions = declared.AutomatedDecisions == 0 ? null : NameOf.AutomatedDecisions(declared.AutomatedDecisions);
                activity.AutomatedDecisionLogic = Blank(declared.AutomatedDecisionLogic);
            }
            return activity;
        }

        /// <summary>One retention entry, described from the parsed rule; unreadable or missing text stays visible.</summary>
        public static RegisterRetention DescribeRetention(string appliesTo, string? text)
        {
            if (string.IsNullOrWhiteSpace(text))
                return new RegisterRetention(appliesTo, null, null, null, null, null, null, "Not stated");
            if (!RetentionPolicy.TryParse(text, out var policy) || policy is null)
                return new RegisterRetention(appliesTo, text, null, null, null, null, null, "Unreadable retention rule");
            return new RegisterRetention(
                appliesTo,
                text,
                policy.Kind.ToString(),
                policy.Period?.ToIso8601(),
                policy.Trigger,
                policy.ArchivePeriod?.ToIso8601(),
                policy.EndingEvent,
                policy.Describe(),
                policy.ArchiveGround == ArchiveGround.None ? null : policy.ArchiveGround.ToString(),
                policy.ArchiveReference);
        }

        private static int CompareActivities(RegisterActivity a, RegisterActivity b)
        {
            var byId = string.CompareOrdinal(a.Id, b.Id);
            if (byId != 0) return byId;
            // Two activities for one purpose (KPA0019): both stay, in an order that does not depend on file order.
            var byBasis = string.CompareOrdinal(a.LegalBasis, b.LegalBasis);
            return byBasis != 0 ? byBasis : string.CompareOrdinal(a.Name, b.Name);
        }

        private static int CompareFields(RegisterField a, RegisterField b)
        {
            var c = string.CompareOrdinal(a.Type, b.Type);
            if (c == 0) c = string.CompareOrdinal(a.Member, b.Member);
            if (c == 0) c = string.CompareOrdinal(a.Category, b.Category);
            if (c == 0) c = string.CompareOrdinal(a.Retention, b.Retention);
            return c;
        }
    }
}
