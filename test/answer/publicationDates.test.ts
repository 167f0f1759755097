import { describe, expect, it } from "vitest";
import { publicationAsked, publicationDatesAnswer } from "../../src/answer/publicationDates.ts";
import { readWords } from "../../src/answer/readWords.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const asked = (q: string) => publicationAsked(` ${readWords(q)} `);

describe("publicationAsked", () => {
  it("reads questions about when notices were published", () => {
    expect(asked("which notices were published when?")).not.toBeNull();
    expect(asked("when were the jobs posted")).not.toBeNull();
    expect(asked("which posts did we announce last month?")).not.toBeNull();
    expect(asked("publication dates?")).not.toBeNull();
  });

  it("keeps what else the question names, and reads no publication in other questions", () => {
    expect(asked("when was the NOSC chief notice published")?.rest).toBe("nosc chief");
    expect(asked("where is the job posted")).toBeNull();
    expect(asked("what's open?")).toBeNull();
  });
});

describe("publicationDatesAnswer", () => {
  const now = new Date("2024-06-01T12:00:00Z");

  it("lists the dates given, newest first, and names the notices giving none", () => {
    const index = new VacancyIndex([
      makeVacancy({ id: "a", title: "Analyst", publishedDate: "2024-05-02" }),
      makeVacancy({ id: "b", title: "Builder", publishedDate: "2024-05-20" }),
      makeVacancy({ id: "c", title: "Clerk" }),
    ]);
    const a = publicationDatesAnswer("q", { index, now });
    expect(a.items.map((i) => i.vacancy.title)).toEqual(["Builder", "Analyst", "Clerk"]);
    expect(a.text).toContain("published 20 May 2024");
    expect(a.text).toContain("No publication date is given by: Clerk.");
    expect(a.text).toContain("published 20 May 2024; open, closes in 16 days (17 June 2024)");
  });

  it("says plainly when no notice gives one", () => {
    const index = new VacancyIndex([makeVacancy({ id: "c", title: "Clerk" })]);
    expect(publicationDatesAnswer("q", { index, now }).text).toContain(
      "no publication date in any of the 1 notice",
    );
  });
});
