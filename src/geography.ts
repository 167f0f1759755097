// Where a place is: the country of the cities notices name and the IANA time zone of a location,
// so that a deadline is read in the issuer's zone and "jobs in Belgium" finds a post in "Brussels".

/** Country -> IANA zone (for countries spanning zones, the zone of the capital, where their bodies sit). */
const COUNTRY_ZONES: Record<string, string> = {
  albania: "Europe/Tirane",
  austria: "Europe/Vienna",
  belgium: "Europe/Brussels",
  "bosnia and herzegovina": "Europe/Sarajevo",
  bulgaria: "Europe/Sofia",
  canada: "America/Toronto",
  croatia: "Europe/Zagreb",
  cyprus: "Asia/Nicosia",
  "czech republic": "Europe/Prague",
  czechia: "Europe/Prague",
  denmark: "Europe/Copenhagen",
  estonia: "Europe/Tallinn",
  finland: "Europe/Helsinki",
  france: "Europe/Paris",
  georgia: "Asia/Tbilisi",
  germany: "Europe/Berlin",
  greece: "Europe/Athens",
  hungary: "Europe/Budapest",
  iceland: "Atlantic/Reykjavik",
  ireland: "Europe/Dublin",
  italy: "Europe/Rome",
  kosovo: "Europe/Belgrade",
  latvia: "Europe/Riga",
  lithuania: "Europe/Vilnius",
  luxembourg: "Europe/Luxembourg",
  malta: "Europe/Malta",
  moldova: "Europe/Chisinau",
  montenegro: "Europe/Podgorica",
  netherlands: "Europe/Amsterdam",
  "the netherlands": "Europe/Amsterdam",
  "north macedonia": "Europe/Skopje",
  norway: "Europe/Oslo",
  poland: "Europe/Warsaw",
  portugal: "Europe/Lisbon",
  romania: "Europe/Bucharest",
  serbia: "Europe/Belgrade",
  slovakia: "Europe/Bratislava",
  slovenia: "Europe/Ljubljana",
  spain: "Europe/Madrid",
  sweden: "Europe/Stockholm",
  switzerland: "Europe/Zurich",
  turkey: "Europe/Istanbul",
  turkiye: "Europe/Istanbul",
  ukraine: "Europe/Kyiv",
  "united kingdom": "Europe/London",
  uk: "Europe/London",
  "united states": "America/New_York",
  usa: "America/New_York",
  us: "America/New_York",
  afghanistan: "Asia/Kabul",
  iraq: "Asia/Baghdad",
  jordan: "Asia/Amman",
  kenya: "Africa/Nairobi",
  ethiopia: "Africa/Addis_Ababa",
  egypt: "Africa/Cairo",
  morocco: "Africa/Casablanca",
  tunisia: "Africa/Tunis",
  japan: "Asia/Tokyo",
  thailand: "Asia/Bangkok",
  qatar: "Asia/Qatar",
  kuwait: "Asia/Kuwait",
  "united arab emirates": "Asia/Dubai",
};

/** City -> country (lower case), for the cities where international bodies and their agencies sit. */
const CITY_COUNTRIES: Record<string, string> = {
  brussels: "belgium",
  bruxelles: "belgium",
  mons: "belgium",
  casteau: "belgium",
  evere: "belgium",
  haren: "belgium",
  chievres: "belgium",
  glons: "belgium",
  "the hague": "netherlands",
  "den haag": "netherlands",
  brunssum: "netherlands",
  amsterdam: "netherlands",
  rotterdam: "netherlands",
  maastricht: "netherlands",
  geilenkirchen: "germany",
  ramstein: "germany",
  uedem: "germany",
  kalkar: "germany",
  frankfurt: "germany",
  munich: "germany",
  bonn: "germany",
  berlin: "germany",
  heidelberg: "germany",
  ulm: "germany",
  laage: "germany",
  norfolk: "united states",
  washington: "united states",
  "washington dc": "united states",
  "new york": "united states",
  naples: "italy",
  napoli: "italy",
  rome: "italy",
  roma: "italy",
  "lago patria": "italy",
  sigonella: "italy",
  trapani: "italy",
  brindisi: "italy",
  latina: "italy",
  stavanger: "norway",
  oslo: "norway",
  bydgoszcz: "poland",
  warsaw: "poland",
  krakow: "poland",
  oeiras: "portugal",
  lisbon: "portugal",
  lisboa: "portugal",
  monsanto: "portugal",
  izmir: "turkey",
  ankara: "turkey",
  istanbul: "turkey",
  torrejon: "spain",
  madrid: "spain",
  valencia: "spain",
  paris: "france",
  lyon: "france",
  strasbourg: "france",
  luxembourg: "luxembourg",
  "luxembourg city": "luxembourg",
  capellen: "luxembourg",
  betzdorf: "luxembourg",
  geneva: "switzerland",
  geneve: "switzerland",
  bern: "switzerland",
  zurich: "switzerland",
  vienna: "austria",
  wien: "austria",
  copenhagen: "denmark",
  stockholm: "sweden",
  helsinki: "finland",
  tallinn: "estonia",
  riga: "latvia",
  vilnius: "lithuania",
  prague: "czechia",
  bratislava: "slovakia",
  budapest: "hungary",
  bucharest: "romania",
  sofia: "bulgaria",
  athens: "greece",
  london: "united kingdom",
  northwood: "united kingdom",
  edinburgh: "united kingdom",
  dublin: "ireland",
  valletta: "malta",
  zagreb: "croatia",
  ljubljana: "slovenia",
  belgrade: "serbia",
  skopje: "north macedonia",
  tirana: "albania",
  podgorica: "montenegro",
  sarajevo: "bosnia and herzegovina",
  pristina: "kosovo",
  kyiv: "ukraine",
  kiev: "ukraine",
  tbilisi: "georgia",
  nairobi: "kenya",
  "addis ababa": "ethiopia",
  bangkok: "thailand",
  tokyo: "japan",
  ottawa: "canada",
  montreal: "canada",
  toronto: "canada",
  reykjavik: "iceland",
  nicosia: "cyprus",
};

/** Display names of the countries, for text ("belgium" -> "Belgium"). */
function countryName(key: string): string {
  if (key === "uk" || key === "us" || key === "usa") return key.toUpperCase();
  return key.replace(/\b[a-z]/g, (c) => c.toUpperCase()).replace(/\bAnd\b/, "and");
}

const fold = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

/** The parts of a location, most specific first: "Casteau, Mons, Belgium" -> casteau, mons, belgium. */
function parts(location: string): string[] {
  return location
    .replace(/\(.*?\)/g, " ")
    .split(/\s*[,/;–-]\s*/)
    .map(fold)
    .filter((p) => p !== "");
}

/**
 * The country a location is in, as a display name, when the location names a known city or a
 * country; null for places it does not know.
 */
export function countryOf(location: string | null): string | null {
  if (!location) return null;
  const ps = parts(location);
  for (const p of [...ps].reverse()) if (COUNTRY_ZONES[p]) return countryName(p);
  for (const p of ps) {
    const country = CITY_COUNTRIES[p];
    if (country) return countryName(country);
  }
  return null;
}

/**
 * The IANA time zone of a location: its city's country zone (a city decides for a country spanning
 * zones: Norfolk, Ottawa), else its country's zone; null for places it does not know.
 */
export function timeZoneOf(location: string | null): string | null {
  if (!location) return null;
  const ps = parts(location);
  for (const p of ps) {
    const country = CITY_COUNTRIES[p];
    if (country) return COUNTRY_ZONES[country] ?? null;
  }
  for (const p of [...ps].reverse()) {
    const zone = COUNTRY_ZONES[p];
    if (zone) return zone;
  }
  return null;
}
