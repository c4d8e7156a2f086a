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

    /// <summary>How a type name frames its members.</summary>
    internal enum TypeContext
    {
        /// <summary>An ordinary type: strong words count, ambiguous ones only with a person word in the member name.</summary>
        Neutral,
        /// <summary>A type about a person (<c>Customer</c>, <c>UserProfile</c>): ambiguous words (<c>Name</c>, <c>City</c>) count too.</summary>
        PersonLike,
        /// <summary>Not a holder of personal data: settings, services, places, organisations, infrastructure.</summary>
        NotDataHolder,
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
    }
}
