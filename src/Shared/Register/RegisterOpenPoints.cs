using System;
using System.Collections.Generic;
using System.Linq;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>What a point to confirm is about.</summary>
    internal enum OpenPointSubject
    {
        /// <summary>The record itself (its version, its date).</summary>
        Record,
        /// <summary>The controller.</summary>
        Controller,
        /// <summary>A declared processing activity.</summary>
        Activity,
        /// <summary>An annotated member (a field of the record).</summary>
        Field,
        /// <summary>A transfer outside the EEA.</summary>
        Transfer,
        /// <summary>A processor.</summary>
        Processor,
    }

    /// <summary>
    /// One point a person must confirm before the record is signed and the notice published: a team's <c>ToConfirm</c>
    /// note, or the fields of the record a declaration leaves empty.
    /// </summary>
    internal sealed class OpenPoint : IEquatable<OpenPoint>
    {
        public OpenPoint(OpenPointSubject subject, string name, string? detail, string note, IReadOnlyList<string> emptyFields, string? activityId = null)
        {
            Subject = subject;
            Name = name;
            Detail = detail;
            Note = note;
            EmptyFields = emptyFields;
            ActivityId = activityId;
        }

        public OpenPointSubject Subject { get; }
        /// <summary>The assembly, the controller's, activity's, processor's or transfer recipient's name, or a field's data set.</summary>
        public string Name { get; }
        /// <summary>A field's label; null otherwise.</summary>
        public string? Detail { get; }
        /// <summary>What must be confirmed, in the register's language.</summary>
        public string Note { get; }
        /// <summary>The JSON keys of the mandatory fields left empty; none for a team's note.</summary>
        public IReadOnlyList<string> EmptyFields { get; }
        /// <summary>The activity's id, for an activity's point.</summary>
        public string? ActivityId { get; }

        /// <summary>True for fields left empty, false for a team's <c>ToConfirm</c> note.</summary>
        public bool IsEmptyFields => EmptyFields.Count > 0;

        public bool Equals(OpenPoint? other) =>
            other is not null && Subject == other.Subject && Name == other.Name && Detail == other.Detail && Note == other.Note && ActivityId == other.ActivityId;

        public override bool Equals(object? obj) => Equals(obj as OpenPoint);

        public override int GetHashCode() => ((int)Subject * 31 + Name.GetHashCode()) * 31 + Note.GetHashCode();
    }

    /// <summary>
    /// The one computation of a register's points to confirm (docs/register-format.md, "Points to confirm"): KPA0014
    /// reports them, the register files list them, the CNIL spreadsheet lists them, and the privacy notice stays a draft
    /// while any remains. A point is a team's <c>ToConfirm</c> note, or a field the record must hold and does not
    /// (<see cref="RegisterProperty.OpenWhenEmpty"/>): the record's version and date, the controller's DPO (named, or
    /// confirmed absent), and for each declared activity its recipients, security measures, DPIA status, creation date,
    /// and what the notice must say of it (Art. 13(2)(e)-(f)). An activity's empty fields make one point.
    /// </summary>
    internal static class RegisterOpenPoints
    {
        public static List<OpenPoint> Of(ProcessingRegister register, string language)
        {
            var points = new List<OpenPoint>();
            foreach (var property in RegisterSchema.Register.Properties.Where(p => p.IsOpen(register)))
                points.Add(new OpenPoint(OpenPointSubject.Record, register.Assembly, null, property.OpenWhenEmpty!.In(language), new[] { property.Key }));
            if (register.Controller is { } c)
            {
                if (!string.IsNullOrWhiteSpace(c.ToConfirm)) points.Add(new OpenPoint(OpenPointSubject.Controller, c.Name, null, c.ToConfirm!.Trim(), Array.Empty<string>()));
                foreach (var property in RegisterSchema.Controller.Properties.Where(p => p.IsOpen(c)))
                    points.Add(new OpenPoint(OpenPointSubject.Controller, c.Name, null, property.OpenWhenEmpty!.In(language), new[] { property.Key }));
            }
            foreach (var a in register.Activities)
            {
                if (!string.IsNullOrWhiteSpace(a.ToConfirm)) points.Add(new OpenPoint(OpenPointSubject.Activity, a.Name, null, a.ToConfirm!.Trim(), Array.Empty<string>(), a.Id));
                if (EmptyFields(a) is { Count: > 0 } empty)
                    points.Add(new OpenPoint(OpenPointSubject.Activity, a.Name, null, ActivityNote(empty, language), empty.Select(p => p.Key).ToArray(), a.Id));
                foreach (var f in a.Fields.Where(f => !string.IsNullOrWhiteSpace(f.ToConfirm)))
                    points.Add(new OpenPoint(OpenPointSubject.Field, f.DataSet, f.Label, f.ToConfirm!.Trim(), Array.Empty<string>(), a.Id));
            }
            // A transfer or processor serves several activities: one point each.
            foreach (var t in register.Activities.SelectMany(a => a.Transfers).Where(t => !string.IsNullOrWhiteSpace(t.ToConfirm)))
                points.Add(new OpenPoint(OpenPointSubject.Transfer, t.Recipient, null, t.ToConfirm!.Trim(), Array.Empty<string>()));
            foreach (var p in register.Activities.SelectMany(a => a.Processors).Where(p => !string.IsNullOrWhiteSpace(p.ToConfirm)))
                points.Add(new OpenPoint(OpenPointSubject.Processor, p.Name, null, p.ToConfirm!.Trim(), Array.Empty<string>()));
            return points.Distinct().ToList();
        }

        /// <summary>
        /// The mandatory fields a declared activity leaves empty: the Art. 30 ones first, then what the notice needs. None
        /// for an activity only used, never declared: its missing declaration is a point of its own (KPA0002).
        /// </summary>
        public static List<RegisterProperty> EmptyFields(RegisterActivity activity) =>
            activity.Declared ? RegisterSchema.Activity.Properties.Where(p => p.IsOpen(activity)).OrderBy(p => Order(p.Key)).ToList() : new List<RegisterProperty>();

        private static readonly string[] ActivityOrder = { "internalRecipients", "securityChecklist", "dpia", "created", "requirement", "automatedDecisions" };

        private static int Order(string key)
        {
            var index = Array.IndexOf(ActivityOrder, key);
            return index < 0 ? ActivityOrder.Length : index;
        }

        /// <summary>"Still to state: the DPIA status; the security measures.": an activity's empty fields as one point.</summary>
        public static string ActivityNote(IReadOnlyList<RegisterProperty> empty, string language)
        {
            var french = language == "fr";
            var items = string.Join(french ? " ; " : "; ", empty.Select(p => p.OpenWhenEmpty!.In(language)));
            return (french ? (empty.Count == 1 ? "Reste à renseigner : " : "Restent à renseigner : ") : "Still to state: ") + items + ".";
        }
    }
}
