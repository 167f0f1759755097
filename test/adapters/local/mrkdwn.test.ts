// Slack mrkdwn -> HTML for the local page's Slack preview: formatting, links, lists, and escaping.
import { describe, expect, it } from "vitest";
import { inlineMrkdwn, mrkdwnToHtml } from "../../../adapters/local/page/mrkdwn.ts";

describe("inlineMrkdwn", () => {
  it("renders bold, italic, strike and code on word boundaries", () => {
    expect(inlineMrkdwn("*Deadline:* _17 June 2024_ ~old~ `A2`")).toBe(
      "<b>Deadline:</b> <i>17 June 2024</i> <s>old</s> <code>A2</code>",
    );
  });

  it("leaves markers inside words and lone asterisks alone", () => {
    expect(inlineMrkdwn("snake_case_name and 2 * 3 * 4")).toBe("snake_case_name and 2 * 3 * 4");
  });

  it("turns <url|text> into a link that opens in a new tab", () => {
    expect(inlineMrkdwn("See <https://example.org/a?b=1&amp;c=2|the notice>.")).toBe(
      'See <a href="https://example.org/a?b=1&amp;c=2" target="_blank" rel="noopener noreferrer">the notice</a>.',
    );
  });

  it("formats a link inside bold text", () => {
    expect(inlineMrkdwn("*<https://x.org|Apply>*")).toBe(
      '<b><a href="https://x.org" target="_blank" rel="noopener noreferrer">Apply</a></b>',
    );
  });

  it("never turns a javascript: link into an anchor", () => {
    expect(inlineMrkdwn("<javascript:alert(1)|click>")).toBe("click");
  });

  it("escapes HTML typed in a notice, whether Slack-escaped or raw", () => {
    expect(inlineMrkdwn("&lt;img src=x onerror=alert(1)&gt; & <b")).toBe(
      "&lt;img src=x onerror=alert(1)&gt; &amp; &lt;b",
    );
  });

  it("renders mentions and known emoji shortcodes", () => {
    expect(inlineMrkdwn("<@U123> :white_check_mark: :not_an_emoji:")).toBe(
      '<span class="sk-mention">@U123</span> ✅ :not_an_emoji:',
    );
  });
});

describe("mrkdwnToHtml", () => {
  it("groups bullet lines into a list and keeps line breaks", () => {
    expect(mrkdwnToHtml("*Essential*\n• A degree\n• 5 years\nApply now")).toBe(
      '<b>Essential</b><ul class="sk-list"><li>A degree</li><li>5 years</li></ul>Apply now',
    );
  });

  it("renders numbered lists, quotes and code blocks", () => {
    expect(mrkdwnToHtml("1. first\n2. second")).toBe(
      '<ol class="sk-list"><li>first</li><li>second</li></ol>',
    );
    expect(mrkdwnToHtml("&gt; quoted *text*")).toBe(
      '<blockquote class="sk-quote">quoted <b>text</b></blockquote>',
    );
    expect(mrkdwnToHtml("```a *b* <c>```")).toBe('<pre class="sk-pre">a *b* &lt;c&gt;</pre>');
  });

  it("joins plain lines with <br>", () => {
    expect(mrkdwnToHtml("one\ntwo")).toBe("one<br>two");
    expect(mrkdwnToHtml("one\n\ntwo\n")).toBe("one<br><br>two");
  });
});
