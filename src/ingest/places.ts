// Place names: tells a location ("Brussels, Belgium", "– Mons") from other short lines. Countries
// are complete; cities are those where international organisations and their agencies sit. The
// places geography knows (for time zones: cities, states and provinces worldwide) count too.
import { isKnownCity, isKnownCountry, isRegion, isRegionCode } from "../geography.ts";

const COUNTRIES = [
  "Albania",
  "Austria",
  "Belgium",
  "Bulgaria",
  "Canada",
  "Croatia",
  "Czech Republic",
  "Czechia",
  "Denmark",
  "Estonia",
  "Finland",
  "France",
  "Germany",
  "Greece",
  "Hungary",
  "Iceland",
  "Ireland",
  "Italy",
  "Latvia",
  "Lithuania",
  "Luxembourg",
  "Malta",
  "Montenegro",
  "Netherlands",
  "The Netherlands",
  "North Macedonia",
  "Norway",
  "Poland",
  "Portugal",
  "Romania",
  "Slovakia",
  "Slovenia",
  "Spain",
  "Sweden",
  "Switzerland",
  "Turkey",
  "Türkiye",
  "Turkiye",
  "United Kingdom",
  "UK",
  "United States",
  "USA",
  "US",
  "Ukraine",
  "Georgia",
  "Moldova",
  "Serbia",
  "Bosnia and Herzegovina",
  "Kosovo",
  "Cyprus",
  "Afghanistan",
  "Iraq",
  "Jordan",
  "Kenya",
  "Ethiopia",
  "Egypt",
  "Morocco",
  "Tunisia",
  "Senegal",
  "Nigeria",
  "South Africa",
  "Thailand",
  "India",
  "Japan",
  "China",
  "Singapore",
  "Australia",
  "New Zealand",
  "Brazil",
  "Mexico",
  "Argentina",
  "Chile",
  "Colombia",
  "Qatar",
  "Kuwait",
  "United Arab Emirates",
  "Israel",
  "Lebanon",
];

const CITIES = [
  "Brussels",
  "Bruxelles",
  "Mons",
  "Casteau",
  "The Hague",
  "Den Haag",
  "Brunssum",
  "Geilenkirchen",
  "Norfolk",
  "Naples",
  "Napoli",
  "Stavanger",
  "Bydgoszcz",
  "Oeiras",
  "Lisbon",
  "Lisboa",
  "Rome",
  "Roma",
  "Ramstein",
  "Uedem",
  "Kalkar",
  "Izmir",
  "Torrejon",
  "Madrid",
  "Paris",
  "Luxembourg",
  "Capellen",
  "Betzdorf",
  "Geneva",
  "Genève",
  "Vienna",
  "Wien",
  "New York",
  "Washington",
  "Washington DC",
  "Copenhagen",
  "Oslo",
  "Stockholm",
  "Helsinki",
  "Tallinn",
  "Riga",
  "Vilnius",
  "Warsaw",
  "Krakow",
  "Prague",
  "Bratislava",
  "Budapest",
  "Bucharest",
  "Sofia",
  "Athens",
  "Ankara",
  "Istanbul",
  "London",
  "Northwood",
  "Frankfurt",
  "Munich",
  "Bonn",
  "Berlin",
  "Strasbourg",
  "Amsterdam",
  "Rotterdam",
  "Maastricht",
  "Luxembourg City",
  "Valletta",
  "Zagreb",
  "Ljubljana",
  "Belgrade",
  "Skopje",
  "Tirana",
  "Podgorica",
  "Sarajevo",
  "Pristina",
  "Kyiv",
  "Kiev",
  "Tbilisi",
  "Nairobi",
  "Addis Ababa",
  "Bangkok",
  "Tokyo",
  "Montreal",
  "Ottawa",
  "Toronto",
  "Brindisi",
  "Valencia",
  "Laage",
  "Heidelberg",
  "Ulm",
  "Glons",
  "Shape",
  "Latina",
  "Lago Patria",
  "Sigonella",
  "Trapani",
  "Monsanto",
  "Lyon",
  "Bern",
  "Zurich",
  "Dublin",
  "Edinburgh",
  "Reykjavik",
  "Nicosia",
  "Chievres",
  "Evere",
  "Haren",
  "Kapellen",
];

const norm = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();

const COUNTRY_SET = new Set(COUNTRIES.map(norm));
const CITY_SET = new Set(CITIES.map(norm));

/** True when `text` is a known country. */
export function isCountry(text: string): boolean {
  return COUNTRY_SET.has(norm(text)) || isKnownCountry(text);
}

/** True when `text` is a known city or country. */
function isKnown(text: string): boolean {
  return CITY_SET.has(norm(text)) || isKnownCity(text) || isCountry(text);
}

/** True when `text` names a place: a known city or country, or "Anything, Country". */
export function isPlace(text: string): boolean {
  const t = text.replace(/\(.*?\)/g, "").trim();
  if (!t || t.length > 80) return false;
  if (isKnown(t) || splitCityCountry(t)) return true;
  const parts = t.split(/\s*[,/]\s*/).filter(Boolean);
  if (parts.length >= 2 && parts.length <= 3) {
    const last = parts[parts.length - 1] as string;
    const first = parts[0] as string;
    // "Tampa, Florida", "Halifax, NS", "Tampa, Florida, USA": a state or province stands for the country
    const region = parts.slice(1).some((p) => isRegion(p) || isRegionCode(p));
    return (
      // ("Torrejón de Ardoz", "Frankfurt am Main", "Castel di Sangro")
      ((isCountry(last) || region) &&
        /^\p{Lu}[\p{L}'.-]*(?:[\s-](?:(?:de|del|di|da|do|la|le|am|an|der|sur|upon|on)\s)?\p{Lu}[\p{L}'.-]*){0,3}$/u.test(
          first,
        )) ||
      (isKnown(first) && parts.every((p) => /^[A-Z]/.test(p) && !/\d/.test(p) && p.split(/\s+/).length <= 4))
    );
  }
  return false;
}

/** "ROME ITALY" -> ["ROME", "ITALY"]: a known city and a country written without a comma, or null. */
function splitCityCountry(text: string): [string, string] | null {
  const words = text.trim().split(/\s+/);
  for (let n = 1; n <= 3 && n < words.length; n++) {
    const country = words.slice(-n).join(" ");
    const city = words.slice(0, -n).join(" ");
    if (isCountry(country) && (CITY_SET.has(norm(city)) || isKnownCity(city))) return [city, country];
  }
  return null;
}

/** A place as a location shows it: "ROME ITALY" -> "Rome, Italy", "BRUSSELS" -> "Brussels". */
export function displayPlace(text: string): string {
  const pair = text.includes(",") ? null : splitCityCountry(text);
  const place = pair ? pair.join(", ") : text;
  if (/[a-z]/.test(place)) return place;
  return place.replace(/[A-Z][A-Z'-]+/g, (w) =>
    w.length <= 3 && isCountry(w) ? w : w.charAt(0) + w.slice(1).toLowerCase(),
  );
}

/** A place mentioned in prose ("based in Mons, Belgium", "located in The Hague"), or null. */
export function findPlaceInProse(text: string): string | null {
  const re =
    /\b(?:based|located|situated|stationed|duty station is|place of work is|position is|post is|work(?:s|ing)? will be|(?:its|our|their)(?:\s+[A-Z][\w&-]*){0,4}\s+(?:team|office|offices|headquarters|unit|branch|division|section|directorate))\s+(?:(?:at|in)\s+(?:the|its|our)\s+(?:headquarters|offices?|premises|site)\s+)?(?:in|at)\s+((?:the\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2}(?:,\s*[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?){0,2})/gu;
  for (const m of text.matchAll(re)) {
    const candidate = (m[1] as string).replace(/^the\s+(?!Hague)/i, "");
    if (isPlace(candidate)) return candidate;
    // ("Norfolk, Virginia, United States. The ...": as many of the parts as name the place)
    const twoParts = candidate
      .split(/\s*,\s*/)
      .slice(0, 2)
      .join(", ");
    if (candidate.includes(",") && isPlace(twoParts)) return twoParts;
    const firstPart = candidate.split(",")[0] as string;
    if (isPlace(firstPart)) return firstPart;
  }
  // "The NATO Defense College in Rome, Italy, is looking for ...": the seat of the employer a
  // recruiting sentence names (other "X in Y" of a notice are its partners')
  const seat =
    /\b(?:College|Agency|Centre|Center|Command|Headquarters|Secretariat|Mission|School|Academy|Institute|Office)\s+in\s+((?:the\s+)?[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)(?:,\s*([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?))?,?\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:recruiting|looking for|seeking|hiring)\b/u.exec(
      text,
    );
  if (seat) {
    const withCountry = seat[2] ? `${seat[1]}, ${seat[2]}` : null;
    if (withCountry && isPlace(withCountry)) return withCountry;
    if (isPlace(seat[1] as string)) return seat[1] as string;
  }
  // "for its Brussels office"
  const office =
    /\b(?:its|our|their)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)?)\s+(?:office|offices|headquarters)\b/u.exec(
      text,
    );
  if (office && isPlace(office[1] as string)) return office[1] as string;
  return null;
}
