using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations
{
#if KLIVAR_PUBLIC_API
    public
#else
    internal
#endif
    sealed partial class RetentionPolicy
    {
        // A hand-written scanner-parser: one pass, no recursion, no regex, no exceptions. It runs inside the compiler
        // on whatever a user typed, so every path must end in a policy or a RetentionParseError.
        private sealed class Parser
        {
            private const string StartExpected =
                "a retention period such as 1y, 30d, P1Y, 'during contract' or 'calendar-year of request'";
            private const string ArchiveExpected = "a number or an ISO 8601 period (P1Y)";
            private const string Collection = RetentionAnchors.CollectionEvent;

            // Days-equivalent weights scaled so that 100 years = 438000: years + months/12 + days/365 <= 100.
            private const long YearWeight = 4380, MonthWeight = 365, DayWeight = 12, MaxWeight = 438000;
            // Numbers stop growing past this: far beyond 100 years in any unit, far below overflow.
            private const int NumberCap = 10000000;
            // Event names become register keys and column values: keep them short, like purpose ids.
            private const int MaxEventLength = 64;
            // A statute or limitation period in words ("Code de commerce, art. L123-22"), never a paragraph.
            private const int MaxReferenceLength = 120;
            private const string GroundExpected = "a ground after 'for': 'legal-obligation' or 'legal-claims'";

            private static readonly string[] Keywords = { "after", "during", "calendar-year", "of", "then", "archive", "for", "unless" };

            private readonly string _text;
            private readonly bool _wasNull;
            private int _pos;

            public Parser(string? text)
            {
                _wasNull = text == null;
                _text = text ?? string.Empty;
            }

            public RetentionParseError? Error { get; private set; }

            public RetentionPolicy? Run()
            {
                if (_wasNull || _text.Trim().Length == 0)
                    return Fail(0, _text.Length, StartExpected, RetentionParseError.EndOfText);

                SkipSpace();
                RetentionKind kind;
                RetentionPeriod? period = null;
                string anchor = Collection;
                var sawAfter = false;

                if (IsDigit(Current) || IsIsoStart())
                {
                    period = ReadPeriod();
                    if (period == null) return null;
                    kind = RetentionKind.FromCollection;
                    SkipSpace();
                    if (IsKeyword("after"))
                    {
                        ReadWord();
                        sawAfter = true;
                        var afterEvent = ReadEvent("after", allowCollection: true);
                        if (afterEvent == null) return null;
                        // "1y after collection" means "1y": one canonical form, so equality holds.
                        if (afterEvent != Collection)
                        {
                            kind = RetentionKind.AfterEvent;
                            anchor = afterEvent;
                        }
                    }
                }
                else if (IsKeyword("during"))
                {
                    ReadWord();
                    var relationship = ReadEvent("during", allowCollection: false);
                    if (relationship == null) return null;
                    kind = RetentionKind.Relationship;
                    anchor = relationship;
                }
                else if (IsKeyword("calendar-year"))
                {
                    ReadWord();
                    SkipSpace();
                    if (!IsKeyword("of")) return FailAtToken("'of' after 'calendar-year'");
                    ReadWord();
                    var yearEvent = ReadEvent("of", allowCollection: true);
                    if (yearEvent == null) return null;
                    kind = RetentionKind.CalendarYear;
                    anchor = yearEvent;
                }
                else if ((Current == '-' || Current == '+') && IsDigit(At(_pos + 1)))
                {
                    return Fail(_pos, 1, "a number without a sign (1y, 30d)", Current.ToString());
                }
                else
                {
                    return FailAtToken(StartExpected);
                }

                RetentionPeriod? archive = null;
                var ground = ArchiveGround.None;
                string? reference = null;
                SkipSpace();
                if (Current == '+' || IsKeyword("then"))
                {
                    if (Current == '+') _pos++;
                    else ReadWord();
                    SkipSpace();
                    if (!IsDigit(Current) && !IsIsoStart()) return FailAtToken(ArchiveExpected);
                    archive = ReadPeriod();
                    if (archive == null) return null;
                    SkipSpace();
                    if (!IsKeyword("archive")) return FailAtToken("'archive' after the archive period");
                    ReadWord();
                    SkipSpace();
                    if (IsKeyword("for"))
                    {
                        ReadWord();
                        SkipSpace();
                        if (IsKeyword("legal-obligation")) ground = ArchiveGround.LegalObligation;
                        else if (IsKeyword("legal-claims")) ground = ArchiveGround.LegalClaims;
                        else return FailAtToken(GroundExpected);
                        ReadWord();
                        reference = ReadReference(ground);
                        if (reference == null) return null;
                    }
                }

                string? endingEvent = null;
                SkipSpace();
                if (IsKeyword("unless"))
                {
                    ReadWord();
                    endingEvent = ReadEvent("unless", allowCollection: false);
                    if (endingEvent == null) return null;
                }

                SkipSpace();
                if (!AtEnd)
                {
                    var options = new List<string>();
                    if (period != null && !sawAfter && archive == null && endingEvent == null) options.Add("'after'");
                    if (archive == null && endingEvent == null) { options.Add("'+'"); options.Add("'then'"); }
                    if (archive != null && ground == ArchiveGround.None && endingEvent == null) options.Add("'for'");
                    if (endingEvent == null) options.Add("'unless'");
                    options.Add(RetentionParseError.EndOfText);
                    return FailAtToken(JoinOr(options));
                }

                return new RetentionPolicy(kind, period, anchor, archive, endingEvent, ground, reference);
            }

            // reference := "(" text ")" : the statute or limitation period behind the ground, one line, no parentheses
            // inside; runs of white space become one space so the canonical text is stable.
            private string? ReadReference(ArchiveGround ground)
            {
                var what = ground == ArchiveGround.LegalObligation
                    ? "the statute in parentheses after 'legal-obligation', such as (Code de commerce, art. L123-22)"
                    : "the limitation period in parentheses after 'legal-claims', such as (Code civil, art. 2224)";
                SkipSpace();
                if (Current != '(')
                {
                    FailAtToken(what);
                    return null;
                }
                var open = _pos;
                _pos++;
                var words = new System.Text.StringBuilder();
                var pendingSpace = false;
                while (!AtEnd && Current != ')')
                {
                    var c = Current;
                    if (c == '(' || char.IsControl(c) && !char.IsWhiteSpace(c))
                    {
                        Fail(_pos, 1, "a reference without '(' or control characters, closed by ')'", c.ToString());
                        return null;
                    }
                    if (char.IsWhiteSpace(c)) pendingSpace = words.Length > 0;
                    else
                    {
                        if (pendingSpace) words.Append(' ');
                        pendingSpace = false;
                        words.Append(c);
                    }
                    _pos++;
                }
                if (AtEnd)
                {
                    Fail(open, _text.Length - open, "')' to close the reference", RetentionParseError.EndOfText);
                    return null;
                }
                _pos++; // the )
                if (words.Length == 0)
                {
                    Fail(open, _pos - open, what, _text.Substring(open, _pos - open));
                    return null;
                }
                if (words.Length > MaxReferenceLength)
                {
                    Fail(open, _pos - open, "a reference of at most 120 characters", _text.Substring(open, _pos - open));
                    return null;
                }
                return words.ToString();
            }

            // period := (number unit)+ | "P" iso ; positive and at most 100 years. The caller has seen a digit or a P.
            private RetentionPeriod? ReadPeriod()
            {
                var start = _pos;
                long years = 0, months = 0, weeks = 0, days = 0;
                var ok = IsDigit(Current)
                    ? ReadShort(ref years, ref months, ref weeks, ref days)
                    : ReadIso(ref years, ref months, ref weeks, ref days);
                if (!ok) return null;

                var length = _pos - start;
                var found = _text.Substring(start, length);
                var totalDays = days + 7 * weeks;
                var weight = YearWeight * years + MonthWeight * months + DayWeight * totalDays;
                if (weight == 0)
                {
                    Fail(start, length, "a positive period (at least 1 day)", found);
                    return null;
                }
                if (weight > MaxWeight)
                {
                    Fail(start, length, "a period of at most 100 years", found);
                    return null;
                }
                return new RetentionPeriod((int)years, (int)months, (int)totalDays);
            }

            private bool ReadShort(ref long years, ref long months, ref long weeks, ref long days)
            {
                var last = -1;
                while (true)
                {
                    var componentStart = _pos;
                    var number = ReadNumber();
                    SkipSpace();
                    if (!ReadUnit(false, componentStart, number, ref last, ref years, ref months, ref weeks, ref days))
                        return false;
                    var save = _pos;
                    SkipSpace();
                    if (!IsDigit(Current))
                    {
                        _pos = save;
                        return true;
                    }
                }
            }

            private bool ReadIso(ref long years, ref long months, ref long weeks, ref long days)
            {
                _pos++; // the P
                var last = -1;
                var any = false;
                while (true)
                {
                    if (Current == 'T' || Current == 't')
                    {
                        Fail(_pos, TokenLength(_pos),
                            "a date-only ISO 8601 period (Y, M, W, D); a time part such as PT1H is not a retention period",
                            TokenText(_pos));
                        return false;
                    }
                    if (!IsDigit(Current))
                    {
                        if (any) return true;
                        FailAtToken("a number after 'P' (P1Y, P6M, P2W, P30D)");
                        return false;
                    }
                    var componentStart = _pos;
                    var number = ReadNumber();
                    if (!ReadUnit(true, componentStart, number, ref last, ref years, ref months, ref weeks, ref days))
                        return false;
                    any = true;
                    if (IsAsciiLetter(Current) && Current != 'T' && Current != 't')
                    {
                        FailAtToken("a number or the end of the ISO 8601 period");
                        return false;
                    }
                }
            }

            // Reads one unit letter after a number and checks the y m w d order (each once).
            private bool ReadUnit(bool iso, int componentStart, long number, ref int last,
                ref long years, ref long months, ref long weeks, ref long days)
            {
                var unitStart = _pos;
                // ISO units are single letters (P1Y6M); a short unit is a letter run, so "1yr" reports 'yr' whole.
                if (iso) { if (IsAsciiLetter(Current)) _pos++; }
                else while (IsAsciiLetter(Current)) _pos++;
                var unit = _text.Substring(unitStart, _pos - unitStart);
                int index = unit.Length != 1 ? -1 : "ymwd".IndexOf(char.ToLowerInvariant(unit[0]));
                if (index < 0)
                {
                    _pos = unitStart;
                    FailAtToken(iso ? "a unit (Y, M, W, D)" : "a unit (y, m, w, d)");
                    return false;
                }
                var component = _text.Substring(componentStart, _pos - componentStart);
                unit = "ymwd"[index].ToString();
                if (index == last)
                {
                    Fail(componentStart, component.Length,
                        "each unit at most once ('" + unit + "' is already given)", component);
                    return false;
                }
                if (index < last)
                {
                    Fail(componentStart, component.Length,
                        "units in the order y, m, w, d ('" + unit + "' must come before '" + "ymwd"[last] + "')", component);
                    return false;
                }
                last = index;
                switch (index)
                {
                    case 0: years = number; break;
                    case 1: months = number; break;
                    case 2: weeks = number; break;
                    default: days = number; break;
                }
                return true;
            }

            private long ReadNumber()
            {
                long value = 0;
                while (IsDigit(Current))
                {
                    if (value < NumberCap) value = value * 10 + (Current - '0');
                    _pos++;
                }
                return value;
            }

            // event := [a-z][a-z0-9-]* (case-insensitive, lower-cased), not a keyword.
            private string? ReadEvent(string after, bool allowCollection)
            {
                SkipSpace();
                var expected = "an event name after '" + after + "'";
                var start = _pos;
                if (!IsAsciiLetter(Current))
                {
                    FailAtToken(expected);
                    return null;
                }
                var end = start + TokenLength(start);
                if (end - start > MaxEventLength)
                {
                    Fail(start, end - start, "an event name of at most 64 characters after '" + after + "'", TokenText(start));
                    return null;
                }
                for (var i = start; i < end; i++)
                {
                    var c = _text[i];
                    if (!IsAsciiLetter(c) && !IsDigit(c) && c != '-')
                    {
                        Fail(start, end - start, expected + " (letters a-z, digits and '-', starting with a letter)",
                            TokenText(start));
                        return null;
                    }
                }
                var name = _text.Substring(start, end - start).ToLowerInvariant();
                if (Array.IndexOf(Keywords, name) >= 0)
                {
                    FailAtToken(expected);
                    return null;
                }
                if (!allowCollection && name == Collection)
                {
                    Fail(start, end - start, "an event other than 'collection' after '" + after + "'", name);
                    return null;
                }
                _pos = end;
                return name;
            }

            private bool IsKeyword(string keyword)
            {
                var length = TokenLength(_pos);
                return length == keyword.Length && string.Compare(_text, _pos, keyword, 0, length, StringComparison.OrdinalIgnoreCase) == 0;
            }

            private void ReadWord() => _pos += TokenLength(_pos);

            // An ISO period starts with P followed by a digit, a T, or nothing else of a word ("P" alone is an error
            // inside the period, with a better message than "unknown word").
            private bool IsIsoStart()
            {
                if (Current != 'P' && Current != 'p') return false;
                var next = At(_pos + 1);
                return IsDigit(next) || next == 'T' || next == 't' || !IsWordChar(next);
            }

            private void SkipSpace()
            {
                while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
            }

            private bool AtEnd => _pos >= _text.Length;

            private char Current => At(_pos);

            private char At(int index) => index < _text.Length ? _text[index] : '\0';

            // A token for error reporting: a run of word characters, or one character (a surrogate pair counts as one).
            private int TokenLength(int start)
            {
                if (start >= _text.Length) return 0;
                if (!IsWordChar(_text[start]))
                    return char.IsHighSurrogate(_text[start]) && start + 1 < _text.Length && char.IsLowSurrogate(_text[start + 1]) ? 2 : 1;
                var end = start;
                while (end < _text.Length && IsWordChar(_text[end])) end++;
                return end - start;
            }

            private string TokenText(int start) =>
                start >= _text.Length ? RetentionParseError.EndOfText : _text.Substring(start, TokenLength(start));

            private RetentionPolicy? FailAtToken(string expected) =>
                Fail(_pos, TokenLength(_pos), expected, TokenText(_pos));

            private RetentionPolicy? Fail(int position, int length, string expected, string found)
            {
                var shown = found == RetentionParseError.EndOfText ? found : RetentionParseError.EchoToken(found);
                Error = new RetentionParseError(_wasNull ? null : _text, position, length, expected, shown);
                return null;
            }

            private static bool IsDigit(char c) => c >= '0' && c <= '9';

            private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

            // Word characters include any letter or digit so that "contrât" or "３" is reported whole.
            private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '-' || c == '_';

            private static string JoinOr(List<string> options) =>
                options.Count == 1 ? options[0]
                    : string.Join(", ", options.GetRange(0, options.Count - 1)) + " or " + options[options.Count - 1];
        }
    }
}
