// Reads a notice file for the `parse` and `import` commands and turns every failure (missing,
// directory, empty, binary, not a notice) into one line that names the file and the problem.
import { readFile, stat } from "node:fs/promises";
import { MAX_NOTICE_CHARS, type ParseNoticeResult, parseNotice } from "../ingest/index.ts";

/** A notice file that could not be read or parsed; `message` is "FILE: problem". */
export class NoticeFileError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = "NoticeFileError";
  }
}

/** Reads `file` as notice text; throws NoticeFileError with a specific problem. */
export async function readNoticeText(file: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw new NoticeFileError(file, "is a directory, not a notice file");
    size = info.size;
  } catch (error) {
    if (error instanceof NoticeFileError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new NoticeFileError(file, "file not found");
    if (code === "EACCES") throw new NoticeFileError(file, "permission denied");
    throw new NoticeFileError(file, `cannot be read (${code ?? String(error)})`);
  }
  if (size > MAX_NOTICE_CHARS * 4)
    throw new NoticeFileError(file, `is too large (${size} bytes) to be a notice`);
  const bytes = await readFile(file);
  if (bytes.length === 0) throw new NoticeFileError(file, "the file is empty");
  // UTF-16 with a byte-order mark (Notepad's "Unicode"): text, although it is full of zero bytes.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes);
  if (bytes.includes(0))
    throw new NoticeFileError(
      file,
      "is a binary file (a PDF, Word document or image?), not notice text: save the notice as plain text",
    );
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    // Not UTF-8: notices saved by older tools are often Windows-1252.
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/**
 * Reads and parses a notice file; a failure becomes a NoticeFileError. `now` is when it is read
 * (a deadline without its year is the next such day from then).
 */
export async function parseNoticeFile(
  file: string,
  options: { source?: string; now?: Date } = {},
): Promise<Extract<ParseNoticeResult, { ok: true }>> {
  const text = await readNoticeText(file);
  const result = parseNotice(text, {
    source: options.source ?? file,
    ...(options.now ? { now: options.now } : {}),
  });
  if (!result.ok) throw new NoticeFileError(file, result.error.message);
  return result;
}
