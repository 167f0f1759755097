// The validators used on every card must catch what they claim to, or the card tests prove nothing.
import { describe, expect, it } from "vitest";
import { noticeFormCard } from "../../adapters/teams/handlers/recruiter.ts";
import type { AdaptiveCard, SlackMessage } from "../../src/cards/index.ts";
import { renderAdaptiveCard, renderSlackMessage } from "../../src/cards/index.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { networkTechnician } from "../fixtures/vacancies.ts";
import { adaptiveCardSchemaProblems } from "./adaptiveCardSchema.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

const answer = answerAbout([networkTechnician], { intent: "details", focus: "deadline" });
const goodCard = (): AdaptiveCard => structuredClone(renderAdaptiveCard(answer));
const goodSlack = (): SlackMessage => structuredClone(renderSlackMessage(answer));

describe("adaptiveCardProblems", () => {
  it("passes a rendered card", () => {
    expect(adaptiveCardProblems(goodCard())).toEqual([]);
  });

  it("accepts the documented enum values in either case, as Teams does", () => {
    const card = goodCard();
    card.body.push({ type: "TextBlock", text: "x", weight: "Bolder", size: "ExtraLarge", color: "Good" });
    expect(adaptiveCardSchemaProblems(card)).toEqual([]);
  });

  it("passes the recruiter's notice form (Input.Text)", () => {
    expect(adaptiveCardSchemaProblems(noticeFormCard("pasted notice"))).toEqual([]);
  });

  it.each([
    [
      "an unknown element type",
      (c: AdaptiveCard) => c.body.push({ type: "Carousel" }),
      /schema: .*unknown element or action type "Carousel"/,
    ],
    [
      "an unknown nested element type",
      (c: AdaptiveCard) => c.body.push({ type: "Container", items: [{ type: "TextBlok", text: "x" }] }),
      /schema: \/body\/\d+\/items\/0: unknown element or action type "TextBlok"/,
    ],
    [
      "an unknown property (typo)",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", colour: "red" }),
      /schema: .*Unrecognized key: "colour"/,
    ],
    [
      "a bad color enum",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", color: "red" }),
      /schema: \/body\/\d+\/color: expected one of default, dark/,
    ],
    [
      "a bad size enum",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", size: "huge" }),
      /schema: \/body\/\d+\/size/,
    ],
    [
      "a non-boolean wrap",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", wrap: "yes" }),
      /schema: \/body\/\d+\/wrap/,
    ],
    [
      "a TextBlock without text",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", wrap: true }),
      /schema: \/body\/\d+\/text/,
    ],
    [
      "a bad container style",
      (c: AdaptiveCard) => c.body.push({ type: "Container", style: "loud", items: [] }),
      /schema: \/body\/\d+\/style/,
    ],
    [
      "string data",
      (c: AdaptiveCard) => c.actions?.push({ type: "Action.Submit", title: "x", data: "show" }),
      /schema: \/actions\/\d+\/data[\s\S]*not an object/,
    ],
    [
      "an OpenUrl without url",
      (c: AdaptiveCard) => c.actions?.push({ type: "Action.OpenUrl", title: "x" }),
      /schema: \/actions\/\d+\/url/,
    ],
    [
      "an OpenUrl to a non-web url",
      (c: AdaptiveCard) =>
        c.actions?.push({ type: "Action.OpenUrl", title: "x", url: "javascript:alert(1)" }),
      /schema: \/actions\/\d+\/url/,
    ],
    [
      "an unsupported action",
      (c: AdaptiveCard) => c.actions?.push({ type: "Action.Execute", title: "x", verb: "go" }),
      /schema: .*unknown element or action type "Action.Execute"/,
    ],
    ["another version", (c: AdaptiveCard) => Object.assign(c, { version: "1.6" }), /schema: \/version/],
    [
      "foreign payload",
      (c: AdaptiveCard) => c.actions?.push({ type: "Action.Submit", title: "x", data: { a: 1 } }),
      /not a CardAction/,
    ],
    ["oversize", (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x".repeat(30_000) }), /bytes/],
    ["no fallback", (c: AdaptiveCard) => Object.assign(c, { fallbackText: "" }), /fallbackText/],
  ])("catches %s", (_name, breakIt, expected) => {
    const card = goodCard();
    breakIt(card);
    expect(adaptiveCardProblems(card).join("\n")).toMatch(expected);
  });
});

describe("slackProblems", () => {
  it("passes a rendered message", () => {
    expect(slackProblems(goodSlack())).toEqual([]);
  });

  it.each([
    [
      "a raw <!channel>",
      (m: SlackMessage) =>
        m.blocks.push({ type: "section", text: { type: "mrkdwn", text: "hi <!channel>" } }),
      /unsafe mention/,
    ],
    ["a bare @here", (m: SlackMessage) => Object.assign(m, { text: "hey @here" }), /unsafe mention/],
    [
      "an unroutable action_id",
      (m: SlackMessage) =>
        m.blocks.push({
          type: "actions",
          elements: [
            { type: "button", text: { type: "plain_text", text: "x" }, action_id: "x", value: "{}" },
          ],
        }),
      /not routable/,
    ],
    [
      "an oversize section",
      (m: SlackMessage) =>
        m.blocks.push({ type: "section", text: { type: "mrkdwn", text: "s".repeat(3001) } }),
      /3001/,
    ],
  ])("catches %s", (_name, breakIt, expected) => {
    const message = goodSlack();
    breakIt(message);
    expect(slackProblems(message).join("\n")).toMatch(expected);
  });
});
