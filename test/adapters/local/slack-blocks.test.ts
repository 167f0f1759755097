// Block Kit -> HTML for the local page's Slack preview: each block type the bot sends.
import { describe, expect, it } from "vitest";
import { renderSlackMessageHtml } from "../../../adapters/local/page/slack-blocks.ts";

describe("renderSlackMessageHtml", () => {
  it("renders header, section text and fields, context, divider and action buttons", () => {
    const html = renderSlackMessageHtml({
      text: "fallback",
      blocks: [
        { type: "header", text: { type: "plain_text", text: "Network Technician <3 posts>" } },
        {
          type: "section",
          text: { type: "mrkdwn", text: "*Open*, closes in 12 days" },
          fields: [
            { type: "mrkdwn", text: "*Location*\nBrussels" },
            { type: "plain_text", text: "B5" },
          ],
        },
        { type: "divider" },
        { type: "context", elements: [{ type: "mrkdwn", text: "Source: _notice_" }] },
        {
          type: "actions",
          elements: [
            {
              type: "button",
              action_id: "show_requirements",
              style: "primary",
              text: { type: "plain_text", text: "Requirements" },
              value: JSON.stringify({ kind: "show", vacancyId: "net-tech", focus: "requirements" }),
            },
            {
              type: "button",
              action_id: "open",
              text: { type: "plain_text", text: "Notice" },
              url: "https://x.org",
            },
          ],
        },
      ],
    });
    expect(html).toContain('<div class="sk-block sk-header">Network Technician &lt;3 posts&gt;</div>');
    expect(html).toContain("<b>Open</b>, closes in 12 days");
    expect(html).toContain('<div class="sk-field"><b>Location</b><br>Brussels</div>');
    expect(html).toContain('<div class="sk-field">B5</div>');
    expect(html).toContain('<hr class="sk-block sk-divider">');
    expect(html).toContain('<span class="sk-context-text">Source: <i>notice</i></span>');
    expect(html).toContain('class="sk-button sk-button-primary"');
    expect(html).toContain(
      'data-value="{&quot;kind&quot;:&quot;show&quot;,&quot;vacancyId&quot;:&quot;net-tech&quot;,&quot;focus&quot;:&quot;requirements&quot;}"',
    );
    expect(html).toContain('data-url="https://x.org"');
  });

  it("falls back to the notification text when there are no blocks", () => {
    expect(renderSlackMessageHtml({ text: "*No* match", blocks: [] })).toBe(
      '<div class="sk-block sk-section"><b>No</b> match</div>',
    );
  });

  it("renders rich_text lists with styled runs", () => {
    const html = renderSlackMessageHtml({
      blocks: [
        {
          type: "rich_text",
          elements: [
            {
              type: "rich_text_list",
              style: "bullet",
              elements: [
                {
                  type: "rich_text_section",
                  elements: [{ type: "text", text: "degree", style: { bold: true } }],
                },
              ],
            },
          ],
        },
      ],
    });
    expect(html).toContain("<li><b>degree</b></li>");
  });

  it("names block types it does not preview instead of dropping them silently", () => {
    expect(renderSlackMessageHtml({ blocks: [{ type: "video" }] })).toContain("“video” is not previewed");
  });
});
