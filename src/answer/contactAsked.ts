// "who do I contact about the BICES job?", "email for the recruiter?", "where do I send my CV for
// X?": a question for a person to ask, or for where an application goes. Notices rarely name one, and the data has no contact field, so the answer says what the
// notice does give: any e-mail address, phone number or link in its text, and its application notes.
import type { Vacancy } from "../vacancy.ts";
import type { PartialRead } from "./acrossPosts.ts";
import { listLine, postName } from "./composeAnswer.ts";
import type { AnswerItem } from "./model.ts";

/** Words of a folded question (padded with spaces) that ask whom to contact. */
const CONTACT_ASKED =
  / (contact|contacts|contacted|contacting)(?! (centre|center|centres|centers|management|tracing|lens|lenses) )( (person|persons|people|details|detail|point|info|information|address|number|email|e mail|name))?(?= )| point of contact(?= )| poc(?= )| who (do|can|could|should|shall|would) (i|we) (ask|call|phone|ring|email|e mail|mail|write to|speak to|speak with|talk to|talk with|reach|get in touch with|send|address|submit|direct|forward)(?= )| who (handles|processes|receives|reviews|deals with|manages|looks at) (the |my |our )?applications?(?= )| where (do|can|could|should|shall|would|to)( i| we)? ((send|submit|upload|email|e mail|mail|post)(?= (my|our|an?|the|for|to|it|this|them|$))|apply(?= (for|to|$)))| get in touch(?= )| (e ?mail|email) (address|addresses|id)(?= )| (phone|telephone|mobile) (number|numbers|no)(?= )| (recruiters?|recruiting officer|hr (contact|person|officer|department|team|email|e mail))(?= )/g;

/** Does the question ask whom to contact? */
export function asksForContact(text: string): boolean {
  CONTACT_ASKED.lastIndex = 0;
  return CONTACT_ASKED.test(text);
}

/**
 * The words that may name the post(s) a contact question is about: those after the contact words
 * ("who do I contact about the BICES job"), else those before them ("network technician contact?"),
 * unless they name a person ("the director's phone number" asks for someone's number, not a post).
 */
export function contactSubjectWords(text: string): string {
  CONTACT_ASKED.lastIndex = 0;
  const found = CONTACT_ASKED.exec(text);
  if (!found) return "";
  const after = text.slice(found.index + found[0].length);
  const before = text.slice(0, found.index);
  // "questions about", "email address": what someone would write about, never the post.
  const words = (s: string) => s.replace(/ (email|e mail|mail|address|number|questions?)(?= )/g, " ").trim();
  if (words(after).replace(/[^a-z0-9]/g, "") !== "" && /[a-z0-9]/.test(after)) return words(after);
  return / s ?$/.test(before) ? "" : words(before);
}

const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
/** A phone number as notices write one: international ("+32 2 707 41 11") or after "tel"/"phone". */
const PHONE = /(?:\+|\b(?:tel|phone|telephone)\.?:?\s*)\(?\d[\d ()./-]{6,}\d/gi;

/** A web address written without its scheme ("www.nato.int/recruitment"), where applications go. */
const WEB_ADDRESS = /\bwww\.[a-z0-9-]+(?:\.[a-z0-9-]+)+[^\s;)"]*/gi;

/** The web addresses a notice's application notes give ("For all other applications: www..."). */
export function applicationAddresses(vacancy: Vacancy): string[] {
  const found = vacancy.applicationNotes.flatMap((n) => n.match(WEB_ADDRESS) ?? []);
  return [...new Set(found.map((w) => w.replace(/[.,;:]+$/, "")))];
}

/** The e-mail addresses, phone numbers and link a notice gives, in order of appearance. */
export function contactDetails(vacancy: Vacancy): string[] {
  const text = [vacancy.summary, vacancy.description, ...vacancy.applicationNotes].join("\n");
  const found = [
    ...(text.match(EMAIL) ?? []),
    ...(text.match(PHONE) ?? []).filter((p) => p.replace(/\D/g, "").length >= 8),
  ];
  if (vacancy.url) found.push(vacancy.url);
  return [...new Set(found.map((s) => s.trim()))];
}

/** A note saying where or how applications are made: a system, a portal, an address. */
const APPLICATION_ROUTE =
  /\b(submitted|submit|e-recruitment|apply (via|through|online|at)|recruitment (system|portal))\b|\bwww\.|https?:\/\//i;

/** One post: the contact details its notice gives, or that it names none, and what it says about applying. */
export function contactPostText(item: AnswerItem): string {
  const v = item.vacancy;
  const details = contactDetails(v);
  const addresses = applicationAddresses(v);
  const applyAt = addresses.length > 0 ? ` Applications go through ${addresses.join(", ")}.` : "";
  const lead =
    details.length > 0
      ? `${postName(v)}: the notice names no contact person, but gives: ${details.join(", ")}.${applyAt}`
      : `${postName(v)}: the notice names no contact person, e-mail address or phone number.${applyAt}`;
  // Where applications go ("submitted using e-recruitment system", an address) first: that is
  // what a question about whom to send them to is after.
  const route = v.applicationNotes.filter((n) => APPLICATION_ROUTE.test(n));
  const ordered = [...route, ...v.applicationNotes.filter((n) => !route.includes(n))];
  const notes =
    ordered.length > 0
      ? `What it says about applying:\n${ordered.map((n) => `- ${n}`).join("\n")}`
      : "It gives no instructions on how to apply either.";
  return `${lead}\n${notes}\nStatus: ${item.deadline.label}.`;
}

/**
 * No post named ("phone number for HR?"): whether any notice gives contact details at all. The
 * posts are not listed: the question is not about them.
 */
export function contactNoPostText(all: readonly AnswerItem[], partial?: PartialRead): string {
  const giving = all.filter((i) => contactDetails(i.vacancy).length > 0);
  // Of part of a large dataset, "the 500 vacancy notices" would misstate how many there are.
  const notices = partial ? `${all.length} vacancy notices I read` : `${all.length} vacancy notices`;
  if (giving.length === 0)
    return `The ${notices} name no contact person, e-mail address or phone number. Name a post and I will say what its notice says about applying.`;
  return [
    "Contact details the vacancy notices give:",
    ...giving.map((i) => `${listLine(i)}; ${contactDetails(i.vacancy).join(", ")}`),
  ].join("\n");
}

/** Several posts: which notices give contact details (and which), which name none. */
export function contactListText(items: readonly AnswerItem[]): string {
  const withDetails = items.filter((i) => contactDetails(i.vacancy).length > 0);
  const without = items.filter((i) => contactDetails(i.vacancy).length === 0);
  const lines: string[] = [];
  if (without.length > 0) {
    lines.push(
      without.length === 1
        ? "This notice names no contact person, e-mail address or phone number:"
        : `These ${without.length} notices name no contact person, e-mail address or phone number:`,
      ...without.map(listLine),
    );
  }
  if (withDetails.length > 0) {
    lines.push(
      "Contact details the notices give:",
      ...withDetails.map((i) => `${listLine(i)}; ${contactDetails(i.vacancy).join(", ")}`),
    );
  }
  const first = items[0];
  if (items.length === 0) return "";
  if (first)
    lines.push(`Ask "how do I apply for ${first.vacancy.title}?" to see what a notice says about applying.`);
  return lines.join("\n");
}
