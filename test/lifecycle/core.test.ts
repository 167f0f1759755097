// Pure lifecycle core: command parsing, reminder points, the digest and the planner, at fixed clocks.
import { describe, expect, it } from "vitest";
import { parseLifecycleCommand } from "../../src/lifecycle/commands.ts";
import { composeDigest } from "../../src/lifecycle/digest.ts";
import { DEFAULT_LEDGER_POLICY, isClaimable } from "../../src/lifecycle/ledger.ts";
import type { LedgerEntry, Subscription, VacancySeen } from "../../src/lifecycle/model.ts";
import { type PlannerState, planDueSends } from "../../src/lifecycle/planDueSends.ts";
import { dueReminderPoint } from "../../src/lifecycle/reminders.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { type Vacancy, VacancySchema } from "../../src/vacancy.ts";

function vacancy(id: string, title: string, deadline: string | null, extra: Partial<Vacancy> = {}): Vacancy {
  return VacancySchema.parse({
    id,
    title,
    organisation: "NATO Communications and Information Agency",
    location: "Brussels, Belgium",
    deadline,
    posts: 1,
    salary: null,
    summary: `${title} post.`,
    essential: [],
    desirable: [],
    source: "test",
    ...extra,
  });
}

const cyber = vacancy("cyber-analyst", "Cyber Security Analyst", "2026-12-03");
const network = vacancy("network-engineer", "Network Engineer", "2026-11-27", { location: "Mons, Belgium" });
const legal = vacancy("legal-adviser", "Legal Adviser", "2026-11-22");
const withdrawn = vacancy("finance-officer", "Finance Officer", "2027-01-15", { state: "closed" });
const all = [cyber, network, legal, withdrawn];

const seen = (id: string, at: string, baseline = false, closedAt: string | null = null): VacancySeen => ({
  vacancyId: id,
  firstSeenAt: at,
  baseline,
  closedAt,
});

function state(overrides: Partial<PlannerState> = {}): PlannerState {
  return {
    vacancies: all,
    index: new VacancyIndex(all),
    subscriptions: [],
    announcements: [],
    seen: new Map(),
    ledger: new Map(),
    digest: { cron: "0 9 * * *", timeZone: "Europe/Brussels", channels: [], closingSoonDays: 7 },
    platforms: new Set(["slack", "teams"]),
    policy: DEFAULT_LEDGER_POLICY,
    ...overrides,
  };
}

const sub: Subscription = {
  id: "s1",
  platform: "slack",
  userId: "U1",
  conversationId: null,
  query: "cyber",
  createdAt: "2026-11-20T08:00:00.000Z",
};

describe("parseLifecycleCommand", () => {
  it.each([
    ["subscribe cyber", { kind: "subscribe", query: "cyber" }],
    ["Subscribe me to network brussels", { kind: "subscribe", query: "network brussels" }],
    ["subscribe", { kind: "subscribe-usage" }],
    ["unsubscribe", { kind: "unsubscribe", query: null, all: false }],
    ["unsubscribe all", { kind: "unsubscribe", query: null, all: true }],
    ["unsubscribe from “cyber”", { kind: "unsubscribe", query: "cyber", all: false }],
    ["my subscriptions", { kind: "list" }],
    ["list my subscriptions?", { kind: "list" }],
  ])("%s", (text, expected) => {
    expect(parseLifecycleCommand(text)).toEqual(expected);
  });
  it("leaves questions to the answer core", () => {
    expect(parseLifecycleCommand("when does the cyber post close?")).toBeNull();
    expect(parseLifecycleCommand("what subscriptions do staff get?")).toBeNull();
  });
});

describe("reminder points (issuer's calendar days)", () => {
  it("3 days, then 1 day, then nothing once closed", () => {
    expect(dueReminderPoint(cyber, new Date("2026-11-29T22:59:00Z"))).toBeNull(); // 29 Nov 23:59 Brussels: 4 days
    expect(dueReminderPoint(cyber, new Date("2026-11-29T23:00:00Z"))).toBe("3d"); // 30 Nov 00:00 Brussels
    expect(dueReminderPoint(cyber, new Date("2026-12-01T12:00:00Z"))).toBe("3d");
    expect(dueReminderPoint(cyber, new Date("2026-12-02T12:00:00Z"))).toBe("1d");
    expect(dueReminderPoint(cyber, new Date("2026-12-03T22:59:00Z"))).toBe("1d"); // last day, 23:59 Brussels
    expect(dueReminderPoint(cyber, new Date("2026-12-03T23:00:00Z"))).toBeNull();
    expect(dueReminderPoint(withdrawn, new Date("2027-01-14T12:00:00Z"))).toBeNull();
  });
});

describe("composeDigest", () => {
  const input = {
    vacancies: all,
    seen: new Map([
      ["cyber-analyst", seen("cyber-analyst", "2026-11-22T15:00:00.000Z")],
      ["network-engineer", seen("network-engineer", "2026-11-01T15:00:00.000Z")],
      ["legal-adviser", seen("legal-adviser", "2026-11-01T15:00:00.000Z")],
      [
        "finance-officer",
        seen("finance-officer", "2026-11-01T15:00:00.000Z", false, "2026-11-22T10:00:00.000Z"),
      ],
    ]),
    since: new Date("2026-11-22T08:00:00Z"),
    until: new Date("2026-11-23T08:00:00Z"),
    day: "2026-11-23",
    closingSoonDays: 7,
  };

  it("lists closing soon, newly posted and closed since the last digest", () => {
    const digest = composeDigest(input);
    expect(digest?.text).toBe(
      [
        "Vacancy digest for 2026-11-23",
        [
          "Closing within 7 days:",
          "- Network Engineer (NATO Communications and Information Agency, Mons): applications close on 27 November 2026; 4 days left.",
        ].join("\n"),
        [
          "Newly posted:",
          "- Cyber Security Analyst (NATO Communications and Information Agency, Brussels): open, closes in 10 days (3 December 2026).",
        ].join("\n"),
        [
          "Closed since the last digest:",
          "- Legal Adviser (NATO Communications and Information Agency, Brussels): applications closed on 22 November 2026 (yesterday).",
          "- Finance Officer (NATO Communications and Information Agency, Brussels): closed by the recruiter; it no longer takes applications. Its deadline was 15 January 2027.",
        ].join("\n"),
      ].join("\n\n"),
    );
    expect(digest?.sections.map((s) => s.answer.items.map((i) => i.vacancy.id))).toEqual([
      ["network-engineer"],
      ["cyber-analyst"],
      ["legal-adviser", "finance-officer"],
    ]);
  });

  it("says nothing on a day with nothing to say", () => {
    const quiet = composeDigest({
      ...input,
      vacancies: [cyber],
      since: new Date("2026-11-22T16:00:00Z"),
      seen: new Map([["cyber-analyst", seen("cyber-analyst", "2026-11-22T15:00:00.000Z")]]),
    });
    expect(quiet).toBeNull();
  });

  it("a baseline post (there before the lifecycle started) is not 'newly posted'", () => {
    const digest = composeDigest({
      ...input,
      vacancies: [cyber],
      seen: new Map([["cyber-analyst", seen("cyber-analyst", "2026-11-22T15:00:00.000Z", true)]]),
    });
    expect(digest).toBeNull();
  });
});

describe("planDueSends", () => {
  const at = new Date("2026-11-30T10:00:00Z");

  it("notifies a subscriber of a matching post seen after subscribing, and reminds 3 days before", () => {
    const sends = planDueSends(at, {
      ...state(),
      subscriptions: [sub],
      seen: new Map([["cyber-analyst", seen("cyber-analyst", "2026-11-21T10:00:00.000Z")]]),
    });
    expect(sends.map((s) => s.key).sort()).toEqual([
      "notify:s1:cyber-analyst",
      "reminder:3d:s1:cyber-analyst",
    ]);
  });

  it("does not notify of posts that existed before the subscription", () => {
    const sends = planDueSends(at, {
      ...state(),
      subscriptions: [sub],
      seen: new Map([["cyber-analyst", seen("cyber-analyst", "2026-11-19T10:00:00.000Z")]]),
    });
    expect(sends.map((s) => s.key)).toEqual(["reminder:3d:s1:cyber-analyst"]);
  });

  it("never plans a key the ledger has settled; retries a dead claim after the timeout", () => {
    const entry = (key: string, over: Partial<LedgerEntry>): LedgerEntry => ({
      key,
      claimedAt: "2026-11-30T09:00:00.000Z",
      by: "other",
      sentAt: null,
      outcome: null,
      attempts: 1,
      error: null,
      windowEnd: null,
      ...over,
    });
    const sent = entry("reminder:3d:s1:cyber-analyst", {
      sentAt: "2026-11-30T09:00:01.000Z",
      outcome: "sent",
    });
    expect(
      planDueSends(at, { ...state(), subscriptions: [sub], ledger: new Map([[sent.key, sent]]) }),
    ).toEqual([]);
    const fresh = entry(sent.key, { claimedAt: "2026-11-30T09:55:00.000Z" });
    expect(isClaimable(fresh, at, DEFAULT_LEDGER_POLICY)).toBe(false);
    const dead = entry(sent.key, { claimedAt: "2026-11-30T09:00:00.000Z" });
    expect(isClaimable(dead, at, DEFAULT_LEDGER_POLICY)).toBe(true);
    expect(isClaimable(entry(sent.key, { outcome: "failed", attempts: 3 }), at, DEFAULT_LEDGER_POLICY)).toBe(
      false,
    );
  });

  it("updates announcements of closed posts (deadline passed or closed by hand)", () => {
    const location = (vacancyId: string) => ({
      id: `slack:C1:${vacancyId}`,
      vacancyId,
      platform: "slack" as const,
      channel: "C1",
      messageId: "1.1",
      createdAt: "2026-11-01T00:00:00.000Z",
    });
    const sends = planDueSends(at, {
      ...state(),
      announcements: [location("legal-adviser"), location("finance-officer"), location("cyber-analyst")],
    });
    expect(sends.map((s) => s.key).sort()).toEqual([
      "announce-closed:slack:C1:finance-officer",
      "announce-closed:slack:C1:legal-adviser",
    ]);
  });

  it("plans the day's digest only after its time (Europe/Brussels), keyed per channel and day", () => {
    const digest = {
      cron: "0 9 * * *",
      timeZone: "Europe/Brussels",
      channels: [{ platform: "slack" as const, channel: "C9" }],
      closingSoonDays: 7,
    };
    expect(planDueSends(new Date("2026-11-30T07:59:00Z"), { ...state(), digest }).map((s) => s.key)).toEqual([
      "digest:slack:C9:2026-11-29",
    ]);
    const sends = planDueSends(new Date("2026-11-30T08:00:00Z"), { ...state(), digest });
    expect(sends.map((s) => s.key)).toEqual(["digest:slack:C9:2026-11-30"]);
  });

  it("waits for a platform without a notifier", () => {
    expect(planDueSends(at, { ...state(), platforms: new Set(), subscriptions: [sub] })).toEqual([]);
  });
});
