// HTML escaping and safe links for the page's string renderers (Slack preview, Teams markdown).
// Every piece of vacancy text goes through `escapeHtml`: notices are pasted by people.

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&#39;",
};

/** Escapes text for use in HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Only web and mail links become anchors; anything else (javascript:, data:) stays text. */
export function isSafeUrl(url: string): boolean {
  return /^(https?:\/\/|mailto:)/i.test(url.trim());
}

/** An anchor that opens in a new tab, or the escaped label alone when the URL is not safe. */
export function linkHtml(url: string, labelHtml: string): string {
  if (!isSafeUrl(url)) return labelHtml;
  return `<a href="${escapeHtml(url.trim())}" target="_blank" rel="noopener noreferrer">${labelHtml}</a>`;
}
