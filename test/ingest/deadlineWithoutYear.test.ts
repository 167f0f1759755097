// "Deadline: 1 June" with no year and no publication date: a recruiter pasting the notice today
// means the next 1 June from today, so the parser reads it so and says so in a warning. It still
// refuses a day that is no real day, and one that has just passed (this year's, already closed,
// or next year's, almost a year away?). Without a clock it makes no guess.
import { describe, expect, it } from "vitest";
import { parseNotice } from "../../src/ingest/index.ts";

const DUTIES =
  "The incumbent manages the logistics support of the headquarters and plans the procurement of equipment.";
const notice = (deadline: string) => `Logistics Officer\nMons, Belgium\n${deadline}\n\n${DUTIES}`;
const at = (day: string) => new Date(`${day}T12:00:00Z`);

describe("a deadline without its year and without a publication date", () => {
  it("is the next such day from the clock, with a warning naming the guess", () => {
    const r = parseNotice(notice("Deadline: 1 June"), { source: "test", now: at("2026-11-23") });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy.deadline).toBe("2027-06-01");
    expect(r.warnings).toContainEqual(
      expect.stringMatching(/"1 June" gives no year: read as 2027-06-01.*2026-11-23/),
    );
  });

  it("later this year stays this year; a sentence ('apply by 3 March') reads the same way", () => {
    const june = parseNotice(notice("Closing date: June 1st"), { source: "test", now: at("2026-05-20") });
    expect(june.ok && june.vacancy.deadline).toBe("2026-06-01");
    const march = parseNotice(notice("Please apply by 3 March to jobs@ncia.nato.int."), {
      source: "test",
      now: at("2026-11-23"),
    });
    expect(march.ok && march.vacancy.deadline).toBe("2027-03-03");
  });

  it("today itself is still open: the deadline is today", () => {
    const r = parseNotice(notice("Deadline: 23 November"), { source: "test", now: at("2026-11-23") });
    expect(r.ok && r.vacancy.deadline).toBe("2026-11-23");
  });

  it("a day that has just passed is refused: the year is the recruiter's to say", () => {
    const r = parseNotice(notice("Deadline: 1 June"), { source: "test", now: at("2026-06-20") });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe("bad_date");
    expect(r.error.message).toMatch(
      /"1 June" gives no year, and 1 June 2026 has just passed: write the year/,
    );
  });

  it("a day that is no real day is refused", () => {
    const r = parseNotice(notice("Deadline: 31 June"), { source: "test", now: at("2026-11-23") });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/"31 June" is not a real day/);
  });

  it("a numeric day and month ('03/04') is ambiguous and refused", () => {
    const r = parseNotice(notice("Deadline: 03/04"), { source: "test", now: at("2026-11-23") });
    expect(r.ok).toBe(false);
  });

  it("a publication date decides the year over the clock, without a warning", () => {
    const r = parseNotice(notice("Published: 4 May 2026\nDeadline: 1 June"), {
      source: "test",
      now: at("2026-11-23"),
    });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.vacancy.deadline).toBe("2026-06-01");
    expect(r.warnings.join(" ")).not.toMatch(/gives no year/);
  });

  it("a notice with its year gets no warning", () => {
    const r = parseNotice(notice("Deadline: 1 June 2027"), { source: "test", now: at("2026-11-23") });
    expect(r.ok && r.warnings.join(" ")).not.toMatch(/gives no year/);
  });

  it("a time after the day is no year ('03 May, 17:00 CET', 'May 3, 9:00 EST')", () => {
    const cet = parseNotice(notice("Deadline: 03 May, 17:00 CET"), { source: "test", now: at("2026-01-10") });
    expect(cet.ok && cet.vacancy.deadline).toBe("2026-05-03");
    const est = parseNotice(notice("Deadline: May 3, 9:00 EST"), { source: "test", now: at("2026-01-10") });
    expect(est.ok && est.vacancy).toMatchObject({ deadline: "2026-05-03", timeZone: "America/New_York" });
    // two digits that are no time are a year: no guess from the clock
    const year = parseNotice(notice("Deadline: 3 May 26"), { source: "test", now: at("2026-01-10") });
    expect(year.ok && year.warnings.join(" ")).not.toMatch(/gives no year/);
  });
});

describe("'end of May 2026'", () => {
  it("is the month's last day", () => {
    const may = parseNotice(notice("Closing date: end of May 2026"), { source: "test" });
    expect(may.ok && may.vacancy.deadline).toBe("2026-05-31");
    const leap = parseNotice(notice("Closing date: end of February 2028"), { source: "test" });
    expect(leap.ok && leap.vacancy.deadline).toBe("2028-02-29");
  });
});
