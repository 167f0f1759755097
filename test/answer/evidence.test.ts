import { describe, expect, it } from "vitest";
import { matchesBeyondProse, namesExactly, namesOnlyPlace } from "../../src/answer/evidence.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const officer = makeVacancy({
  id: "officer",
  title: "Officer, Digital Backbone",
  location: "Brussels",
  summary: "Advises on capital investments.",
  description: "Advises on capital investments. Works with the Service Desk team.",
  essential: ["Knowledge of Fortigate firewalls"],
  acronyms: [{ short: "NOR", long: "NATO Office of Resources" }],
});
const index = new VacancyIndex([officer, makeVacancy({ id: "other", title: "Protocol Assistant" })]);
const ask = (q: string) => answerQuestion(q, { index, now: new Date("2024-06-05T12:00:00Z") });
const termsOf = (q: string) => index.query(q).terms;

describe("matchesBeyondProse", () => {
  it("rejects one ordinary word found only in the prose", () => {
    expect(matchesBeyondProse(officer, termsOf("capital belgium"))).toBe(false);
    expect(matchesBeyondProse(officer, termsOf("capital"))).toBe(false);
  });

  it("accepts a word of the title, requirements or acronyms, or several words", () => {
    expect(matchesBeyondProse(officer, termsOf("fortigate"))).toBe(true);
    expect(matchesBeyondProse(officer, termsOf("digital brussels"))).toBe(true);
    expect(matchesBeyondProse(officer, termsOf("office resources"))).toBe(true);
    expect(matchesBeyondProse(officer, termsOf("service desk"))).toBe(true);
    expect(matchesBeyondProse(officer, termsOf("belgium"))).toBe(true);
  });
});

describe("bare questions", () => {
  it("offer no post for small talk that happens to share a prose word", () => {
    expect(ask("what's the capital of Belgium").items).toEqual([]);
  });

  it("still find a post by a skill, a phrase of its description or its place", () => {
    expect(ask("fortigate").items.map((i) => i.vacancy.id)).toEqual(["officer"]);
    expect(ask("service desk").items.map((i) => i.vacancy.id)).toEqual(["officer"]);
  });
});

describe("namesExactly", () => {
  const operator = makeVacancy({
    id: "operator",
    title: "Operator, Technical Security",
    unit: "Operations Section of PSESB",
    acronyms: [{ short: "JISD", long: "Joint Intelligence and Security Division" }],
  });

  it("is true when the words run together in a name the notice gives", () => {
    expect(namesExactly(operator, "intelligence and security division")).toBe(true);
    expect(namesExactly(operator, "operations section")).toBe(true);
    expect(namesExactly(operator, "technical security")).toBe(true);
  });

  it("is false for the same words apart, or a single word", () => {
    expect(namesExactly(operator, "security intelligence")).toBe(false);
    expect(namesExactly(operator, "security")).toBe(false);
  });

  it("puts the post named word for word first", () => {
    const technician = makeVacancy({
      id: "technician",
      title: "Network Technician",
      profiles: [{ name: "Profile B", unit: "Division B – Security", posts: 1, reportsTo: null }],
      summary: "Works with the intelligence division on security incidents, security and intelligence.",
      acronyms: [{ short: "IES", long: "Intelligence and Enterprise Services" }],
    });
    const both = new VacancyIndex([technician, operator]);
    const a = answerQuestion("intelligence and security division", {
      index: both,
      now: new Date("2024-06-05T12:00:00Z"),
    });
    expect(a.items[0]?.vacancy.id).toBe("operator");
  });
});

describe("namesOnlyPlace", () => {
  const a = makeVacancy({ id: "a", title: "Network Technician", organisation: "BICES Group Executive" });
  const b = makeVacancy({ id: "b", title: "Centre Chief", organisation: "BICES Group Executive" });
  const shared = new VacancyIndex([a, b, makeVacancy({ id: "c", title: "Analyst", organisation: "NATO" })]);

  it("is true when every word names where the post sits", () => {
    expect(namesOnlyPlace(a, shared.query("BICES").terms)).toBe(true);
    expect(namesOnlyPlace(a, shared.query("bices brussels").terms)).toBe(true);
    expect(namesOnlyPlace(a, shared.query("bices technician").terms)).toBe(false);
  });

  it("makes a bare organisation a list of its posts, not one post's overview", () => {
    const answer = answerQuestion("what is BICES", { index: shared, now: new Date("2024-06-05T12:00:00Z") });
    expect(answer.items.map((i) => i.vacancy.id).sort()).toEqual(["a", "b"]);
  });
});
