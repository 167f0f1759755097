// "CST" is US Central, China or Cuba Standard Time; "IST" India, Irish or Israel Standard Time.
// The place of the post settles which clock ends the deadline day; without one that does, the
// most likely clock is taken and a warning says so.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";

const DUTIES =
  "The Budget Analyst prepares the budget of the office and reports on its execution to management.";
function parsed(place: string | null, deadline: string) {
  const r = parseNotice(`Budget Analyst\n${place ? `${place}\n` : ""}Deadline: ${deadline}\n\n${DUTIES}`, {
    source: "test",
  });
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe("a shared zone abbreviation after the deadline", () => {
  it.each([
    ["Beijing, China", "10 June 2026, 18:00 CST", "Asia/Shanghai"],
    ["Houston, Texas", "10 June 2026, 17:00 CST", "America/Chicago"],
    ["New Delhi, India", "22 May 2026, 23:59 IST", "Asia/Kolkata"],
    ["Dublin, Ireland", "1 July 2026, 17:00 IST", "Europe/Dublin"],
    ["Tel Aviv, Israel", "1 July 2026, 17:00 IST", "Asia/Jerusalem"],
  ])("at %s, '%s' is read by the local clock (%s), without a warning", (place, deadline, zone) => {
    const r = parsed(place, deadline);
    expect(r.vacancy.timeZone).toBe(zone);
    expect(r.warnings.join(" ")).not.toMatch(/could also be/);
  });

  it("with no place, 'CST' is US Central Time, and the warning names the other readings", () => {
    const r = parsed(null, "12 June 2026, 5:00 PM CST");
    expect(r.vacancy.timeZone).toBe("America/Chicago");
    expect(r.warnings).toContainEqual(
      expect.stringMatching(
        /"CST" could also be China Standard Time or Cuba Standard Time: read as US Central/,
      ),
    );
  });

  it("at a place none of the readings keeps (Brussels), 'IST' is India's, with a warning", () => {
    const r = parsed("Brussels, Belgium", "1 July 2026, 17:00 IST");
    expect(r.vacancy.timeZone).toBe("Asia/Kolkata");
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/"IST" could also be Irish Standard Time or Israel/),
    );
  });

  it("a clock named in full ('Central Time') is no guess", () => {
    const r = parsed(null, "12 June 2026, 17:00 Central Time");
    expect(r.vacancy.timeZone).toBe("America/Chicago");
    expect(r.warnings.join(" ")).not.toMatch(/could also be/);
  });
});
