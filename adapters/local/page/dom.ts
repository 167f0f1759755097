// A tiny element builder for the page (no framework): attributes, children, and text nodes
// for strings, so data never becomes markup unless a renderer escaped it on purpose.

type Child = Node | string | number | null | undefined | false;

/** Creates an element with attributes (false/undefined skipped) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, ...children);
  return element;
}

/** Appends children; strings become text nodes. */
export function append(parent: Element, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(typeof child === "number" ? String(child) : child);
  }
}

/** An element whose content is HTML produced by one of our escaping renderers. */
export function trustedHtml<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  html: string,
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  element.className = className;
  element.innerHTML = html;
  return element;
}

/** Finds a required element of the page skeleton (index.html). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`page skeleton is missing #${id}`);
  return element as T;
}
