using System;
using System.Collections.Generic;

namespace Corpus.Identity
{
    public class ApplicationUser
    {
        public string Id { get; set; } = ""; // not-pd
        public string? UserName { get; set; } // pd:Identification
        public string? NormalizedUserName { get; set; } // pd:Identification
        public string? Email { get; set; } // pd:Contact
        public string? NormalizedEmail { get; set; } // pd:Contact
        public bool EmailConfirmed { get; set; } // not-pd
        public string? PasswordHash { get; set; } // pd:Credentials
        public string? ConcurrencyStamp { get; set; } // not-pd
        public string? PhoneNumber { get; set; } // pd:Contact
        public bool PhoneNumberConfirmed { get; set; } // not-pd
        public bool TwoFactorEnabled { get; set; } // not-pd
        public DateTimeOffset? LockoutEnd { get; set; } // not-pd
        public bool LockoutEnabled { get; set; } // not-pd
        public int AccessFailedCount { get; set; } // not-pd
        public string? DisplayName { get; set; } // pd:Identification
        public string? AvatarUrl { get; set; } // pd:Identification
        public string TimeZone { get; set; } = "UTC"; // not-pd
    }

    public class UserProfile
    {
        public Guid UserId { get; set; } // not-pd
        public string? Nickname { get; set; } // pd:Identification
        public string? Bio { get; set; } // pd:Content
        public string? Location { get; set; } // pd:Location
        public string? Website { get; set; } // not-pd
        public int? Age { get; set; } // pd:Identification
        public string? ProfilePictureUrl { get; set; } // pd:Identification
        public bool ShowEmail { get; set; } // not-pd
        public int FollowerCount { get; set; } // not-pd
        public string Theme { get; set; } = "light"; // not-pd
    }

    public class RefreshToken
    {
        public int Id { get; set; } // not-pd
        public string TokenHash { get; set; } = ""; // not-pd
        public Guid UserId { get; set; } // not-pd
        public DateTime ExpiresAt { get; set; } // not-pd
        public DateTime CreatedAt { get; set; } // not-pd
        public string? CreatedByIp { get; set; } // pd:Technical
        public DateTime? RevokedAt { get; set; } // not-pd
        public string? ReplacedByTokenHash { get; set; } // not-pd
        public bool IsExpired => DateTime.UtcNow >= ExpiresAt; // not-pd
    }

    public class LoginAttempt
    {
        public long Id { get; set; } // not-pd
        public string AttemptedUserName { get; set; } = ""; // pd:Identification
        public string IpAddress { get; set; } = ""; // pd:Technical
        public string? UserAgent { get; set; } // pd:Technical
        public bool Succeeded { get; set; } // not-pd
        public string? FailureReason { get; set; } // not-pd
        public DateTime AttemptedAt { get; set; } // not-pd
    }

    public class ApiKey
    {
        public Guid Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string KeyHash { get; set; } = ""; // not-pd
        public string Prefix { get; set; } = ""; // not-pd
        public DateTime CreatedAt { get; set; } // not-pd
        public DateTime? LastUsedAt { get; set; } // not-pd
        public string[] Scopes { get; set; } = Array.Empty<string>(); // not-pd
    }

    public class JwtOptions
    {
        public const string SectionName = "Jwt"; // not-pd
        public string Issuer { get; set; } = ""; // not-pd
        public string Audience { get; set; } = ""; // not-pd
        public string SigningKey { get; set; } = ""; // not-pd
        public TimeSpan AccessTokenLifetime { get; set; } // not-pd
        public TimeSpan RefreshTokenLifetime { get; set; } // not-pd
    }

    public class PasswordPolicyOptions
    {
        public int MinPasswordLength { get; set; } = 12; // not-pd
        public bool RequireDigit { get; set; } // not-pd
        public bool RequireUppercase { get; set; } // not-pd
        public int PasswordHistorySize { get; set; } // not-pd
        public int MaxFailedAccessAttempts { get; set; } // not-pd
        public TimeSpan PasswordExpiry { get; set; } // not-pd
    }

    public class SmtpSettings
    {
        public string Host { get; set; } = ""; // not-pd
        public int Port { get; set; } = 587; // not-pd
        public string UserName { get; set; } = ""; // not-pd
        public string Password { get; set; } = ""; // not-pd
        public string FromEmail { get; set; } = ""; // not-pd
        public string FromName { get; set; } = ""; // not-pd
        public bool EnableSsl { get; set; } // not-pd
    }

    public record RegisterRequest(
        string Email, // pd:Contact
        string Password, // pd:Credentials
        string ConfirmPassword, // pd:Credentials
        string FirstName, // pd:Identification
        string LastName, // pd:Identification
        bool AcceptTerms); // not-pd

    public record LoginRequest(
        string UserName, // pd:Identification
        string Password, // pd:Credentials
        bool RememberMe); // not-pd

    public class ChangePasswordModel
    {
        public string CurrentPassword { get; set; } = ""; // pd:Credentials
        public string NewPassword { get; set; } = ""; // pd:Credentials
        public string ConfirmNewPassword { get; set; } = ""; // pd:Credentials
    }

    public class UserSession
    {
        public Guid Id { get; set; } // not-pd
        public Guid UserId { get; set; } // not-pd
        public string? DeviceId { get; set; } // pd:Technical
        public string? DeviceName { get; set; } // not-pd
        public string? ClientIpAddress { get; set; } // pd:Technical
        public DateTime StartedAt { get; set; } // not-pd
        public DateTime LastSeenAt { get; set; } // pd:Usage
        public bool IsRevoked { get; set; } // not-pd
    }

    public class ExternalLogin
    {
        public string LoginProvider { get; set; } = ""; // not-pd
        public string ProviderKey { get; set; } = ""; // not-pd
        public string? ProviderDisplayName { get; set; } // not-pd
        public string UserId { get; set; } = ""; // not-pd
    }

    public class TwoFactorSetup
    {
        public string SharedKey { get; set; } = ""; // not-pd
        public string AuthenticatorUri { get; set; } = ""; // not-pd
        public string[] RecoveryCodes { get; set; } = Array.Empty<string>(); // pd:Credentials
    }
}
