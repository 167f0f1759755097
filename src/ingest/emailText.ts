// A notice forwarded by e-mail: "> " quote marks, header blocks ("From:", "Sent:", "Subject:"),
// "-----Original Message-----" rules, greetings, sign-offs and confidentiality footers. The notice
// is what follows the last header block; the subject line, which often names the post, stays as
// its first line. Text that is no e-mail comes back unchanged.

// Header labels of Outlook, Gmail and Apple Mail, in English, French and German.
const HEADER =
  /^(from|sent|to|cc|bcc|date|subject|reply-to|importance|de|envoyé|à|objet|von|gesendet|an|betreff|datum)\s*:/i;
const SUBJECT = /^(subject|objet|betreff)\s*:\s*(.*)$/i;
const SEPARATOR =
  /^(-{2,}\s*(original message|forwarded message|message d'origine|ursprüngliche nachricht|weitergeleitete nachricht)\s*-{2,}|begin forwarded message:?|_{5,}|-{5,})$/i;
const GREETING =
  /^(dear|hi|hello|good (morning|afternoon)|bonjour|bonsoir|chers|chères|hallo|liebe|sehr geehrte|beste|geachte|cari|care|gentili|estimad[oa]s|hola)(?![\p{L}])[^.!?]{0,40}[,!]?$/iu;
const SIGN_OFF =
  /^((best|kind|warm|many|with best)( regards| wishes)?|regards|thanks|thank you|many thanks|sincerely|cheers|cordialement|mit freundlichen grüßen)[,!.]?$/i;
const FOOTER =
  /^(confidentiality notice|disclaimer|this (e-?mail|message)( and any attachments?)? (is|are|may|contains?)|please consider the environment)\b/i;
// "FW: ", "RE: ", "Fwd: ", "TR: ", "WG: ", "AW: " before a subject
const REPLY_PREFIX = /^((fwd?|re|tr|wg|aw)\s*:\s*)+/i;

/**
 * Strips "> " quote marks when several lines carry them (a quoted forward), or every non-blank
 * line does (a short notice quoted whole: two lines are as much a quote as twenty).
 */
function unquote(lines: string[]): string[] {
  const quoted = lines.filter((l) => /^\s*>/.test(l)).length;
  const nonBlank = lines.filter((l) => l.trim() !== "").length;
  if (quoted < 3 && (quoted === 0 || quoted < nonBlank)) return lines;
  return lines.map((l) => l.replace(/^\s*(?:>\s?)+/, ""));
}

/** The notice inside a forwarded e-mail, or the text unchanged when it is no e-mail. */
export function unwrapEmail(text: string): string {
  const lines = unquote(text.split(/\r?\n/));
  // a header block: two or more header lines in a row, with a subject or a sender's address
  let lastBlockEnd = -1;
  let subject: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    let sawKey = false;
    let blockSubject: string | null = null;
    while (j < lines.length && HEADER.test((lines[j] as string).trim())) {
      const t = (lines[j] as string).trim();
      // "Subject:", or a sender with an address: not a "From: 1 May / To: 31 May" period
      if (SUBJECT.test(t) || (/^(from|de|von)\s*:/i.test(t) && /@|<[^>]+>/.test(t))) sawKey = true;
      const s = SUBJECT.exec(t);
      if (s) blockSubject = (s[2] as string).replace(REPLY_PREFIX, "").trim() || null;
      j++;
    }
    if (j - i >= 2 && sawKey) {
      lastBlockEnd = j;
      subject = blockSubject ?? subject;
      i = j - 1;
    }
  }
  if (lastBlockEnd < 0) return lines.join("\n");
  const body = lines.slice(lastBlockEnd);
  const kept: string[] = subject ? [subject, ""] : [];
  for (let i = 0; i < body.length; i++) {
    const t = (body[i] as string).trim();
    if (FOOTER.test(t)) break;
    if (SEPARATOR.test(t) || GREETING.test(t)) continue;
    // a sign-off and the name lines under it end the message
    if (SIGN_OFF.test(t)) break;
    kept.push(body[i] as string);
  }
  return kept.join("\n");
}
