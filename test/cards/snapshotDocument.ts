// One readable Markdown document per answer for file snapshots: plain text, Slack, Teams.
import type { Answer } from "../../src/answer/model.ts";
import {
  type RenderOptions,
  renderAdaptiveCard,
  renderPlainText,
  renderSlackMessage,
} from "../../src/cards/index.ts";

/** The three renderings of an answer, fenced, under a title. */
export function snapshotDocument(title: string, answer: Answer, options: RenderOptions): string {
  const fence = (lang: string, body: string) => `\`\`\`${lang}\n${body.trimEnd()}\n\`\`\``;
  return [
    `# ${title}`,
    "",
    `Answer: intent \`${answer.intent}\`, focus \`${answer.focus}\`, as of ${answer.asOf}; options \`${JSON.stringify(options)}\``,
    "",
    "## Plain text",
    "",
    fence("text", renderPlainText(answer, options)),
    "",
    "## Slack (Block Kit)",
    "",
    fence("json", JSON.stringify(renderSlackMessage(answer, options), null, 2)),
    "",
    "## Teams (Adaptive Card 1.5)",
    "",
    fence("json", JSON.stringify(renderAdaptiveCard(answer, options), null, 2)),
    "",
  ].join("\n");
}
