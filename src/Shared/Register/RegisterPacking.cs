using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// How the register travels inside an assembly: its UTF-8 JSON, deflated, then base64 in one attribute string
    /// (<c>[PackedRegister]</c>). The generator packs it; the MSBuild step and <c>PrivacyRegister.Json</c> unpack it to
    /// the exact same JSON: a few percent of the JSON's size in the assembly.
    /// </summary>
    internal static class RegisterPacking
    {
        /// <summary>Packs a register JSON.</summary>
        public static string Pack(string json)
        {
            if (json is null) throw new ArgumentNullException(nameof(json));
            var bytes = Encoding.UTF8.GetBytes(json);
            using var packed = new MemoryStream();
            using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(bytes, 0, bytes.Length);
            }
            return Convert.ToBase64String(packed.ToArray());
        }

        /// <summary>Unpacks what <see cref="Pack"/> wrote.</summary>
        /// <exception cref="FormatException">The text is not a packed register.</exception>
        public static string Unpack(string packed)
        {
            if (packed is null) throw new ArgumentNullException(nameof(packed));
            try
            {
                using var input = new MemoryStream(Convert.FromBase64String(packed));
                using var deflate = new DeflateStream(input, CompressionMode.Decompress);
                using var output = new MemoryStream();
                deflate.CopyTo(output);
                return Encoding.UTF8.GetString(output.ToArray());
            }
            catch (InvalidDataException e)
            {
                throw new FormatException("The packed privacy register is damaged: " + e.Message, e);
            }
        }
    }
}
