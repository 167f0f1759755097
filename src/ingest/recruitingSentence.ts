// "The European Defence Agency (EDA) is recruiting a Logistics Officer for its Brussels office":
// a sentence that names the employer as its subject and the post as its object. Notices pasted from
// a social post or an e-mail often state both facts only this way.
import { ORG_NOUN, STRONG_ORG_NOUN } from "./organisationNames.ts";
import { isPlace } from "./places.ts";

// The verb phrase between the employer and the post.
const VERB =
  /(?:(?:'re|\s+(?:is|are))\s+(?:currently\s+|now\s+)?(?:recruiting|seeking|looking for|hiring|searching for|inviting applications for)|\s+(?:seeks|needs|is in need of|invites applications for|wishes to recruit|would like to recruit|intends to recruit|has (?:a|an) (?:vacancy|opening) for|announces (?:a|an) (?:vacancy|opening) for|is pleased to announce (?:a|an|the) (?:vacancy|opening) for|opens (?:a|an|the) (?:vacancy|call) for))\s+/i;

// ("Hiring Manager: ..." names a person's role, not a post on offer)
const SUBJECTLESS_VERB =
  /^(?:(?:we'?re|we are|now)\s+)?hiring:?\s+(?!(?:manager|officer|authority|process|team|committee|panel|freeze)\b)(?=\d{1,2}\s?[x×]\s|an?\s|\p{Lu})/iu;

// An employer's name: capitalised words with the small words names use, an optional "(EDA)".
const NAME =
  /((?:[A-Z][\w&'.-]*)(?:\s+(?:[A-Z][\w&'.-]*|of|for|and|the|on|in|de|du|des|la|le|&))*?)(?:\s*\(([A-Z][A-Za-z&]{1,11})\))?(?:,[^,]{1,80},)?$/;

// The post after the verb ends before "for its Brussels office", "to join ...", "in Mons", "based in"
// ("Assistant to the Director" keeps its "to the"), or at a comma ("a Budget Officer, NATO grade A2, ...").
const POST_END =
  /\s+(?:for (?:its|our|their|the|his|her)\b|to (?!the\b)[a-z]|(?:based|located|stationed) (?:in|at)\b|in (?:its|our|their|the)\b|in [A-Z]|at (?:its|our|their|the)\b|at [A-Z]|for [A-Z][A-Z&]{1,9}\b|who\b|with\b)|[.;:!,]\s|[.;:!]$|\s+[-–—(]\s*/;

// "Wir suchen eine/n IT-Spezialist/in (m/w/d) für das Bundesamt ...", "Nous recherchons un(e)
// chargé de communication pour l'Agence ...": the post first, the employer after "für"/"pour".
const WE_SEEK =
  /\b(?:wir suchen|nous recherchons|nous cherchons|wij zoeken|cerchiamo|buscamos|procuramos)\s+(?:(?:eine?n?|eine\/n|ein\/e|une?|un\(e\)|een|uno|una|um|uma)\s+)?(.+?)(?:\s+(?:für|pour|voor|per|para)\s+(?:das|die|den|dem|le|la|les|l'|de|het|il|lo|el|o|a)\s*(\p{Lu}.+?))?\s*[.!]?$/iu;

/** The employer and the post a recruiting sentence names; null when the text is not one. */
export function readRecruitingSentence(text: string): {
  employer: string | null;
  post: string;
  weSeek?: boolean;
  place?: string | null;
  /** What a bracket right after the post says ("a Finance Assistant (B4) in Mons" -> "B4"). */
  aside?: string | null;
  /** 2 from "hiring 2x ...". */
  posts?: number | null;
} | null {
  const seek = WE_SEEK.exec(text);
  if (seek?.[1]) {
    const employer = seek[2] && (ORG_NOUN.test(seek[2]) || STRONG_ORG_NOUN.test(seek[2])) ? seek[2] : null;
    return { employer, post: seek[1].trim(), weSeek: true };
  }
  // ("Hiring 2x Cyber Analysts for SHAPE (Mons, Belgium), ...": a chat message names no subject)
  const verb = VERB.exec(text) ?? SUBJECTLESS_VERB.exec(text);
  if (!verb) return null;
  const subject = text.slice(0, verb.index).replace(/^(?:.*?[.!?]\s+)?(?:the\s+)?/i, "");
  const counted = /^(\d{1,2})\s?[x×]\s+/i.exec(text.slice(verb.index + verb[0].length));
  const object = text
    .slice(verb.index + verb[0].length + (counted?.[0].length ?? 0))
    .replace(
      /^(?:an?|the|one|two|three|\d{1,2})\s+(?:(?:new|highly motivated|motivated|experienced|talented|qualified)\s+)*/i,
      "",
    )
    .replace(/^\(?\d{1,2}\)?\s+/, "");
  const end = POST_END.exec(object);
  const post = (end ? object.slice(0, end.index) : object).trim();
  // "... Cyber Analysts for SHAPE (Mons, Belgium)": the employer's acronym after "for", its place in brackets
  const forEmployer = end
    ? /^\s+for ([A-Z][A-Z&]{1,9})(?: \(([^)]{2,40})\))?/.exec(object.slice(end.index))
    : null;
  if (forEmployer)
    return {
      employer: forEmployer[1] as string,
      post,
      place: forEmployer[2] ?? null,
      aside: null,
      posts: counted ? Number(counted[1]) : null,
    };
  // "... a cyber analyst in Mons, apply by ...": the place named right after the post
  const place = end
    ? /^\s*(?:\([^)]{1,20}\)\s*)?(?:based |located |stationed )?(?:in|at) (\p{Lu}[\p{L}'-]*(?:[ -]\p{Lu}[\p{L}'-]*){0,3}(?:, \p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*){0,2})?)/u.exec(
        object.slice(end.index),
      )?.[1]
    : null;
  const aside = end ? (/^\s*\(([^)]{1,20})\)/.exec(object.slice(end.index))?.[1] ?? null) : null;
  return {
    employer: employerName(subject),
    post,
    place: place ?? null,
    aside,
    posts: counted ? Number(counted[1]) : null,
  };
}

/** The subject of a recruiting sentence when it names an organisation ("The European Defence Agency", "NCIA"). */
function employerName(subject: string): string | null {
  const m = NAME.exec(subject.trim());
  if (!m?.[1]) return null;
  const name = m[1]
    .replace(/\s+(?:of|for|and|the|on|in|de|du|des|la|le|&)$/i, "")
    // ("The NATO Defense College in Rome": the seat is no part of the name)
    .replace(/\s+in\s+(\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*)?)$/u, (seat, place: string) =>
      isPlace(place) ? "" : seat,
    );
  // "We", "Our team", "This office": no name; an acronym alone ("NCIA") or a name with an
  // organisation noun is one
  if (/^(we|our|this|it|they|the)\b/i.test(name)) return null;
  if (/^[A-Z][A-Z&]{1,9}$/.test(name) || ORG_NOUN.test(name)) return name;
  return null;
}
