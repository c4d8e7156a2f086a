using System;
using System.Collections.Generic;
using System.IO.Compression;

namespace Corpus.Infrastructure
{
    public class DatabaseOptions
    {
        public string ConnectionString { get; set; } = ""; // not-pd
        public int CommandTimeoutSeconds { get; set; } = 30; // not-pd
        public bool EnableSensitiveDataLogging { get; set; } // not-pd
        public int MaxRetryCount { get; set; } // not-pd
    }

    public class EmailOptions
    {
        public string SmtpHost { get; set; } = ""; // not-pd
        public string SmtpUser { get; set; } = ""; // not-pd
        public string SmtpPassword { get; set; } = ""; // not-pd
        public string SenderAddress { get; set; } = ""; // not-pd
        public string SenderName { get; set; } = ""; // not-pd
        public string WelcomeEmailTemplate { get; set; } = ""; // not-pd
        public string? ReplyToEmail { get; set; } // not-pd
    }

    public class StorageSettings
    {
        public string AccountName { get; set; } = ""; // not-pd
        public string AccountKey { get; set; } = ""; // not-pd
        public string ContainerName { get; set; } = ""; // not-pd
        public string? BaseAddress { get; set; } // not-pd
    }

    public class ZipArchiveInfo
    {
        public string ZipPath { get; set; } = ""; // not-pd
        public string FileName { get; set; } = ""; // not-pd
        public long CompressedSize { get; set; } // not-pd
        public CompressionLevel Level { get; set; } // not-pd
        public int EntryCount { get; set; } // not-pd
        public string? Password { get; set; } // not-pd
    }

    public class LogEntry
    {
        public long Id { get; set; } // not-pd
        public DateTime Timestamp { get; set; } // not-pd
        public string Level { get; set; } = ""; // not-pd
        public string Message { get; set; } = ""; // not-pd
        public string? Exception { get; set; } // not-pd
        public string? TraceId { get; set; } // not-pd
        public string? SourceContext { get; set; } // not-pd
        public string? ClientIp { get; set; } // pd:Technical
        public string? MachineName { get; set; } // not-pd
    }

    public class AuditEvent
    {
        public Guid Id { get; set; } // not-pd
        public string? UserId { get; set; } // not-pd
        public string Action { get; set; } = ""; // not-pd
        public string EntityName { get; set; } = ""; // not-pd
        public string EntityId { get; set; } = ""; // not-pd
        public string? OldValues { get; set; } // not-pd
        public string? NewValues { get; set; } // not-pd
        public string? IpAddress { get; set; } // pd:Technical
        public DateTime OccurredAt { get; set; } // not-pd
    }

    public class HttpRequestLog
    {
        public long Id { get; set; } // not-pd
        public string Method { get; set; } = ""; // not-pd
        public string Path { get; set; } = ""; // not-pd
        public string? QueryString { get; set; } // not-pd
        public int StatusCode { get; set; } // not-pd
        public double DurationMs { get; set; } // not-pd
        public string? RemoteIpAddress { get; set; } // pd:Technical
        public string? UserAgent { get; set; } // pd:Technical
        public string? Referer { get; set; } // not-pd
    }

    public class ServerNode
    {
        public int Id { get; set; } // not-pd
        public string HostName { get; set; } = ""; // not-pd
        public string ServerIpAddress { get; set; } = ""; // not-pd
        public int Port { get; set; } // not-pd
        public string Region { get; set; } = ""; // not-pd
        public int CpuCores { get; set; } // not-pd
        public bool IsHealthy { get; set; } // not-pd
        public DateTime LastHeartbeat { get; set; } // not-pd
    }

    public class OAuthClient
    {
        public string ClientId { get; set; } = ""; // not-pd
        public string ClientSecret { get; set; } = ""; // not-pd
        public string DisplayName { get; set; } = ""; // not-pd
        public List<string> RedirectUris { get; set; } = new(); // not-pd
        public List<string> AllowedScopes { get; set; } = new(); // not-pd
        public bool RequirePkce { get; set; } // not-pd
    }

    public class WebhookSubscription
    {
        public Guid Id { get; set; } // not-pd
        public string CallbackUrl { get; set; } = ""; // not-pd
        public string Secret { get; set; } = ""; // not-pd
        public string EventType { get; set; } = ""; // not-pd
        public bool IsActive { get; set; } // not-pd
        public int FailureCount { get; set; } // not-pd
    }

    public class BackgroundJob
    {
        public Guid Id { get; set; } // not-pd
        public string JobType { get; set; } = ""; // not-pd
        public string Payload { get; set; } = ""; // not-pd
        public int Attempts { get; set; } // not-pd
        public DateTime ScheduledFor { get; set; } // not-pd
        public string? LastError { get; set; } // not-pd
        public Func<bool>? Condition { get; set; } // not-pd
    }

    public class FeatureFlag
    {
        public string Key { get; set; } = ""; // not-pd
        public bool Enabled { get; set; } // not-pd
        public int RolloutPercentage { get; set; } // not-pd
        public string? Description { get; set; } // not-pd
    }

    public class CacheEntry
    {
        public string Key { get; set; } = ""; // not-pd
        public byte[] Value { get; set; } = Array.Empty<byte>(); // not-pd
        public DateTimeOffset AbsoluteExpiration { get; set; } // not-pd
        public TimeSpan? SlidingExpiration { get; set; } // not-pd
    }

    public class PhoneValidationSettings
    {
        public string PhoneFormat { get; set; } = ""; // not-pd
        public string DefaultCountry { get; set; } = "FR"; // not-pd
        public bool AllowLandlines { get; set; } // not-pd
    }

    public static class Defaults
    {
        public const string SupportEmail = "support@example.com"; // not-pd
        public static readonly string AdminPhone = "+33000000000"; // not-pd
        public const int MaxNameLength = 100; // not-pd
    }

    public class EmailMessage
    {
        public string To { get; set; } = ""; // pd:Contact
        public string? Cc { get; set; } // pd:Contact
        public string Subject { get; set; } = ""; // not-pd
        public string HtmlBody { get; set; } = ""; // not-pd
        public List<string> Attachments { get; set; } = new(); // not-pd
        public int Priority { get; set; } // not-pd
    }

    public class SmsNotification
    {
        public Guid Id { get; set; } // not-pd
        public string RecipientPhoneNumber { get; set; } = ""; // pd:Contact
        public string Text { get; set; } = ""; // not-pd
        public string Status { get; set; } = ""; // not-pd
        public int SegmentCount { get; set; } // not-pd
    }

    public class DeviceRegistration
    {
        public Guid Id { get; set; } // not-pd
        public Guid UserId { get; set; } // not-pd
        public string PushToken { get; set; } = ""; // pd:Technical
        public string Platform { get; set; } = ""; // not-pd
        public string? AdvertisingId { get; set; } // pd:Technical
        public string? MacAddress { get; set; } // pd:Technical
        public string AppVersion { get; set; } = ""; // not-pd
        public int PhoneCount { get; set; } // not-pd
    }

    public class RateLimitRule
    {
        public string Endpoint { get; set; } = ""; // not-pd
        public int PermitLimit { get; set; } // not-pd
        public TimeSpan Window { get; set; } // not-pd
        public List<string> IpWhitelist { get; set; } = new(); // not-pd
    }
}
