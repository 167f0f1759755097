// The page's calls to the local JSON API (adapters/local/api.ts), typed with the server's own types.
import type { RenderedAnswer } from "../../../src/bot.ts";
import type { Vacancy } from "../../../src/vacancy.ts";
import type { CatalogEntry } from "../catalog.ts";

export type { CatalogEntry };

/** POST /api/ask and /api/show. */
export interface AnswerResponse extends RenderedAnswer {
  question: string;
  suggestions: string[];
}

export interface SessionResponse {
  today: string;
  vacancies: number;
  recruiter: {
    allowed: boolean;
    tokenRequired: boolean;
    tokenHeader: string;
    code?: string;
    message?: string;
  };
}

export interface DraftResponse {
  draft: { id: string; state: "preview" | "posted" | "cancelled"; vacancy: Vacancy; warnings: string[] };
  preview: RenderedAnswer;
  created?: boolean;
}

/** A failed API call, with the server's code and message (shown to the user as is). */
export class ApiCallError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const TOKEN_KEY = "vacancy-bot.admin-token";

export function getAdminToken(): string {
  return sessionStorage.getItem(TOKEN_KEY) ?? "";
}

export function setAdminToken(token: string): void {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

async function call<T>(method: "GET" | "POST", path: string, body?: unknown, admin = false): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (body !== undefined) headers["Content-Type"] = "application/json";
  if (admin && getAdminToken()) headers["X-Local-Admin-Token"] = getAdminToken();
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiCallError(0, "offline", "The bot server is not reachable. Is `npm start` still running?");
  }
  const payload = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (payload as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiCallError(
      response.status,
      error?.code ?? "http_error",
      error?.message ?? `The server answered ${response.status} ${response.statusText}.`,
    );
  }
  return payload as T;
}

export const api = {
  session: () => call<SessionResponse>("GET", "/api/session"),
  ask: (question: string, now: string) => call<AnswerResponse>("POST", "/api/ask", { question, now }),
  show: (vacancyId: string, focus: string, now: string) =>
    call<AnswerResponse>("POST", "/api/show", { vacancyId, focus, now }),
  vacancies: (now: string) =>
    call<{ asOf: string; vacancies: CatalogEntry[] }>("GET", `/api/vacancies?now=${encodeURIComponent(now)}`),
  createDraft: (text: string, source?: string) =>
    call<DraftResponse>("POST", "/api/drafts", source ? { text, source } : { text }, true),
  confirmDraft: (id: string) =>
    call<DraftResponse>("POST", `/api/drafts/${encodeURIComponent(id)}/confirm`, undefined, true),
  cancelDraft: (id: string) =>
    call<DraftResponse>("POST", `/api/drafts/${encodeURIComponent(id)}/cancel`, undefined, true),
};
