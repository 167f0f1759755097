import { describe, expect, it } from "vitest";
import { APPLICATION_CONDITIONS } from "../../src/answer/applicationConditions.ts";
import { conditionList } from "../../src/answer/conditionText.ts";
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

  it("says when there is no post in scope", () => {
    expect(conditionList([], clearance, "open posts", false, 10).lines).toEqual(["There are no open posts."]);
  });
});
