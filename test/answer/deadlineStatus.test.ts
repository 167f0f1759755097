import { DateTime } from "luxon";
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

describe("calendarDay", () => {
  // Zones with clock changes at 02:00/03:00, at midnight (Havana, Santiago, Asia/Beirut), back across
  // midnight (Sao Paulo until 2019), by 30 minutes (Lord_Howe), at odd offsets (Chatham, Kathmandu).
  const ZONES = [
    "Europe/Brussels",
    "America/New_York",
    "America/Havana",
    "America/Santiago",
    "Asia/Beirut",
    "America/Sao_Paulo",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "Asia/Kathmandu",
    "UTC",
  ];
  const luxonDay = (ms: number, zone: string) => DateTime.fromMillis(ms, { zone }).toISODate();

  it("agrees with luxon around every clock change of 2018 and 2024, and through the rest of the year", () => {
    const HOUR = 3_600_000;
    for (const zone of ZONES) {
      for (const year of [2018, 2024]) {
        const instants: number[] = [];
        for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += 24 * HOUR) {
          const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
          // Around a clock change, every half hour and the millisecond before it; elsewhere every 5 hours.
          const changes = offset(day) !== offset(day + 24 * HOUR);
          const step = changes ? HOUR / 2 : 5 * HOUR;
          for (let ms = day - (changes ? 24 * HOUR : 0); ms < day + (changes ? 48 : 24) * HOUR; ms += step)
            instants.push(ms - 1, ms);
        }
        for (const t of instants) {
          const expected = luxonDay(t, zone);
          if (calendarDay(new Date(t), zone) !== expected) {
            expect(`${zone} ${new Date(t).toISOString()}: ${calendarDay(new Date(t), zone)}`).toBe(expected);
          }
        }
      }
    }
  });

  it("agrees with luxon for instants in any order and across zones (nothing carries over)", () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const from = Date.UTC(2017, 0, 1);
    const span = Date.UTC(2027, 0, 1) - from;
    for (let i = 0; i < 5_000; i++) {
      const zone = ZONES[Math.floor(random() * ZONES.length)] ?? "UTC";
      const t = from + Math.floor(random() * span);
      const near = random() < 0.5 ? t : t - (t % 3_600_000) - 1; // also the last ms before an hour
      expect(calendarDay(new Date(near), zone)).toBe(luxonDay(near, zone));
    }
  });

  it("gives the last millisecond of a Brussels day to that day and the next one to the next", () => {
    // 2024-03-31 is the spring-forward day (23 hours long); 2024-10-27 the fall-back day (25 hours).
    for (const [lastMs, day, next] of [
      ["2024-03-30T22:59:59.999Z", "2024-03-30", "2024-03-31"],
      ["2024-03-31T21:59:59.999Z", "2024-03-31", "2024-04-01"],
      ["2024-10-26T21:59:59.999Z", "2024-10-26", "2024-10-27"],
      ["2024-10-27T22:59:59.999Z", "2024-10-27", "2024-10-28"],
    ] as const) {
      const t = Date.parse(lastMs);
      expect(calendarDay(new Date(t), "Europe/Brussels")).toBe(day);
      expect(calendarDay(new Date(t + 1), "Europe/Brussels")).toBe(next);
      expect(calendarDay(new Date(t), "Europe/Brussels")).toBe(day);
    }
  });
});
