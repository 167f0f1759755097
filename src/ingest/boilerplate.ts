// Website chrome and recruitment boilerplate: lines that are never data (newsletter prompts,
// cookie banners, "3 hours ago", sign-in links) and the header block some sites print twice.
import type { NoticeLine } from "./noticeLines.ts";
import { namesAJob } from "./parseTitle.ts";

// Whole lines that belong to the page, not the notice.
const CHROME_LINE: RegExp[] = [
  /^get the latest news\b/i,
  /sign up for (our|the) newsletter/i,
  /^subscribe( to| now|$)/i,
  /^we use cookies\b/i,
  /\b(accept|manage) (all )?cookies\b/i,
  // cookie banners and links in any wording ("This website uses cookies. By continuing ...")
  /^(?=.{0,300}$).*(\b(we|this (web)?site|our (web)?site|site) use[sd]? cookies\b|\bcookie (settings|preferences|policy|consent|notice)\b|\b(accept|reject|allow)( all)? cookies\b|\bby (continuing|browsing)\b.*\bcookies\b)/i,
  /^share (this|on|via)\b(?=(\s*\S+){0,12}\s*$)/i,
  /^back to (top|vacancies|jobs|results|search|list|overview)$/i,
  // page furniture of a PDF: page numbers and security markings repeated on every page
  /^page \d{1,3}( of \d{1,3})?$/i,
  // a running header or footer with the page number ("NCIA/HR/2026/114   Page 2 of 2")
  /^(?=.{0,80}$)(\S+\s+){0,4}page \d{1,3} (of|\/) \d{1,3}(\s+\S+){0,4}$/i,
  /^(NATO |NATO\/EAPC )?(UNCLASSIFIED|RESTRICTED|PUBLICLY DISCLOSED|NON CLASSIFI[EÉ])( - PUBLICLY DISCLOSED)?$/,
  /^(sign in|sign up|log ?in|log ?out|register|forgotten password|forgot (your )?password\??)$/i,
  /^(apply( now| here| online)?|save( job)?|share( this job)?|print|back( to (jobs|results|search))?|similar jobs|report (this )?job|job alert|create (a )?job alert)$/i,
  /^(posted |published )?(\d+|an?|one) (second|minute|hour|day|week|month)s? ago$/i,
  /^(just now|today|yesterday)$/i,
  /^(home|jobs|careers|menu|search|close|skip to (main )?content)$/i,
  /^follow us\b/i,
  /^(©|copyright\b)/i,
  /^all rights reserved\b/i,
  /^(privacy policy|terms (of use|and conditions)|cookie policy)$/i,
  // a social post's furniture: "3d • Edited", "Like · Comment · Repost · Send", "128 reactions ·
  // 14 comments", a line of hashtags, "We're hiring!", "...see more"
  /^\d{1,2}\s?(s|m|h|d|w|mo|y)\s*[•·]\s*(edited|promoted|\S*)$/i,
  /^(like|comment|repost|send|share|reply|follow)(\s*[·•|]\s*(like|comment|repost|send|share|reply|follow))+$/i,
  /^\d[\d,.]*k?\s+(reactions?|likes?|comments?|reposts?|shares?)(\s*[·•]\s*\d[\d,.]*k?\s+(comments?|reposts?|shares?))*$/i,
  /^(#[\p{L}\d_]+[\s,]*){1,}$/u,
  /^(we('re| are)|now) hiring\b[^.]{0,20}$|^(join (our|the) team)!+$/i,
  /^(…|\.\.\.)?\s*see more$/i,
];

/**
 * The author line of a social post ("Jane Doe • 2nd", "NATO Careers • Following"): it and the
 * author's headline under it ("Head of Talent Acquisition at ...") are about the poster, not the post.
 */
const SOCIAL_AUTHOR = /^[^•·]{2,60}\s[•·]\s(1st|2nd|3rd\+?|following|author|premium|verified)$/i;

/** True when a line is website chrome (newsletter, cookies, sign-in, relative time stamps). */
export function isChromeLine(text: string): boolean {
  return CHROME_LINE.some((re) => re.test(text.trim()));
}

/**
 * A menu or breadcrumb: three or more short items joined by "|" or ">" ("Home > Careers >
 * Vacancies", "NATO | About us | Careers"). Labelled facts ("Grade: A-3 | Vacancy ID: 1") are kept.
 */
function isNavigation(text: string): boolean {
  const items = text.split(/\s+[|>»]\s+/);
  return (
    items.length >= 3 &&
    !text.includes(":") &&
    // "Officer | NSPA | Mons, Belgium" is a title line, not a menu; "Careers > Vacancies >
    // Engineer" is a breadcrumb, whatever its last item
    (!namesAJob(text) || /\s[>»]\s/.test(text)) &&
    items.every((item) => item.trim().split(/\s+/).length <= 4 && !/\d{3}/.test(item))
  );
}

// A heading after which the page lists other jobs: the notice has ended.
const END_OF_NOTICE =
  /^(related|similar|other|more|recommended) (jobs|vacancies|positions|opportunities)$|^you (may|might) also (like|be interested in)\b/i;

/** A relative time stamp ("3 hours ago") that must never be read as a date. */
export function isRelativeTime(text: string): boolean {
  return /^(posted |published )?(\d+|an?|one) (second|minute|hour|day|week|month|year)s? ago$|^(just now|today|yesterday)$/i.test(
    text.trim(),
  );
}

/**
 * Removes a block of lines that is immediately repeated (scraped pages often print the
 * organisation/location/deadline header twice). Blocks of 2+ lines only: a repeated single
 * line may be meaningful.
 */
export function removeRepeatedBlocks(lines: NoticeLine[]): NoticeLine[] {
  const out = [...lines];
  for (let start = 0; start < out.length; start++) {
    for (let size = Math.min(12, Math.floor((out.length - start) / 2)); size >= 2; size--) {
      let same = true;
      for (let k = 0; k < size && same; k++) {
        same = out[start + k]?.text === out[start + size + k]?.text;
      }
      if (same) {
        out.splice(start + size, size);
        break;
      }
    }
  }
  return out.map((line, index) => ({ ...line, index }));
}

// Parts of a job board's meta line ("Warsaw, Poland · 2 weeks ago · Over 100 applicants").
const META_PART =
  /^((posted |reposted )?(\d+|an?|one) (second|minute|hour|day|week|month)s? ago|(over )?\d[\d,]* (applicants|people clicked apply)|promoted|actively recruiting|be an early applicant|easy apply)$/i;

/** A meta line without its time stamp and applicant count; other lines unchanged. */
function withoutMeta(line: NoticeLine): NoticeLine {
  if (!/\s[·•]\s/.test(line.text)) return line;
  const parts = line.text.split(/\s+[·•]\s+/);
  const kept = parts.filter((p) => !META_PART.test(p.trim()));
  return kept.length === parts.length ? line : { ...line, text: kept.join(" · ") };
}

// A security marking opening a running header ("NATO UNCLASSIFIED   Vacancy Notice – HQ SACT").
const MARKING = /^(NATO\s+)?(UNCLASSIFIED|RESTRICTED|PUBLICLY DISCLOSED|NON CLASSIFI[EÉ])\b/;
const PAGE_NUMBER = /^[-–]?\s*\d{1,3}\s*[-–]?$/;

/**
 * A PDF's running header or footer, printed again on every page and so in the middle of lists:
 * a line repeated word for word that opens with a security marking or stands by a bare page
 * number, and the page numbers beside it.
 */
function removeRunningHeaders(lines: NoticeLine[]): NoticeLine[] {
  const count = new Map<string, number>();
  for (const l of lines)
    if (!l.bullet && l.text.length <= 100) count.set(l.text, (count.get(l.text) ?? 0) + 1);
  const isNumber = (l: NoticeLine | undefined) => l !== undefined && PAGE_NUMBER.test(l.text);
  const running = lines.map(
    (l, i) =>
      !l.bullet &&
      (count.get(l.text) ?? 0) >= 2 &&
      !isNumber(l) &&
      (MARKING.test(l.text) || isNumber(lines[i - 1]) || isNumber(lines[i + 1])),
  );
  if (!running.includes(true)) return lines;
  return lines.filter(
    (l, i) => !running[i] && !(isNumber(l) && (running[i - 1] === true || running[i + 1] === true)),
  );
}

/** Drops chrome lines and repeated header blocks, keeping paragraph breaks. */
export function stripBoilerplate(lines: NoticeLine[]): NoticeLine[] {
  const kept: NoticeLine[] = [];
  let blankPending = false;
  let skipHeadline = false;
  for (const physical of lines) {
    const line = withoutMeta(physical);
    if (!line.text) continue;
    if (END_OF_NOTICE.test(line.text.replace(/[:.]$/, ""))) break;
    if (skipHeadline || SOCIAL_AUTHOR.test(line.text)) {
      skipHeadline = !skipHeadline;
      blankPending = true;
      continue;
    }
    // a bulleted "Python | Java | Go" is a list entry, never a menu
    if (isChromeLine(line.text) || (!line.bullet && isNavigation(line.text))) {
      blankPending = true;
      continue;
    }
    kept.push({ ...line, blankBefore: line.blankBefore || blankPending });
    blankPending = false;
  }
  return removeRepeatedBlocks(removeRunningHeaders(kept));
}
