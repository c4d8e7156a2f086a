using System;
using System.Collections.Generic;

namespace Corpus.Content
{
    public class BlogPost
    {
        public int Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public string Slug { get; set; } = ""; // not-pd
        public string Body { get; set; } = ""; // not-pd
        public string? Excerpt { get; set; } // not-pd
        public Guid AuthorId { get; set; } // not-pd
        public DateTime? PublishedAt { get; set; } // not-pd
        public bool IsDraft { get; set; } // not-pd
        public int ViewCount { get; set; } // not-pd
        public List<Tag> Tags { get; set; } = new(); // not-pd
    }

    public class Tag
    {
        public int Id { get; set; } // not-pd
        public string Name { get; set; } = ""; // not-pd
        public string Color { get; set; } = ""; // not-pd
    }

    public class Comment
    {
        public int Id { get; set; } // not-pd
        public int PostId { get; set; } // not-pd
        public string AuthorName { get; set; } = ""; // pd:Identification
        public string? AuthorEmail { get; set; } // pd:Contact
        public string Text { get; set; } = ""; // pd:Content
        public string? IpAddress { get; set; } // pd:Technical
        public DateTime CreatedAt { get; set; } // not-pd
        public bool IsApproved { get; set; } // not-pd
        public int? ParentCommentId { get; set; } // not-pd
    }

    public class Page
    {
        public int Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public string Path { get; set; } = ""; // not-pd
        public string Content { get; set; } = ""; // not-pd
        public int PageNumber { get; set; } // not-pd
        public int PageSize { get; set; } // not-pd
        public string? MetaDescription { get; set; } // not-pd
        public string Language { get; set; } = "en"; // not-pd
        public DateTime LastModified { get; set; } // not-pd
    }

    public class PagedResult<T>
    {
        public IReadOnlyList<T> Items { get; set; } = Array.Empty<T>(); // not-pd
        public int Page { get; set; } // not-pd
        public int PageSize { get; set; } // not-pd
        public int TotalCount { get; set; } // not-pd
        public bool HasNextPage { get; set; } // not-pd
        public int TotalPages => (TotalCount + PageSize - 1) / PageSize; // not-pd
    }

    public class NewsletterSubscription
    {
        public Guid Id { get; set; } // not-pd
        public string EmailAddress { get; set; } = ""; // pd:Contact
        public DateTime SubscribedAt { get; set; } // not-pd
        public DateTime? UnsubscribedAt { get; set; } // not-pd
        public bool DoubleOptInConfirmed { get; set; } // not-pd
        public string? ConsentIp { get; set; } // pd:Technical
        public string Source { get; set; } = ""; // not-pd
    }

    public class ContactFormMessage
    {
        public int Id { get; set; } // not-pd
        public string SenderName { get; set; } = ""; // pd:Identification
        public string SenderEmail { get; set; } = ""; // pd:Contact
        public string? SenderPhone { get; set; } // pd:Contact
        public string Subject { get; set; } = ""; // not-pd
        public string Message { get; set; } = ""; // pd:Content
        public DateTime ReceivedAt { get; set; } // not-pd
        public bool Handled { get; set; } // not-pd
    }

    public class MediaFile
    {
        public Guid Id { get; set; } // not-pd
        public string FileName { get; set; } = ""; // not-pd
        public string ContentType { get; set; } = ""; // not-pd
        public long SizeBytes { get; set; } // not-pd
        public int? Width { get; set; } // not-pd
        public int? Height { get; set; } // not-pd
        public string StoragePath { get; set; } = ""; // not-pd
        public string? AltText { get; set; } // not-pd
        public double? Latitude { get; set; } // pd:Location
        public double? Longitude { get; set; } // pd:Location
    }

    public class ForumThread
    {
        public int Id { get; set; } // not-pd
        public string Title { get; set; } = ""; // not-pd
        public int ReplyCount { get; set; } // not-pd
        public bool IsLocked { get; set; } // not-pd
        public bool IsPinned { get; set; } // not-pd
        public DateTime LastPostAt { get; set; } // not-pd
    }

    public class ChatMessage
    {
        public long Id { get; set; } // not-pd
        public Guid ConversationId { get; set; } // not-pd
        public Guid SenderId { get; set; } // not-pd
        public string Content { get; set; } = ""; // pd:Content
        public DateTime SentAt { get; set; } // not-pd
        public bool IsRead { get; set; } // not-pd
    }

    public record SurveyResponse(
        Guid SurveyId, // not-pd
        int Score, // not-pd
        string? FreeTextAnswer, // pd:Content
        string? RespondentEmail, // pd:Contact
        int? RespondentAge, // pd:Identification
        string? RespondentGender); // pd:Identification

    public class Translation
    {
        public string Key { get; set; } = ""; // not-pd
        public string Culture { get; set; } = ""; // not-pd
        public string Value { get; set; } = ""; // not-pd
    }
}
