import { describe, expect, it } from "vitest";
import { postKindAsked } from "../../src/answer/absentKind.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy, seedVacancies } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const ask = (q: string, index = new VacancyIndex(seedVacancies())) => answerQuestion(q, { index, now });
const titles = (a: ReturnType<typeof ask>) => a.items.map((i) => i.vacancy.title);

describe("postKindAsked", () => {
  it("reads the kind of post asked about, by whole words", () => {
    expect(postKindAsked(" is there an internship ")?.kind.label).toBe("internship");
    expect(postKindAsked(" are there jobs for interns ")?.kind.label).toBe("internship");
    expect(postKindAsked(" any military posts ")?.kind.label).toBe("military post");
    expect(postKindAsked(" internship opportunities in brussels ")?.rest).toBe("brussels");
  });

  it("reads a kind as written, not as a corrected keyword", () => {
    expect(ask("contractor positions?").text).toMatch(/^No freelance work is advertised/);
  });

  it("reads no kind in words that only contain one, or in a skill", () => {
    expect(postKindAsked(" international staff jobs ")).toBeNull();
    expect(postKindAsked(" does the nosc chief deal with internal customers ")).toBeNull();
    expect(postKindAsked(" jobs needing military experience ")).toBeNull();
  });
});

describe("kinds of post", () => {
  it("says no internship is advertised, what the posts state instead, and lists the open ones", () => {
    const a = ask("is there an internship?");
    expect(a.text).toMatch(/^No internship is advertised/);
    expect(a.text).toContain("- working time: full-time (2 posts); not stated for 3");
    expect(a.text).toContain("- Network and Communications Technician");
    // None of the posts is an internship, so none is given as a result.
    expect(a.items).toEqual([]);
  });

  it("finds a post that is of the kind asked", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "t", title: "Trainee, Cyber Defence" }),
      makeVacancy({ id: "i", title: "Internal Auditor" }),
    ]);
    const a = ask("any traineeships available", index);
    expect(a.text).toMatch(/^1 notice states a traineeship/);
    expect(titles(a)).toEqual(["Trainee, Cyber Defence"]);
    // "intern" is no part of "internal": no internship here.
    expect(ask("is there an internship?", index).text).toMatch(/^No internship is advertised/);
  });

  it("answers about the post the question names", () => {
    const a = ask("is the operator job an internship");
    expect(a.text).toMatch(
      /^No: the notice for Operator, Technical Security .* does not advertise it as an internship/,
    );
    expect(titles(a)).toEqual(["Operator, Technical Security"]);
  });

  it("reads telework from the notice's prose", () => {
    const index = new VacancyIndex([
      makeVacancy({
        id: "r",
        title: "Data Steward",
        applicationNotes: ["Teleworking is possible up to two days a week."],
      }),
    ]);
    expect(titles(ask("can I work remotely in any of these jobs", index))).toEqual(["Data Steward"]);
  });

  it("tells a post advertised as remote from one whose notice only mentions telework, quoting it", () => {
    const offer = "The organization offers Teleworking and Flexible Working arrangements (Flexitime).";
    const mentioning = makeVacancy({ id: "m", title: "Data Steward", workingConditions: [offer] });
    const remote = makeVacancy({ id: "r", title: "Analyst", jobType: "Full-time, remote working" });
    const only = ask("remote jobs?", new VacancyIndex([mentioning]));
    expect(only.text).toMatch(
      /^No post is advertised as a remote \(telework\) post, but 1 notice mentions it:/,
    );
    expect(only.text).toContain(`"${offer}"`);
    expect(only.items.map((i) => i.quote)).toEqual([offer]);
    expect(ask("is there flexitime in these jobs?", new VacancyIndex([mentioning])).text).toContain(offer);
    const both = ask("remote jobs?", new VacancyIndex([mentioning, remote]));
    expect(both.text).toMatch(/^1 notice states a remote \(telework\) post/);
    expect(titles(both)).toEqual(["Analyst"]);
    expect(ask("is the data steward job hybrid?", new VacancyIndex([mentioning, remote])).text).toMatch(
      /does not advertise it as a remote \(telework\) post, but says/,
    );
    expect(ask("is the data steward job remote?", new VacancyIndex([mentioning, remote])).text).toMatch(
      /does not advertise it as a remote \(telework\) post, but says/,
    );
    expect(ask("can I telework as data steward", new VacancyIndex([mentioning, remote])).text).toMatch(
      /does not advertise it as a remote \(telework\) post, but says: "The organization offers Teleworking/,
    );
  });
});
