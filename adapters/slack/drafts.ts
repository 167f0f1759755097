// What the recruiter typed in the /post-vacancy modal, kept per draft so "Edit" can reopen the
// form with the same text and the same channel (a notice is far longer than a view's
// 3,000-character private_metadata). In memory, expired together with the bot's drafts.

export interface DraftSession {
  draftId: string;
  noticeText: string;
  /** Announcement channel picked in the modal. */
  channel: string | undefined;
  userId: string;
  createdAt: number;
}

export class DraftSessions {
  readonly #sessions = new Map<string, DraftSession>();
  readonly #ttlMs: number;
  readonly #now: () => number;

  constructor(options: { ttlMs?: number; now?: () => number } = {}) {
    this.#ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  save(session: Omit<DraftSession, "createdAt">): DraftSession {
    const now = this.#now();
    for (const [id, s] of this.#sessions) if (now - s.createdAt > this.#ttlMs) this.#sessions.delete(id);
    const saved = { ...session, createdAt: now };
    this.#sessions.set(session.draftId, saved);
    return saved;
  }

  get(draftId: string): DraftSession | undefined {
    return this.#sessions.get(draftId);
  }
}
