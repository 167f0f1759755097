// Slack message markup -> the plain question the core expects: mentions of users (the bot
// included) are removed, channel and link markup become readable text, entities are decoded.
// https://docs.slack.dev/messaging/formatting-message-text#advanced

/** Turns the text of a mention or DM into a plain question. */
export function toPlainQuestion(text: string): string {
  return text
    .replace(/<@[UW][A-Z0-9]+(?:\|[^>]*)?>/g, " ")
    .replace(/<!(?:here|channel|everyone)(?:\|[^>]*)?>/g, " ")
    .replace(/<!subteam\^[A-Z0-9]+(?:\|([^>]*))?>/g, (_m, label?: string) => ` ${label ?? ""} `)
    .replace(/<#[CG][A-Z0-9]+\|([^>]*)>/g, (_m, name: string) => `#${name}`)
    .replace(/<#[CG][A-Z0-9]+>/g, " ")
    .replace(/<((?:https?|mailto):[^|>]+)\|([^>]+)>/g, (_m, _url: string, label: string) => label)
    .replace(/<((?:https?|mailto):[^>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Slack message markup -> notice text, keeping its lines: auto-linked URLs and e-mail addresses
 * become their visible text and entities are decoded; whitespace is left alone (the parser
 * reads the layout).
 */
export function toPlainNotice(text: string): string {
  return text
    .replace(/<((?:https?|mailto|tel):[^|>]+)\|([^>]+)>/g, (_m, _url: string, label: string) => label)
    .replace(/<((?:https?|mailto|tel):[^>]+)>/g, (_m, url: string) => url)
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** "post vacancy" at the start of a DM, then the notice (same message). */
const POST_VACANCY_PREFIX = /^\s*post\s+(?:a\s+)?vacancy\b[\s:.-]*/i;

/** The notice after a leading "post vacancy", or null when the message is not one. */
export function readPostVacancyMessage(text: string): string | null {
  const match = POST_VACANCY_PREFIX.exec(text);
  return match ? text.slice(match[0].length) : null;
}
