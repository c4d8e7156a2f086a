using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Klivar.PrivacyAnnotations.Build
{
    /// <summary>
    /// Finds the register the generator compiled into an assembly: the <c>[PackedRegister("…")]</c> attribute of
    /// <c>Klivar.PrivacyAnnotations.Generated.PrivacyRegister</c> (deflated UTF-8 in base64). Assemblies built by earlier
    /// versions hold it in a string constant of that class: <c>PackedJson</c> (packed) or <c>Json</c> (plain). It reads
    /// metadata tables only: the user's assembly is never loaded, so none of its code can run inside the build.
    /// </summary>
    internal static class RegisterMetadataReader
    {
        public const string GeneratedNamespace = "Klivar.PrivacyAnnotations.Generated";
        public const string GeneratedTypeName = "PrivacyRegister";
        public const string PackedAttributeName = "PackedRegisterAttribute";
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
                if (PackedAttributeValue(metadata, type) is { } packedText) return RegisterPacking.Unpack(packedText);
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

        // The attribute's one string argument, as the blob stores it: prolog 0x0001, then a length-prefixed UTF-8 string.
        private static string? PackedAttributeValue(MetadataReader metadata, TypeDefinition type)
        {
            foreach (var attributeHandle in type.GetCustomAttributes())
            {
                var attribute = metadata.GetCustomAttribute(attributeHandle);
                if (attribute.Constructor.Kind != HandleKind.MemberReference) continue;
                var constructor = metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor);
                if (constructor.Parent.Kind != HandleKind.TypeReference ||
                    !metadata.StringComparer.Equals(metadata.GetTypeReference((TypeReferenceHandle)constructor.Parent).Name, PackedAttributeName))
                    continue;
                var value = metadata.GetBlobReader(attribute.Value);
                if (value.Length < 2 || value.ReadUInt16() != 1) return null;
                return value.ReadSerializedString();
            }
            return null;
        }
    }
}
