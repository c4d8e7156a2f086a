using System;
using System.Collections.Generic;

namespace Klivar.PrivacyAnnotations.Roslyn.Analyzers
{
    /// <summary>The country facts KPA0006 checks a transfer against. Every list that may change lives here.</summary>
    internal static class Countries
    {
        /// <summary>The 249 officially assigned ISO 3166-1 alpha-2 codes (user-assigned codes such as XK are not).</summary>
        public static readonly HashSet<string> Iso3166Alpha2 = Set(
            "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ " +
            "BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ " +
            "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ " +
            "DE DJ DK DM DO DZ " +
            "EC EE EG EH ER ES ET " +
            "FI FJ FK FM FO FR " +
            "GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY " +
            "HK HM HN HR HT HU " +
            "ID IE IL IM IN IO IQ IR IS IT " +
            "JE JM JO JP " +
            "KE KG KH KI KM KN KP KR KW KY KZ " +
            "LA LB LC LI LK LR LS LT LU LV LY " +
            "MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ " +
            "NA NC NE NF NG NI NL NO NP NR NU NZ " +
            "OM " +
            "PA PE PF PG PH PK PL PM PN PR PS PT PW PY " +
            "QA " +
            "RE RO RS RU RW " +
            "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ " +
            "TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ " +
            "UA UG UM US UY UZ " +
            "VA VC VE VG VI VN VU " +
            "WF WS " +
            "YE YT " +
            "ZA ZM ZW");

        /// <summary>The European Economic Area: the 27 EU member states, Iceland, Liechtenstein and Norway. Data sent there is not a Chapter V transfer.</summary>
        public static readonly HashSet<string> Eea = Set(
            "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK " +
            "IS LI NO");

        /// <summary>
        /// Countries with a European Commission adequacy decision (Art. 45), as of 2026: Andorra, Argentina, Canada
        /// (commercial organisations), Switzerland, Faroe Islands, United Kingdom, Guernsey, Israel, Isle of Man,
        /// Jersey, Japan, Republic of Korea, New Zealand, United States (EU-US Data Privacy Framework: only
        /// organisations certified under it) and Uruguay. Review this list when the Commission adopts or withdraws a
        /// decision (https://commission.europa.eu/law/law-topic/data-protection/international-dimension-data-protection/adequacy-decisions_en).
        /// </summary>
        public static readonly HashSet<string> Adequate = Set("AD AR CA CH FO GB GG IL IM JE JP KR NZ US UY");

        /// <summary>The date the adequacy list above was last checked, quoted in diagnostics.</summary>
        public const string AdequacyAsOf = "2026";

        private static HashSet<string> Set(string codes) =>
            new HashSet<string>(codes.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);
    }
}
