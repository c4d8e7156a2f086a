using System;
using System.Collections.Generic;

namespace Holdout.Education
{
    public class Course
    {
        public int Id { get; set; } // not-pd
        public string Code { get; set; } = ""; // not-pd
        public string Name { get; set; } = ""; // not-pd
        public int Credits { get; set; } // not-pd
        public string? Syllabus { get; set; } // not-pd
        public int MaxStudents { get; set; } // not-pd
    }

    public class Enrollment
    {
        public int Id { get; set; } // not-pd
        public int StudentId { get; set; } // not-pd
        public int CourseId { get; set; } // not-pd
        public DateTime EnrolledAt { get; set; } // not-pd
        public string? FinalGrade { get; set; } // not-pd
    }

    public class Teacher
    {
        public int Id { get; set; } // not-pd
        public string FullName { get; set; } = ""; // pd:Identification
        public string Email { get; set; } = ""; // pd:Contact
        public string? OfficeRoom { get; set; } // not-pd
        public string Subject { get; set; } = ""; // not-pd
        public DateOnly? BirthDate { get; set; } // pd:Identification
    }

    public class ParentContact
    {
        public int StudentId { get; set; } // not-pd
        public string Relationship { get; set; } = ""; // not-pd
        public string Name { get; set; } = ""; // pd:Identification
        public string Phone { get; set; } = ""; // pd:Contact
        public string? Email { get; set; } // pd:Contact
        public bool CanPickUp { get; set; } // not-pd
    }
}

namespace Holdout.Fitness
{
    public class AthleteProfile
    {
        public Guid Id { get; set; } // not-pd
        public string Handle { get; set; } = ""; // pd:Identification
        public int? Age { get; set; } // pd:Identification
        public string? Gender { get; set; } // pd:Identification
        public double? WeightKg { get; set; } // pd:Health
        public int? RestingHeartRate { get; set; } // pd:Health
        public string? HomeCity { get; set; } // pd:Contact
        public int WeeklyGoalKm { get; set; } // not-pd
        public bool IsPublic { get; set; } // not-pd
    }

    public class Workout
    {
        public Guid Id { get; set; } // not-pd
        public Guid AthleteId { get; set; } // not-pd
        public string Sport { get; set; } = ""; // not-pd
        public DateTime StartedAt { get; set; } // not-pd
        public TimeSpan Duration { get; set; } // not-pd
        public double DistanceKm { get; set; } // not-pd
        public int? AverageHeartRate { get; set; } // pd:Health
        public List<GpsSample> Route { get; set; } = new(); // not-pd
    }

    public struct GpsSample
    {
        public double Lat; // pd:Location
        public double Lon; // pd:Location
        public DateTime Time; // not-pd
    }

    public class Challenge
    {
        public int Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public DateOnly Starts { get; set; } // not-pd
        public DateOnly Ends { get; set; } // not-pd
        public int ParticipantCount { get; set; } // not-pd
    }
}

namespace Holdout.RealEstate
{
    public class Listing
    {
        public Guid Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public string StreetAddress { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public decimal AskingPrice { get; set; } // not-pd
        public int Bedrooms { get; set; } // not-pd
        public double AreaSqm { get; set; } // not-pd
        public string AgentName { get; set; } = ""; // pd:Identification
        public string AgentPhone { get; set; } = ""; // pd:Contact
    }

    public class Viewing
    {
        public Guid Id { get; set; } // not-pd
        public Guid ListingId { get; set; } // not-pd
        public string VisitorName { get; set; } = ""; // pd:Identification
        public string VisitorEmail { get; set; } = ""; // pd:Contact
        public DateTime ScheduledAt { get; set; } // not-pd
        public string? Feedback { get; set; } // not-pd
    }

    public class TenantApplication
    {
        public Guid Id { get; set; } // not-pd
        public string ApplicantName { get; set; } = ""; // pd:Identification
        public decimal MonthlyIncome { get; set; } // pd:Financial
        public string? CurrentAddress { get; set; } // pd:Contact
        public string? EmployerName { get; set; } // not-pd
        public bool HasPets { get; set; } // not-pd
        public bool HasCriminalConvictions { get; set; } // pd:Criminal
    }
}

namespace Holdout.Ops
{
    public class ElasticsearchOptions
    {
        public string Url { get; set; } = ""; // not-pd
        public string Username { get; set; } = ""; // not-pd
        public string Password { get; set; } = ""; // not-pd
        public string IndexPrefix { get; set; } = ""; // not-pd
    }

    public class NotificationTemplate
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string EmailSubject { get; set; } = ""; // not-pd
        public string EmailBody { get; set; } = ""; // not-pd
        public string SmsText { get; set; } = ""; // not-pd
    }

    public class ImportBatch
    {
        public Guid Id { get; set; } // not-pd
        public string FileName { get; set; } = ""; // not-pd
        public int RowCount { get; set; } // not-pd
        public int ErrorCount { get; set; } // not-pd
        public string UploadedBy { get; set; } = ""; // not-pd
        public DateTime UploadedAt { get; set; } // not-pd
    }

    public class SensorReading
    {
        public long Id { get; set; } // not-pd
        public string DeviceSerial { get; set; } = ""; // not-pd
        public double Temperature { get; set; } // not-pd
        public double Humidity { get; set; } // not-pd
        public DateTime ReadAt { get; set; } // not-pd
        public string? FirmwareVersion { get; set; } // not-pd
    }

    public class SupportTicket
    {
        public int Id { get; set; } // not-pd
        public string Subject { get; set; } = ""; // not-pd
        public string Description { get; set; } = ""; // pd:Content
        public string RequesterEmail { get; set; } = ""; // pd:Contact
        public string? RequesterName { get; set; } // pd:Identification
        public string Priority { get; set; } = ""; // not-pd
        public int? AssigneeId { get; set; } // not-pd
        public DateTime OpenedAt { get; set; } // not-pd
    }

    public class VisitorSession
    {
        public Guid Id { get; set; } // not-pd
        public string? AnonymousId { get; set; } // pd:Technical
        public string? IpAddress { get; set; } // pd:Technical
        public string? Browser { get; set; } // pd:Technical
        public string? LandingPage { get; set; } // not-pd
        public string? UtmSource { get; set; } // not-pd
        public int PageViews { get; set; } // not-pd
    }
}
