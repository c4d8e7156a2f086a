using System;
using System.ComponentModel;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Carries an assembly's register on its generated <c>PrivacyRegister</c> class: the UTF-8 JSON, deflated, in base64
    /// (<see cref="RegisterPacking"/>). An attribute's string is stored once, as UTF-8, where a string constant would be
    /// stored twice (its value and every load of it) and as UTF-16: a quarter of the bytes in the assembly. The MSBuild
    /// step reads it from the assembly's metadata without loading the assembly.
    /// </summary>
    [EditorBrowsable(EditorBrowsableState.Never)]
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public sealed class PackedRegisterAttribute : Attribute
    {
        /// <summary>Carries <paramref name="packed"/>, as <see cref="RegisterPacking.Pack"/> wrote it.</summary>
        public PackedRegisterAttribute(string packed) => Packed = packed;

        /// <summary>The packed register.</summary>
        public string Packed { get; }

        /// <summary>The register JSON carried by <paramref name="registerClass"/>, unpacked.</summary>
        /// <exception cref="InvalidOperationException">The class carries no packed register.</exception>
        public static string Unpack(Type registerClass)
        {
            if (registerClass is null) throw new ArgumentNullException(nameof(registerClass));
            if (GetCustomAttribute(registerClass, typeof(PackedRegisterAttribute), inherit: false) is not PackedRegisterAttribute attribute)
                throw new InvalidOperationException(registerClass.FullName + " carries no packed privacy register.");
            return RegisterPacking.Unpack(attribute.Packed);
        }
    }
}
