// The clock a deadline names: "23:59 CET", "17:00 EST", "midnight Brussels time", "(GMT+1)",
// "Central European Time". When a notice names one it decides when the deadline day ends, over the
// zone of the post's location (a NATO post in Norfolk that closes "23:59 CET" closes by Brussels'
// clock); a location whose clock agrees with it on the deadline day keeps its own, familiar name.
import { DateTime } from "luxon";
import { timeZoneOf } from "../geography.ts";

/**
 * Zone abbreviations (in capitals: "EST", never the French "est") and zone names as notices write
 * them -> an IANA zone that keeps that clock.
 */
const NAMED_CLOCKS: [abbreviation: RegExp, name: RegExp, zone: string][] = [
  [/\b(CES?T|MES?Z)\b/, /\bcentral european( summer| standard)? time\b/i, "Europe/Brussels"],
  [/\bEES?T\b/, /\beastern european( summer| standard)? time\b/i, "Europe/Athens"],
  [/\bWES?T\b/, /\bwestern european( summer| standard)? time\b/i, "Europe/Lisbon"],
  [/\bBST\b/, /\b(british summer time|UK time)\b/i, "Europe/London"],
  [/\bE[SD]?T\b/, /\beastern( standard| daylight)? time\b/i, "America/New_York"],
  // ("CST" is also China's and Cuba's: see SHARED_ABBREVIATIONS)
  [/\bCT\b/, /\bcentral( standard| daylight)? time\b/i, "America/Chicago"],
  [/\bM[SD]T\b/, /\bmountain( standard| daylight)? time\b/i, "America/Denver"],
  [/\bP[SD]?T\b/, /\bpacific( standard| daylight)? time\b/i, "America/Los_Angeles"],
  [/\bAE[SD]T\b/, /\baustralian eastern( standard| daylight)? time\b/i, "Australia/Sydney"],
  [/\bJST\b/, /\bjapan standard time\b/i, "Asia/Tokyo"],
  [/\bKST\b/, /\bkorea standard time\b/i, "Asia/Seoul"],
  [/\bSGT\b/, /\bsingapore time\b/i, "Asia/Singapore"],
  [/\bHKT\b/, /\bhong kong time\b/i, "Asia/Hong_Kong"],
  [/\bNZ[SD]T\b/, /\bnew zealand( standard| daylight)? time\b/i, "Pacific/Auckland"],
  [/\bEAT\b/, /\beast africa time\b/i, "Africa/Nairobi"],
  [/\bWAT\b/, /\bwest africa time\b/i, "Africa/Lagos"],
];

/**
 * Abbreviations several clocks share, each clock with the zone that keeps it; the first is the
 * most likely reading for a notice that names no place to settle it.
 */
const SHARED_ABBREVIATIONS: [abbreviation: RegExp, clocks: [name: string, zone: string][]][] = [
  [
    /\bCST\b/,
    [
      ["US Central Standard Time", "America/Chicago"],
      ["China Standard Time", "Asia/Shanghai"],
      ["Cuba Standard Time", "America/Havana"],
    ],
  ],
  [
    /\bCDT\b/,
    [
      ["US Central Daylight Time", "America/Chicago"],
      ["Cuba Daylight Time", "America/Havana"],
    ],
  ],
  [
    /\bIST\b/,
    [
      ["India Standard Time", "Asia/Kolkata"],
      ["Irish Standard Time", "Europe/Dublin"],
      ["Israel Standard Time", "Asia/Jerusalem"],
    ],
  ],
  [
    /\bAST\b/,
    [
      ["Atlantic Standard Time", "America/Halifax"],
      ["Arabia Standard Time", "Asia/Riyadh"],
    ],
  ],
];

// "(GMT+1)", "UTC +01:00", "GMT-5": a fixed offset, in luxon's zone spelling ("UTC+1", "UTC+5:30")
const OFFSET = /\b(?:GMT|UTC)\s*([+\-−–])\s*(\d{1,2})(?::?(\d{2}))?\b/i;
// "23:59 GMT", "midnight (UTC)": the zero offset
const ZERO_OFFSET = /\b(GMT|UTC)\b|\b(greenwich mean time|coordinated universal time)\b/i;
// "midnight Brussels time", "17:00 New York local time", "23h59 heure de Bruxelles"
const PLACE_CLOCK = [
  /\b((?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+)\s+(?:local\s+)?time\b/,
  /\bheure (?:de |d')(\p{Lu}[\p{L}-]+(?:\s\p{Lu}[\p{L}-]+)?)/u,
];

/** The clock a deadline's text names, and a warning when the notice left the choice to the parser. */
export interface DeadlineClock {
  zone: string;
  /** Set when the abbreviation is shared and nothing in the notice settles which clock it means. */
  warning: string | null;
}

/**
 * The clock a deadline's text names. A shared abbreviation ("CST", "IST") is the clock kept where
 * the post is (`located`, its zone); without a place that settles it, the most likely one, with a
 * warning. Null when the text names no clock.
 */
export function readClock(
  text: string,
  located: string | null,
  deadline: string | null,
): DeadlineClock | null {
  const named = namedClock(text);
  if (named) return { zone: named, warning: null };
  for (const [abbreviation, clocks] of SHARED_ABBREVIATIONS) {
    const m = abbreviation.exec(text);
    if (!m) continue;
    const day = deadline ?? "2026-01-15";
    const offset = (zone: string) => DateTime.fromISO(`${day}T12:00`, { zone }).offset;
    const local = located ? clocks.find(([, zone]) => offset(zone) === offset(located)) : undefined;
    if (local) return { zone: local[1], warning: null };
    const [name, zone] = clocks[0] as [string, string];
    const others = clocks.slice(1).map(([n]) => n);
    return {
      zone,
      warning: `the deadline's "${m[0]}" could also be ${others.join(" or ")}: read as ${name} (${zone}), the most likely, as the place of the post does not settle it; check it`,
    };
  }
  return null;
}

/** The zone a deadline's text names, as an IANA (or luxon fixed-offset) zone; null when it names none or only a shared abbreviation. */
export function namedClock(text: string): string | null {
  const offset = OFFSET.exec(text);
  if (offset) {
    const sign = offset[1] === "+" ? "+" : "-";
    const hours = Number(offset[2]);
    const minutes = offset[3] && offset[3] !== "00" ? `:${offset[3]}` : "";
    if (hours <= 14) return hours === 0 && !minutes ? "UTC" : `UTC${sign}${hours}${minutes}`;
  }
  for (const re of PLACE_CLOCK) {
    const place = re.exec(text)?.[1];
    const zone = place ? timeZoneOf(place) : null;
    if (zone) return zone;
  }
  for (const [abbreviation, name, zone] of NAMED_CLOCKS) {
    if (abbreviation.test(text) || name.test(text)) return zone;
  }
  if (ZERO_OFFSET.test(text)) return "UTC";
  return null;
}

/**
 * The zone whose clock ends the deadline day: the one the deadline names, unless the location's
 * zone keeps the same clock that day (then the location's); else the location's; else null.
 */
export function deadlineZone(
  named: string | null,
  located: string | null,
  deadline: string | null,
): string | null {
  if (!named) return located;
  if (!located || !deadline) return named;
  const offset = (zone: string) => DateTime.fromISO(`${deadline}T23:59`, { zone }).offset;
  return offset(located) === offset(named) ? located : named;
}
