import { describe, expect, it } from "vitest";
import { applicationAsk } from "../../src/answer/applicationAsk.ts";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const cleared = "Appointment will be subject to receipt of a security clearance.";
const nationals = "We can only accept applications from nationals of NATO member countries.";
const index = new VacancyIndex([
  makeVacancy({
    id: "analyst",
    title: "Intelligence Analyst",
    organisation: "Alpha Agency",
    deadline: "2024-06-20",
    applicationNotes: [nationals, cleared],
  }),
  makeVacancy({
    id: "clerk",
    title: "Finance Clerk",
    organisation: "Alpha Agency",
    deadline: "2024-06-25",
    applicationNotes: [nationals],
  }),
  makeVacancy({
    id: "driver",
    title: "Driver",
    organisation: "Beta Office",
    deadline: "2024-05-01",
    applicationNotes: [cleared],
  }),
]);
const ask = (q: string) => answerQuestion(q, { index, now: new Date("2024-06-05T12:00:00Z") });
const ids = (q: string) => ask(q).items.map((i) => i.vacancy.id);
const route = (q: string) => applicationAsk(q, detectIntent(q));

describe("applicationAsk", () => {
  it("takes a condition over whichever rule matched the rest of the question", () => {
    expect(detectIntent("does the analyst need a security clearance?").rule).toBe("requirements-of-post");
    expect(route("does the analyst need a security clearance?")).toMatchObject({
      kind: "condition",
      subject: "analyst",
      negated: false,
    });
    expect(route("jobs that don't need a security clearance")).toMatchObject({
      kind: "condition",
      negated: true,
    });
  });

  it("leaves closing windows, help, one's own standing and questions about no post to the rules", () => {
    expect(route("which jobs needing a security clearance close this week?")).toBeNull();
    expect(route("how do I renew my security clearance")).toBeNull();
    expect(route("how many nato member countries are there")).toBeNull();
    expect(route("thanks for the help")).toBeNull();
    expect(route("can you help with the medical check?")).toBeNull();
  });

  it("reads a term whose words alone ask about the posts as a condition though no post is named", () => {
    expect(route("is there an age limit?")).toMatchObject({ kind: "condition", subject: "" });
    expect(route("any interviews?")).toMatchObject({ kind: "condition", subject: "" });
  });

  it("reads 'can I apply for X' with a nationality as who may apply, not whether X is open", () => {
    expect(detectIntent("can I apply for the analyst post if I'm Irish?").rule).toBe("status");
    expect(route("can I apply for the analyst post if I'm Irish?")).toMatchObject({
      kind: "condition",
      subject: "analyst",
    });
    expect(ask("can I apply for the analyst post if I'm Irish?").text).toMatch(
      /^No: Ireland is not a NATO member/,
    );
    expect(ask("can I still apply for the analyst post as a Canadian?").text).toMatch(
      /^Yes, as far as nationality/,
    );
    // Without a nationality, "can I apply for X" still asks whether X is open.
    expect(route("can I apply for the analyst post?")).toBeNull();
  });

  it("reads 'help' as the question's verb when it asks a condition of a post it names", () => {
    expect(detectIntent("do they help with moving costs for the analyst").rule).toBe("help");
    expect(route("do they help with moving costs for the analyst")).toMatchObject({
      kind: "condition",
      subject: "analyst",
    });
  });

  it("reads a date or level asked of a condition ('when are the interviews', 'what clearance level')", () => {
    expect(route("when are the interviews for the analyst")).toMatchObject({ asksFor: { when: true } });
    expect(route("are there interviews for the analyst")).toMatchObject({ asksFor: { when: false } });
    expect(route("what clearance level does the analyst need")).toMatchObject({ asksFor: { level: true } });
    expect(route("analyst - any info on the interview dates?")).toMatchObject({ asksFor: { when: true } });
  });
});

describe("answerQuestion: a condition of two posts named", () => {
  it("answers for each post named", () => {
    const a = ask("does the analyst or the finance clerk need a security clearance?");
    expect(a.items.map((i) => i.vacancy.id)).toEqual(["analyst"]);
    expect(a.text).toMatch(/^1 of 2 posts you named mentions a security clearance:/);
    expect(a.text).toContain("Finance Clerk");
  });
});

describe("answerQuestion: whether a nationality may apply", () => {
  it("says yes or no first, without a status 'yes' after a nationality 'no'", () => {
    const a = ask("I'm Swiss, can I apply for the analyst?");
    expect(a.text).toMatch(/^No: Switzerland is not a NATO member country, and the notice accepts/);
    expect(a.text).not.toMatch(/^Yes/m);
    expect(ask("I'm from Poland, can I apply for the analyst?").text).toMatch(
      /^Yes, as far as nationality goes/,
    );
    // Across the open posts (the driver's closed).
    expect(ask("can non-NATO citizens apply?").text).toMatch(/^No: all 2 notices accept applications only/);
  });
});

describe("answerQuestion: conditions of appointment", () => {
  it("lists the open posts whose notices state the condition, quoting them, and names those that do not", () => {
    const a = ask("which posts need a security clearance?");
    expect(a.intent).toBe("list");
    expect(a.focus).toBe("eligibility");
    // The driver post states it too, but is closed.
    expect(ids("which posts need a security clearance?")).toEqual(["analyst"]);
    expect(a.text).toBe(
      [
        "1 of 2 posts open or without a deadline as of 5 June 2024 mentions a security clearance:",
        "- Intelligence Analyst (Alpha Agency, Brussels): open, closes in 15 days (20 June 2024)",
        `  "${cleared}"`,
        "The notice of this post does not mention a security clearance:",
        "- Finance Clerk (Alpha Agency, Brussels): open, closes in 20 days (25 June 2024)",
      ].join("\n"),
    );
  });

  it("lists the posts whose notices say nothing about it when asked for those that don't need it", () => {
    expect(ids("are there jobs that don't need a security clearance?")).toEqual(["clerk"]);
  });

  it("says when no notice mentions the condition", () => {
    const a = ask("which jobs offer relocation support?");
    expect(a.items).toEqual([]);
    expect(a.text).toBe(
      "No notice of the 2 posts open or without a deadline as of 5 June 2024 mentions relocation.",
    );
  });

  it("answers for the one post named, closed or not, and says when its notice is silent", () => {
    expect(ask("does the driver need clearance?").text).toContain(
      `on a security clearance, the notice says:\n- "${cleared}"`,
    );
    const silent = ask("does the finance clerk need a security clearance?");
    expect(silent.items.map((i) => i.vacancy.id)).toEqual(["clerk"]);
    expect(silent.text).toContain(
      "Finance Clerk (Alpha Agency, Brussels): the notice does not mention a security clearance.",
    );
    expect(silent.text).toContain(`The conditions it does state:\n- "${nationals}"`);
  });

  it("answers a nationality question for the posts of an organisation several share", () => {
    expect(ids("can non-NATO citizens apply to Alpha Agency?")).toEqual(["analyst", "clerk"]);
  });
});

describe("answerQuestion: whom to contact", () => {
  it("says the notice names no contact and what it says about applying", () => {
    const a = ask("who do I contact about the intelligence analyst job?");
    expect(a.items.map((i) => i.vacancy.id)).toEqual(["analyst"]);
    expect(a.text).toContain("the notice names no contact person, e-mail address or phone number.");
    expect(a.text).toContain(`What it says about applying:\n- ${nationals}`);
  });

  it("names the posts of an organisation, and none when no post is named", () => {
    expect(ids("who do I contact at Alpha Agency?")).toEqual(["analyst", "clerk"]);
    const none = ask("phone number for HR?");
    expect(none.items).toEqual([]);
    expect(none.text).toMatch(/^The 3 vacancy notices name no contact person/);
  });
});

describe("answerQuestion: thanks", () => {
  it("replies briefly instead of with the help text", () => {
    const a = ask("thanks a lot!");
    expect(a.intent).toBe("help");
    expect(a.text).toMatch(/^You're welcome!/);
    expect(a.text.split("\n")).toHaveLength(1);
  });
});
