// The event_id memory behind retry de-duplication.
import { describe, expect, it } from "vitest";
import { SeenEvents } from "../../../adapters/slack/middleware/dedupe-events.ts";

describe("SeenEvents", () => {
  it("says first time once per id", () => {
    const seen = new SeenEvents();
    expect(seen.firstTime("Ev1")).toBe(true);
    expect(seen.firstTime("Ev1")).toBe(false);
    expect(seen.firstTime("Ev2")).toBe(true);
  });

  it("forgets ids after the TTL", () => {
    let now = 0;
    const seen = new SeenEvents({ ttlMs: 1000, now: () => now });
    seen.firstTime("Ev1");
    now = 999;
    expect(seen.firstTime("Ev1")).toBe(false);
    now = 2000;
    expect(seen.firstTime("Ev1")).toBe(true);
  });

  it("keeps memory bounded, dropping the oldest ids first", () => {
    const seen = new SeenEvents({ maxEntries: 3 });
    for (const id of ["a", "b", "c", "d"]) seen.firstTime(id);
    expect(seen.firstTime("d")).toBe(false);
    expect(seen.firstTime("a")).toBe(true);
  });
});
