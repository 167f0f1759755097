// The validators used on every card must catch what they claim to, or the card tests prove nothing.
import { describe, expect, it } from "vitest";
import type { AdaptiveCard, SlackMessage } from "../../src/cards/index.ts";
import { renderAdaptiveCard, renderSlackMessage } from "../../src/cards/index.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { networkTechnician } from "../fixtures/vacancies.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";

const answer = answerAbout([networkTechnician], { intent: "details", focus: "deadline" });
const goodCard = (): AdaptiveCard => structuredClone(renderAdaptiveCard(answer));
const goodSlack = (): SlackMessage => structuredClone(renderSlackMessage(answer));

describe("adaptiveCardProblems", () => {
  it("passes a rendered card", () => {
    expect(adaptiveCardProblems(goodCard())).toEqual([]);
  });

  it.each([
    ["unknown element", (c: AdaptiveCard) => c.body.push({ type: "Carousel" }), /schema|adaptivecards parse/],
    [
      "unknown property",
      (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", colour: "red" }),
      /schema/,
    ],
    ["bad enum", (c: AdaptiveCard) => c.body.push({ type: "TextBlock", text: "x", size: "huge" }), /schema/],
    [
      "string data",
      (c: AdaptiveCard) => c.actions?.push({ type: "Action.Submit", title: "x", data: "show" }),
      /not an object/,
    ],
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
