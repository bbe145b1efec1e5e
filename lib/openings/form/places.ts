import { countryCodeFromName, isCountryCode } from "@/lib/openings/form/countries";

/*
 * Reading the free-text places that ATSs and job sites publish ("San Francisco, CA", "London, United Kingdom",
 * "Remote - US", "San Francisco Bay Area") into our { city, country } locations. Used by the import readers only;
 * the form itself takes "City, CC". Nothing is guessed: text we cannot place is returned as unplaced, with the
 * reason, and the reader passes it on for the schema to refuse.
 *
 * Two-letter regions after a comma are read the US way ("City, ST" → a US state), because that is how LinkedIn
 * and US-based ATS boards write US places; a two-letter suffix that is not a state is read as an ISO country code
 * ("Paris, FR"), then as a Canadian province. The cost: a code that is both ("Berlin, DE" = Delaware or Germany,
 * "Chennai, IN" = Indiana or India) is read as the state, and the result says so (`note`) so the report shows it.
 */

/** US states and DC (USPS codes). Territories with their own ISO code (PR, GU, VI, AS, MP) are countries. */
const US_STATES = new Set(
  "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY".split(" "),
);
const US_STATE_NAMES = new Set(
  [
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "District of Columbia", "Florida",
    "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine", "Maryland",
    "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire",
    "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania",
    "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming",
  ].map((s) => s.toLowerCase()),
);
/** Canadian provinces and territories (Canada Post codes), read only when the code is not an ISO country code. */
const CA_PROVINCES = new Set("AB BC MB NB NL NS NT NU ON PE QC SK YT".split(" "));

/**
 * LinkedIn's US metropolitan areas, as LinkedIn names them (its location field for postings "in the area").
 * Only these are read as US; "Greater Panama City Area" is not listed, because Panama City is also Panama's capital.
 */
const US_METROS = new Set(
  [
    "San Francisco Bay Area", "Greater Seattle Area", "New York City Metropolitan Area", "Greater Houston", "Dallas-Fort Worth Metroplex",
    "Greater Chicago Area", "Los Angeles Metropolitan Area", "Atlanta Metropolitan Area", "Greater Boston", "Washington DC-Baltimore Area",
    "Greater Philadelphia", "Denver Metropolitan Area", "Austin, Texas Metropolitan Area", "Greater Minneapolis-St. Paul Area",
    "Miami-Fort Lauderdale Area", "Greater San Diego Area", "Salt Lake City Metropolitan Area", "Raleigh-Durham-Chapel Hill Area",
    "Greater Phoenix Area", "Greater Pittsburgh Region", "Detroit Metropolitan Area", "Portland, Oregon Metropolitan Area",
    "Greater Sacramento", "Greater Orlando", "Greater Tampa Bay Area", "Nashville Metropolitan Area", "Charlotte Metro",
    "Greater St. Louis", "Kansas City Metropolitan Area", "Columbus, Ohio Metropolitan Area", "Cincinnati Metropolitan Area",
    "Greater Cleveland", "Greater Indianapolis", "Las Vegas Metropolitan Area", "San Antonio, Texas Metropolitan Area",
  ].map((s) => s.toLowerCase()),
);

const CITY_STATES = new Set(["SG", "HK", "MO", "MC", "VA", "GI"]);
/** Chinese cities written in Chinese (unambiguous, unlike bare English city names, which are left unplaced). */
const CHINESE_CITY = /^(北京|上海|深圳|广州|杭州|成都|武汉|重庆|南京|西安|苏州|天津|厦门|长沙|青岛|合肥|郑州|济南|大连|宁波|珠海|东莞|佛山|无锡)市?$/;

/** What a place text says. */
export type Place =
  | { kind: "city"; city: string; country: string; note?: string }
  | { kind: "country"; country: string }
  | { kind: "remote"; country: string | null; note?: string }
  | { kind: "unplaced"; text: string; reason: string };

const tidy = (s: string) =>
  s
    .normalize("NFC")
    .replace(/[\u200B\u200E\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/g, "")
    .replace(/[\s\u00A0\u202F\u3000]+/g, " ")
    .trim();

/** A country written as an ISO code or a name; null when it is neither. */
function countryOf(s: string): string | null {
  const t = s.trim();
  if (/^[A-Za-z]{2}$/.test(t) && isCountryCode(t.toUpperCase())) return t.toUpperCase();
  return countryCodeFromName(t.replace(/\.$/, ""));
}

const REMOTE = /\b(?:fully |100% )?remote\b|远程/i;

/**
 * One place text → a Place. Recognised: "City, ST" (US state), "City, State name", "City, Province" (Canada),
 * "City, CC" (ISO code), "City, Country name", "City, Region, Country", a country alone ("United States"), a LinkedIn
 * US metro area ("San Francisco Bay Area" → that name as the city, US), and remote forms ("Remote", "Remote - US",
 * "US Remote", "Remote (Canada)", "远程"). `defaultCountry` (an ISO code, e.g. Lever's posting `country`) places a
 * bare city. Input: the text as published. Output: a Place; `note` says when an ambiguous code was read as a US
 * state. Pure.
 */
export function parsePlace(text: string, defaultCountry?: string | null): Place {
  const t = tidy(text);
  if (!t) return { kind: "unplaced", text: t, reason: "no location given" };
  if (REMOTE.test(t)) {
    const rest = tidy(t.replace(REMOTE, " ").replace(/[()[\]\-–—:,/|]+/g, " "));
    if (!rest) return { kind: "remote", country: defaultCountry ?? null };
    const c = countryOf(rest) ?? (US_STATES.has(rest.toUpperCase()) || US_STATE_NAMES.has(rest.toLowerCase()) ? "US" : null);
    if (c) return { kind: "remote", country: c };
    return { kind: "remote", country: null, note: `remote, "${rest}" is not a country (remote countries left open)` };
  }
  if (US_METROS.has(t.toLowerCase())) return { kind: "city", city: t, country: "US" };
  const parts = t.split(",").map((p) => p.trim()).filter(Boolean);
  if (parts.length === 1) {
    const c = countryOf(t);
    // A city-state is its own city.
    if (c && CITY_STATES.has(c)) return { kind: "city", city: t, country: c };
    if (c) return { kind: "country", country: c };
    const cn = CHINESE_CITY.exec(t);
    if (cn) return { kind: "city", city: t, country: "CN" };
    if (defaultCountry && isCountryCode(defaultCountry)) return { kind: "city", city: t, country: defaultCountry };
    return { kind: "unplaced", text: t, reason: `"${t}" names no country` };
  }
  const city = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (parts.length >= 3) {
    const c = countryOf(last);
    if (c) return { kind: "city", city, country: c };
  }
  const region = last;
  if (/^[A-Za-z]{2}$/.test(region)) {
    const code = region.toUpperCase();
    if (US_STATES.has(code)) {
      // "City, CA" is California far more often than Canada (Canadian places are written with a province).
      const note = isCountryCode(code) && code !== "CA" ? `"${code}" read as a US state, not the country ${code}` : undefined;
      return note ? { kind: "city", city, country: "US", note } : { kind: "city", city, country: "US" };
    }
    if (isCountryCode(code)) return { kind: "city", city, country: code };
    if (CA_PROVINCES.has(code)) return { kind: "city", city, country: "CA" };
  }
  if (region.toLowerCase() === "georgia") return { kind: "unplaced", text: t, reason: `"Georgia" is both a US state and a country (write GA or GE)` };
  if (US_STATE_NAMES.has(region.toLowerCase())) return { kind: "city", city, country: "US" };
  const c = countryOf(region);
  if (c) return { kind: "city", city, country: c };
  return { kind: "unplaced", text: t, reason: `"${region}" is not a country, US state or Canadian province we know` };
}

/**
 * A location text that may name several places ("New York, NY; London, UK", "Berlin | Remote", "NYC or SF"):
 * split on ";", "|", " or " and " / ", each part read by parsePlace. Input: the text as published. Output: the
 * places in order (empty for empty text). Pure.
 */
export function parsePlaces(text: string, defaultCountry?: string | null): Place[] {
  return tidy(text)
    .split(/\s*(?:;|\||\s\/\s|\sor\s)\s*/i)
    .filter((p) => p.trim() !== "")
    .map((p) => parsePlace(p, defaultCountry));
}
