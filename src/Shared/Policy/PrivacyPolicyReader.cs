using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Klivar.PrivacyAnnotations
{
    /// <summary>
    /// Reads the DPO policy file. Never throws on bad input and never ignores it: every problem comes back as an error
    /// with its line, column and what was expected (wrong JSON, an unknown property, category, legal basis or safeguard,
    /// a retention that does not parse or is negative), and a policy with errors is not used.
    /// </summary>
    internal static class PrivacyPolicyReader
    {
        private static readonly string[] RootProperties =
            { "$schema", "version", "purposes", "maxRetentionByCategory", "forbiddenCategories", "transfers", "require", "review", "commitments" };
        private static readonly string[] CommitmentProperties = { "retention", "transfers" };
        private static readonly string[] RetentionCommitmentProperties = { "published", "purpose", "dataSets", "retention" };
        private static readonly string[] TransferCommitmentProperties = { "safeguards", "additionalSafeguard" };
        private static readonly string[] PurposeProperties = { "legalBases", "maxRetention" };
        private static readonly string[] TransferProperties = { "allowedCountries", "allowedSafeguards" };
        private static readonly string[] RequireProperties = { "dataProtectionOfficer", "dpiaForSensitiveActivities" };

        /// <summary>Reads a policy's text.</summary>
        public static PolicyReadResult Read(string text)
        {
            if (text == null) throw new ArgumentNullException(nameof(text));
            var reading = new Reading(text);
            var policy = reading.Run();
            return new PolicyReadResult(reading.Errors.Count == 0 ? policy : null, reading.Errors);
        }

        private sealed class Reading
        {
            private readonly string _text;
            private readonly JsonPositions _positions = new JsonPositions();
            public readonly List<PolicyError> Errors = new List<PolicyError>();

            public Reading(string text) => _text = text.Length > 0 && text[0] == '\uFEFF' ? " " + text.Substring(1) : text;

            public PrivacyPolicy? Run()
            {
                object? parsed;
                try
                {
                    parsed = JsonTextReader.Parse(_text, _positions);
                }
                catch (JsonSyntaxException e)
                {
                    Add(e.Offset, 1, "not valid JSON: expected " + e.Expected);
                    return null;
                }
                if (!(parsed is Dictionary<string, object?> root))
                {
                    Add(FirstNonBlank(), 1, "expected a JSON object ({ \"version\": ..., \"purposes\": ... })");
                    return null;
                }
                CheckProperties(root, RootProperties, "the policy");

                string? version = null;
                if (root.TryGetValue("version", out var v))
                {
                    version = v as string;
                    if (version is null) Add(root, "version", "expected 'version' to be a string (\"2026.1\")");
                }

                List<PolicyPurpose>? purposes = null;
                if (Object(root, "purposes") is { } purposeMap)
                {
                    purposes = new List<PolicyPurpose>();
                    foreach (var pair in purposeMap.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        if (!PurposeFacts.IsValidId(pair.Key))
                            AddKey(purposeMap, pair.Key, "'" + pair.Key + "' is not a purpose id: expected lower-case words and hyphens ('platform-management')");
                        if (!(pair.Value is Dictionary<string, object?> entry))
                        {
                            Add(purposeMap, pair.Key, "expected purpose '" + pair.Key + "' to be an object ({ \"legalBases\": [...], \"maxRetention\": \"...\" })");
                            continue;
                        }
                        CheckProperties(entry, PurposeProperties, "purpose '" + pair.Key + "'");
                        var bases = Names(entry, "legalBases", IsLegalBasis, "a LegalBasis (" + string.Join(", ", Enum.GetNames(typeof(LegalBasis))) + ")");
                        var max = Retention(entry, "maxRetention");
                        purposes.Add(new PolicyPurpose(pair.Key, bases ?? new List<string>(), max));
                    }
                }

                var limits = new List<PolicyRetentionLimit>();
                if (Object(root, "maxRetentionByCategory") is { } limitMap)
                {
                    foreach (var pair in limitMap.OrderBy(p => p.Key, StringComparer.Ordinal))
                    {
                        if (!IsCategory(pair.Key))
                            AddKey(limitMap, pair.Key, "unknown data category '" + pair.Key + "': expected a DataCategory (" + string.Join(", ", Enum.GetNames(typeof(DataCategory))) + ")");
                        var max = Retention(limitMap, pair.Key);
                        if (max != null) limits.Add(new PolicyRetentionLimit(pair.Key, max));
                    }
                }

                var forbidden = Names(root, "forbiddenCategories", IsCategory, "a DataCategory (" + string.Join(", ", Enum.GetNames(typeof(DataCategory))) + ")") ?? new List<string>();

                List<string>? countries = null, safeguards = null;
                if (Object(root, "transfers") is { } transfers)
                {
                    CheckProperties(transfers, TransferProperties, "'transfers'");
                    countries = Names(transfers, "allowedCountries", IsCountryCode, "an ISO 3166-1 alpha-2 country code in capitals (\"US\")");
                    safeguards = Names(transfers, "allowedSafeguards", IsSafeguard, "a TransferSafeguard (" + string.Join(", ", Enum.GetNames(typeof(TransferSafeguard))) + ")");
                }

                bool requireDpo = false, requireDpia = false;
                if (Object(root, "require") is { } require)
                {
                    CheckProperties(require, RequireProperties, "'require'");
                    requireDpo = Bool(require, "dataProtectionOfficer");
                    requireDpia = Bool(require, "dpiaForSensitiveActivities");
                }

                var review = root.ContainsKey("review")
                    ? Names(root, "review", k => RegisterChangeKinds.All.Contains(k), "a register change kind (" + string.Join(", ", RegisterChangeKinds.All) + ")") ?? new List<string>()
                    : new List<string>(RegisterChangeKinds.ReviewByDefault);

                var commitments = new List<PolicyRetentionCommitment>();
                PolicyTransferCommitment? transferCommitment = null;
                if (Object(root, "commitments") is { } published)
                {
                    CheckProperties(published, CommitmentProperties, "'commitments'");
                    ReadRetentionCommitments(published, commitments);
                    if (Object(published, "transfers") is { } t)
                    {
                        CheckProperties(t, TransferCommitmentProperties, "'commitments.transfers'");
                        var promised = Names(t, "safeguards", IsSafeguard, "a TransferSafeguard (" + string.Join(", ", Enum.GetNames(typeof(TransferSafeguard))) + ")");
                        var additional = Text(t, "additionalSafeguard");
                        transferCommitment = new PolicyTransferCommitment(promised, additional);
                    }
                }

                return new PrivacyPolicy(version, purposes, limits, forbidden, countries, safeguards, requireDpo, requireDpia, review, commitments, transferCommitment);
            }

            private void ReadRetentionCommitments(Dictionary<string, object?> published, List<PolicyRetentionCommitment> commitments)
            {
                if (!published.TryGetValue("retention", out var value)) return;
                if (!(value is List<object?> list))
                {
                    Add(published, "retention", "expected 'retention' to be an array of commitments ([{ \"published\": \"Customer file\", \"dataSets\": [...], \"retention\": \"...\" }])");
                    return;
                }
                for (var i = 0; i < list.Count; i++)
                {
                    if (!(list[i] is Dictionary<string, object?> entry))
                    {
                        Add(list, i, "expected a commitment object ({ \"published\": \"Customer file\", \"dataSets\": [...], \"retention\": \"...\" })");
                        continue;
                    }
                    CheckProperties(entry, RetentionCommitmentProperties, "a retention commitment");
                    var label = Text(entry, "published");
                    var purpose = Text(entry, "purpose");
                    if (purpose is not null && !PurposeFacts.IsValidId(purpose))
                        Add(entry, "purpose", "'" + purpose + "' is not a purpose id: expected lower-case words and hyphens ('platform-management')");
                    var dataSets = Names(entry, "dataSets", n => n.Trim().Length > 0, "a data set's name as the register shows it (\"Customer file\")") ?? new List<string>();
                    var retention = Retention(entry, "retention");
                    if (label is null) Add(list, i, "expected 'published': what the published policy calls this data (\"Customer file\")");
                    if (!entry.ContainsKey("retention")) Add(list, i, "expected 'retention': the period the published policy states (\"during contract + 5y archive\")");
                    if (purpose is null && dataSets.Count == 0 && entry.ContainsKey("published"))
                        Add(list, i, "expected 'purpose' or 'dataSets': which data the commitment covers");
                    if (label is not null && retention is not null && (purpose is not null || dataSets.Count > 0))
                        commitments.Add(new PolicyRetentionCommitment(label, purpose, dataSets, retention));
                }
            }

            private string? Text(Dictionary<string, object?> o, string name)
            {
                if (!o.TryGetValue(name, out var value)) return null;
                if (value is string s && s.Trim().Length > 0) return s;
                Add(o, name, "expected '" + name + "' to be a non-empty string");
                return null;
            }

            private static bool IsCategory(string name) =>
                Enum.GetNames(typeof(DataCategory)).Contains(name, StringComparer.Ordinal);

            private static bool IsLegalBasis(string name) => Enum.GetNames(typeof(LegalBasis)).Contains(name, StringComparer.Ordinal);

            private static bool IsSafeguard(string name) => Enum.GetNames(typeof(TransferSafeguard)).Contains(name, StringComparer.Ordinal);

            private static bool IsCountryCode(string code) => code.Length == 2 && code[0] >= 'A' && code[0] <= 'Z' && code[1] >= 'A' && code[1] <= 'Z';

            private void CheckProperties(Dictionary<string, object?> o, string[] known, string where)
            {
                foreach (var name in o.Keys.OrderBy(k => k, StringComparer.Ordinal))
                {
                    if (!known.Contains(name, StringComparer.Ordinal))
                        AddKey(o, name, "unknown property '" + name + "' in " + where + ": expected one of " + string.Join(", ", known.Where(k => k != "$schema")));
                }
            }

            private Dictionary<string, object?>? Object(Dictionary<string, object?> o, string name)
            {
                if (!o.TryGetValue(name, out var value)) return null;
                if (value is Dictionary<string, object?> d) return d;
                Add(o, name, "expected '" + name + "' to be an object");
                return null;
            }

            private bool Bool(Dictionary<string, object?> o, string name)
            {
                if (!o.TryGetValue(name, out var value)) return false;
                if (value is bool b) return b;
                Add(o, name, "expected '" + name + "' to be true or false");
                return false;
            }

            private List<string>? Names(Dictionary<string, object?> o, string name, Func<string, bool> isValid, string expected)
            {
                if (!o.TryGetValue(name, out var value)) return null;
                if (!(value is List<object?> list))
                {
                    Add(o, name, "expected '" + name + "' to be an array of names");
                    return null;
                }
                var result = new List<string>();
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is string s && isValid(s))
                    {
                        if (!result.Contains(s)) result.Add(s);
                        continue;
                    }
                    var shown = list[i] is string bad ? "'" + bad + "'" : "this value";
                    Add(list, i, (list[i] is string ? "unknown " : "") + shown + " in '" + name + "': expected " + expected);
                }
                return result;
            }

            /// <summary>A retention rule that parses and is not negative; null (and an error) otherwise.</summary>
            private string? Retention(Dictionary<string, object?> o, string name)
            {
                if (!o.TryGetValue(name, out var value)) return null;
                if (!(value is string text))
                {
                    Add(o, name, "expected '" + name + "' to be a retention rule in a string (\"3y after last-contact\")");
                    return null;
                }
                if (text.TrimStart().StartsWith("-", StringComparison.Ordinal))
                {
                    Add(o, name, "negative retention period '" + text + "' for '" + name + "': expected a period of zero or more (\"1y\", \"during contract + 10y archive\")");
                    return null;
                }
                if (!RetentionPolicy.TryParse(text, out _, out var error))
                {
                    Add(o, name, "retention rule '" + text + "' for '" + name + "' does not parse: " + (error?.Message ?? "expected the retention language (docs/retention.md)"));
                    return null;
                }
                return text;
            }

            private void Add(object container, object key, string message)
            {
                var offset = _positions.ValueOffset(container, key) ?? 0;
                Add(offset, ValueLength(offset), message);
            }

            private void AddKey(Dictionary<string, object?> container, string key, string message)
            {
                var offset = _positions.KeyOffset(container, key) ?? 0;
                Add(offset, key.Length + 2, message);
            }

            /// <summary>The length of a string or scalar value starting at the offset, so the error underlines it.</summary>
            private int ValueLength(int offset)
            {
                if (offset >= _text.Length) return 0;
                if (_text[offset] == '"')
                {
                    for (var i = offset + 1; i < _text.Length; i++)
                    {
                        if (_text[i] == '\\') { i++; continue; }
                        if (_text[i] == '"' || _text[i] == '\n') return i - offset + 1;
                    }
                    return _text.Length - offset;
                }
                var end = offset;
                while (end < _text.Length && ",}]\n\r ".IndexOf(_text[end]) < 0) end++;
                return Math.Max(1, end - offset);
            }

            private int FirstNonBlank()
            {
                var i = 0;
                while (i < _text.Length && char.IsWhiteSpace(_text[i])) i++;
                return i;
            }

            private void Add(int offset, int length, string message)
            {
                offset = Math.Max(0, Math.Min(offset, _text.Length));
                length = Math.Max(0, Math.Min(length, _text.Length - offset));
                var (line, column) = TextPosition.LineAndColumn(_text, offset);
                Errors.Add(new PolicyError(offset, length, line, column, message));
            }
        }
    }

    /// <summary>The outcome of reading a policy: the policy when it has no error, and every error found.</summary>
    internal sealed class PolicyReadResult
    {
        /// <summary>Creates the result.</summary>
        public PolicyReadResult(PrivacyPolicy? policy, IReadOnlyList<PolicyError> errors)
        {
            Policy = policy;
            Errors = errors;
        }

        /// <summary>The policy; null when the file has an error (a policy is used whole or not at all).</summary>
        public PrivacyPolicy? Policy { get; }
        /// <summary>The problems, in the order found.</summary>
        public IReadOnlyList<PolicyError> Errors { get; }
    }

    /// <summary>One problem in a policy file: where (offset and length, 1-based line and column) and what was expected.</summary>
    internal sealed class PolicyError
    {
        /// <summary>Creates the error.</summary>
        public PolicyError(int offset, int length, int line, int column, string message)
        {
            Offset = offset;
            Length = length;
            Line = line;
            Column = column;
            Message = message;
        }

        /// <summary>Where the problem starts (UTF-16 offset in the text).</summary>
        public int Offset { get; }
        /// <summary>How many characters it covers.</summary>
        public int Length { get; }
        /// <summary>The 1-based line.</summary>
        public int Line { get; }
        /// <summary>The 1-based column.</summary>
        public int Column { get; }
        /// <summary>What is wrong and what was expected.</summary>
        public string Message { get; }

        /// <inheritdoc />
        public override string ToString() =>
            "line " + Line.ToString(CultureInfo.InvariantCulture) + ", column " + Column.ToString(CultureInfo.InvariantCulture) + ": " + Message;
    }
}
