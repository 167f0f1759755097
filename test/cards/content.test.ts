// What the cards say and offer: status wording, which layout an answer gets, the buttons and
// their payloads for each option, drafts, lists with overflow, help and the huge notice.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/model.ts";
import { readCardAction } from "../../src/cards/actions.ts";
import {
  renderAdaptiveCard,
  renderPlainText,
  renderSlackMessage,
  summariseAnswer,
} from "../../src/cards/index.ts";
import { chooseLayout } from "../../src/cards/layout.ts";
import type { Block } from "../../src/cards/slack/limits.ts";
import { describeStatus } from "../../src/cards/status.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { closedByRecruiter, huge } from "../fixtures/oddVacancies.ts";
import {
  deputyDirector,
  networkTechnician,
  SEED_VACANCIES,
  technicalSecurityOperator,
} from "../fixtures/vacancies.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

const one = (asOf: string, focus: Answer["focus"] = "overview") =>
  answerAbout([networkTechnician], { intent: "details", focus, asOf });

function slackButtons(blocks: Block[]) {
  return blocks.flatMap((b) =>
    b.type === "actions" ? b.elements : b.type === "section" && b.accessory ? [b.accessory] : [],
  );
}
const buttonLabels = (answer: Answer, options = {}) =>
  slackButtons(renderSlackMessage(answer, options).blocks).map((b) => b.text.text);
const teamsTitles = (answer: Answer, options = {}) =>
  (renderAdaptiveCard(answer, options).actions ?? []).map((a) => a.title);

describe("status line", () => {
  const status = (asOf: string) => describeStatus(one(asOf).items[0] ?? ({} as never));
  it("says open with days left, closing soon, closes today, closed on, and no deadline", () => {
    expect(status("2024-05-01")).toEqual({
      tone: "good",
      badge: "Open",
      text: "Open: 47 days left (closes 17 June 2024)",
    });
    expect(status("2024-06-12")).toMatchObject({
      tone: "warning",
      text: "Open: 5 days left (closes 17 June 2024)",
    });
    expect(status("2024-06-16")).toMatchObject({
      tone: "warning",
      text: "Open: closes tomorrow (17 June 2024)",
    });
    expect(status("2024-06-17")).toMatchObject({
      tone: "warning",
      text: "Open: closes today (17 June 2024)",
    });
    expect(status("2024-06-18")).toMatchObject({ tone: "attention", text: "Closed on 17 June 2024" });
    const none = answerAbout([deputyDirector], { intent: "deadline" }).items[0];
    expect(none && describeStatus(none)).toMatchObject({ text: "No deadline given in the notice" });
  });

  it("a deadline question gets the rule in a sentence: end of the day in the issuer's zone", () => {
    const sentence = (asOf: string) => renderPlainText(one(asOf, "deadline")).replace(/\s+/g, " ");
    expect(sentence("2024-06-12")).toContain(
      "Applications are open until the end of 17 June 2024 (Europe/Brussels time): 5 days left.",
    );
    expect(sentence("2024-06-17")).toContain(
      "Applications close at the end of today, 17 June 2024 (Europe/Brussels time).",
    );
    expect(sentence("2024-06-18")).toContain(
      "Applications closed at the end of 17 June 2024 (Europe/Brussels time), 1 day ago.",
    );
    const none = answerAbout([deputyDirector], { intent: "deadline", focus: "deadline" });
    expect(renderPlainText(none)).toContain("The notice gives no application deadline");
  });

  it("a post the recruiter closed reads closed whatever its deadline", () => {
    const item = answerAbout([closedByRecruiter], { intent: "status", asOf: "2024-05-01" }).items[0];
    expect(item && describeStatus(item)).toMatchObject({
      tone: "attention",
      text: "Closed by the recruiter (post filled <!channel>)",
    });
  });

  it("each platform shows the status: Slack emoji + words, Teams colour", () => {
    const answer = one("2024-06-18", "deadline");
    expect(JSON.stringify(renderSlackMessage(answer).blocks)).toContain("🔴 Closed on 17 June 2024");
    const status = renderAdaptiveCard(answer).body.find((e) => e.color);
    expect(status).toMatchObject({ text: "Closed on 17 June 2024", color: "attention" });
    expect(renderPlainText(answer)).toContain("Deadline:     Closed on 17 June 2024");
  });
});

describe("summary for notifications", () => {
  it("says what the answer is about in one short line", () => {
    expect(summariseAnswer(one("2024-06-12", "requirements"))).toBe(
      "Network and Communications Technician — Open: 5 days left (closes 17 June 2024)",
    );
    const list = answerAbout(SEED_VACANCIES, { intent: "list", totalMatches: 12 });
    expect(summariseAnswer(list)).toMatch(/^12 vacancies: Network and Communications Technician; .*…$/);
    expect(summariseAnswer(list).length).toBeLessThanOrEqual(200);
    expect(summariseAnswer(answerAbout([], { intent: "help", text: "\nAsk me about jobs.\nMore." }))).toBe(
      "Ask me about jobs.",
    );
    expect(renderAdaptiveCard(list).speak).toBe(summariseAnswer(list));
  });
});

describe("layout", () => {
  it("one vacancy -> card; list/search -> list; several items -> list; nothing or help -> message", () => {
    expect(chooseLayout(one("2024-06-05")).kind).toBe("vacancy");
    expect(chooseLayout(answerAbout([networkTechnician], { intent: "list" })).kind).toBe("list");
    expect(chooseLayout(answerAbout(SEED_VACANCIES, { intent: "deadline" })).kind).toBe("list");
    expect(chooseLayout(answerAbout([], { intent: "requirements" })).kind).toBe("message");
    expect(chooseLayout(answerAbout([networkTechnician], { intent: "help" })).kind).toBe("message");
  });
});

describe("buttons", () => {
  it("a focused card offers the other views; the notice link only when a URL is known", () => {
    expect(buttonLabels(one("2024-06-05", "deadline"))).toEqual(["Requirements", "Full details"]);
    expect(buttonLabels(one("2024-06-05", "requirements"))).toEqual(["Full details"]);
    expect(buttonLabels(one("2024-06-05", "overview"))).toEqual(["Requirements"]);
    const withUrl = answerAbout([technicalSecurityOperator], { intent: "details", focus: "salary" });
    expect(buttonLabels(withUrl)).toEqual(["Requirements", "Full details", "Open the notice"]);
    expect(teamsTitles(withUrl)).toEqual(["Requirements", "Full details", "Open the notice"]);
  });

  it("share when the reply is private, close for recruiters while the post is published", () => {
    const options = { shareable: true, recruiter: true };
    expect(buttonLabels(one("2024-06-05", "deadline"), options)).toEqual([
      "Requirements",
      "Full details",
      "Share in channel",
      "Close vacancy",
    ]);
    const closed = answerAbout([closedByRecruiter], { intent: "details", focus: "deadline" });
    expect(buttonLabels(closed, options)).not.toContain("Close vacancy");
  });

  it("payloads are CardActions: Slack value is its JSON, Teams data the object itself", () => {
    const answer = one("2024-06-05", "deadline");
    const slack = slackButtons(renderSlackMessage(answer, { recruiter: true }).blocks);
    expect(slack.map((b) => [b.action_id, readCardAction(b.value)])).toEqual([
      ["vacancy:show:requirements", { kind: "show", vacancyId: networkTechnician.id, focus: "requirements" }],
      ["vacancy:show:overview", { kind: "show", vacancyId: networkTechnician.id, focus: "overview" }],
      ["vacancy:close", { kind: "close", vacancyId: networkTechnician.id }],
    ]);
    const teams = renderAdaptiveCard(answer, { recruiter: true }).actions ?? [];
    expect(teams.map((a) => [a.type, a.data, a.style])).toEqual([
      ["Action.Submit", { kind: "show", vacancyId: networkTechnician.id, focus: "requirements" }, undefined],
      ["Action.Submit", { kind: "show", vacancyId: networkTechnician.id, focus: "overview" }, undefined],
      ["Action.Submit", { kind: "close", vacancyId: networkTechnician.id }, "destructive"],
    ]);
  });
});

describe("draft preview", () => {
  const draft = (state: "preview" | "posted" | "cancelled") => ({ draft: { id: "d-1", state } });
  const answer = answerAbout([networkTechnician], { intent: "details" });

  it("while in preview: a banner and Confirm / Edit / Cancel with draft actions", () => {
    const slack = renderSlackMessage(answer, draft("preview"));
    expect(JSON.stringify(slack.blocks)).toContain("Preview: not posted yet");
    expect(
      slackButtons(slack.blocks).map((b) => [b.text.text, b.action_id, readCardAction(b.value), b.style]),
    ).toEqual([
      ["Confirm and post", "draft:confirm", { kind: "draft.confirm", draftId: "d-1" }, "primary"],
      ["Edit", "draft:edit", { kind: "draft.edit", draftId: "d-1" }, undefined],
      ["Cancel", "draft:cancel", { kind: "draft.cancel", draftId: "d-1" }, "danger"],
    ]);
    expect((renderAdaptiveCard(answer, draft("preview")).actions ?? []).map((a) => a.data)).toEqual([
      { kind: "draft.confirm", draftId: "d-1" },
      { kind: "draft.edit", draftId: "d-1" },
      { kind: "draft.cancel", draftId: "d-1" },
    ]);
  });

  it("after posting or cancelling: a clear banner and no buttons at all", () => {
    for (const [state, banner, style] of [
      ["posted", "Posted: this vacancy is now published.", "good"],
      ["cancelled", "Cancelled: this draft was discarded and nothing was posted.", "attention"],
    ] as const) {
      const slack = renderSlackMessage(answer, draft(state));
      expect(slackButtons(slack.blocks)).toEqual([]);
      expect(JSON.stringify(slack.blocks)).toContain(banner);
      const card = renderAdaptiveCard(answer, draft(state));
      expect(card.actions).toBeUndefined();
      expect(card.body[0]).toMatchObject({ type: "Container", style });
      expect(renderPlainText(answer, draft(state)).startsWith(banner)).toBe(true);
    }
  });
});

describe("lists", () => {
  it("one compact row per vacancy with status, a Details button each, and 'and N more'", () => {
    const answer = answerAbout(SEED_VACANCIES, { intent: "list", totalMatches: 12, asOf: "2024-06-20" });
    const slack = renderSlackMessage(answer, { shareable: true });
    const rows = slack.blocks.filter((b) => b.type === "section" && b.accessory);
    expect(rows).toHaveLength(5);
    expect(JSON.stringify(rows[0])).toContain("🔴 Closed on 17 June 2024");
    expect(slackButtons(slack.blocks).map((b) => b.text.text)).toEqual([
      ...Array(5).fill("Details"),
      "Share in channel",
    ]);
    expect(JSON.stringify(slack.blocks)).toContain("and 7 more");
    // The intro is the core's own lead line, with the cap stated.
    expect(JSON.stringify(slack.blocks[1])).toContain(
      "12 vacancies match, as of 2024-06-20. Showing 5 of 12.",
    );
    const card = renderAdaptiveCard(answer);
    expect(card.body.filter((e) => e.type === "Container")).toHaveLength(5);
    expect(JSON.stringify(card.body)).toContain("and 7 more");
    expect(renderPlainText(answer)).toContain("...and 7 more.");
  });
});

describe("list rows with a quote", () => {
  it("show the notice's line under the post, escaped and shortened, in Slack and Teams", () => {
    const answer = answerAbout([networkTechnician, deputyDirector], { intent: "search", asOf: "2024-06-05" });
    answer.items = answer.items.map((item, i) =>
      i === 0 ? { ...item, quote: `Knowledge of <b>MPLS</b> & @here ${"x".repeat(400)}` } : item,
    );
    const rows = renderSlackMessage(answer).blocks.filter((b) => b.type === "section" && b.accessory);
    const first = JSON.stringify(rows[0]);
    expect(first).toContain("\\n> Knowledge of &lt;b&gt;MPLS&lt;/b&gt; &amp; @\u2060here");
    expect(first).not.toContain("x".repeat(300));
    expect(JSON.stringify(rows[1])).not.toContain("\\n>");
    const containers = renderAdaptiveCard(answer).body.filter((e) => e.type === "Container");
    expect(JSON.stringify(containers[0])).toContain("“Knowledge of");
    expect(JSON.stringify(containers[1])).not.toContain("“");
  });
});

describe("help and no match", () => {
  it("show the text and offer the suggestions as ask buttons", () => {
    const answer = answerAbout([], {
      intent: "help",
      text: "Ask me about deadlines or requirements.",
      suggestions: ["Which posts are open?", "Requirements for the NOSC chief"],
    });
    const slack = renderSlackMessage(answer);
    expect(slack.text).toBe("Ask me about deadlines or requirements.");
    expect(slackButtons(slack.blocks).map((b) => [b.action_id, readCardAction(b.value)])).toEqual([
      ["ask:0", { kind: "ask", question: "Which posts are open?" }],
      ["ask:1", { kind: "ask", question: "Requirements for the NOSC chief" }],
    ]);
    const card = renderAdaptiveCard(answer);
    expect(card.actions).toBeUndefined();
    // One suggestion per row, each its own ActionSet.
    expect(card.body.filter((e) => e.type === "ActionSet").map((e) => e.actions[0].data)).toEqual([
      { kind: "ask", question: "Which posts are open?" },
      { kind: "ask", question: "Requirements for the NOSC chief" },
    ]);
    expect(renderPlainText(answer)).toContain("You could ask:\n  - Which posts are open?");
  });
});

describe("suggestions the core already lists in its text", () => {
  const answer = answerAbout([], {
    intent: "unknown",
    text: "No vacancy matches that. For example:\n- What's open?\n- Which jobs need Cisco?\n- not a suggestion",
    suggestions: ["What's open?", "Which jobs need Cisco?"],
  });

  it("become buttons in the cards instead of repeated lines", () => {
    const slack = renderSlackMessage(answer);
    expect(slack.blocks[0]).toMatchObject({
      text: { text: "No vacancy matches that. For example:\n- not a suggestion" },
    });
    expect(slackButtons(slack.blocks).map((b) => b.text.text)).toEqual([
      "What's open?",
      "Which jobs need Cisco?",
    ]);
    expect(renderAdaptiveCard(answer).body[0]?.text).toBe(
      "No vacancy matches that. For example:\n\\- not a suggestion",
    );
    // The notification fallback keeps the core's complete text.
    expect(slack.text).toContain("- What's open?");
  });

  it("are said once in plain text", () => {
    const text = renderPlainText(answer);
    expect(text.match(/What's open\?/g)).toHaveLength(1);
    expect(text).not.toContain("You could ask");
  });
});

describe("the huge notice (60 requirements of 500 chars, 300-char title, <!channel>)", () => {
  const answer = answerAbout([huge], { intent: "requirements", focus: "requirements" });

  it("Slack splits the lists across sections up to the text budget, keeps the whole title, offers Full details", () => {
    const slack = renderSlackMessage(answer);
    expect(slackProblems(slack)).toEqual([]);
    expect(slack.blocks[0]?.type === "header" && slack.blocks[0].text.text).toHaveLength(150);
    expect(JSON.stringify(slack.blocks[1])).toContain("&lt;!channel&gt; end");
    expect(slack.blocks.filter((b) => b.type === "section").length).toBeGreaterThan(3);
    expect(JSON.stringify(slack.blocks)).toContain("the rest did not fit in this message");
    expect(slackButtons(slack.blocks).map((b) => b.text.text)).toContain("Full details");
  });

  it("the overview, which has nothing bigger to point to, sends readers to the notice", () => {
    const overview = answerAbout([huge], { intent: "details", focus: "overview" });
    expect(JSON.stringify(renderSlackMessage(overview).blocks)).toContain("the full text is in the notice.");
    expect(JSON.stringify(renderAdaptiveCard(overview).body)).toContain(
      "more: the full text is in the notice.",
    );
  });

  it("Teams shortens the lists under the size cap, says how many were left out, offers Full details", () => {
    const card = renderAdaptiveCard(answer);
    expect(adaptiveCardProblems(card)).toEqual([]);
    expect(JSON.stringify(card.body)).toMatch(/and \d+ more: see Full details/);
    expect((card.actions ?? []).map((a) => a.title)).toContain("Full details");
  });
});

describe("working conditions on the full card", () => {
  const overview = (vacancy: typeof networkTechnician) =>
    answerAbout([vacancy], { intent: "details", focus: "overview", asOf: "2024-06-01" });
  it("shows the conditions a notice states, on every renderer", () => {
    const vacancy = { ...networkTechnician, workingConditions: ["Shift work, including nights."] };
    const slack = JSON.stringify(renderSlackMessage(overview(vacancy)).blocks);
    expect(slack).toContain("*Working conditions*");
    expect(slack).toContain("Shift work, including nights.");
    expect(JSON.stringify(renderAdaptiveCard(overview(vacancy)).body)).toContain(
      "Shift work, including nights.",
    );
    expect(renderPlainText(overview(vacancy))).toMatch(
      /Working conditions:\s+- Shift work, including nights\./,
    );
  });
  it("leaves the heading out when a notice states none", () => {
    const vacancy = { ...networkTechnician, workingConditions: [] };
    expect(JSON.stringify(renderSlackMessage(overview(vacancy)).blocks)).not.toContain("Working conditions");
    expect(renderPlainText(overview(vacancy))).not.toContain("Working conditions");
  });
});
