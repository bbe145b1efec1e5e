/*
 * ISO 3166-1 alpha-2 country codes: the list that validates an opening's locations and remote countries, and
 * their names in English and Chinese for display and for reading place names out of ATS files.
 *
 * The codes are the 249 officially assigned ones (ISO 3166 Maintenance Agency, as of 2024). Not included: user-
 * assigned codes (XK for Kosovo, XA…XZ), exceptionally reserved ones (UK, EU, EZ, UN…) and transitional ones
 * (AN, CS…). Names come from the runtime's CLDR data through Intl.DisplayNames (full ICU in Node 20 and in every
 * current browser); where a runtime has no names, the code itself is shown. No server-only imports.
 */

/** Every officially assigned ISO 3166-1 alpha-2 code, uppercase, sorted. */
export const COUNTRY_CODES = [
  ..."AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ".split(" "),
  ..."CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET".split(" "),
  ..."FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU".split(" "),
  ..."ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY".split(" "),
  ..."MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM".split(" "),
  ..."PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ".split(" "),
  ..."TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW".split(" "),
] as readonly string[];

const CODES = new Set(COUNTRY_CODES);

/**
 * Whether `code` is an assigned ISO 3166-1 alpha-2 code. Input: exactly as stored, i.e. uppercase ("DE" yes,
 * "de" no, "UK" no: the United Kingdom is GB). Output: boolean. Pure.
 */
export function isCountryCode(code: string): boolean {
  return CODES.has(code);
}

const displayNames = new Map<string, Intl.DisplayNames | null>();
function namesFor(locale: "en" | "zh"): Intl.DisplayNames | null {
  if (!displayNames.has(locale)) {
    let dn: Intl.DisplayNames | null = null;
    try {
      dn = new Intl.DisplayNames([locale === "zh" ? "zh-CN" : "en"], { type: "region", fallback: "code" });
    } catch {
      dn = null;
    }
    displayNames.set(locale, dn);
  }
  return displayNames.get(locale) ?? null;
}

/**
 * The country's name in English or Simplified Chinese, from CLDR via Intl.DisplayNames ("DE" → "Germany" /
 * "德国"). Input: an assigned code (see isCountryCode). Output: the name, or the code itself when the runtime has
 * no name for it. Never throws.
 */
export function countryName(code: string, locale: "en" | "zh"): string {
  try {
    return namesFor(locale)?.of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * Names that ATS files and job sites write and CLDR does not give (CLDR says "United States", "Czechia",
 * "Türkiye", "Hong Kong SAR China"). Keys are folded as foldName does.
 */
const ALIASES: Record<string, string> = {
  usa: "US",
  "u.s.": "US",
  "u.s.a.": "US",
  "united states of america": "US",
  uk: "GB",
  "u.k.": "GB",
  "great britain": "GB",
  britain: "GB",
  england: "GB",
  scotland: "GB",
  wales: "GB",
  "northern ireland": "GB",
  "united kingdom of great britain and northern ireland": "GB",
  "south korea": "KR",
  korea: "KR",
  "republic of korea": "KR",
  "czech republic": "CZ",
  turkey: "TR",
  "hong kong": "HK",
  "hong kong sar": "HK",
  macau: "MO",
  macao: "MO",
  "mainland china": "CN",
  prc: "CN",
  "people's republic of china": "CN",
  "the netherlands": "NL",
  holland: "NL",
  uae: "AE",
  "viet nam": "VN",
  russia: "RU",
  "russian federation": "RU",
  "ivory coast": "CI",
  "cote d'ivoire": "CI",
  burma: "MM",
  myanmar: "MM",
  "bosnia and herzegovina": "BA",
  "trinidad and tobago": "TT",
  "antigua and barbuda": "AG",
  "st. kitts and nevis": "KN",
  "saint kitts and nevis": "KN",
  "saint lucia": "LC",
  "saint vincent and the grenadines": "VC",
  "sao tome and principe": "ST",
  "democratic republic of the congo": "CD",
  "republic of the congo": "CG",
  swaziland: "SZ",
  "north macedonia": "MK",
  macedonia: "MK",
  "east timor": "TL",
  palestine: "PS",
  "vatican city": "VA",
  中国大陆: "CN",
  中华人民共和国: "CN",
  香港: "HK",
  中国香港: "HK",
  澳门: "MO",
  中国澳门: "MO",
  中国台湾: "TW",
};

/** Case, accents, "&" and punctuation folded, so "Côte d’Ivoire" and "cote d'ivoire" meet. */
function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[’‘`]/g, "'")
    .replace(/&/g, "and")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

let byName: Map<string, string> | null = null;
function nameTable(): Map<string, string> {
  if (!byName) {
    byName = new Map();
    for (const code of COUNTRY_CODES) {
      for (const locale of ["en", "zh"] as const) {
        const name = countryName(code, locale);
        if (name !== code) byName.set(foldName(name), code);
      }
    }
    for (const [alias, code] of Object.entries(ALIASES)) byName.set(foldName(alias), code);
  }
  return byName;
}

/**
 * The code of a country written as a name, in English or Chinese, as ATS files and job sites write it:
 * "Germany", "德国", "United Kingdom", "UK", "USA", "Czech Republic", "Hong Kong" (CLDR names plus a documented
 * alias table). Case, accents and spacing do not matter. Input: the name alone (no city). Output: the
 * uppercase code, or null when the name is not a country (regions such as "EMEA" or "Europe" are not). Pure.
 * Two-letter codes are not names (use isCountryCode), except the common "UK" (= GB).
 */
export function countryCodeFromName(name: string): string | null {
  const key = foldName(name);
  if (!key) return null;
  return nameTable().get(key) ?? null;
}
