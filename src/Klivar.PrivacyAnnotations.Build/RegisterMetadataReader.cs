using System;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Klivar.PrivacyAnnotations.Build
{
    /// <summary>
    /// Finds the register the generator compiled into an assembly: the constant
    /// <c>Klivar.PrivacyAnnotations.Generated.PrivacyRegister.PackedJson</c> (deflated UTF-8 in base64; an assembly
    /// built by an earlier version holds the plain JSON in <c>Json</c>). It reads metadata tables only: the user's
    /// assembly is never loaded, so none of its code can run inside the build.
    /// </summary>
    internal static class RegisterMetadataReader
    {
        public const string GeneratedNamespace = "Klivar.PrivacyAnnotations.Generated";
        public const string GeneratedTypeName = "PrivacyRegister";
        public const string PackedJsonFieldName = "PackedJson";
        public const string JsonFieldName = "Json";

        /// <summary>The register JSON, or null when the assembly carries none (no annotations, or the generator did not run).</summary>
        public static string? ReadJson(string assemblyPath)
        {
            using var stream = new FileStream(assemblyPath, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata) return null;
            var metadata = pe.GetMetadataReader();
            foreach (var handle in metadata.TypeDefinitions)
            {
                var type = metadata.GetTypeDefinition(handle);
                if (!metadata.StringComparer.Equals(type.Name, GeneratedTypeName) ||
                    !metadata.StringComparer.Equals(type.Namespace, GeneratedNamespace))
                    continue;
                foreach (var fieldHandle in type.GetFields())
                {
                    var field = metadata.GetFieldDefinition(fieldHandle);
                    var packed = metadata.StringComparer.Equals(field.Name, PackedJsonFieldName);
                    if (!packed && !metadata.StringComparer.Equals(field.Name, JsonFieldName)) continue;
                    var constantHandle = field.GetDefaultValue();
                    if (constantHandle.IsNil) return null;
                    var constant = metadata.GetConstant(constantHandle);
                    if (constant.TypeCode != ConstantTypeCode.String) return null;
                    var blob = metadata.GetBlobReader(constant.Value);
                    // A string constant is stored as UTF-16 code units without a terminator.
                    var text = blob.ReadUTF16(blob.Length);
                    return packed ? RegisterPacking.Unpack(text) : text;
                }
            }
            return null;
        }
    }
}
