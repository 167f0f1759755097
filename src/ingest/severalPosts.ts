// Two or more vacancy notices pasted as one text ("1. Procurement Officer ... 2. Contracts
// Assistant ..."): one Vacancy cannot hold them, and merging their fields would publish a post
// that does not exist. The sign: several facts that a notice states once (deadline, location,
// grade, reference, title) each given twice or more with different values.
import type { FieldKind, NoticeField } from "./fields.ts";
import type { NoticeLine } from "./noticeLines.ts";
import { parseDate } from "./parseDate.ts";
import { cleanTitle, namesAJob } from "./parseTitle.ts";

const ONCE_PER_POST: FieldKind[] = ["deadline", "location", "grade", "reference", "title"];

/** The titles of the posts when the text holds several notices; null when it holds one. */
export function severalPosts(lines: NoticeLine[], fields: NoticeField[]): string[] | null {
  const byKind = new Map<FieldKind, NoticeField[]>();
  for (const f of fields) {
    if (!f.value || !ONCE_PER_POST.includes(f.kind)) continue;
    byKind.set(f.kind, [...(byKind.get(f.kind) ?? []), f]);
  }
  const key = (f: NoticeField) =>
    (f.kind === "deadline" ? parseDate(f.value ?? "") : null) ?? (f.value ?? "").toLowerCase();
  const repeated = [...byKind.values()].filter((fs) => new Set(fs.map(key)).size >= 2);
  if (repeated.length < 2) return null;
  // each post's title: the nearest line above its first repeated fact that names a job
  const starts = (repeated.sort((a, b) => b.length - a.length)[0] ?? []).map((f) => f.lineIndex);
  const titles = starts.map((at) => {
    for (let i = at; i >= Math.max(0, at - 6); i--) {
      const line = lines[i];
      if (line && !line.text.includes(":") && namesAJob(line.text))
        return cleanTitle(line.text.replace(/^\d{1,2}[.)]\s+/, "")).title;
    }
    return null;
  });
  return titles.map((t, i) => t ?? `post ${i + 1}`);
}
