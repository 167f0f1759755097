// Slack Block Kit -> HTML that looks like Slack's own rendering of the message, so the local page
// previews exactly the blocks the bot sends. https://api.slack.com/reference/block-kit/blocks
// Buttons carry their `value` (our CardAction JSON) in data-value; the page handles the clicks.
import { escapeHtml, linkHtml } from "./html.ts";
import { emojify, mrkdwnToHtml, plainTextToHtml } from "./mrkdwn.ts";

// Block Kit JSON is loosely typed on purpose: the preview must show whatever the renderer sends.
type Json = Record<string, unknown>;

const str = (v: unknown): string => (typeof v === "string" ? v : "");
const arr = (v: unknown): Json[] =>
  Array.isArray(v) ? (v.filter((x) => x && typeof x === "object") as Json[]) : [];
const obj = (v: unknown): Json | null =>
  v && typeof v === "object" && !Array.isArray(v) ? (v as Json) : null;

/** A composition text object (plain_text or mrkdwn). */
export function textObjectToHtml(value: unknown): string {
  const text = obj(value);
  if (!text) return "";
  if (text.type === "mrkdwn") return mrkdwnToHtml(str(text.text));
  return plainTextToHtml(str(text.text), text.emoji !== false);
}

/** Renders a whole message: the blocks, or the notification text when there are none. */
export function renderSlackMessageHtml(message: { text?: string; blocks?: unknown[] }): string {
  const blocks = arr(message.blocks);
  if (blocks.length === 0)
    return `<div class="sk-block sk-section">${mrkdwnToHtml(message.text ?? "")}</div>`;
  return blocks.map(renderBlock).join("");
}

function renderBlock(block: Json): string {
  switch (block.type) {
    case "header":
      return `<div class="sk-block sk-header">${textObjectToHtml(block.text)}</div>`;
    case "section":
      return renderSection(block);
    case "context":
      return `<div class="sk-block sk-context">${arr(block.elements).map(renderContextElement).join("")}</div>`;
    case "actions":
      return `<div class="sk-block sk-actions">${arr(block.elements).map(renderElement).join("")}</div>`;
    case "divider":
      return `<hr class="sk-block sk-divider">`;
    case "image":
      return `<figure class="sk-block sk-image">${block.title ? `<figcaption>${textObjectToHtml(block.title)}</figcaption>` : ""}${imageHtml(block)}</figure>`;
    case "rich_text":
      return `<div class="sk-block sk-rich">${arr(block.elements).map(renderRichElement).join("")}</div>`;
    default:
      return `<div class="sk-block sk-unsupported">Block type “${escapeHtml(str(block.type))}” is not previewed here.</div>`;
  }
}

function renderSection(block: Json): string {
  const text = block.text ? `<div class="sk-text">${textObjectToHtml(block.text)}</div>` : "";
  const fields = arr(block.fields);
  const fieldsHtml = fields.length
    ? `<div class="sk-fields">${fields.map((f) => `<div class="sk-field">${textObjectToHtml(f)}</div>`).join("")}</div>`
    : "";
  const accessory = obj(block.accessory);
  const accessoryHtml = accessory ? `<div class="sk-accessory">${renderElement(accessory)}</div>` : "";
  return `<div class="sk-block sk-section${accessory ? " sk-has-accessory" : ""}"><div class="sk-section-main">${text}${fieldsHtml}</div>${accessoryHtml}</div>`;
}

function renderContextElement(element: Json): string {
  if (element.type === "image") return imageHtml(element, "sk-context-image");
  return `<span class="sk-context-text">${textObjectToHtml(element)}</span>`;
}

function imageHtml(element: Json, className = "sk-img"): string {
  const url = str(element.image_url);
  if (!/^https?:\/\/|^data:image\//.test(url)) return "";
  return `<img class="${className}" src="${escapeHtml(url)}" alt="${escapeHtml(str(element.alt_text))}">`;
}

/** Interactive elements: buttons are live; menus and pickers are shown, not interactive. */
function renderElement(element: Json): string {
  switch (element.type) {
    case "button": {
      const style =
        element.style === "primary" || element.style === "danger" ? ` sk-button-${element.style}` : "";
      const url = str(element.url);
      const attrs = [
        `class="sk-button${style}"`,
        `type="button"`,
        `data-action-id="${escapeHtml(str(element.action_id))}"`,
        element.value !== undefined ? `data-value="${escapeHtml(str(element.value))}"` : "",
        url ? `data-url="${escapeHtml(url)}"` : "",
      ].filter(Boolean);
      return `<button ${attrs.join(" ")}>${textObjectToHtml(element.text)}${url ? ' <span class="sk-external">↗</span>' : ""}</button>`;
    }
    case "overflow":
      return `<button class="sk-button sk-overflow" type="button" disabled aria-label="More actions">⋯</button>`;
    case "static_select":
    case "external_select":
    case "users_select":
    case "conversations_select":
    case "channels_select":
      return `<span class="sk-select">${textObjectToHtml(element.placeholder) || "Select"} ▾</span>`;
    case "datepicker":
      return `<span class="sk-select">📅 ${escapeHtml(str(element.initial_date) || "Pick a date")}</span>`;
    case "image":
      return imageHtml(element, "sk-accessory-image");
    default:
      return `<span class="sk-unsupported">${escapeHtml(str(element.type))}</span>`;
  }
}

/** rich_text blocks: sections, lists, quotes and preformatted text with styled runs. */
function renderRichElement(element: Json): string {
  const runs = () => arr(element.elements).map(renderRichRun).join("");
  switch (element.type) {
    case "rich_text_section":
      return `<div class="sk-rich-section">${runs()}</div>`;
    case "rich_text_list": {
      const tag = element.style === "ordered" ? "ol" : "ul";
      const items = arr(element.elements).map(
        (item) => `<li>${arr(item.elements).map(renderRichRun).join("")}</li>`,
      );
      return `<${tag} class="sk-list" style="margin-left:${Number(element.indent ?? 0) * 22}px">${items.join("")}</${tag}>`;
    }
    case "rich_text_quote":
      return `<blockquote class="sk-quote">${runs()}</blockquote>`;
    case "rich_text_preformatted":
      return `<pre class="sk-pre">${runs()}</pre>`;
    default:
      return "";
  }
}

function renderRichRun(run: Json): string {
  let html: string;
  switch (run.type) {
    case "text":
      html = escapeHtml(str(run.text)).replace(/\n/g, "<br>");
      break;
    case "link":
      html = linkHtml(str(run.url), escapeHtml(str(run.text) || str(run.url)));
      break;
    case "emoji":
      html = escapeHtml(emojify(`:${str(run.name)}:`));
      break;
    case "user":
      html = `<span class="sk-mention">@${escapeHtml(str(run.user_id))}</span>`;
      break;
    case "channel":
      html = `<span class="sk-mention">#${escapeHtml(str(run.channel_id))}</span>`;
      break;
    case "broadcast":
      html = `<span class="sk-mention">@${escapeHtml(str(run.range))}</span>`;
      break;
    default:
      html = "";
  }
  const style = obj(run.style);
  if (style?.code) html = `<code>${html}</code>`;
  if (style?.bold) html = `<b>${html}</b>`;
  if (style?.italic) html = `<i>${html}</i>`;
  if (style?.strike) html = `<s>${html}</s>`;
  return html;
}
