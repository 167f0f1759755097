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
  // Asia-Pacific, the Americas and Africa, where UN, OSCE and NATO partner posts sit
  australia: "Australia/Sydney",
  "new zealand": "Pacific/Auckland",
  singapore: "Asia/Singapore",
  "south korea": "Asia/Seoul",
  korea: "Asia/Seoul",
  "republic of korea": "Asia/Seoul",
  china: "Asia/Shanghai",
  "hong kong": "Asia/Hong_Kong",
  india: "Asia/Kolkata",
  pakistan: "Asia/Karachi",
  bangladesh: "Asia/Dhaka",
  nepal: "Asia/Kathmandu",
  "sri lanka": "Asia/Colombo",
  indonesia: "Asia/Jakarta",
  malaysia: "Asia/Kuala_Lumpur",
  philippines: "Asia/Manila",
  "the philippines": "Asia/Manila",
  vietnam: "Asia/Ho_Chi_Minh",
  "viet nam": "Asia/Ho_Chi_Minh",
  cambodia: "Asia/Phnom_Penh",
  myanmar: "Asia/Yangon",
  mongolia: "Asia/Ulaanbaatar",
  fiji: "Pacific/Fiji",
  "papua new guinea": "Pacific/Port_Moresby",
  kazakhstan: "Asia/Almaty",
  uzbekistan: "Asia/Tashkent",
  kyrgyzstan: "Asia/Bishkek",
  tajikistan: "Asia/Dushanbe",
  turkmenistan: "Asia/Ashgabat",
  armenia: "Asia/Yerevan",
  azerbaijan: "Asia/Baku",
  israel: "Asia/Jerusalem",
  lebanon: "Asia/Beirut",
  "saudi arabia": "Asia/Riyadh",
  bahrain: "Asia/Bahrain",
  oman: "Asia/Muscat",
  mexico: "America/Mexico_City",
  brazil: "America/Sao_Paulo",
  argentina: "America/Argentina/Buenos_Aires",
  chile: "America/Santiago",
  colombia: "America/Bogota",
  peru: "America/Lima",
  panama: "America/Panama",
  nigeria: "Africa/Lagos",
  senegal: "Africa/Dakar",
  ghana: "Africa/Accra",
  "south africa": "Africa/Johannesburg",
  uganda: "Africa/Kampala",
  tanzania: "Africa/Dar_es_Salaam",
  rwanda: "Africa/Kigali",
  mali: "Africa/Bamako",
  niger: "Africa/Niamey",
  somalia: "Africa/Mogadishu",
  sudan: "Africa/Khartoum",
  libya: "Africa/Tripoli",
  algeria: "Africa/Algiers",
  mauritania: "Africa/Nouakchott",
  djibouti: "Africa/Djibouti",
};

/**
 * States, provinces and territories, for a location written "City, Region" without its country
 * ("Tampa, Florida", "Halifax, NS", "Canberra, ACT"): the country and the zone most of the region
 * keeps (a region spanning zones takes its most populous one).
 */
const REGIONS: Record<string, { country: string; zone: string; code?: string }> = {
  alabama: { country: "united states", zone: "America/Chicago", code: "AL" },
  alaska: { country: "united states", zone: "America/Anchorage", code: "AK" },
  arizona: { country: "united states", zone: "America/Phoenix", code: "AZ" },
  arkansas: { country: "united states", zone: "America/Chicago", code: "AR" },
  california: { country: "united states", zone: "America/Los_Angeles", code: "CA" },
  colorado: { country: "united states", zone: "America/Denver", code: "CO" },
  connecticut: { country: "united states", zone: "America/New_York", code: "CT" },
  delaware: { country: "united states", zone: "America/New_York", code: "DE" },
  "district of columbia": { country: "united states", zone: "America/New_York", code: "DC" },
  florida: { country: "united states", zone: "America/New_York", code: "FL" },
  hawaii: { country: "united states", zone: "Pacific/Honolulu", code: "HI" },
  idaho: { country: "united states", zone: "America/Boise", code: "ID" },
  illinois: { country: "united states", zone: "America/Chicago", code: "IL" },
  indiana: { country: "united states", zone: "America/Indiana/Indianapolis", code: "IN" },
  iowa: { country: "united states", zone: "America/Chicago", code: "IA" },
  kansas: { country: "united states", zone: "America/Chicago", code: "KS" },
  kentucky: { country: "united states", zone: "America/New_York", code: "KY" },
  louisiana: { country: "united states", zone: "America/Chicago", code: "LA" },
  maine: { country: "united states", zone: "America/New_York", code: "ME" },
  maryland: { country: "united states", zone: "America/New_York", code: "MD" },
  massachusetts: { country: "united states", zone: "America/New_York", code: "MA" },
  michigan: { country: "united states", zone: "America/Detroit", code: "MI" },
  minnesota: { country: "united states", zone: "America/Chicago", code: "MN" },
  mississippi: { country: "united states", zone: "America/Chicago", code: "MS" },
  missouri: { country: "united states", zone: "America/Chicago", code: "MO" },
  montana: { country: "united states", zone: "America/Denver", code: "MT" },
  nebraska: { country: "united states", zone: "America/Chicago", code: "NE" },
  nevada: { country: "united states", zone: "America/Los_Angeles", code: "NV" },
  "new hampshire": { country: "united states", zone: "America/New_York", code: "NH" },
  "new jersey": { country: "united states", zone: "America/New_York", code: "NJ" },
  "new mexico": { country: "united states", zone: "America/Denver", code: "NM" },
  "new york state": { country: "united states", zone: "America/New_York", code: "NY" },
  "north carolina": { country: "united states", zone: "America/New_York", code: "NC" },
  "north dakota": { country: "united states", zone: "America/Chicago", code: "ND" },
  ohio: { country: "united states", zone: "America/New_York", code: "OH" },
  oklahoma: { country: "united states", zone: "America/Chicago", code: "OK" },
  oregon: { country: "united states", zone: "America/Los_Angeles", code: "OR" },
  pennsylvania: { country: "united states", zone: "America/New_York", code: "PA" },
  "rhode island": { country: "united states", zone: "America/New_York", code: "RI" },
  "south carolina": { country: "united states", zone: "America/New_York", code: "SC" },
  "south dakota": { country: "united states", zone: "America/Chicago", code: "SD" },
  tennessee: { country: "united states", zone: "America/Chicago", code: "TN" },
  texas: { country: "united states", zone: "America/Chicago", code: "TX" },
  utah: { country: "united states", zone: "America/Denver", code: "UT" },
  vermont: { country: "united states", zone: "America/New_York", code: "VT" },
  virginia: { country: "united states", zone: "America/New_York", code: "VA" },
  "washington state": { country: "united states", zone: "America/Los_Angeles", code: "WA" },
  "west virginia": { country: "united states", zone: "America/New_York", code: "WV" },
  wisconsin: { country: "united states", zone: "America/Chicago", code: "WI" },
  wyoming: { country: "united states", zone: "America/Denver", code: "WY" },
  ontario: { country: "canada", zone: "America/Toronto", code: "ON" },
  quebec: { country: "canada", zone: "America/Toronto", code: "QC" },
  "british columbia": { country: "canada", zone: "America/Vancouver", code: "BC" },
  alberta: { country: "canada", zone: "America/Edmonton", code: "AB" },
  manitoba: { country: "canada", zone: "America/Winnipeg", code: "MB" },
  saskatchewan: { country: "canada", zone: "America/Regina", code: "SK" },
  "nova scotia": { country: "canada", zone: "America/Halifax", code: "NS" },
  "new brunswick": { country: "canada", zone: "America/Moncton", code: "NB" },
  "newfoundland and labrador": { country: "canada", zone: "America/St_Johns", code: "NL" },
  newfoundland: { country: "canada", zone: "America/St_Johns" },
  "prince edward island": { country: "canada", zone: "America/Halifax", code: "PE" },
  "new south wales": { country: "australia", zone: "Australia/Sydney", code: "NSW" },
  "australian capital territory": { country: "australia", zone: "Australia/Sydney", code: "ACT" },
  victoria: { country: "australia", zone: "Australia/Melbourne", code: "VIC" },
  queensland: { country: "australia", zone: "Australia/Brisbane", code: "QLD" },
  "western australia": { country: "australia", zone: "Australia/Perth" },
  "south australia": { country: "australia", zone: "Australia/Adelaide" },
  tasmania: { country: "australia", zone: "Australia/Hobart", code: "TAS" },
  "northern territory": { country: "australia", zone: "Australia/Darwin" },
};

/** Region codes as written in capitals ("VA", "ON", "NSW"). */
const REGION_CODES = new Map(
  Object.entries(REGIONS).flatMap(([name, r]) => (r.code ? [[r.code, name] as const] : [])),
);

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
  // North America and Asia-Pacific: capitals and the cities with NATO, UN or partner posts
  "colorado springs": "united states",
  tampa: "united states",
  "san diego": "united states",
  "los angeles": "united states",
  "san francisco": "united states",
  chicago: "united states",
  boston: "united states",
  honolulu: "united states",
  arlington: "united states",
  quantico: "united states",
  "fort bragg": "united states",
  suffolk: "united states",
  vancouver: "canada",
  halifax: "canada",
  winnipeg: "canada",
  calgary: "canada",
  edmonton: "canada",
  quebec: "canada",
  "quebec city": "canada",
  canberra: "australia",
  sydney: "australia",
  melbourne: "australia",
  brisbane: "australia",
  perth: "australia",
  adelaide: "australia",
  wellington: "new zealand",
  auckland: "new zealand",
  singapore: "singapore",
  seoul: "south korea",
  busan: "south korea",
  beijing: "china",
  shanghai: "china",
  "hong kong": "hong kong",
  "new delhi": "india",
  delhi: "india",
  mumbai: "india",
  islamabad: "pakistan",
  dhaka: "bangladesh",
  kathmandu: "nepal",
  colombo: "sri lanka",
  jakarta: "indonesia",
  "kuala lumpur": "malaysia",
  manila: "philippines",
  hanoi: "vietnam",
  "ho chi minh city": "vietnam",
  "phnom penh": "cambodia",
  yangon: "myanmar",
  ulaanbaatar: "mongolia",
  suva: "fiji",
  astana: "kazakhstan",
  almaty: "kazakhstan",
  tashkent: "uzbekistan",
  bishkek: "kyrgyzstan",
  dushanbe: "tajikistan",
  ashgabat: "turkmenistan",
  yerevan: "armenia",
  baku: "azerbaijan",
  kabul: "afghanistan",
  baghdad: "iraq",
  amman: "jordan",
  beirut: "lebanon",
  doha: "qatar",
  "kuwait city": "kuwait",
  "abu dhabi": "united arab emirates",
  dubai: "united arab emirates",
  riyadh: "saudi arabia",
  cairo: "egypt",
  rabat: "morocco",
  tunis: "tunisia",
  dakar: "senegal",
  abuja: "nigeria",
  lagos: "nigeria",
  accra: "ghana",
  kampala: "uganda",
  kigali: "rwanda",
  "dar es salaam": "tanzania",
  pretoria: "south africa",
  johannesburg: "south africa",
  mogadishu: "somalia",
  bamako: "mali",
  niamey: "niger",
  "mexico city": "mexico",
  brasilia: "brazil",
  "buenos aires": "argentina",
  santiago: "chile",
  bogota: "colombia",
  lima: "peru",
  "panama city": "panama",
};

/** Cities whose zone differs from their country's (the country's zone is its capital's). */
const CITY_ZONES: Record<string, string> = {
  "colorado springs": "America/Denver",
  "san diego": "America/Los_Angeles",
  "los angeles": "America/Los_Angeles",
  "san francisco": "America/Los_Angeles",
  chicago: "America/Chicago",
  honolulu: "Pacific/Honolulu",
  vancouver: "America/Vancouver",
  halifax: "America/Halifax",
  winnipeg: "America/Winnipeg",
  calgary: "America/Edmonton",
  edmonton: "America/Edmonton",
  melbourne: "Australia/Melbourne",
  brisbane: "Australia/Brisbane",
  perth: "Australia/Perth",
  adelaide: "Australia/Adelaide",
  almaty: "Asia/Almaty",
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
 * The region ("florida" from "Tampa, Florida" or "Tampa, FL") a location names besides its city.
 * A code counts only in capitals and after the first part ("Norfolk, VA", not "IN" or "Me"); a
 * region sharing its name with a country ("Georgia") counts only beside the region's country.
 */
function regionOf(location: string): { country: string; zone: string } | null {
  const raw = location
    .replace(/\(.*?\)/g, " ")
    .split(/\s*[,/;–-]\s*/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  const folded = raw.map(fold);
  // from the end: "Victoria, British Columbia" is in British Columbia
  for (const [i, p] of [...raw.entries()].reverse()) {
    const name = fold(p);
    const region = REGIONS[name] ?? (i > 0 ? REGIONS[REGION_CODES.get(p) ?? ""] : undefined);
    if (region) return region;
    // "Georgia" is a country unless the location also names the United States
    if (name === "georgia" && folded.some((f) => COUNTRY_ZONES[f] === "America/New_York"))
      return { country: "united states", zone: "America/New_York" };
  }
  return null;
}

/**
 * The country a location is in, as a display name, when the location names a known city, region or
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
  const region = regionOf(location);
  return region ? countryName(region.country) : null;
}

/**
 * The IANA time zone of a location: its city's country zone (a city decides for a country spanning
 * zones: Norfolk, Ottawa), else its region's ("Tampa, Florida"), else its country's zone; null for
 * places it does not know.
 */
export function timeZoneOf(location: string | null): string | null {
  if (!location) return null;
  const ps = parts(location);
  for (const p of ps) {
    const zone = CITY_ZONES[p];
    if (zone) return zone;
    const country = CITY_COUNTRIES[p];
    if (country) return COUNTRY_ZONES[country] ?? null;
  }
  const region = regionOf(location);
  if (region) return region.zone;
  for (const p of [...ps].reverse()) {
    const zone = COUNTRY_ZONES[p];
    if (zone) return zone;
  }
  return null;
}

/** True when `text` is a known state, province or territory ("Florida", "Ontario"), by name. */
export function isRegion(text: string): boolean {
  return REGIONS[fold(text)] !== undefined;
}

/** True when `text` is a region code in capitals ("VA", "ON", "NSW"). */
export function isRegionCode(text: string): boolean {
  return REGION_CODES.has(text.trim());
}

/** True when `text` is a country this module knows. */
export function isKnownCountry(text: string): boolean {
  return COUNTRY_ZONES[fold(text)] !== undefined;
}

/** True when `text` is a city this module knows. */
export function isKnownCity(text: string): boolean {
  return CITY_COUNTRIES[fold(text)] !== undefined;
}
