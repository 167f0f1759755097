// The Adaptive Card markdown subset (as Teams renders it) -> HTML for the local page.
import { describe, expect, it } from "vitest";
import { teamsMarkdownToHtml } from "../../../adapters/local/page/teams-markdown.ts";

describe("teamsMarkdownToHtml", () => {
  it("renders bold, italic and links", () => {
    expect(teamsMarkdownToHtml("**Deadline** _17 June_ [notice](https://x.org)")).toBe(
      '<p><b>Deadline</b> <i>17 June</i> <a href="https://x.org" target="_blank" rel="noopener noreferrer">notice</a></p>',
    );
  });

  it("renders bullet and numbered lists and paragraphs", () => {
    expect(teamsMarkdownToHtml("Essential:\n- degree\n- 5 years\n\n1. apply\n2. wait")).toBe(
      "<p>Essential:</p><ul><li>degree</li><li>5 years</li></ul><ol><li>apply</li><li>wait</li></ol>",
    );
  });

  it("escapes HTML and refuses script links", () => {
    expect(teamsMarkdownToHtml("<script>x</script> [a](javascript:alert(1))")).toBe(
      "<p>&lt;script&gt;x&lt;/script&gt; a</p>",
    );
  });
});
