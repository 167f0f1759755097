import { describe, expect, it } from "vitest";
import {
  calendarDay,
  closingInstant,
  daysBetween,
  deadlineStatus,
  formatDay,
} from "../../src/answer/deadlineStatus.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const at = (iso: string) => new Date(iso);

describe("deadlineStatus", () => {
  it("keeps a post open through the end of its deadline day in Brussels (summer, UTC+2)", () => {
    const v = makeVacancy({ deadline: "2024-06-17" });
    // 23:30 in Brussels on the deadline day: still open, last day.
    const lateEvening = deadlineStatus(v, at("2024-06-17T21:30:00Z"));
    expect(lateEvening).toMatchObject({ status: "open", daysLeft: 0 });
    expect(lateEvening.label).toBe("open, closes today (17 June 2024)");
    // 00:30 in Brussels the next day, although UTC still says 17 June: closed.
    const afterMidnight = deadlineStatus(v, at("2024-06-17T22:30:00Z"));
    expect(afterMidnight).toMatchObject({ status: "closed", daysLeft: -1 });
    expect(afterMidnight.label).toBe("closed on 17 June 2024 (yesterday)");
  });

  it("uses the winter offset (UTC+1) in January", () => {
    const v = makeVacancy({ deadline: "2025-01-15" });
    expect(deadlineStatus(v, at("2025-01-15T22:59:59Z")).status).toBe("open");
    expect(deadlineStatus(v, at("2025-01-15T23:00:00Z")).status).toBe("closed");
  });

  it("handles a deadline on the day the clocks change", () => {
    const v = makeVacancy({ deadline: "2024-03-31" });
    expect(closingInstant("2024-03-31", "Europe/Brussels")).toBe(Date.parse("2024-03-31T22:00:00Z"));
    expect(deadlineStatus(v, at("2024-03-31T21:59:00Z")).status).toBe("open");
    expect(deadlineStatus(v, at("2024-03-31T22:00:00Z")).status).toBe("closed");
  });

  it("counts calendar days across a leap day", () => {
    const v = makeVacancy({ deadline: "2024-02-29" });
    expect(deadlineStatus(v, at("2024-02-28T12:00:00Z"))).toMatchObject({ status: "open", daysLeft: 1 });
    expect(deadlineStatus(v, at("2024-02-28T12:00:00Z")).label).toBe(
      "open, closes tomorrow (29 February 2024)",
    );
    expect(deadlineStatus(v, at("2024-02-29T12:00:00Z")).daysLeft).toBe(0);
    expect(deadlineStatus(v, at("2024-03-01T12:00:00Z"))).toMatchObject({ status: "closed", daysLeft: -1 });
    expect(deadlineStatus(v, at("2024-02-01T12:00:00Z")).daysLeft).toBe(28);
    expect(daysBetween("2023-02-28", "2024-02-29")).toBe(366);
  });

  it("counts days left in calendar days, not 24-hour periods", () => {
    const v = makeVacancy({ deadline: "2025-03-30" });
    // 23:50 in Brussels on 20 March: still 10 calendar days to 30 March.
    expect(deadlineStatus(v, at("2025-03-20T22:50:00Z")).daysLeft).toBe(10);
    expect(deadlineStatus(v, at("2025-03-20T00:10:00Z")).daysLeft).toBe(10);
    expect(deadlineStatus(v, at("2025-03-20T12:00:00Z")).label).toBe(
      "open, closes in 10 days (30 March 2025)",
    );
  });

  it("says 'closed N days ago' once past", () => {
    const v = makeVacancy({ deadline: "2024-06-17" });
    const d = deadlineStatus(v, at("2024-06-20T12:00:00Z"));
    expect(d).toMatchObject({ status: "closed", daysLeft: -3, deadlineText: "17 June 2024" });
    expect(d.label).toBe("closed on 17 June 2024 (3 days ago)");
  });

  it("reports a missing deadline as unknown, never inventing one", () => {
    const d = deadlineStatus(makeVacancy({ deadline: null }), at("2024-06-05T12:00:00Z"));
    expect(d).toEqual({
      status: "unknown",
      deadline: null,
      daysLeft: null,
      deadlineText: null,
      label: "no deadline given",
    });
  });

  it("follows the vacancy's own time zone, and falls back to Brussels for an unknown one", () => {
    const ny = makeVacancy({ deadline: "2024-06-17", timeZone: "America/New_York" });
    // 23:30 in New York on 17 June is 03:30 UTC on 18 June.
    expect(deadlineStatus(ny, at("2024-06-18T03:30:00Z")).status).toBe("open");
    const bogus = makeVacancy({ deadline: "2024-06-17", timeZone: "Mars/Olympus_Mons" });
    expect(deadlineStatus(bogus, at("2024-06-17T22:30:00Z")).status).toBe("closed");
    expect(calendarDay(at("2024-06-17T22:30:00Z"), "Mars/Olympus_Mons")).toBe("2024-06-18");
  });

  it("treats a post closed by the recruiter as closed before its deadline", () => {
    const v = makeVacancy({ deadline: "2030-01-01", state: "closed", closedReason: "filled" });
    const d = deadlineStatus(v, at("2024-06-05T12:00:00Z"));
    expect(d.status).toBe("closed");
    expect(d.label).toBe("closed by the recruiter (filled)");
  });

  it("writes dates for people", () => {
    expect(formatDay("2024-06-17")).toBe("17 June 2024");
    expect(formatDay("2026-01-29")).toBe("29 January 2026");
  });
});
