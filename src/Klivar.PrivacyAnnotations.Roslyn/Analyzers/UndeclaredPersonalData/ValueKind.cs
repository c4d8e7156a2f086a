using System;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers.UndeclaredPersonalData
{
    /// <summary>
    /// What a member's type can hold, as far as personal data goes. A word only counts when the member's type can
    /// hold that kind of value: a <c>bool HasEmail</c> or an <c>int PhoneCount</c> holds no e-mail address.
    /// </summary>
    [Flags]
    internal enum ValueKind
    {
        None = 0,
        Text = 1,
        TextCollection = 2,
        Number = 4,
        Date = 8,
        Bool = 16,
        Enum = 32,
        Guid = 64,
        Bytes = 128,
        /// <summary>Anything else: objects, delegates, collections of objects, time spans. Never reported.</summary>
        Other = 256,
    }

    /// <summary>
    /// How a type frames its members: from its name (<see cref="PersonLike"/>, <see cref="Suppressed"/>,
    /// <see cref="NotDataHolder"/>) and from what it holds (<see cref="PersonLinked"/>, <see cref="DeviceOrSession"/>).
    /// Flags: a <c>Device</c> with a <c>UserId</c> is both linked and a device.
    /// </summary>
    [Flags]
    internal enum TypeContext
    {
        /// <summary>An ordinary type: strong words count, ambiguous ones only with a person word in the member name.</summary>
        Neutral = 0,
        /// <summary>A type about a person (<c>Customer</c>, <c>UserProfile</c>): ambiguous words (<c>Name</c>, <c>City</c>) count too.</summary>
        PersonLike = 1,
        /// <summary>Not a holder of personal data: services, attributes, exceptions, connection settings. Nothing counts.</summary>
        NotDataHolder = 2,
        /// <summary>Holds a person key or a navigation to a person: contact, activity, credential and content words count.</summary>
        PersonLinked = 4,
        /// <summary>A device, session or login type: credentials, activity and device identifiers count.</summary>
        DeviceOrSession = 8,
        /// <summary>
        /// Named as settings, an organisation, a place or a machine (<c>EmailOptions</c>, <c>Store</c>, <c>ServerNode</c>):
        /// ambiguous words and credentials are silent; other strong words still count.
        /// </summary>
        Suppressed = 16,
        /// <summary>Holds a street (or an address line) and a postcode: its <c>City</c>, <c>State</c> and <c>Country</c> are that address's.</summary>
        HoldsAddress = 32,
        /// <summary>A person itself (by its name, its Identity base type or its members): its own <c>Id</c> is a person key.</summary>
        PersonType = 64,
        /// <summary>Something a person wrote (<c>ProductReview</c>, <c>Comment</c>): its <c>Title</c> and <c>Text</c> count.</summary>
        Authored = 128,
        /// <summary>A mail, message or notification (<c>QueuedEmail</c>, <c>EmailLog</c>): its <c>To</c>, <c>Cc</c>, <c>Bcc</c> and <c>From</c> are people's addresses.</summary>
        Correspondence = 256,
        /// <summary>A payment card, by its name or because it holds a card number: its <c>Expiration</c> and <c>SecurityNumber</c> are the card's.</summary>
        PaymentCard = 512,
        /// <summary>
        /// Published or system content (<c>Page</c>, <c>BlogArticle</c>, <c>SearchEntry</c>, <c>BotMessage</c>): its
        /// body and text are not a person's own words, even when a row names its editor.
        /// </summary>
        PublishedContent = 1024,
        /// <summary>Settings, options or a template (<c>EmailOptions</c>, <c>MessageTemplate</c>): even an e-mail there is a system's.</summary>
        Settings = 2048,
        /// <summary>
        /// The record of something a person did at a time (<c>PageVisit</c>, <c>FileViewLog</c>, <c>LoginAttempt</c>): on
        /// such a row linked to the person, its timestamp is an activity fact.
        /// </summary>
        Activity = 4096,
        /// <summary>
        /// Holds a postcode or coordinates but no street and nothing of a person: a geographic lookup (postcode centroids,
        /// a distance result), whose places are nobody's unless a person links to the row.
        /// </summary>
        Geographic = 8192,
        /// <summary>A passkey (<c>WebAuthnCredential</c>, <c>UserPasskey</c>): its <c>CredentialId</c> identifies the person's authenticator.</summary>
        Passkey = 16384,
        /// <summary>
        /// A happening at a place (an <c>Event</c>, a <c>Meeting</c>, a <c>Concert</c>), not the record of a person's act:
        /// its bare <c>Address</c>, <c>City</c> and <c>PostalCode</c> are the venue's, even when a person created the row.
        /// </summary>
        Venue = 32768,
        /// <summary>
        /// A clinical record (<c>AllergyModel</c>, <c>RadiologyOrder</c>, <c>VitalSigns</c>): on such a row linked to a
        /// patient, its findings, reactions, results and reports are health data.
        /// </summary>
        HealthRecord = 65536,
        /// <summary>An identity document (<c>IdentityDocument</c>, <c>Passport</c>, <c>IdCard</c>): its number and the name in it identify the holder.</summary>
        IdentityDocument = 131072,
        /// <summary>A person's picture (<c>UserImage</c>, <c>ProfilePhoto</c>): its file name, path or content is the picture.</summary>
        PersonPicture = 262144,
        /// <summary>
        /// Something a person wrote (<see cref="Authored"/>) that says so: named as a person's own writing (a
        /// <c>Comment</c>, a <c>Review</c>), or holding its writer (a person key or navigation, a <c>ReplierName</c>, a
        /// <c>Username</c>). Without it a <c>Ticket</c>, a quiz's <c>Question</c> or an <c>Answer</c> is nobody's writing.
        /// </summary>
        WriterOnRow = 524288,
        /// <summary>An operation's reply (<c>AuthResultDto</c>, <c>CreateMemberResponse</c>): its bare <c>Message</c> is the system's answer.</summary>
        Reply = 1048576,
        /// <summary>
        /// Points at a machine of the compilation that has a network address of its own (a time clock's
        /// <c>AttendanceLog.MachineId</c>): the row's network address is that machine's, not the person's.
        /// </summary>
        ThroughMachine = 2097152,
        /// <summary>A learner's record (<c>Enrollment</c>, <c>LessonProgress</c>, <c>Submission</c>): its scores and completion are the learner's results.</summary>
        LearningRecord = 4194304,
        /// <summary>A job offered (<c>Vacancy</c>, <c>JobPosting</c>): its salary is what the post pays, not a person's pay.</summary>
        JobOffer = 8388608,
        /// <summary>
        /// An animal (<c>Pet</c>, <c>GetPetResponse</c>, a type with a <c>Species</c> or a <c>Breed</c>): only what names a
        /// person (<c>OwnerName</c>, <c>OwnerId</c>) counts; its own name, birth date, gender and picture do not.
        /// </summary>
        Animal = 16777216,
    }

    /// <summary>How sure a dictionary word is on its own.</summary>
    internal enum WordStrength
    {
        /// <summary>Counts wherever the member's type fits (<c>Email</c>, <c>DateOfBirth</c>, <c>Iban</c>).</summary>
        Strong,
        /// <summary>Counts on person-like types, or after a person word (<c>Name</c>, <c>City</c>, <c>Age</c>).</summary>
        Ambiguous,
        /// <summary>Counts only right after a person word (<c>EmployeeNumber</c>, not <c>OrderNumber</c>).</summary>
        AfterPersonWord,
        /// <summary>Counts on person, person-linked, device and session types, or after a person word (<c>AccessToken</c>, <c>LastLoginDate</c>).</summary>
        PersonContext,
        /// <summary>Counts on person and person-linked types, or after a person word: what a person writes (<c>Comment</c>, <c>Body</c>).</summary>
        PersonContent,
        /// <summary>Counts on device and session types only (<c>Identifier</c> on a <c>Device</c>).</summary>
        DeviceContext,
        /// <summary>Counts on person types only (a bare <c>Key</c> on a <c>User</c> is the user's key material).</summary>
        PersonTypeOnly,
        /// <summary>Counts on types that are a person's writing (<c>Review.Title</c>, <c>Comment.Text</c>).</summary>
        AuthoredContent,
        /// <summary>Counts on mails, messages and notifications only (<c>QueuedEmail.To</c>, <c>EmailLog.Bcc</c>).</summary>
        CorrespondenceOnly,
        /// <summary>Counts on payment cards only (<c>CreditCard.Expiration</c>, <c>PaymentMethod.SecurityCode</c>).</summary>
        PaymentCardOnly,
        /// <summary>Counts on the record of a person's visit, view or sign-in that links to the person (<c>PageVisit.Timestamp</c>).</summary>
        ActivityOnly,
        /// <summary>Counts on passkeys only (<c>WebAuthnCredential.CredentialId</c>).</summary>
        PasskeyOnly,
        /// <summary>Counts on a clinical record linked to a person (<c>RadiologyOrder.Findings</c>, <c>AllergyModel.Reaction</c>).</summary>
        HealthRecordOnly,
        /// <summary>Counts on identity documents only (<c>IdentityDocument.DocumentNumber</c>).</summary>
        IdentityDocumentOnly,
        /// <summary>Counts on a person's picture only (<c>UserImage.FileName</c>).</summary>
        PersonPictureOnly,
        /// <summary>Counts on a mail or message linked to a person: when the person read it (<c>Notification.ReadAt</c>).</summary>
        CorrespondenceActivity,
        /// <summary>Counts on a learner's record linked to the learner (<c>Enrollment.CompletionPercentage</c>, <c>Submission.Score</c>).</summary>
        LearningRecordOnly,
    }

    /// <summary>What one member's name says about the structure of its type: a person's fields, an address, a server.</summary>
    [Flags]
    internal enum MemberSignals
    {
        None = 0,
        Email = 1,
        Phone = 2,
        FirstName = 4,
        LastName = 8,
        BirthDate = 16,
        Password = 32,
        UserName = 64,
        Street = 128,
        Host = 256,
        Port = 512,
        Postcode = 1024,
        CardNumber = 2048,
        Coordinates = 4096,
        FullName = 8192,
        Gender = 16384,
        /// <summary>A person's name or e-mail under a person word (<c>ReplierName</c>, <c>AuthorEmail</c>).</summary>
        PersonReference = 32768,
        /// <summary>A price, a quantity or a stock level: the type is something sold (an event's <c>Ticket</c> type), not a writing.</summary>
        Merchandise = 65536,
        /// <summary>An IP or MAC address (<c>IpAddress</c>, <c>MacAddress</c>).</summary>
        NetworkAddress = 131072,
        /// <summary>A bare <c>Name</c>: beside a <c>Surname</c> or a <c>Patronymic</c>, a person's given name.</summary>
        BareName = 262144,
        /// <summary>A middle name or a patronymic (<c>MiddleName</c>, <c>Patronymic</c>).</summary>
        MiddleName = 524288,
        /// <summary>A passport's number or other details (<c>PassportNumber</c>, <c>PassportNo</c>).</summary>
        Passport = 1048576,
        /// <summary>A national identity number (<c>AadharNumber</c>, <c>Ssn</c>, <c>VoterId</c>): only a person has one.</summary>
        NationalId = 2097152,
        /// <summary>What only an animal has (<c>Species</c>, <c>Breed</c>, <c>MicrochipNumber</c>, <c>Pedigree</c>).</summary>
        Animal = 4194304,
    }
}
