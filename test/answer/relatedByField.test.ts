// An occupation no post is for ("network engineer"): no vacancy is answered, but the open posts of
// the same field are named as such; a field nothing matches ("helicopter pilot") adds nothing.
import { describe, expect, it } from "vitest";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { seedVacancies } from "../fixtures/seedVacancies.ts";

const index = new VacancyIndex(seedVacancies());
const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string) => answerQuestion(q, { index, now });

describe("no post for the occupation asked: related posts by field", () => {
  it("names the open posts of the field, without answering them as the occupation", () => {
    const a = ask("any network engineer jobs?");
    expect(a.items).toEqual([]);
    expect(a.text).toMatch(/No engineer post is advertised\. Open posts in the same field \(network\):/);
    expect(a.text).toContain("Network and Communications Technician");
  });

  it("lists only open posts", () => {
    const later = answerQuestion("network engineer", { index, now: new Date("2026-11-22T12:00:00Z") });
    expect(later.text).not.toContain(
      "Network and Communications Technician (BICES Group Executive, Brussels): open",
    );
  });

  it("adds nothing when the field matches no post either", () => {
    const a = ask("helicopter pilot vacancies");
    expect(a.items).toEqual([]);
    expect(a.text).not.toMatch(/same field/);
  });
});
