// The vacancy browser: every post with its status and days left on the "as of" day; a click
// asks the bot for that post's card.
import type { CatalogEntry } from "./api-client.ts";
import { h } from "./dom.ts";
import { formatDay, statusBadge } from "./format.ts";

export interface CatalogView {
  /** Replaces the rows (after a date change or a new vacancy). */
  show(entries: CatalogEntry[], asOf: string): void;
  showError(message: string): void;
}

export function createCatalogView(
  list: HTMLElement,
  summary: HTMLElement,
  filter: HTMLInputElement,
  onOpen: (entry: CatalogEntry) => void,
): CatalogView {
  let entries: CatalogEntry[] = [];
  let asOf = "";

  const render = () => {
    const words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    const visible = entries.filter((e) => {
      const haystack = `${e.title} ${e.organisation ?? ""} ${e.location ?? ""}`.toLowerCase();
      return words.every((w) => haystack.includes(w));
    });
    const open = entries.filter((e) => e.status === "open" && e.state === "published").length;
    summary.textContent = `${open} open · ${entries.length} in total · ${formatDay(asOf)}`;
    list.replaceChildren(
      ...visible.map((entry) => {
        const badge = statusBadge(entry);
        const meta = [entry.organisation, entry.location].filter(Boolean).join(" · ");
        const button = h(
          "button",
          { class: "vac", type: "button", "data-id": entry.id, title: entry.label },
          h("span", { class: "vac-title" }, entry.title),
          meta ? h("span", { class: "vac-meta" }, meta) : null,
          h(
            "span",
            { class: "vac-foot" },
            h("span", { class: `badge badge-${badge.tone}`, "data-testid": "status-badge" }, badge.text),
            h(
              "span",
              { class: "vac-date" },
              entry.deadline ? `Deadline ${formatDay(entry.deadline)}` : "No deadline given",
            ),
            entry.posts > 1 ? h("span", { class: "vac-posts" }, `${entry.posts} posts`) : null,
          ),
        );
        button.addEventListener("click", () => onOpen(entry));
        return h("li", {}, button);
      }),
    );
    if (entries.length === 0) {
      list.replaceChildren(
        h(
          "li",
          { class: "empty" },
          "No vacancies stored yet. Post one from the recruiter tab, or run npm run build:data.",
        ),
      );
    } else if (visible.length === 0) {
      list.replaceChildren(h("li", { class: "empty" }, "No vacancy matches this filter."));
    }
  };
  filter.addEventListener("input", render);

  return {
    show(next, day) {
      entries = next;
      asOf = day;
      render();
    },
    showError(message) {
      list.replaceChildren(h("li", { class: "empty error" }, message));
    },
  };
}
