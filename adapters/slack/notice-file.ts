// Reads the text of a notice uploaded through the /post-vacancy modal's file_input: files.info
// gives the private download URL, fetched with the bot token (files:read), size-limited and
// decoded strictly as UTF-8. https://docs.slack.dev/reference/block-kit/block-elements/file-input-element
import type { webApi } from "@slack/bolt";

type WebClient = webApi.WebClient;

import { z } from "zod";

/** Real notices are 10-16k characters; anything far larger is not a notice. */
export const NOTICE_FILE_MAX_BYTES = 256 * 1024;
/** The download runs inside the modal submission's 3-second ack window. */
export const NOTICE_FILE_TIMEOUT_MS = 2_000;

/** The part of files.info's `file` object we use (https://docs.slack.dev/reference/objects/file-object). */
const FileInfoSchema = z.object({
  id: z.string(),
  name: z.string().optional(),
  size: z.number().optional(),
  url_private_download: z.string().url().optional(),
  url_private: z.string().url().optional(),
});

export type NoticeFileResult = { ok: true; text: string; name: string } | { ok: false; error: string };

export interface NoticeFileOptions {
  botToken: string;
  /**
   * Origins the bot token may be sent to. Slack serves files from files.slack.com; with
   * SLACK_API_URL set (tests, proxies) its origin is allowed too.
   */
  apiUrl: string | undefined;
  maxBytes?: number;
  timeoutMs?: number;
}

/** Downloads and decodes one uploaded file; every failure is a sentence for the form field. */
export async function readNoticeFile(
  client: WebClient,
  fileId: string,
  options: NoticeFileOptions,
): Promise<NoticeFileResult> {
  const maxBytes = options.maxBytes ?? NOTICE_FILE_MAX_BYTES;
  const timeoutMs = options.timeoutMs ?? NOTICE_FILE_TIMEOUT_MS;
  let info: z.infer<typeof FileInfoSchema>;
  try {
    // Both steps share the ack window: files.info gets the same time budget as the download.
    const response = await withTimeout(client.files.info({ file: fileId }), timeoutMs);
    const parsed = FileInfoSchema.safeParse(response.file);
    if (!parsed.success) return { ok: false, error: "Slack did not describe the uploaded file. Try again." };
    info = parsed.data;
  } catch (error) {
    if (error instanceof NoticeFileTimeout) {
      return { ok: false, error: "Slack took too long to describe the uploaded file. Try again." };
    }
    const code = (error as { data?: { error?: string } }).data?.error;
    if (code === "missing_scope") {
      return {
        ok: false,
        error:
          "The app cannot read uploaded files (missing files:read scope). Ask an admin to reinstall it, or DM me the notice.",
      };
    }
    return { ok: false, error: `Could not read the uploaded file (${code ?? "Slack error"}). Try again.` };
  }
  const name = info.name ?? info.id;
  if (info.size !== undefined && info.size > maxBytes) return tooLarge(name, maxBytes);
  const url = info.url_private_download ?? info.url_private;
  if (!url) return { ok: false, error: `Slack gave no download link for ${name}. Try again.` };
  if (!isTrustedFileUrl(url, options.apiUrl)) {
    return { ok: false, error: `Refusing to download ${name} from an unexpected host.` };
  }

  let bytes: Uint8Array;
  try {
    const response = await fetch(url, {
      headers: { Authorization: `Bearer ${options.botToken}` },
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
    if (!response.ok) {
      return { ok: false, error: `Could not download ${name} (HTTP ${response.status}). Try again.` };
    }
    const read = await readLimited(response, maxBytes);
    if (!read) return tooLarge(name, maxBytes);
    bytes = read;
  } catch (error) {
    const timedOut = (error as Error).name === "TimeoutError";
    return {
      ok: false,
      error: timedOut
        ? `Downloading ${name} took too long. Try again, or paste the notice in a DM to me.`
        : `Could not download ${name}. Try again.`,
    };
  }
  const text = decodeUtf8Text(bytes);
  if (text === null) {
    return {
      ok: false,
      error: `${name} is not a UTF-8 text file. Save the notice as plain text (.txt) and upload that.`,
    };
  }
  return { ok: true, text, name };
}

/** Strict UTF-8 (no replacement characters) and no NUL bytes, which plain text never has. */
export function decodeUtf8Text(bytes: Uint8Array): string | null {
  try {
    const text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes("\u0000") ? null : text;
  } catch {
    return null;
  }
}

function isTrustedFileUrl(url: string, apiUrl: string | undefined): boolean {
  const target = new URL(url);
  if (
    target.protocol === "https:" &&
    (target.hostname === "slack.com" || target.hostname.endsWith(".slack.com"))
  )
    return true;
  return apiUrl !== undefined && new URL(apiUrl).origin === target.origin;
}

/** The body, or null once it exceeds `maxBytes` (the rest is not read). */
async function readLimited(response: Response, maxBytes: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get("content-length") ?? Number.NaN);
  if (declared > maxBytes) {
    await response.body?.cancel();
    return null;
  }
  const chunks: Uint8Array[] = [];
  let total = 0;
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.byteLength;
  }
  return out;
}

class NoticeFileTimeout extends Error {}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoticeFileTimeout(`no answer in ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function tooLarge(name: string, maxBytes: number): NoticeFileResult {
  return {
    ok: false,
    error: `${name} is larger than ${Math.round(maxBytes / 1024)} KB; a vacancy notice is far smaller. Upload the notice text only.`,
  };
}
