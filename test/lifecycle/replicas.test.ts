// Exactly once with two replicas on the same lifecycle files: both tick at the same moment,
// each send goes out once; a claim left by a replica that died before sending is retried
// after the claim timeout; a failed send is retried on the next tick.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type Delivery, LifecycleService } from "../../adapters/lifecycle/index.ts";
import { VacancyBot } from "../../src/bot.ts";
import { createLogger } from "../../src/logger.ts";
import { LifecycleStore } from "../../src/store/LifecycleStore.ts";
import { MemoryStore } from "../../src/store/MemoryStore.ts";
import { VacancySchema } from "../../src/vacancy.ts";

const post = VacancySchema.parse({
  id: "cyber-analyst",
  title: "Cyber Security Analyst",
  organisation: "NCIA",
  location: "Brussels, Belgium",
  deadline: "2026-12-03",
  posts: 1,
  salary: null,
  summary: "Cyber threat analysis.",
  essential: [],
  desirable: [],
  source: "test",
});

let dir: string;
let now = Date.parse("2026-11-30T10:00:00Z");
const clock = () => new Date(now);
const logger = createLogger({ level: "silent", destination: new Writable({ write: (_c, _e, d) => d() }) });

async function replica(delivered: string[], fail = false): Promise<LifecycleService> {
  const store = new LifecycleStore(dir);
  await store.open();
  const bot = new VacancyBot({ store: new MemoryStore([post], clock), clock });
  const service = new LifecycleService({
    bot,
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
      if (fail) throw new Error("platform down");
      delivered.push(d.send.key);
    },
  });
  return service;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "lifecycle-replicas-"));
  now = Date.parse("2026-11-30T10:00:00Z");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("two replicas", () => {
  it("send each due message once when they tick together", async () => {
    const a: string[] = [];
    const b: string[] = [];
    const [ra, rb] = [await replica(a), await replica(b)];
    await ra.runCommand({ kind: "subscribe", query: "cyber" }, { platform: "slack", userId: "U1" });
    await Promise.all([ra.tick(), rb.tick(), ra.tick(), rb.tick()]);
    const all = [...a, ...b].sort();
    expect(all.filter((k) => k.startsWith("reminder:3d:"))).toHaveLength(1);
    expect(all.filter((k) => k.startsWith("digest:slack:C9:2026-11-30"))).toHaveLength(1);
    expect(new Set(all).size).toBe(all.length);
  });

  it("retry a claim whose process died before sending, after the claim timeout", async () => {
    const store = new LifecycleStore(dir);
    await store.open();
    // A replica claimed the digest and died.
    const claimed = await store.claim(["digest:slack:C9:2026-11-30"], new Date(now), {
      claimTimeoutMs: 600_000,
      maxAttempts: 3,
    });
    expect(claimed.size).toBe(1);
    const sent: string[] = [];
    const r = await replica(sent);
    await r.tick();
    expect(sent).toEqual([]);
    now += 11 * 60_000;
    await r.tick();
    expect(sent).toEqual(["digest:slack:C9:2026-11-30"]);
  });

  it("retry a failed send on the next tick", async () => {
    const failed = await replica([], true);
    await failed.tick();
    const sent: string[] = [];
    const ok = await replica(sent);
    await ok.tick();
    expect(sent).toEqual(["digest:slack:C9:2026-11-30"]);
    await ok.tick();
    expect(sent).toHaveLength(1);
  });
});
