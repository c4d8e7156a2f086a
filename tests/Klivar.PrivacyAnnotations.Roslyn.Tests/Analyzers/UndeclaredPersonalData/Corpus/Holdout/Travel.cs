using System;
using System.Collections.Generic;

namespace Holdout.Travel
{
    public class Booking
    {
        public Guid Id { get; set; } // not-pd
        public string Reference { get; set; } = ""; // not-pd
        public Guid TravellerId { get; set; } // not-pd
        public DateTime CheckIn { get; set; } // not-pd
        public DateTime CheckOut { get; set; } // not-pd
        public int Adults { get; set; } // not-pd
        public int Children { get; set; } // not-pd
        public decimal TotalPrice { get; set; } // not-pd
        public string? SpecialRequests { get; set; } // not-pd
        public string LeadGuestName { get; set; } = ""; // pd:Identification
        public string LeadGuestEmail { get; set; } = ""; // pd:Contact
        public string? LeadGuestPhone { get; set; } // pd:Contact
        public bool IsRefundable { get; set; } // not-pd
    }

    public class Traveller
    {
        public Guid Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public string FirstName { get; set; } = ""; // pd:Identification
        public string LastName { get; set; } = ""; // pd:Identification
        public DateOnly DateOfBirth { get; set; } // pd:Identification
        public string PassportNumber { get; set; } = ""; // pd:NationalIdentifier
        public DateOnly PassportExpiry { get; set; } // not-pd
        public string Nationality { get; set; } = ""; // pd:Identification
        public string? FrequentFlyerNumber { get; set; } // pd:Identification
        public string? MealPreference { get; set; } // not-pd
        public string? KnownTravelerNumber { get; set; } // pd:NationalIdentifier
    }

    public class Flight
    {
        public int Id { get; set; } // not-pd
        public string FlightNumber { get; set; } = ""; // not-pd
        public string Origin { get; set; } = ""; // not-pd
        public string Destination { get; set; } = ""; // not-pd
        public DateTime DepartureUtc { get; set; } // not-pd
        public DateTime ArrivalUtc { get; set; } // not-pd
        public string AircraftType { get; set; } = ""; // not-pd
        public int SeatsAvailable { get; set; } // not-pd
    }

    public class Hotel
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Address { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public int Stars { get; set; } // not-pd
        public double Latitude { get; set; } // not-pd
        public double Longitude { get; set; } // not-pd
        public string ReceptionPhone { get; set; } = ""; // not-pd
    }

    public record SearchRequest(
        string Destination, // not-pd
        DateOnly From, // not-pd
        DateOnly To, // not-pd
        int Guests, // not-pd
        string? PromoCode); // not-pd

    public class BoardingPass
    {
        public string Barcode { get; set; } = ""; // not-pd
        public string PassengerName { get; set; } = ""; // pd:Identification
        public string Seat { get; set; } = ""; // not-pd
        public string Gate { get; set; } = ""; // not-pd
        public DateTime BoardingTime { get; set; } // not-pd
    }
}

namespace Holdout.Banking
{
    public class BankAccount
    {
        public Guid Id { get; set; } // not-pd
        public string AccountNumber { get; set; } = ""; // pd:Financial
        public string Iban { get; set; } = ""; // pd:Financial
        public string HolderName { get; set; } = ""; // pd:Identification
        public decimal Balance { get; set; } // not-pd
        public string Currency { get; set; } = ""; // not-pd
        public DateTime OpenedOn { get; set; } // not-pd
        public bool IsFrozen { get; set; } // not-pd
        public decimal OverdraftLimit { get; set; } // not-pd
    }

    public class Transaction
    {
        public long Id { get; set; } // not-pd
        public Guid AccountId { get; set; } // not-pd
        public decimal Amount { get; set; } // not-pd
        public string Description { get; set; } = ""; // not-pd
        public string? CounterpartyName { get; set; } // pd:Identification
        public string? CounterpartyIban { get; set; } // pd:Financial
        public DateTime BookedAt { get; set; } // not-pd
        public string Category { get; set; } = ""; // not-pd
    }

    public class LoanApplication
    {
        public Guid Id { get; set; } // not-pd
        public string ApplicantFullName { get; set; } = ""; // pd:Identification
        public decimal AnnualIncome { get; set; } // pd:Financial
        public string EmploymentStatus { get; set; } = ""; // not-pd
        public decimal RequestedAmount { get; set; } // not-pd
        public int TermMonths { get; set; } // not-pd
        public int? CreditScore { get; set; } // pd:Financial
        public string? TaxIdentificationNumber { get; set; } // pd:NationalIdentifier
        public DateTime SubmittedAt { get; set; } // not-pd
    }

    public class ExchangeRate
    {
        public string From { get; set; } = ""; // not-pd
        public string To { get; set; } = ""; // not-pd
        public decimal Rate { get; set; } // not-pd
        public DateOnly Date { get; set; } // not-pd
    }

    public class CardDto
    {
        public Guid Id { get; set; } // not-pd
        public string Last4 { get; set; } = ""; // pd:Financial
        public string Brand { get; set; } = ""; // not-pd
        public int ExpMonth { get; set; } // pd:Financial
        public int ExpYear { get; set; } // pd:Financial
        public string? BillingPostcode { get; set; } // pd:Contact
    }
}
