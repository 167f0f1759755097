// The local web chat: wires the chat, the vacancy browser, the "as of" picker, the preview tabs
// and the recruiter preview to the JSON API. Card buttons are handled here (CardAction kinds).
import "./styles.css";
import type { CardAction } from "../../../src/cards/actions.ts";
import { ApiCallError, api, type CatalogEntry } from "./api-client.ts";
import { createCatalogView } from "./catalog-view.ts";
import { createChatView, type WelcomeHint } from "./chat.ts";
import { byId } from "./dom.ts";
import { formatDay } from "./format.ts";
import type { PreviewKind } from "./previews.ts";
import { createRecruiterView } from "./recruiter.ts";

const FOCUS_LABELS: Record<string, string> = {
  overview: "Full details",
  deadline: "Deadline",
  status: "Status",
  requirements: "Requirements",
  languages: "Languages",
  education: "Education",
  experience: "Experience",
  salary: "Salary",
  contract: "Contract",
  posts: "Posts",
  profiles: "Profiles",
  location: "Location",
  reporting: "Reporting lines",
  documents: "Documents to attach",
  eligibility: "Clearance and eligibility",
  competencies: "Competencies",
};

const asOfInput = byId<HTMLInputElement>("asof");
const asOfNote = byId("asof-note");
const composer = byId<HTMLFormElement>("composer");
const questionInput = byId<HTMLInputElement>("question");
const toastBox = byId("toast");
let today = new Date().toISOString().slice(0, 10);

function toast(message: string) {
  toastBox.textContent = message;
  toastBox.classList.add("show");
  clearTimeout(Number(toastBox.dataset.timer));
  toastBox.dataset.timer = String(window.setTimeout(() => toastBox.classList.remove("show"), 4200));
}

const asOf = () => asOfInput.value || today;

const chat = createChatView(byId("messages"), onCardAction, (q) => void ask(q));
const catalog = createCatalogView(
  byId("catalog-list"),
  byId("catalog-summary"),
  byId<HTMLInputElement>("catalog-filter"),
  (entry) => {
    setView("ask");
    void show(entry.id, "overview", entry.title);
  },
);
const recruiter = createRecruiterView(byId("view-recruiter"), {
  onAction: onCardAction,
  onStored: () => void refreshCatalog(),
  onOpen: (vacancy) => {
    setView("ask");
    void show(vacancy.id, "overview", vacancy.title);
  },
  toast,
});

async function ask(question: string) {
  const text = question.trim();
  if (!text) return;
  setView("ask");
  chat.user(text);
  const stopTyping = chat.typing();
  try {
    chat.answer(await api.ask(text, asOf()));
  } catch (error) {
    chat.error(messageOf(error));
  } finally {
    stopTyping();
  }
}

async function show(vacancyId: string, focus: string, title?: string) {
  const stopTyping = chat.typing();
  try {
    const answer = await api.show(vacancyId, focus, asOf());
    chat.answer(answer, `${FOCUS_LABELS[focus] ?? focus}${title ? ` · ${title}` : ""}`);
  } catch (error) {
    chat.error(messageOf(error));
  } finally {
    stopTyping();
  }
}

/** What a card button does on the local page. */
function onCardAction(action: CardAction | null, label: string) {
  if (!action) {
    toast(
      label ? `“${label}” has no action on the local page.` : "This button has no action on the local page.",
    );
    return;
  }
  switch (action.kind) {
    case "show":
      setView("ask");
      void show(action.vacancyId, action.focus);
      return;
    case "ask":
      void ask(action.question);
      return;
    case "share":
      toast(
        "In Slack this posts the card to the channel for everyone; the local page has no channel to share to.",
      );
      return;
    case "draft.confirm":
      void recruiter.confirm(action.draftId);
      return;
    case "draft.edit":
      setView("recruiter");
      recruiter.edit();
      return;
    case "draft.cancel":
      void recruiter.cancel(action.draftId);
      return;
    case "close":
      toast("Closing a post early is done by a recruiter in Slack or Teams.");
      return;
  }
}

function messageOf(error: unknown): string {
  if (error instanceof ApiCallError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

async function refreshCatalog(): Promise<CatalogEntry[]> {
  try {
    const { vacancies, asOf: day } = await api.vacancies(asOf());
    catalog.show(vacancies, day);
    return vacancies;
  } catch (error) {
    catalog.showError(messageOf(error));
    return [];
  }
}

function setView(view: "ask" | "recruiter") {
  document.body.dataset.view = view;
  document.querySelectorAll<HTMLButtonElement>("[data-view-tab]").forEach((tab) => {
    tab.setAttribute("aria-selected", String(tab.dataset.viewTab === view));
  });
  byId("view-ask").hidden = view !== "ask";
  byId("view-recruiter").hidden = view !== "recruiter";
}

function setPreview(kind: PreviewKind) {
  document.body.dataset.preview = kind;
  document.querySelectorAll<HTMLButtonElement>("[data-preview-tab]").forEach((tab) => {
    tab.setAttribute("aria-selected", String(tab.dataset.previewTab === kind));
  });
}

function updateAsOfNote() {
  const travelling = asOf() !== today;
  asOfNote.textContent = travelling ? `Answers as of ${formatDay(asOf())}` : "";
  asOfNote.hidden = !travelling;
  asOfNote.classList.toggle("travelling", travelling);
  byId<HTMLButtonElement>("asof-today").disabled = !travelling;
  document.body.classList.toggle("time-travel", travelling);
}

/**
 * When nothing is open on the picked day (every seed deadline is past), offer the week before the
 * latest deadline, when those posts were open.
 */
function timeTravelHint(entries: CatalogEntry[]): WelcomeHint | undefined {
  if (entries.some((e) => e.status === "open")) return undefined;
  const latest = entries
    .map((e) => e.deadline)
    .filter((d): d is string => d !== null && d < asOf())
    .sort()
    .at(-1);
  if (!latest) return undefined;
  const day = new Date(Date.parse(`${latest}T12:00:00Z`) - 7 * 86_400_000).toISOString().slice(0, 10);
  return {
    text: `No post is open on ${formatDay(asOf())}.`,
    action: `See them as of ${formatDay(day)}`,
    onClick: () => {
      asOfInput.value = day;
      void onDayChanged();
    },
  };
}

/** The picked day changed: refresh the list and, before the first question, the welcome. */
async function onDayChanged() {
  updateAsOfNote();
  const entries = await refreshCatalog();
  if (document.querySelector(".welcome")) chat.welcome(suggestionsFor(entries), timeTravelHint(entries));
}

/** Suggestions drawn from the data, so they always name real posts. */
function suggestionsFor(entries: CatalogEntry[]): string[] {
  const first = entries[0];
  const second = entries[1] ?? first;
  return [
    "Which posts are open?",
    ...(first ? [`When is the deadline for the ${first.title}?`] : []),
    ...(second ? [`What are the requirements for the ${second.title}?`] : []),
    "What can you do?",
  ];
}

document.querySelectorAll<HTMLButtonElement>("[data-view-tab]").forEach((tab) => {
  tab.addEventListener("click", () => setView(tab.dataset.viewTab === "recruiter" ? "recruiter" : "ask"));
});
document.querySelectorAll<HTMLButtonElement>("[data-preview-tab]").forEach((tab) => {
  tab.addEventListener("click", () => setPreview((tab.dataset.previewTab as PreviewKind) ?? "teams"));
});
composer.addEventListener("submit", (event) => {
  event.preventDefault();
  const question = questionInput.value;
  questionInput.value = "";
  void ask(question);
});
asOfInput.addEventListener("change", () => void onDayChanged());
byId("asof-today").addEventListener("click", () => {
  asOfInput.value = today;
  void onDayChanged();
});

async function start() {
  setPreview("teams");
  setView("ask");
  try {
    const session = await api.session();
    today = session.today;
    recruiter.setAccess(session.recruiter);
  } catch (error) {
    toast(messageOf(error));
  }
  asOfInput.value = today;
  updateAsOfNote();
  const entries = await refreshCatalog();
  chat.welcome(suggestionsFor(entries), timeTravelHint(entries));
  document.body.dataset.ready = "true";
}

void start();
