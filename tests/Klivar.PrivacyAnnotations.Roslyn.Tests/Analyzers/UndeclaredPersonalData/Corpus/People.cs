using System;
using System.Collections.Generic;

namespace Corpus.People
{
    public class Employee
    {
        private string _firstName = ""; // pd:Identification
        private string m_personalEmail = ""; // pd:Contact

        public int Id { get; set; } // not-pd
        public string EmployeeNumber { get; set; } = ""; // pd:Identification
        public string FirstName { get => _firstName; set => _firstName = value; } // pd:Identification
        public string? MiddleName { get; set; } // pd:Identification
        public string Surname { get; set; } = ""; // pd:Identification
        public string WorkEmail { get; set; } = ""; // pd:Contact
        public string PersonalEmail { get => m_personalEmail; set => m_personalEmail = value; } // pd:Contact
        public string? MobilePhone { get; set; } // pd:Contact
        public string HomeAddress { get; set; } = ""; // pd:Contact
        public DateTime DateOfBirth { get; set; } // pd:Identification
        public string? Nationality { get; set; } // pd:Identification
        public string SocialSecurityNumber { get; set; } = ""; // pd:NationalIdentifier
        public string? TaxId { get; set; } // pd:NationalIdentifier
        public string? Iban { get; set; } // pd:Financial
        public decimal Salary { get; set; } // pd:Financial
        public DateTime HireDate { get; set; } // not-pd
        public DateTime? TerminationDate { get; set; } // not-pd
        public int DepartmentId { get; set; } // not-pd
        public string JobTitle { get; set; } = ""; // not-pd
        public int? ManagerId { get; set; } // not-pd
        public bool IsTradeUnionMember { get; set; } // pd:TradeUnionMembership
        public bool IsRemote { get; set; } // not-pd
        public int VacationDaysLeft { get; set; } // not-pd
    }

    public class Department
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string CostCenter { get; set; } = ""; // not-pd
        public int HeadCount { get; set; } // not-pd
        public string? Location { get; set; } // not-pd
    }

    public class PayrollEntry
    {
        public long Id { get; set; } // not-pd
        public int EmployeeId { get; set; } // not-pd
        public int Year { get; set; } // not-pd
        public int Month { get; set; } // not-pd
        public decimal GrossPay { get; set; } // pd:Financial
        public decimal NetPay { get; set; } // pd:Financial
        public decimal IncomeTax { get; set; } // pd:Financial
        public string BankAccountNumber { get; set; } = ""; // pd:Financial
        public bool IsPaid { get; set; } // not-pd
    }

    public class LeaveRequest
    {
        public Guid Id { get; set; } // not-pd
        public int EmployeeId { get; set; } // not-pd
        public DateOnly From { get; set; } // not-pd
        public DateOnly To { get; set; } // not-pd
        public LeaveType Type { get; set; } // not-pd
        public string? SickNoteDiagnosis { get; set; } // pd:Health
        public bool Approved { get; set; } // not-pd
        public int? ApprovedBy { get; set; } // not-pd
    }

    public enum LeaveType { Vacation, Sick, Parental }

    public class JobApplicant
    {
        public Guid Id { get; set; } // not-pd
        public string FullName { get; set; } = ""; // pd:Identification
        public string Email { get; set; } = ""; // pd:Contact
        public string? Phone { get; set; } // pd:Contact
        public string? LinkedInUrl { get; set; } // pd:Identification
        public string? CvFilePath { get; set; } // pd:Content
        public int YearsOfExperience { get; set; } // not-pd
        public Guid JobPostingId { get; set; } // not-pd
        public bool HasCriminalRecord { get; set; } // pd:Criminal
        public string? ExpectedSalary { get; set; } // pd:Financial
        public DateTime AppliedAt { get; set; } // not-pd
    }

    public class JobPosting
    {
        public Guid Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public string Description { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public string Country { get; set; } = ""; // not-pd
        public decimal? SalaryMin { get; set; } // not-pd
        public decimal? SalaryMax { get; set; } // not-pd
        public string ContactEmail { get; set; } = ""; // not-pd
        public bool IsRemote { get; set; } // not-pd
    }

    public class Contact
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // pd:Identification
        public string? Company { get; set; } // not-pd
        public string? Email { get; set; } // pd:Contact
        public string? Phone { get; set; } // pd:Contact
        public string? Fax { get; set; } // pd:Contact
        public string? City { get; set; } // pd:Contact
        public string? Country { get; set; } // pd:Contact
        public string? Notes { get; set; } // not-pd
        public DateTime? LastContactedAt { get; set; } // not-pd
        public int OwnerId { get; set; } // not-pd
    }

    public class Member
    {
        public int MemberId { get; set; } // not-pd
        public string Name { get; set; } = ""; // pd:Identification
        public string Email { get; set; } = ""; // pd:Contact
        public DateTime JoinedOn { get; set; } // not-pd
        public string MembershipLevel { get; set; } = ""; // not-pd
        public string? PoliticalOpinion { get; set; } // pd:PoliticalOpinions
        public string? SexualOrientation { get; set; } // pd:SexLifeOrOrientation
        public decimal FeesPaid { get; set; } // not-pd
    }

    public struct PersonName
    {
        public string First; // pd:Identification
        public string Last; // pd:Identification
        public string? Title; // not-pd
    }

    public class Company
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string VatNumber { get; set; } = ""; // not-pd
        public string Street { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public string PostalCode { get; set; } = ""; // not-pd
        public string Country { get; set; } = ""; // not-pd
        public string? Website { get; set; } // not-pd
        public int EmployeeCount { get; set; } // not-pd
    }

    public class Student
    {
        public Guid Id { get; set; } // not-pd
        public string StudentNumber { get; set; } = ""; // pd:Identification
        public string FirstName { get; set; } = ""; // pd:Identification
        public string LastName { get; set; } = ""; // pd:Identification
        public DateOnly DateOfBirth { get; set; } // pd:Identification
        public string? GuardianPhone { get; set; } // pd:Contact
        public int GradeLevel { get; set; } // not-pd
        public decimal Gpa { get; set; } // not-pd
        public int ClassroomId { get; set; } // not-pd
    }

    public record EmployeeSummary(
        int Id, // not-pd
        string Name, // pd:Identification
        string Department, // not-pd
        string Email); // pd:Contact
}
