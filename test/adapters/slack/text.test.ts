// Slack markup -> plain question.
import { describe, expect, it } from "vitest";
import { toPlainQuestion } from "../../../adapters/slack/text.ts";

describe("toPlainQuestion", () => {
  it.each([
    ["<@U0BOT123> when does the TSCM post close?", "when does the TSCM post close?"],
    ["<@U0BOT123|vacancy-bot>   deadline   for <#C0123|jobs>", "deadline for #jobs"],
    ["<@W0BOT123> what about <https://example.org/job|this job> &amp; that?", "what about this job & that?"],
    ["<!here> <@U0BOT123> open posts &lt;Brussels&gt;", "open posts <Brussels>"],
    ["see <https://example.org/a>", "see https://example.org/a"],
    ["<@U0BOT123>", ""],
  ])("%j -> %j", (input, expected) => {
    expect(toPlainQuestion(input)).toBe(expected);
  });
});
