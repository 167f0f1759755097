// The Block Kit limits, tested at their boundaries: exactly at a limit passes untouched, one over
// is cut (or dropped, for payloads that must not be cut) and the checker reports it.
import { describe, expect, it } from "vitest";
import { clampText } from "../../src/cards/clampText.ts";
import {
  ACTION_ID_MAX_CHARS,
  ACTIONS_MAX_ELEMENTS,
  type Block,
  BUTTON_TEXT_MAX_CHARS,
  BUTTON_VALUE_MAX_CHARS,
  type ButtonElement,
  CONTEXT_MAX_ELEMENTS,
  enforceSlackLimits,
  FIELD_TEXT_MAX_CHARS,
  findSlackLimitViolations,
  HEADER_TEXT_MAX_CHARS,
  MESSAGE_MAX_BLOCKS,
  MESSAGE_TEXT_BUDGET_CHARS,
  messageTextLength,
  SECTION_MAX_FIELDS,
  SECTION_TEXT_MAX_CHARS,
} from "../../src/cards/slack/limits.ts";

const mrkdwn = (text: string) => ({ type: "mrkdwn" as const, text });
const plain = (text: string) => ({ type: "plain_text" as const, text });
const button = (over: Partial<ButtonElement> = {}): ButtonElement => ({
  type: "button",
  text: plain("Go"),
  action_id: "vacancy:show:overview",
  value: "{}",
  ...over,
});
const message = (blocks: Block[]) => ({ text: "fallback", blocks });
const enforce = (block: Block) => enforceSlackLimits(message([block])).blocks[0];

describe("clampText", () => {
  it("keeps text at the limit and cuts one over with an ellipsis", () => {
    expect(clampText("abcde", 5)).toBe("abcde");
    expect(clampText("abcdef", 5)).toBe("abcd…");
    expect(clampText("abcdef", 5)).toHaveLength(5);
  });

  it("never splits an emoji's surrogate pair", () => {
    const cut = clampText("🚀🚀🚀", 4);
    expect(cut).toBe("🚀…");
    expect(cut.length).toBeLessThanOrEqual(4);
  });
});

describe("enforceSlackLimits", () => {
  it("header: 150 chars pass, 151 are cut to 150", () => {
    const at = { type: "header" as const, text: plain("h".repeat(HEADER_TEXT_MAX_CHARS)) };
    expect(enforce(at)).toEqual(at);
    const over = enforce({ type: "header", text: plain("h".repeat(HEADER_TEXT_MAX_CHARS + 1)) });
    expect(over?.type === "header" && over.text.text).toHaveLength(HEADER_TEXT_MAX_CHARS);
    expect(over?.type === "header" && over.text.text.endsWith("…")).toBe(true);
  });

  it("section text: 3000 chars pass, 3001 are cut to 3000 without leaving half an entity", () => {
    const at = { type: "section" as const, text: mrkdwn("s".repeat(SECTION_TEXT_MAX_CHARS)) };
    expect(enforce(at)).toEqual(at);
    const over = enforce({
      type: "section",
      text: mrkdwn(`${"s".repeat(SECTION_TEXT_MAX_CHARS - 3)}&amp;x`),
    });
    const text = over?.type === "section" ? over.text?.text : undefined;
    expect(text?.length).toBeLessThanOrEqual(SECTION_TEXT_MAX_CHARS);
    expect(text?.endsWith("s…")).toBe(true);
  });

  it("fields: 10 pass and an 11th is dropped; 2000 chars pass and 2001 are cut", () => {
    const ten = Array.from({ length: SECTION_MAX_FIELDS }, (_, i) => mrkdwn(`field ${i}`));
    const at = { type: "section" as const, fields: ten };
    expect(enforce(at)).toEqual(at);
    const eleven = enforce({ type: "section", fields: [...ten, mrkdwn("x")] });
    expect(eleven?.type === "section" && eleven.fields).toHaveLength(SECTION_MAX_FIELDS);
    const full = { type: "section" as const, fields: [mrkdwn("f".repeat(FIELD_TEXT_MAX_CHARS))] };
    expect(enforce(full)).toEqual(full);
    const over = enforce({ type: "section", fields: [mrkdwn("f".repeat(FIELD_TEXT_MAX_CHARS + 1))] });
    expect(over?.type === "section" && over.fields?.[0]?.text).toHaveLength(FIELD_TEXT_MAX_CHARS);
  });

  it("total text: 10,000 characters pass; one more and the content is cut to fit, keeping the buttons", () => {
    const tail: Block[] = [{ type: "actions", elements: [button({ text: plain("B"), value: "V" })] }];
    const sections = (chars: number): Block[] =>
      Array.from({ length: chars / 2_000 }, () => ({ type: "section", text: mrkdwn("t".repeat(2_000)) }));
    const atBudget = message([
      ...sections(MESSAGE_TEXT_BUDGET_CHARS - 2_000),
      { type: "section", text: mrkdwn("t".repeat(1_998)) },
      ...tail,
    ]);
    expect(messageTextLength(atBudget.blocks)).toBe(MESSAGE_TEXT_BUDGET_CHARS);
    expect(enforceSlackLimits(atBudget)).toEqual(atBudget);
    const over = message([...sections(MESSAGE_TEXT_BUDGET_CHARS), ...tail]);
    const out = enforceSlackLimits(over).blocks;
    expect(messageTextLength(out)).toBeLessThanOrEqual(MESSAGE_TEXT_BUDGET_CHARS);
    expect(out.at(-1)).toEqual(tail[0]);
    expect(JSON.stringify(out.at(-2))).toContain("did not fit");
    expect(JSON.stringify(out.at(-3))).toContain("t…");
    expect(findSlackLimitViolations(message(out))).toEqual([]);
  });

  it("buttons: text 75 passes, 76 is cut; oversize action_id or value drops the button", () => {
    const ok = button({ text: plain("b".repeat(BUTTON_TEXT_MAX_CHARS)) });
    const longText = button({ text: plain("b".repeat(BUTTON_TEXT_MAX_CHARS + 1)), action_id: "vacancy:a" });
    const longId = button({ action_id: "v".repeat(ACTION_ID_MAX_CHARS + 1) });
    const longValue = button({ action_id: "vacancy:b", value: "v".repeat(BUTTON_VALUE_MAX_CHARS + 1) });
    const atLimits = button({
      action_id: "v".repeat(ACTION_ID_MAX_CHARS),
      value: "v".repeat(BUTTON_VALUE_MAX_CHARS),
    });
    const out = enforce({ type: "actions", elements: [ok, longText, longId, longValue, atLimits] });
    const elements = out?.type === "actions" ? out.elements : [];
    expect(elements.map((b) => b.action_id)).toEqual([ok.action_id, "vacancy:a", atLimits.action_id]);
    expect(elements[1]?.text.text).toHaveLength(BUTTON_TEXT_MAX_CHARS);
  });

  it("actions: 25 elements pass, the 26th is dropped; context: 10 pass, the 11th is dropped", () => {
    const buttons = Array.from({ length: ACTIONS_MAX_ELEMENTS + 1 }, (_, i) =>
      button({ action_id: `ask:${i}` }),
    );
    const actions = enforce({ type: "actions", elements: buttons });
    expect(actions?.type === "actions" && actions.elements).toHaveLength(ACTIONS_MAX_ELEMENTS);
    const elements = Array.from({ length: CONTEXT_MAX_ELEMENTS + 1 }, (_, i) => mrkdwn(`c${i}`));
    const context = enforce({ type: "context", elements });
    expect(context?.type === "context" && context.elements).toHaveLength(CONTEXT_MAX_ELEMENTS);
  });

  it("blocks: 50 pass; 51 become 50 with a cut notice, keeping the trailing context and actions", () => {
    const sections = (n: number): Block[] =>
      Array.from({ length: n }, (_, i) => ({ type: "section", text: mrkdwn(`s${i}`) }));
    const fifty = message(sections(MESSAGE_MAX_BLOCKS));
    expect(enforceSlackLimits(fifty)).toEqual(fifty);
    const tail: Block[] = [
      { type: "context", elements: [mrkdwn("source")] },
      { type: "actions", elements: [button()] },
    ];
    const out = enforceSlackLimits(message([...sections(MESSAGE_MAX_BLOCKS), ...tail])).blocks;
    expect(out).toHaveLength(MESSAGE_MAX_BLOCKS);
    expect(out.slice(-2)).toEqual(tail);
    expect(JSON.stringify(out.at(-3))).toContain("did not fit");
    expect(findSlackLimitViolations({ text: "t", blocks: out })).toEqual([]);
  });

  it("an empty fallback text becomes a space rather than an invalid message", () => {
    expect(enforceSlackLimits({ text: "", blocks: [] }).text).toBe(" ");
  });
});

describe("findSlackLimitViolations", () => {
  it("reports every limit that is broken and nothing for a valid message", () => {
    expect(findSlackLimitViolations(message([{ type: "section", text: mrkdwn("ok") }]))).toEqual([]);
    const bad: Block[] = [
      { type: "header", text: plain("h".repeat(HEADER_TEXT_MAX_CHARS + 1)) },
      { type: "section", text: mrkdwn("s".repeat(SECTION_TEXT_MAX_CHARS + 1)) },
      { type: "section", fields: Array.from({ length: SECTION_MAX_FIELDS + 1 }, () => mrkdwn("f")) },
      { type: "actions", elements: [button(), button()] },
      { type: "actions", elements: [button({ text: plain("b".repeat(BUTTON_TEXT_MAX_CHARS + 1)) })] },
      ...Array.from({ length: MESSAGE_MAX_BLOCKS }, (): Block => ({ type: "divider" })),
    ];
    const problems = findSlackLimitViolations(message(bad)).join("\n");
    expect(problems).toContain("header");
    expect(problems).toContain(`> ${SECTION_TEXT_MAX_CHARS} chars`);
    expect(problems).toContain(`more than ${SECTION_MAX_FIELDS} fields`);
    expect(problems).toContain("duplicate action_id");
    expect(problems).toContain(`> ${BUTTON_TEXT_MAX_CHARS} chars`);
    expect(problems).toContain(`> ${MESSAGE_MAX_BLOCKS}`);
  });
});
