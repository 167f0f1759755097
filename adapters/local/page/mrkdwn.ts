// Slack mrkdwn -> HTML, as Slack displays it: *bold*, _italic_, ~strike~, `code`, ```blocks```,
// > quotes, <url|links>, <@mentions>, :emoji: and bullet lines. https://api.slack.com/reference/surfaces/formatting
import { escapeHtml, linkHtml } from "./html.ts";

/** Shortcodes the bot's cards are likely to use; others stay as typed, like Slack without the emoji. */
const EMOJI: Record<string, string> = {
  calendar: "📆",
  date: "📅",
  spiral_calendar_pad: "🗓️",
  alarm_clock: "⏰",
  hourglass: "⌛",
  hourglass_flowing_sand: "⏳",
  white_check_mark: "✅",
  heavy_check_mark: "✔️",
  x: "❌",
  no_entry: "⛔",
  no_entry_sign: "🚫",
  warning: "⚠️",
  information_source: "ℹ️",
  briefcase: "💼",
  office: "🏢",
  round_pushpin: "📍",
  pushpin: "📌",
  earth_africa: "🌍",
  moneybag: "💰",
  money_with_wings: "💸",
  busts_in_silhouette: "👥",
  bust_in_silhouette: "👤",
  clipboard: "📋",
  memo: "📝",
  page_facing_up: "📄",
  scroll: "📜",
  mortar_board: "🎓",
  books: "📚",
  speech_balloon: "💬",
  mag: "🔍",
  mag_right: "🔎",
  link: "🔗",
  star: "⭐",
  sparkles: "✨",
  red_circle: "🔴",
  large_green_circle: "🟢",
  large_yellow_circle: "🟡",
  large_blue_circle: "🔵",
  white_circle: "⚪",
  black_circle: "⚫",
  green_circle: "🟢",
  yellow_circle: "🟡",
  lock: "🔒",
  globe_with_meridians: "🌐",
  handshake: "🤝",
  wave: "👋",
  bulb: "💡",
  point_right: "👉",
  tada: "🎉",
  construction: "🚧",
  question: "❓",
  grey_question: "❔",
  file_folder: "📁",
  envelope: "✉️",
  email: "📧",
  telephone_receiver: "📞",
  bar_chart: "📊",
  gear: "⚙️",
  hammer_and_wrench: "🛠️",
  shield: "🛡️",
  flag_be: "🇧🇪",
};

/** Replaces :shortcode: with its emoji when known. */
export function emojify(text: string): string {
  return text.replace(/:([a-z0-9_+-]+):/g, (all, name: string) => EMOJI[name] ?? all);
}

/** Slack escapes &, < and > in message text; undo that before escaping for HTML. */
function decodeSlackEntities(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Renders one `<…>` token: links, user/channel mentions and special mentions. */
function angleToken(inner: string): string {
  const [target = "", label] = splitOnce(inner, "|");
  if (target.startsWith("@"))
    return `<span class="sk-mention">@${escapeHtml(label ?? target.slice(1))}</span>`;
  if (target.startsWith("#"))
    return `<span class="sk-mention">#${escapeHtml(label ?? target.slice(1))}</span>`;
  if (target.startsWith("!")) {
    const name = target.slice(1).split("^")[0] ?? "";
    return `<span class="sk-mention">@${escapeHtml(label ?? name)}</span>`;
  }
  const text = label ?? target.replace(/^mailto:/, "");
  return linkHtml(decodeSlackEntities(target), escapeHtml(decodeSlackEntities(text)));
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

// Slack formats a *span* only when the markers sit on word boundaries.
const BEFORE = "(^|[\\s([{\"'.,;:!?/—–-])";
const AFTER = "(?=$|[\\s)\\]}\"'.,;:!?/—–-])";
const span = (marker: string) =>
  new RegExp(`${BEFORE}\\${marker}(?=\\S)([^\\${marker}\\n]*?\\S)\\${marker}${AFTER}`, "g");
const BOLD = span("*");
const ITALIC = span("_");
const STRIKE = span("~");

/** Inline formatting of one line (no newlines). */
export function inlineMrkdwn(line: string): string {
  // Tokens that must not be formatted further are swapped for placeholders first.
  const held: string[] = [];
  const hold = (html: string) => `\uE000${held.push(html) - 1}\uE000`;
  let text = line.replace(/`([^`\n]+)`/g, (_all, code: string) =>
    hold(`<code>${escapeHtml(decodeSlackEntities(code))}</code>`),
  );
  text = text.replace(/<([^<>\s][^<>]*)>/g, (_all, inner: string) => hold(angleToken(inner)));
  text = escapeHtml(emojify(decodeSlackEntities(text)));
  text = text.replace(BOLD, "$1<b>$2</b>").replace(ITALIC, "$1<i>$2</i>").replace(STRIKE, "$1<s>$2</s>");
  return text.replace(/\uE000(\d+)\uE000/g, (_all, n: string) => held[Number(n)] ?? "");
}

const BULLET = /^\s*([•◦▪‣·]|-|\*(?=\s))\s+/;
const NUMBERED = /^\s*(\d{1,3})[.)]\s+/;

/** A whole mrkdwn text: code blocks, quotes, bullet and numbered lists, line breaks. */
export function mrkdwnToHtml(text: string): string {
  const out: string[] = [];
  const parts = text.split("```");
  parts.forEach((part, i) => {
    // Odd parts sit between ``` fences; an unclosed fence is shown as typed.
    if (i % 2 === 1 && i < parts.length - 1) {
      out.push(`<pre class="sk-pre">${escapeHtml(decodeSlackEntities(part.replace(/^\n|\n$/g, "")))}</pre>`);
    } else {
      out.push(linesToHtml(i % 2 === 1 ? `\`\`\`${part}` : part));
    }
  });
  return out.join("");
}

function linesToHtml(text: string): string {
  // Each line becomes a block (list, quote) or an inline line; inline lines are joined with <br>,
  // so a blank line between paragraphs shows as one, as in Slack.
  const parts: { block: boolean; html: string }[] = [];
  let list = null as { kind: "ul" | "ol"; items: string[] } | null;
  let quote = null as string[] | null;
  const flush = () => {
    if (list) {
      const items = list.items.map((li) => `<li>${li}</li>`).join("");
      parts.push({ block: true, html: `<${list.kind} class="sk-list">${items}</${list.kind}>` });
    }
    if (quote)
      parts.push({ block: true, html: `<blockquote class="sk-quote">${quote.join("<br>")}</blockquote>` });
    list = null;
    quote = null;
  };
  for (const line of text.split("\n")) {
    const quoted = /^(&gt;|>)\s?/.exec(line);
    const marker = BULLET.exec(line) ?? NUMBERED.exec(line);
    if (quoted) {
      if (list) flush();
      quote ??= [];
      quote.push(inlineMrkdwn(line.slice(quoted[0].length)));
    } else if (marker) {
      const kind = BULLET.test(line) ? "ul" : "ol";
      if (quote || (list && list.kind !== kind)) flush();
      list ??= { kind, items: [] };
      list.items.push(inlineMrkdwn(line.slice(marker[0].length)));
    } else {
      flush();
      parts.push({ block: false, html: inlineMrkdwn(line) });
    }
  }
  flush();
  // Blank lines at the edges or next to a list/quote add nothing visible in Slack.
  const kept = parts.filter(
    (p, i) =>
      p.block ||
      p.html !== "" ||
      (!parts[i - 1]?.block && !parts[i + 1]?.block && i > 0 && i < parts.length - 1),
  );
  let html = "";
  kept.forEach((part, i) => {
    const previous = kept[i - 1];
    if (previous && !previous.block && !part.block) html += "<br>";
    html += part.html;
  });
  return html;
}

/** plain_text objects: escaped, emoji shortcodes rendered when `emoji` is not false. */
export function plainTextToHtml(text: string, emoji = true): string {
  const escaped = escapeHtml(emoji ? emojify(text) : text);
  return escaped.replace(/\n/g, "<br>");
}
