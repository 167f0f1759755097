// The recruiter preview: paste a notice, see the parsed vacancy and both cards, fix the text and
// re-parse, then confirm to store it (or discard). Only from localhost, and with the token if set.
import type { Vacancy } from "../../../src/vacancy.ts";
import {
  ApiCallError,
  api,
  type DraftResponse,
  getAdminToken,
  type SessionResponse,
  setAdminToken,
} from "./api-client.ts";
import { h } from "./dom.ts";
import { formatDay } from "./format.ts";
import { type CardActionHandler, slackPreview, teamsPreview } from "./previews.ts";

export interface RecruiterView {
  setAccess(recruiter: SessionResponse["recruiter"]): void;
  confirm(draftId: string): Promise<void>;
  cancel(draftId: string): Promise<void>;
  edit(): void;
}

export interface RecruiterDeps {
  onAction: CardActionHandler;
  /** A vacancy was stored: refresh the vacancy list. */
  onStored(vacancy: Vacancy): void;
  /** Show a stored vacancy's card in the chat. */
  onOpen(vacancy: Vacancy): void;
  toast(message: string): void;
}

const MAX_NOTICE_CHARS = 200_000;

export function createRecruiterView(root: HTMLElement, deps: RecruiterDeps): RecruiterView {
  let current: DraftResponse | null = null;
  let parsedText = "";
  let busy = false;

  const accessBox = h("div", { class: "access", hidden: true, role: "status" });
  const notice = h("textarea", {
    id: "notice",
    spellcheck: "false",
    placeholder: "Paste the full vacancy notice here: title, organisation, deadline, requirements…",
    "aria-label": "Vacancy notice text",
  });
  const chars = h("span", { class: "chars" }, "");
  const fileInput = h("input", { type: "file", accept: ".txt,.md,text/plain", hidden: true });
  const fileButton = h("button", { class: "btn btn-ghost", type: "button" }, "Open a .txt file");
  const parseButton = h(
    "button",
    { class: "btn btn-primary", type: "button", id: "parse-notice" },
    "Parse notice",
  );
  const result = h("div", { class: "rec-result", id: "rec-result" });
  let source: string | undefined;

  root.append(
    h(
      "div",
      { class: "rec-editor panel" },
      h(
        "div",
        { class: "panel-head" },
        h("h2", {}, "Post a vacancy"),
        h(
          "p",
          { class: "hint" },
          "Paste the notice as published. The bot turns it into a structured vacancy; check the fields and both cards, fix the text if something is off, then store it.",
        ),
      ),
      accessBox,
      notice,
      h("div", { class: "editor-actions" }, fileButton, fileInput, chars, parseButton),
    ),
    result,
  );

  const updateChars = () => {
    const n = notice.value.length;
    chars.textContent = n ? `${n.toLocaleString("en-GB")} characters` : "";
    chars.classList.toggle("over", n > MAX_NOTICE_CHARS);
    const stale = current !== null && current.draft.state === "preview" && notice.value !== parsedText;
    parseButton.textContent =
      current && current.draft.state === "preview"
        ? stale
          ? "Re-parse edited text"
          : "Parse again"
        : "Parse notice";
    result.classList.toggle("stale", stale);
  };
  notice.addEventListener("input", updateChars);
  fileButton.addEventListener("click", () => fileInput.click());
  fileInput.addEventListener("change", async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    notice.value = await file.text();
    source = file.name;
    updateChars();
  });

  const showEmpty = () => {
    result.replaceChildren(
      h(
        "div",
        { class: "rec-empty" },
        h("div", { class: "rec-empty-art", "aria-hidden": "true" }, "⇢"),
        h("h3", {}, "Nothing parsed yet"),
        h("p", {}, "The parsed vacancy, any warnings and its Microsoft Teams and Slack cards appear here."),
      ),
    );
  };
  showEmpty();

  const showProblem = (error: unknown) => {
    const message = error instanceof Error ? error.message : String(error);
    const field =
      error instanceof ApiCallError && error.code !== "invalid_request" ? error.code.replace(/_/g, " ") : "";
    result.replaceChildren(
      h(
        "div",
        { class: "callout callout-error", role: "alert", "data-testid": "draft-error" },
        h("strong", {}, problemTitle(error)),
        field ? h("span", { class: "callout-code" }, field) : null,
        h("p", {}, message),
      ),
    );
    if (error instanceof ApiCallError && error.status === 403) askForToken(error.message);
  };

  const render = (response: DraftResponse) => {
    current = response;
    const { draft, preview } = response;
    const v = draft.vacancy;
    const stateLine =
      draft.state === "posted"
        ? h(
            "div",
            { class: "callout callout-success", role: "status", "data-testid": "draft-stored" },
            h("strong", {}, response.created === false ? "Updated" : "Stored"),
            h("p", {}, `“${v.title}” is now in the vacancy list; the bot answers questions about it.`),
          )
        : draft.state === "cancelled"
          ? h(
              "div",
              { class: "callout", role: "status" },
              h("strong", {}, "Discarded"),
              h("p", {}, "Nothing was stored. Edit the text and parse it again to start over."),
            )
          : null;
    const actions =
      draft.state === "preview"
        ? h(
            "div",
            { class: "draft-actions" },
            button("Confirm and store", "btn btn-primary", "confirm-draft", () => void confirm(draft.id)),
            button("Edit text", "btn", "edit-draft", edit),
            button("Discard", "btn btn-ghost", "discard-draft", () => void cancel(draft.id)),
          )
        : draft.state === "posted"
          ? h(
              "div",
              { class: "draft-actions" },
              button("Show it in the chat", "btn", "ask-stored", () => deps.onOpen(v)),
            )
          : null;
    result.replaceChildren(
      ...compact(
        h(
          "div",
          { class: "draft-head" },
          h(
            "div",
            {},
            h(
              "span",
              {
                class: `badge badge-${draft.state === "posted" ? "open" : draft.state === "cancelled" ? "closed" : "unknown"}`,
              },
              draft.state === "preview"
                ? "Draft · not stored yet"
                : draft.state === "posted"
                  ? "Stored"
                  : "Discarded",
            ),
            h("h2", { "data-testid": "draft-title" }, v.title),
          ),
          actions,
        ),
        h("div", { class: "stale-note" }, "The text changed since this preview: re-parse to see the result."),
        stateLine,
        draft.warnings.length
          ? h(
              "div",
              { class: "callout callout-warning", "data-testid": "draft-warnings" },
              h(
                "strong",
                {},
                draft.warnings.length === 1 ? "1 thing to check" : `${draft.warnings.length} things to check`,
              ),
              h("ul", {}, ...draft.warnings.map((w) => h("li", {}, w))),
            )
          : null,
        vacancyFacts(v),
        h(
          "div",
          { class: "card-pair" },
          h(
            "section",
            { class: "card-frame frame-teams" },
            h("h3", {}, h("span", { class: "dot dot-teams" }), "Microsoft Teams"),
            teamsPreview(preview, deps.onAction),
          ),
          h(
            "section",
            { class: "card-frame frame-slack" },
            h("h3", {}, h("span", { class: "dot dot-slack" }), "Slack"),
            slackPreview(preview, deps.onAction),
          ),
        ),
      ),
    );
    updateChars();
  };

  async function parse() {
    if (busy) return;
    const text = notice.value;
    if (!text.trim()) {
      deps.toast("Paste a notice first.");
      notice.focus();
      return;
    }
    busy = true;
    parseButton.disabled = true;
    parseButton.textContent = "Parsing…";
    try {
      // A re-parse replaces the previous draft; the old one is discarded so it cannot be confirmed.
      if (current?.draft.state === "preview") await api.cancelDraft(current.draft.id).catch(() => undefined);
      const response = await api.createDraft(text, source);
      parsedText = text;
      render(response);
    } catch (error) {
      current = null;
      showProblem(error);
    } finally {
      busy = false;
      parseButton.disabled = false;
      updateChars();
    }
  }
  parseButton.addEventListener("click", () => void parse());

  async function confirm(draftId: string) {
    if (current?.draft.id !== draftId || current.draft.state !== "preview") {
      deps.toast("This card belongs to an older draft; use the current one.");
      return;
    }
    try {
      const response = await api.confirmDraft(draftId);
      render(response);
      deps.toast(`Stored “${response.draft.vacancy.title}”.`);
      deps.onStored(response.draft.vacancy);
    } catch (error) {
      deps.toast(error instanceof Error ? error.message : String(error));
    }
  }

  async function cancel(draftId: string) {
    try {
      render(await api.cancelDraft(draftId));
    } catch (error) {
      deps.toast(error instanceof Error ? error.message : String(error));
    }
  }

  function edit() {
    notice.focus();
    notice.scrollIntoView({ block: "nearest" });
  }

  function askForToken(message: string) {
    const input = h("input", {
      type: "password",
      placeholder: "LOCAL_ADMIN_TOKEN",
      "aria-label": "Recruiter token",
      autocomplete: "off",
    });
    input.value = getAdminToken();
    const save = h("button", { class: "btn", type: "button" }, "Use token");
    save.addEventListener("click", () => {
      setAdminToken(input.value.trim());
      accessBox.hidden = true;
      deps.toast("Token saved for this tab.");
    });
    accessBox.replaceChildren(h("p", {}, message), h("div", { class: "token-row" }, input, save));
    accessBox.hidden = false;
  }

  return {
    setAccess(recruiter) {
      if (!recruiter.allowed && recruiter.code !== "token_required") {
        accessBox.replaceChildren(
          h("strong", {}, "Recruiter preview unavailable here"),
          h("p", {}, recruiter.message ?? ""),
        );
        accessBox.hidden = false;
        parseButton.disabled = true;
      } else if (recruiter.tokenRequired && !getAdminToken()) {
        askForToken(
          "This server has a recruiter token (LOCAL_ADMIN_TOKEN). Enter it to parse and store notices.",
        );
      }
    },
    confirm,
    cancel,
    edit,
  };
}

/** The heading of a failed parse, by what went wrong. */
function problemTitle(error: unknown): string {
  if (!(error instanceof ApiCallError)) return "Something went wrong";
  if (error.status === 403) return "Not allowed";
  if (error.status === 413) return "The notice is too long";
  if (error.status === 422 || error.status === 400) return "The notice could not be parsed";
  if (error.status === 0) return "The bot is not reachable";
  return "Something went wrong";
}

function compact(...nodes: (Node | null)[]): Node[] {
  return nodes.filter((n): n is Node => n !== null);
}

function button(label: string, className: string, testId: string, onClick: () => void): HTMLButtonElement {
  const b = h("button", { class: className, type: "button", "data-testid": testId }, label);
  b.addEventListener("click", onClick);
  return b;
}

/** The parsed fields a recruiter should check, in reading order; empty ones are left out. */
function vacancyFacts(v: Vacancy): HTMLElement {
  const rows: [string, string | null][] = [
    ["Organisation", v.organisation],
    ["Unit", v.unit],
    ["Location", v.location],
    ["Deadline", v.deadline ? `${formatDay(v.deadline)} (${v.timeZone})` : "none given"],
    ["Posts", String(v.posts)],
    ["Reference", v.reference],
    ["Grade", v.grade],
    ["Salary", v.salary],
    [
      "Contract",
      v.contract
        ? [v.contract.type, v.contract.duration].filter(Boolean).join(", ") || v.contract.text
        : null,
    ],
    ["Reports to", v.reportsTo],
    ["Languages", v.languages.map((l) => `${l.language}${l.level ? ` ${l.level}` : ""}`).join("; ") || null],
    ["Profiles", v.profiles.map((p) => `${p.name}${p.posts ? ` (${p.posts})` : ""}`).join("; ") || null],
    ["Id", v.id],
  ];
  const lists: [string, string[]][] = [
    ["Essential", v.essential],
    ["Desirable", v.desirable],
    ["Education", v.education],
    ["Experience", v.experience],
    ["Application notes", v.applicationNotes],
  ];
  return h(
    "section",
    { class: "panel facts", "data-testid": "parsed-vacancy" },
    h("h3", {}, "Parsed vacancy"),
    h(
      "dl",
      {},
      ...rows
        .filter(([, value]) => value)
        .flatMap(([label, value]) => [h("dt", {}, label), h("dd", {}, value ?? "")]),
    ),
    v.summary
      ? h("p", { class: "facts-summary" }, v.summary.length > 600 ? `${v.summary.slice(0, 600)}…` : v.summary)
      : null,
    ...lists
      .filter(([, items]) => items.length)
      .map(([label, items]) =>
        h(
          "details",
          { class: "facts-list", open: label === "Essential" },
          h("summary", {}, `${label} (${items.length})`),
          h("ul", {}, ...items.map((i) => h("li", {}, i))),
        ),
      ),
  );
}
