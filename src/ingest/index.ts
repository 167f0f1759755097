// Notice text -> Vacancy. (Implementation: issue #3.)
import type { Vacancy } from "../vacancy.ts";

export type NoticeErrorCode = "empty" | "binary" | "no_title" | "bad_date" | "invalid" | "too_large";

/** A notice that cannot become a Vacancy; `message` is one line a recruiter can act on. */
export class NoticeError extends Error {
  constructor(
    readonly code: NoticeErrorCode,
    message: string,
    /** The Vacancy field or notice section at fault, when there is one. */
    readonly field: string | null = null,
  ) {
    super(message);
    this.name = "NoticeError";
  }
}

export type ParseNoticeResult =
  | { ok: true; vacancy: Vacancy; warnings: string[] }
  | { ok: false; error: NoticeError };

export interface ParseNoticeOptions {
  /** Where the text came from: a file name, or "posted by … via Slack". */
  source: string;
}

/** Parses raw notice text (as scraped or pasted) into a validated Vacancy. Never throws. */
export function parseNotice(_text: string, _options: ParseNoticeOptions): ParseNoticeResult {
  return { ok: false, error: new NoticeError("invalid", "the notice parser is not implemented yet") };
}
