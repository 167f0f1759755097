// The send ledger shrinks to what it still guards: entries no tick can plan again are dropped,
// everything that could be planned again (or is in flight, or awaits a retry) stays.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Delivery, LifecycleService } from "../../adapters/lifecycle/index.ts";
import { VacancyBot } from "../../src/bot.ts";
import { DIGEST_RETENTION_DAYS, prunableLedgerKeys } from "../../src/lifecycle/ledger.ts";
import type { LedgerEntry } from "../../src/lifecycle/model.ts";
import { createLogger } from "../../src/logger.ts";
import { LifecycleStore } from "../../src/store/LifecycleStore.ts";
import { MemoryStore } from "../../src/store/MemoryStore.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const NOW = new Date("2026-11-30T10:00:00Z");

function entry(key: string, over: Partial<LedgerEntry> = {}): LedgerEntry {
  return {
    key,
    claimedAt: "2026-11-01T09:00:00.000Z",
    by: "host:1:a",
    sentAt: "2026-11-01T09:00:01.000Z",
    outcome: "sent",
    attempts: 1,
    error: null,
    windowEnd: null,
    ...over,
  };
}

const live = {
  subscriptionIds: new Set(["s1", "slack:U1:with:colons"]),
  vacancyIds: new Set(["cyber-analyst"]),
  announcementIds: new Set(["slack:C1:1700000000.000100"]),
};

describe("prunableLedgerKeys", () => {
  it("drops notifications and reminders of a removed subscription or vacancy, keeps live ones", () => {
    const keys = prunableLedgerKeys(
      [
        entry("notify:s1:cyber-analyst"),
        entry("reminder:3d:s1:cyber-analyst"),
        entry("reminder:1d:slack:U1:with:colons:cyber-analyst"),
        entry("notify:s-gone:cyber-analyst"),
        entry("reminder:1d:s1:vacancy-gone"),
      ],
      live,
      NOW,
    );
    expect(keys.sort()).toEqual(["notify:s-gone:cyber-analyst", "reminder:1d:s1:vacancy-gone"]);
  });

  it("keeps claims in flight and failed sends awaiting a retry, whatever they refer to", () => {
    const keys = prunableLedgerKeys(
      [
        entry("notify:s-gone:cyber-analyst", { sentAt: null, outcome: null }),
        entry("reminder:3d:s-gone:x", { sentAt: null, outcome: "failed", attempts: 1 }),
        entry("reminder:1d:s-gone:x", { sentAt: null, outcome: "abandoned", attempts: 3 }),
      ],
      live,
      NOW,
    );
    expect(keys).toEqual(["reminder:1d:s-gone:x"]);
  });

  it("drops the closing edit of an announcement no longer tracked", () => {
    const keys = prunableLedgerKeys(
      [entry("announce-closed:slack:C1:1700000000.000100"), entry("announce-closed:teams:19:x@thread:1")],
      live,
      NOW,
    );
    expect(keys).toEqual(["announce-closed:teams:19:x@thread:1"]);
  });

  it(`drops digests older than ${DIGEST_RETENTION_DAYS} days, but never a channel's latest`, () => {
    const teamsChannel = "19:general-channel@thread.tacv2";
    const keys = prunableLedgerKeys(
      [
        entry("digest:slack:C9:2026-01-05"),
        entry("digest:slack:C9:2026-01-06"),
        entry("digest:slack:C9:2026-11-20"),
        entry("digest:slack:C9:2026-11-29"),
        entry(`digest:teams:${teamsChannel}:2026-01-05`),
        entry(`digest:teams:${teamsChannel}:2026-01-06`, { outcome: "empty" }),
        entry("digest:slack:C7:2026-01-05", { sentAt: null, outcome: "failed" }),
        entry("digest:slack:C8:2025-12-01"),
      ],
      live,
      NOW,
    );
    expect(keys.sort()).toEqual([
      "digest:slack:C9:2026-01-05",
      "digest:slack:C9:2026-01-06",
      `digest:teams:${teamsChannel}:2026-01-05`,
    ]);
  });

  it("keeps keys of a form it does not know", () => {
    expect(prunableLedgerKeys([entry("something-new:1")], live, NOW)).toEqual([]);
  });
});

describe("LifecycleService prunes the ledger on its first tick, then daily", () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), "lifecycle-prune-"));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("drops what no tick can plan again and sends nothing twice", async () => {
    const post = makeVacancy({
      id: "cyber-analyst",
      title: "Cyber Security Analyst",
      deadline: "2026-12-03",
    });
    let now = NOW.getTime();
    const clock = () => new Date(now);
    const lines: string[] = [];
    const logger = createLogger({
      level: "info",
      destination: new Writable({
        write: (chunk, _e, done) => {
          lines.push(String(chunk));
          done();
        },
      }),
    });
    const store = new LifecycleStore(dir);
    await store.open();
    // Left by earlier days: a removed subscription's reminder, an old digest and a newer one.
    await store.claim(["reminder:3d:s-gone:cyber-analyst", "digest:slack:C9:2026-01-05"], NOW, {
      claimTimeoutMs: 1,
      maxAttempts: 3,
    });
    await store.settle(
      "reminder:3d:s-gone:cyber-analyst",
      NOW,
      { outcome: "sent" },
      {
        claimTimeoutMs: 1,
        maxAttempts: 3,
      },
    );
    await store.settle(
      "digest:slack:C9:2026-01-05",
      NOW,
      { outcome: "sent", windowEnd: null },
      {
        claimTimeoutMs: 1,
        maxAttempts: 3,
      },
    );
    const delivered: string[] = [];
    const service = new LifecycleService({
      bot: new VacancyBot({ store: new MemoryStore([post], clock), clock }),
      store,
      clock,
      logger,
      digest: {
        cron: "0 9 * * *",
        timeZone: "Europe/Brussels",
        channels: [{ platform: "slack", channel: "C9" }],
        closingSoonDays: 7,
      },
    });
    service.registerNotifier("slack", {
      deliver: async (d: Delivery) => {
        delivered.push(d.send.key);
      },
    });
    await service.runCommand({ kind: "subscribe", query: "cyber" }, { platform: "slack", userId: "U1" });
    await service.tick();
    const keys = () => store.ledger.list().map((e) => e.key);
    // Today's digest is now the channel's latest, so January's goes; the removed subscription's too.
    expect(keys()).not.toContain("reminder:3d:s-gone:cyber-analyst");
    expect(delivered).toContain("digest:slack:C9:2026-11-30");
    expect(lines.join("")).toMatch(/pruned sends/);
    // A second tick the same day neither re-sends nor prunes again.
    const before = delivered.length;
    await service.tick();
    expect(delivered).toHaveLength(before);
    // The next day: January's digest (older than the retention, no longer the latest) is dropped.
    now += 24 * 60 * 60_000 + 1;
    await service.tick();
    expect(keys()).not.toContain("digest:slack:C9:2026-01-05");
    expect(keys()).toContain("digest:slack:C9:2026-11-30");
    expect(new Set(delivered).size).toBe(delivered.length);
    await service.stop();
  });
});
