using System;
using System.Collections.Generic;

namespace Corpus.Commerce
{
    public class Customer
    {
        public Guid Id { get; set; } // not-pd
        public string FirstName { get; set; } = ""; // pd:Identification
        public string LastName { get; set; } = ""; // pd:Identification
        public string Email { get; set; } = ""; // pd:Contact
        public string? PhoneNumber { get; set; } // pd:Contact
        public DateTime? DateOfBirth { get; set; } // pd:Identification
        public DateTime CreatedAt { get; set; } // not-pd
        public DateTime? UpdatedAt { get; set; } // not-pd
        public bool IsActive { get; set; } // not-pd
        public bool EmailConfirmed { get; set; } // not-pd
        public int OrderCount { get; set; } // not-pd
        public string? Gender { get; set; } // pd:Identification
        public string PreferredLanguage { get; set; } = "en"; // not-pd
        public List<Order> Orders { get; set; } = new(); // not-pd
        public List<CustomerAddress> Addresses { get; set; } = new(); // not-pd
        public byte[] RowVersion { get; set; } = Array.Empty<byte>(); // not-pd
    }

    public class CustomerAddress
    {
        public int Id { get; set; } // not-pd
        public Guid CustomerId { get; set; } // not-pd
        public string Street { get; set; } = ""; // pd:Contact
        public string? AddressLine2 { get; set; } // pd:Contact
        public string City { get; set; } = ""; // pd:Contact
        public string PostalCode { get; set; } = ""; // pd:Contact
        public string Country { get; set; } = ""; // pd:Contact
        public bool IsDefault { get; set; } // not-pd
        public string Label { get; set; } = ""; // not-pd
    }

    public class Order
    {
        public Guid Id { get; set; } // not-pd
        public string OrderNumber { get; set; } = ""; // not-pd
        public Guid CustomerId { get; set; } // not-pd
        public Customer? Customer { get; set; } // not-pd
        public DateTime PlacedAt { get; set; } // not-pd
        public decimal TotalAmount { get; set; } // not-pd
        public string Currency { get; set; } = "EUR"; // not-pd
        public OrderStatus Status { get; set; } // not-pd
        public string ShippingAddress { get; set; } = ""; // pd:Contact
        public string BillingAddress { get; set; } = ""; // pd:Contact
        public string? DeliveryInstructions { get; set; } // not-pd
        public string? CustomerEmail { get; set; } // pd:Contact
        public List<OrderLine> Lines { get; set; } = new(); // not-pd
        public string? CouponCode { get; set; } // not-pd
    }

    public enum OrderStatus { Pending, Paid, Shipped, Cancelled }

    public class OrderLine
    {
        public int Id { get; set; } // not-pd
        public Guid OrderId { get; set; } // not-pd
        public int ProductId { get; set; } // not-pd
        public string ProductName { get; set; } = ""; // not-pd
        public int Quantity { get; set; } // not-pd
        public decimal UnitPrice { get; set; } // not-pd
        public decimal Discount { get; set; } // not-pd
    }

    public class Product
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Sku { get; set; } = ""; // not-pd
        public string? Description { get; set; } // not-pd
        public decimal Price { get; set; } // not-pd
        public int StockQuantity { get; set; } // not-pd
        public string? ImageUrl { get; set; } // not-pd
        public int CategoryId { get; set; } // not-pd
        public double Weight { get; set; } // not-pd
        public string CountryOfOrigin { get; set; } = ""; // not-pd
        public int MinimumAge { get; set; } // not-pd
        public bool IsPublished { get; set; } // not-pd
    }

    public class ProductCategory
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Slug { get; set; } = ""; // not-pd
        public int? ParentId { get; set; } // not-pd
        public int DisplayOrder { get; set; } // not-pd
    }

    public class Cart
    {
        public Guid Id { get; set; } // not-pd
        public string? SessionId { get; set; } // pd:Technical
        public Guid? CustomerId { get; set; } // not-pd
        public DateTime ExpiresAt { get; set; } // not-pd
        public List<CartItem> Items { get; } = new(); // not-pd
    }

    public class CartItem
    {
        public int ProductId { get; set; } // not-pd
        public int Quantity { get; set; } // not-pd
        public decimal Price { get; set; } // not-pd
    }

    public class Shipment
    {
        public Guid Id { get; set; } // not-pd
        public Guid OrderId { get; set; } // not-pd
        public string Carrier { get; set; } = ""; // not-pd
        public string TrackingNumber { get; set; } = ""; // not-pd
        public DateTime ShipDate { get; set; } // not-pd
        public DateTime? DeliveredAt { get; set; } // not-pd
        public string RecipientName { get; set; } = ""; // pd:Identification
        public string RecipientPhone { get; set; } = ""; // pd:Contact
        public string DeliveryAddress { get; set; } = ""; // pd:Contact
        public decimal WeightKg { get; set; } // not-pd
        public int PackageCount { get; set; } // not-pd
        public string ShipMethod { get; set; } = ""; // not-pd
    }

    public class Invoice
    {
        public Guid Id { get; set; } // not-pd
        public string InvoiceNumber { get; set; } = ""; // not-pd
        public Guid OrderId { get; set; } // not-pd
        public DateOnly IssueDate { get; set; } // not-pd
        public DateOnly DueDate { get; set; } // not-pd
        public decimal NetAmount { get; set; } // not-pd
        public decimal TaxAmount { get; set; } // not-pd
        public decimal TaxRate { get; set; } // not-pd
        public string BillingName { get; set; } = ""; // pd:Identification
        public string BillingAddress { get; set; } = ""; // pd:Contact
        public string? CustomerVatNumber { get; set; } // not-pd
        public string? PdfPath { get; set; } // not-pd
    }

    public class PaymentMethod
    {
        public Guid Id { get; set; } // not-pd
        public Guid CustomerId { get; set; } // not-pd
        public string CardholderName { get; set; } = ""; // pd:Financial
        public string CardNumber { get; set; } = ""; // pd:Financial
        public string MaskedCardNumber { get; set; } = ""; // not-pd
        public int ExpiryMonth { get; set; } // pd:Financial
        public int ExpiryYear { get; set; } // pd:Financial
        public string? Iban { get; set; } // pd:Financial
        public string? Bic { get; set; } // not-pd
        public string Provider { get; set; } = ""; // not-pd
        public bool IsDefault { get; set; } // not-pd
    }

    public class Coupon
    {
        public int Id { get; set; } // not-pd
        public string Code { get; set; } = ""; // not-pd
        public decimal Percentage { get; set; } // not-pd
        public DateTime ValidFrom { get; set; } // not-pd
        public DateTime ValidUntil { get; set; } // not-pd
        public int MaxUses { get; set; } // not-pd
        public int TimesUsed { get; set; } // not-pd
    }

    public class ProductReview
    {
        public int Id { get; set; } // not-pd
        public int ProductId { get; set; } // not-pd
        public string ReviewerName { get; set; } = ""; // pd:Identification
        public string? ReviewerEmail { get; set; } // pd:Contact
        public int Rating { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public DateTime PostedAt { get; set; } // not-pd
        public bool IsVerifiedPurchase { get; set; } // not-pd
        public int HelpfulVotes { get; set; } // not-pd
    }

    public class Warehouse
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Code { get; set; } = ""; // not-pd
        public string City { get; set; } = ""; // not-pd
        public string Country { get; set; } = ""; // not-pd
        public int Capacity { get; set; } // not-pd
        public bool IsActive { get; set; } // not-pd
    }

    public record ProductDto(
        int Id, // not-pd
        string Name, // not-pd
        decimal Price, // not-pd
        string? ThumbnailUrl); // not-pd

    public record CustomerDto(
        Guid Id, // not-pd
        string FullName, // pd:Identification
        string Email, // pd:Contact
        string? Phone, // pd:Contact
        DateOnly? BirthDate, // pd:Identification
        int OrderCount); // not-pd

    public record PlaceOrderRequest(
        Guid CartId, // not-pd
        string ShippingStreet, // pd:Contact
        string ShippingCity, // pd:Contact
        string ShippingPostcode, // pd:Contact
        string ShippingCountry, // pd:Contact
        string ContactEmail, // pd:Contact
        string? ContactPhone, // pd:Contact
        string PaymentToken); // not-pd
}
