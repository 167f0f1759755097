// Shortening text to a platform limit without breaking it: never splits a surrogate pair
// (emoji) and always marks the cut with "…".

export const ELLIPSIS = "…";

/**
 * Returns `text` unchanged when it fits in `max` UTF-16 code units, else a prefix ending in "…"
 * that fits. Code units, not code points, because they are never fewer, so the result is within
 * any limit a platform counts either way.
 */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - ELLIPSIS.length;
  // Do not leave half of a surrogate pair behind.
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end -= 1;
  return `${text.slice(0, Math.max(0, end)).trimEnd()}${ELLIPSIS}`;
}

/** Collapses runs of whitespace (notice text is full of them) into single spaces. */
export function squashWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
