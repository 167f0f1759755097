// Text that came from notices or users, made safe for Slack mrkdwn: the reserved characters
// &, <, > are escaped (which also defuses <!channel>, <!here>, <@U…> and <!subteam^…>), and bare
// @here / @channel / @everyone are broken with a word joiner so they can never ping anyone.
// https://api.slack.com/reference/surfaces/formatting#escaping

/** U+2060 WORD JOINER: invisible, but stops Slack from reading "@here" as a mention. */
const WORD_JOINER = "\u2060";

const BROADCAST_MENTION = /@(here|channel|everyone)\b/gi;

/** Neutralises broadcast mentions written as plain words (also needed in plain_text fields). */
export function neutraliseMentions(text: string): string {
  // Most card text has no "@": skip the regex (a card escapes dozens of strings).
  return text.includes("@") ? text.replace(BROADCAST_MENTION, `@${WORD_JOINER}$1`) : text;
}

const RESERVED = /[&<>]/;

/** Escapes untrusted text for a mrkdwn field. */
export function escapeMrkdwn(text: string): string {
  const escaped = RESERVED.test(text)
    ? text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
    : text;
  return neutraliseMentions(escaped);
}

/**
 * Untrusted text for a plain_text field (headers, buttons). Slack does not parse mentions there,
 * but the text may be copied or reused as mrkdwn: mention syntax is broken as well.
 */
export function safePlainText(text: string): string {
  return neutraliseMentions(text.replace(/<([!@#])/g, `<${WORD_JOINER}$1`));
}

/** Bold label in mrkdwn; the label is escaped. */
export function bold(text: string): string {
  return `*${escapeMrkdwn(text)}*`;
}
