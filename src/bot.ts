// The platform-neutral bot: the one object every adapter (Slack, Teams, local, CLI) talks to.
// It wires store -> search index -> answer core -> card renderers, and owns the recruiter
// draft flow (parse, preview, confirm exactly once). No platform SDK is imported here.
import { randomUUID } from "node:crypto";
import { answerAboutVacancy, answerQuestion } from "./answer/index.ts";
import { type Answer, type Focus, toVacancyRef, type VacancyRef } from "./answer/model.ts";
import {
  type AdaptiveCard,
  type RenderOptions,
  renderAdaptiveCard,
  renderSlackMessage,
  type SlackMessage,
} from "./cards/index.ts";
import type { Clock } from "./clock.ts";
import { type NoticeError, parseNotice } from "./ingest/index.ts";
import { VacancyIndex } from "./search/VacancyIndex.ts";
import type { Actor, VacancyStore } from "./store/VacancyStore.ts";
import type { Vacancy } from "./vacancy.ts";

/** An Answer with every rendering, as served by `ask --json` and `POST /api/ask`. */
export interface RenderedAnswer {
  intent: Answer["intent"];
  focus: Focus;
  asOf: string;
  vacancies: VacancyRef[];
  text: string;
  slack: SlackMessage;
  teams: AdaptiveCard;
}

export function renderAnswer(answer: Answer, options: RenderOptions = {}): RenderedAnswer {
  return {
    intent: answer.intent,
    focus: answer.focus,
    asOf: answer.asOf,
    vacancies: answer.items.map(toVacancyRef),
    // The core's text is the complete plain answer; renderPlainText is the richer terminal layout.
    text: answer.text,
    slack: renderSlackMessage(answer, options),
    teams: renderAdaptiveCard(answer, options),
  };
}

export interface Draft {
  id: string;
  vacancy: Vacancy;
  warnings: string[];
  actor: Actor;
  createdAt: Date;
  state: "preview" | "publishing" | "posted" | "cancelled";
}

export type DraftResult =
  | { ok: true; draft: Draft; answer: Answer }
  | { ok: false; error: NoticeError | NotAllowedError };

export type ConfirmResult =
  | { status: "posted"; draft: Draft; vacancy: Vacancy; created: boolean }
  /** A second click, a retry, or a cancelled/expired draft: nothing was done. */
  | { status: "already-posted" | "cancelled" | "not-found" | "forbidden"; draft: Draft | null };

export interface VacancyBotOptions {
  store: VacancyStore;
  clock: Clock;
  /** User ids (Slack user ids, Teams AAD object ids, "local") allowed to post and close. */
  recruiters?: readonly string[];
  /** The search index over `store`, already built or loaded (see openIndex); built here when absent. */
  index?: VacancyIndex;
  /** Drafts older than this are forgotten (ms). */
  draftTtlMs?: number;
}

export class NotAllowedError extends Error {
  readonly code = "not_allowed";
  constructor(action: string) {
    super(`Only recruiters can ${action}. Ask an administrator to add your user ID to RECRUITERS.`);
    this.name = "NotAllowedError";
  }
}

export class VacancyBot {
  readonly store: VacancyStore;
  readonly index: VacancyIndex;
  readonly #clock: Clock;
  readonly #recruiters: Set<string>;
  readonly #drafts = new Map<string, Draft>();
  readonly #draftTtlMs: number;

  constructor(options: VacancyBotOptions) {
    this.store = options.store;
    this.#clock = options.clock;
    this.#recruiters = new Set(options.recruiters ?? []);
    this.#draftTtlMs = options.draftTtlMs ?? 24 * 60 * 60 * 1000;
    // The store owns the vacancies; the index keeps ids and ranking data and reads hits back by id.
    this.index = options.index ?? new VacancyIndex(this.store.scan(), { lookup: (id) => this.store.get(id) });
    // Keep the index in step with every write so search sees changes without a restart.
    this.store.onChange(({ vacancy, before }) => this.index.upsert(vacancy, before));
  }

  now(): Date {
    return this.#clock();
  }

  isRecruiter(userId: string): boolean {
    return this.#recruiters.has(userId);
  }

  /**
   * Grants recruiter rights at run time to an adapter's own, already authorised user (the local
   * page's "local" user, gated by localhost + LOCAL_ADMIN_TOKEN), without listing it in RECRUITERS.
   */
  allowRecruiter(userId: string): void {
    this.#recruiters.add(userId);
  }

  /** Answers a question; `now` overrides the clock (the "as of" picker, `--now`). */
  ask(question: string, options: { now?: Date } = {}): Answer {
    return answerQuestion(question, { index: this.index, now: options.now ?? this.#clock() });
  }

  /** One vacancy with a focus (card buttons). Null when the id is unknown. */
  show(vacancyId: string, focus: Focus, options: { now?: Date } = {}): Answer | null {
    return answerAboutVacancy(vacancyId, focus, { index: this.index, now: options.now ?? this.#clock() });
  }

  /** Parses a pasted notice into a draft the recruiter previews before confirming. */
  createDraft(text: string, actor: Actor, options: { source?: string } = {}): DraftResult {
    if (!this.isRecruiter(actor.id)) {
      return { ok: false, error: new NotAllowedError("post vacancies") };
    }
    this.#forgetExpiredDrafts();
    const parsed = parseNotice(text, {
      now: this.#clock(),
      source: options.source ?? `posted by ${actor.name ?? actor.id} via ${actor.via}`,
    });
    if (!parsed.ok) return parsed;
    const draft: Draft = {
      id: randomUUID(),
      vacancy: parsed.vacancy,
      warnings: parsed.warnings,
      actor,
      createdAt: this.#clock(),
      state: "preview",
    };
    this.#drafts.set(draft.id, draft);
    return { ok: true, draft, answer: this.previewAnswer(draft) };
  }

  getDraft(id: string): Draft | undefined {
    return this.#drafts.get(id);
  }

  /** The card shown for a draft (preview, posted or cancelled). */
  previewAnswer(draft: Draft): Answer {
    const index = new VacancyIndex([draft.vacancy]);
    const answer = answerAboutVacancy(draft.vacancy.id, "overview", { index, now: this.#clock() });
    if (!answer) throw new Error(`draft ${draft.id} lost its vacancy`);
    return answer;
  }

  /**
   * Stores the draft's vacancy exactly once. The state flips to "publishing" before the first
   * await, so a second click (or a platform retry) arriving meanwhile sees it and does nothing.
   */
  async confirmDraft(id: string, actor: Actor): Promise<ConfirmResult> {
    const draft = this.#drafts.get(id);
    if (!draft) return { status: "not-found", draft: null };
    if (!this.isRecruiter(actor.id)) return { status: "forbidden", draft };
    if (draft.state === "cancelled") return { status: "cancelled", draft };
    if (draft.state !== "preview") return { status: "already-posted", draft };
    draft.state = "publishing";
    try {
      const result = await this.store.upsert(draft.vacancy, { actor });
      draft.state = "posted";
      draft.vacancy = result.vacancy;
      return { status: "posted", draft, vacancy: result.vacancy, created: result.created };
    } catch (error) {
      draft.state = "preview"; // let the recruiter try again; nothing was stored
      throw error;
    }
  }

  cancelDraft(id: string, actor: Actor): Draft | null {
    const draft = this.#drafts.get(id);
    if (!draft || !this.isRecruiter(actor.id)) return null;
    if (draft.state === "preview") draft.state = "cancelled";
    return draft;
  }

  async closeVacancy(id: string, actor: Actor, reason: string | null = null): Promise<Vacancy> {
    if (!this.isRecruiter(actor.id)) throw new NotAllowedError("close vacancies");
    return this.store.close(id, { actor, reason });
  }

  #forgetExpiredDrafts(): void {
    const cutoff = this.#clock().getTime() - this.#draftTtlMs;
    for (const [id, draft] of this.#drafts) {
      if (draft.createdAt.getTime() < cutoff) this.#drafts.delete(id);
    }
  }
}
