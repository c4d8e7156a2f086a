using System;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Switches the generated redacting <c>ToString</c> off (or back on) for one partial type or a whole assembly. By
    /// default the generator gives every partial annotated record a <c>PrintMembers</c>, and every partial annotated class
    /// or struct without a <c>ToString</c> of its own a <c>ToString</c>, that print personal members redacted. The type's
    /// switch wins over the assembly's. A type that declares its own <c>ToString</c> or <c>PrintMembers</c> never gets one.
    /// </summary>
    /// <example><code>
    /// [assembly: RedactedToString(false)]              // off for the assembly
    /// [RedactedToString(true)] public partial record Customer(...); // back on for one type
    /// </code></example>
    [AttributeUsage(AttributeTargets.Assembly | AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = false)]
    public sealed class RedactedToStringAttribute : Attribute
    {
        /// <summary>Turns the generated redacting <c>ToString</c> on or off.</summary>
        /// <param name="enabled">false: keep the compiler's (or object's) <c>ToString</c>.</param>
        public RedactedToStringAttribute(bool enabled) => Enabled = enabled;

        /// <summary>Whether the generator writes the redacting <c>ToString</c>/<c>PrintMembers</c>.</summary>
        public bool Enabled { get; }
    }
}
