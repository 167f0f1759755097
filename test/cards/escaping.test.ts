// Text from notices and users must show literally and never ping anyone: Slack mrkdwn escaping
// and mention neutralising, and Adaptive Card markdown escaping, end to end through the renderers.
import { describe, expect, it } from "vitest";
import { renderAdaptiveCard, renderSlackMessage } from "../../src/cards/index.ts";
import { escapeMrkdwn, neutraliseMentions, safePlainText } from "../../src/cards/slack/mrkdwn.ts";
import { escapeCardMarkdown } from "../../src/cards/teams/markdown.ts";
import { answerAbout } from "../fixtures/answers.ts";
import { HOSTILE, hostile } from "../fixtures/oddVacancies.ts";

const WJ = "\u2060";

describe("Slack mrkdwn", () => {
  it("escapes &, < and >, which defuses every <!…> and <@…> mention", () => {
    expect(escapeMrkdwn("R&D <!channel> <!here> <@U012AB> <!subteam^S1|eng> a>b")).toBe(
      "R&amp;D &lt;!channel&gt; &lt;!here&gt; &lt;@U012AB&gt; &lt;!subteam^S1|eng&gt; a&gt;b",
    );
  });

  it("breaks bare @here, @channel and @everyone with an invisible word joiner", () => {
    expect(neutraliseMentions("hi @here and @Channel, @everyone!")).toBe(
      `hi @${WJ}here and @${WJ}Channel, @${WJ}everyone!`,
    );
    expect(neutraliseMentions("mail me at hr@heremail.org")).toBe("mail me at hr@heremail.org");
  });

  it("plain_text keeps & and < visible but breaks mention syntax", () => {
    expect(safePlainText("R&D <!channel> <@U1> <#C1> a < b")).toBe(
      `R&D <${WJ}!channel> <${WJ}@U1> <${WJ}#C1> a < b`,
    );
  });

  it("a hostile notice renders with no live mention anywhere in the message", () => {
    const json = JSON.stringify(
      renderSlackMessage(answerAbout([hostile], { intent: "details", text: HOSTILE })),
    );
    expect(json).not.toMatch(/<!channel>|<!here>|<@U|<!subteam/);
    expect(json).not.toMatch(/(?<!\\u2060|\u2060)@(here|channel|everyone)/);
    expect(json).toContain("&lt;!channel&gt;");
  });
});

describe("Adaptive Card markdown", () => {
  it("escapes emphasis, code and link markers", () => {
    expect(escapeCardMarkdown("*bold* _it_ ~s~ `c` [x](http://y)")).toBe(
      "\\*bold\\* \\_it\\_ \\~s\\~ \\`c\\` \\[x\\](http://y)",
    );
  });

  it("keeps lines that look like list items as plain lines", () => {
    expect(escapeCardMarkdown("- dash\n+ plus\n10. ten\n3) three\nnot - a list")).toBe(
      "\\- dash\n\\+ plus\n10\\. ten\n3\\) three\nnot - a list",
    );
  });

  it("escapes backslashes first, so text ending in one cannot swallow our own markup", () => {
    expect(escapeCardMarkdown("a\\")).toBe("a\\\\");
  });

  it("breaks {{DATE()}} functions", () => {
    expect(escapeCardMarkdown("{{DATE(2017-02-14T06:08:39Z, SHORT)}}")).toBe(
      "{\u200b{DATE(2017-02-14T06:08:39Z, SHORT)}}",
    );
  });

  it("a hostile notice shows its markup literally in the card", () => {
    const card = renderAdaptiveCard(answerAbout([hostile], { intent: "details" }));
    const title = card.body.find((e) => e.style === "heading");
    expect(title?.text).toBe(`<!channel> 🚀 @here Senior \\*Engineer\\* ÅÅÅ \\[click\\](https://x.example)`);
  });
});
