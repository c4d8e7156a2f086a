using System;
using System.Collections.Generic;

namespace Corpus.Health
{
    public class Patient
    {
        public Guid Id { get; set; } // not-pd
        public string MedicalRecordNumber { get; set; } = ""; // pd:Identification
        public string GivenName { get; set; } = ""; // pd:Identification
        public string FamilyName { get; set; } = ""; // pd:Identification
        public DateOnly BirthDate { get; set; } // pd:Identification
        public string Sex { get; set; } = ""; // pd:Identification
        public string? BloodType { get; set; } // pd:Health
        public string? NationalId { get; set; } // pd:NationalIdentifier
        public string? InsuranceNumber { get; set; } // pd:NationalIdentifier
        public List<string> Allergies { get; set; } = new(); // pd:Health
        public string? PrimaryDiagnosis { get; set; } // pd:Health
        public string? EmergencyContactPhone { get; set; } // pd:Contact
        public string? Ethnicity { get; set; } // pd:RacialOrEthnicOrigin
        public string? Religion { get; set; } // pd:ReligiousOrPhilosophicalBeliefs
        public DateTime RegisteredAt { get; set; } // not-pd
        public int WardId { get; set; } // not-pd
    }

    public class Appointment
    {
        public Guid Id { get; set; } // not-pd
        public Guid PatientId { get; set; } // not-pd
        public Guid DoctorId { get; set; } // not-pd
        public DateTime StartsAt { get; set; } // not-pd
        public TimeSpan Duration { get; set; } // not-pd
        public string RoomNumber { get; set; } = ""; // not-pd
        public AppointmentStatus Status { get; set; } // not-pd
        public string? Notes { get; set; } // pd:Health
        public bool ReminderSent { get; set; } // not-pd
    }

    public enum AppointmentStatus { Booked, Attended, Missed }

    public class Doctor
    {
        public Guid Id { get; set; } // not-pd
        public string FirstName { get; set; } = ""; // pd:Identification
        public string LastName { get; set; } = ""; // pd:Identification
        public string Specialty { get; set; } = ""; // not-pd
        public string LicenseNumber { get; set; } = ""; // not-pd
        public string? OfficePhone { get; set; } // pd:Contact
        public bool AcceptsNewPatients { get; set; } // not-pd
    }

    public class Prescription
    {
        public Guid Id { get; set; } // not-pd
        public Guid PatientId { get; set; } // not-pd
        public string Medication { get; set; } = ""; // pd:Health
        public string Dosage { get; set; } = ""; // pd:Health
        public int RefillsAllowed { get; set; } // not-pd
        public DateOnly IssuedOn { get; set; } // not-pd
        public DateOnly? ExpiresOn { get; set; } // not-pd
    }

    public class LabResult
    {
        public Guid Id { get; set; } // not-pd
        public Guid PatientId { get; set; } // not-pd
        public string TestCode { get; set; } = ""; // not-pd
        public decimal Value { get; set; } // pd:Health
        public string Unit { get; set; } = ""; // not-pd
        public string? ReferenceRange { get; set; } // not-pd
        public DateTime CollectedAt { get; set; } // not-pd
        public string? GeneticMarker { get; set; } // pd:Genetic
    }

    public record HealthQuestionnaire(
        Guid PatientId, // not-pd
        bool Smoker, // pd:Health
        int? HeightCm, // pd:Health
        decimal? WeightKg, // pd:Health
        string? HealthConditions, // pd:Health
        string? Medications, // pd:Health
        bool Pregnant); // pd:Health

    public class Ward
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public int Floor { get; set; } // not-pd
        public int BedCount { get; set; } // not-pd
        public string? PhoneExtension { get; set; } // not-pd
    }

    public class BiometricEnrollment
    {
        public Guid Id { get; set; } // not-pd
        public Guid EmployeeId { get; set; } // not-pd
        public byte[] FingerprintTemplate { get; set; } = Array.Empty<byte>(); // pd:Biometric
        public byte[]? FaceTemplate { get; set; } // pd:Biometric
        public string Algorithm { get; set; } = ""; // not-pd
        public DateTime EnrolledAt { get; set; } // not-pd
    }
}
