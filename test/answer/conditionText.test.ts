import { describe, expect, it } from "vitest";
import { APPLICATION_CONDITIONS } from "../../src/answer/applicationConditions.ts";
import { conditionList, conditionPostText } from "../../src/answer/conditionText.ts";
import { deadlineStatus } from "../../src/answer/deadlineStatus.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const clearance = APPLICATION_CONDITIONS.filter((c) => c.name === "a security clearance");
const item = (id: string, notes: string[]) => {
  const vacancy = makeVacancy({ id, title: `Post ${id}`, applicationNotes: notes });
  return { vacancy, deadline: deadlineStatus(vacancy, now) };
};
const posts = [
  item("a", ["Subject to a security clearance."]),
  item("b", ["Subject to a security clearance."]),
  item("c", ["Attach a CV."]),
];

describe("conditionList", () => {
  it("caps each part at the limit and states how many more", () => {
    const list = conditionList(posts, clearance, "posts", false, 1);
    expect(list.items.map((i) => i.vacancy.id)).toEqual(["a", "b"]);
    expect(list.lines[0]).toBe("2 of 3 posts mention a security clearance:");
    expect(list.lines).toContain("... and 1 more.");
    expect(list.lines.join("\n")).not.toContain("Post b");
  });

  it("lists the silent notices when asked for posts that don't need it, without reading silence as a promise", () => {
    const list = conditionList(posts, clearance, "posts", true, 10);
    expect(list.items.map((i) => i.vacancy.id)).toEqual(["c"]);
    expect(list.lines[0]).toMatch(
      /^1 of 3 posts does not mention a security clearance \(the notice says nothing/,
    );
    expect(list.lines.at(-1)).toBe("The other 2 mention a security clearance.");
  });

  it("names the one post in scope in the singular when its notice is silent", () => {
    expect(conditionList([item("c", ["Attach a CV."])], clearance, "posts open", false, 10).lines).toEqual([
      "The notice of the one post open does not mention a security clearance.",
    ]);
  });

  it("says when there is no post in scope", () => {
    expect(conditionList([], clearance, "open posts", false, 10).lines).toEqual(["There are no open posts."]);
  });
});

describe("conditionPostText", () => {
  const named = (name: string) => APPLICATION_CONDITIONS.filter((c) => c.name === name);
  const post = (notes: string[], workingConditions: string[] = []) => {
    const vacancy = makeVacancy({ title: "Post", applicationNotes: notes, workingConditions });
    return { vacancy, deadline: deadlineStatus(vacancy, now) };
  };
  const interviews = named("tests, interviews or other selection steps");

  it("says a step named without a date has none, when a date is asked for", () => {
    const p = post(["At the interviews, bring your diploma."]);
    expect(conditionPostText(p, interviews, { when: true })).toContain("It gives no date for them.");
    expect(conditionPostText(p, interviews, {})).not.toContain("no date");
    expect(
      conditionPostText(post(["Interviews will be held in July 2024."]), interviews, { when: true }),
    ).not.toContain("no date");
  });

  it("quotes what a silent notice states of the same kind: conditions of appointment, or the working conditions", () => {
    const p = post(["Subject to a security clearance."], ["Travel may be required."]);
    const age = conditionPostText(p, named("an age limit"));
    expect(age).toContain("the notice does not mention an age limit.");
    expect(age).toContain('The conditions it does state:\n- "Subject to a security clearance."');
    expect(age).not.toContain("Travel");
    const hours = conditionPostText(p, named("working hours"));
    expect(hours).toContain("the notice does not mention working hours.");
    expect(hours).toContain('What it says about the working conditions:\n- "Travel may be required."');
    expect(hours).not.toContain("security clearance");
  });

  it("quotes a sentence stating two of the conditions asked once", () => {
    const p = post([
      "At the time of the interviews, candidates will be asked to provide evidence of their education.",
    ]);
    const text = conditionPostText(p, [
      ...named("proof of education and experience"),
      ...named("tests, interviews or other selection steps"),
    ]);
    expect(text.match(/At the time of the interviews/g)).toHaveLength(1);
  });

  it("says a clearance named without a level has none, when the level is asked for", () => {
    const clearance = named("a security clearance");
    expect(
      conditionPostText(post(["Subject to a security clearance."]), clearance, { level: true }),
    ).toContain("It does not state which level.");
    expect(
      conditionPostText(post(["Subject to a NATO SECRET security clearance."]), clearance, { level: true }),
    ).not.toContain("which level");
  });
});
