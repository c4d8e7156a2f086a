using System;
using System.Collections.Generic;

namespace Corpus.Geo
{
    public class Store
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Address { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public string Phone { get; set; } = ""; // not-pd
        public double Latitude { get; set; } // not-pd
        public double Longitude { get; set; } // not-pd
        public string OpeningHours { get; set; } = ""; // not-pd
    }

    public class Trip
    {
        public Guid Id { get; set; } // not-pd
        public Guid DriverId { get; set; } // not-pd
        public Guid RiderId { get; set; } // not-pd
        public double PickupLatitude { get; set; } // pd:Location
        public double PickupLongitude { get; set; } // pd:Location
        public double DropoffLatitude { get; set; } // pd:Location
        public double DropoffLongitude { get; set; } // pd:Location
        public decimal Fare { get; set; } // not-pd
        public DateTime StartedAt { get; set; } // not-pd
        public double DistanceKm { get; set; } // not-pd
    }

    public class LocationPing
    {
        public long Id { get; set; } // not-pd
        public Guid UserId { get; set; } // not-pd
        public double Lat { get; set; } // pd:Location
        public double Lng { get; set; } // pd:Location
        public float AccuracyMeters { get; set; } // not-pd
        public DateTime RecordedAt { get; set; } // not-pd
    }

    public class Country
    {
        public string IsoCode { get; set; } = ""; // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string PhonePrefix { get; set; } = ""; // not-pd
        public string PostcodeRegex { get; set; } = ""; // not-pd
        public bool IsEuMember { get; set; } // not-pd
    }

    public class TimeZoneInfoDto
    {
        public string Id { get; set; } = ""; // not-pd
        public string DisplayName { get; set; } = ""; // not-pd
        public int OffsetMinutes { get; set; } // not-pd
    }

    public readonly record struct GeoPoint(
        double Latitude, // not-pd
        double Longitude); // not-pd

    public class Subscriber
    {
        public long Id { get; set; } // not-pd
        public string Msisdn { get; set; } = ""; // pd:Contact
        public string? Name { get; set; } // pd:Identification
        public string? Imei { get; set; } // pd:Technical
        public string Plan { get; set; } = ""; // not-pd
        public decimal Balance { get; set; } // not-pd
        public string? City { get; set; } // pd:Contact
        public DateTime ActivatedAt { get; set; } // not-pd
    }

    public class Vehicle
    {
        public int Id { get; set; } // not-pd
        public string Make { get; set; } = ""; // not-pd
        public string Model { get; set; } = ""; // not-pd
        public int Year { get; set; } // not-pd
        public string LicensePlate { get; set; } = ""; // pd:Identification
        // A VIN identifies the vehicle's keeper, as its plate does.
        public string Vin { get; set; } = ""; // pd:Identification
        public int Mileage { get; set; } // not-pd
    }

    public class Account
    {
        public Guid Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // pd:Identification
        public string? Email { get; set; } // pd:Contact
        public string Plan { get; set; } = ""; // not-pd
        public decimal Balance { get; set; } // not-pd
        public string? Country { get; set; } // pd:Contact
        public DateTime OpenedAt { get; set; } // not-pd
        public bool IsVerified { get; set; } // not-pd
    }

    public class PassportScan
    {
        public Guid Id { get; set; } // not-pd
        public Guid CustomerId { get; set; } // not-pd
        public string PassportNumber { get; set; } = ""; // pd:NationalIdentifier
        public string IssuingCountry { get; set; } = ""; // not-pd
        // Beside the passport's number, its expiry date is a detail of the holder's document.
        public DateOnly ExpiryDate { get; set; } // pd:NationalIdentifier
        public string? DrivingLicenceNumber { get; set; } // pd:NationalIdentifier
        public string ScanBlobPath { get; set; } = ""; // pd:NationalIdentifier
        public bool Verified { get; set; } // not-pd
    }
}
