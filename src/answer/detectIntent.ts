// Intent detection: deterministic, ordered rules over the folded question. Each rule names itself
// (`rule`) so an answer can always be explained; what is left after removing question words is
// the subject the search looks for.
import { foldText } from "../search/text.ts";
import { absentFieldOf } from "./absentField.ts";
import { type ClosingRange, closingRangeOf, type RangeBound } from "./closingRange.ts";
import {
  type ClosingMonth,
  closedWindowDays,
  closingMonth,
  closingWindowDays,
  MONTH_WORDS,
  WINDOW_WORDS,
  withoutClosingMonth,
  withoutClosingWindow,
} from "./closingWindow.ts";
import { type NamedDay, namedListDay } from "./listDay.ts";
import type { Focus, Intent } from "./model.ts";
import { MONTH_ALTERNATION } from "./monthWords.ts";
import { readWords } from "./readWords.ts";
import { namedRoles } from "./roleNouns.ts";
import { type Currency, currencyAsked } from "./salaryCurrency.ts";
import { salaryFloorOf } from "./salaryFloor.ts";

/** What a question asks, and about what. */
export interface DetectedIntent {
  intent: Intent;
  focus: Focus;
  /** The words that name the post(s) or skill(s), question words removed; may be empty. */
  subject: string;
  /** The rule that decided, for explanations and tests. */
  rule: string;
  /** For "what closes this week?": the deadline window in days from today (list intent). */
  closingWithinDays?: number;
  /** For "what closed recently?": how many days back (null: any time), most recently closed first (list intent). */
  closedWithinDays?: number | null;
  /** For "what closes between 15 and 20 June?" or "after the NOSC chief?": the deadline range (list intent). */
  closingRange?: ClosingRange;
  /** For "what closes in March?": the month named (list intent). */
  closingInMonth?: ClosingMonth;
  /** For "jobs that don't need French": what the listed posts must not ask for (list intent). */
  excluding?: string;
  /** For "which notices give a salary": the words naming the field the listed posts' notices fill (list intent). */
  stating?: string;
  /** With `excluding`: it names a place ("jobs outside Brussels"), so posts are kept by their location. */
  excludingPlace?: boolean;
  /** For "which job has the most posts" (most first) or "jobs with several openings" (more than one only). */
  byPostCount?: "most" | "several";
  /** For "which job has the latest deadline": open posts, latest closing first (list intent). */
  latestClosingFirst?: boolean;
  /** For "which job closes soonest": open posts, the soonest closing named first (list intent). */
  soonestClosingFirst?: boolean;
  /** For "jobs requiring security clearance": posts whose notice states a clearance condition (list intent). */
  needsClearance?: boolean;
  /** For "jobs paying over 70k": the amount the listed posts' stated pay must reach (list intent). */
  salaryFloor?: number;
  /** For "jobs that pay in dollars": the currency the listed posts' stated pay must be in (list intent). */
  salaryCurrency?: Currency;
  /** With a deadline window: the folded question without it ("english only roles"), for the answers across posts. */
  withoutWindow?: string;
  /** For "anything open on 25 June 2024": the day the list is evaluated on (list intent). */
  onDay?: NamedDay;
  /** For "part-time jobs": the working time the listed posts must state (list intent). */
  jobType?: "full-time" | "part-time";
  /** "requirements and deadline for X": what else the question asks about the same post (one-post intents). */
  alsoAsked?: Focus[];
  /** "NOSC chief or network technician": the subject of each part, when a question joins two or more. */
  partSubjects?: string[];
  /** "cyber or security jobs": a list of posts matching any of these subjects (list intent). */
  anyOf?: string[];
}

interface Rule {
  name: string;
  intent: Intent;
  focus: Focus | ((text: string) => Focus);
  pattern: RegExp;
}

const NOUN =
  "(?:jobs?|vacanc(?:y|ies)|positions?|posts?|roles?|openings?|opportunit(?:y|ies)|postings?|adverts?|offers?|careers?|notices?|listings?)";
const PLURAL_NOUN = "(?:jobs|vacancies|positions|posts|roles|openings|opportunities|postings|adverts|offers)";
const NEED_VERB =
  "(?:need|needs|needing|require|requires|requiring|ask|asks|asking|want|wants|wanting|mention|mentions|mentioning|involve|involves|involving|use|uses|using|demand|demands|call|calls|look|looking|seek|seeking|match|matching)";

/** Which requirement a question is about. */
function requirementFocus(text: string): Focus {
  if (/ (languages?|english|french|bilingual|speak|spoken|fluent|fluency|linguistic) /.test(text))
    return "languages";
  if (
    / (education|degree|diploma|university|studies|study|master s?|bachelor s?|academic|school|phd) /.test(
      text,
    )
  )
    return "education";
  if (/ (experience|experienced|years|seniority) /.test(text)) return "experience";
  if (/ competenc(y|ies|e|es) /.test(text)) return "competencies";
  return "requirements";
}

/** A list of posts by working time: "part time jobs", "any full time positions", "show part-time roles". */
const JOB_TYPE_LIST = new RegExp(
  ` (full|part) time ${PLURAL_NOUN} |^ (any|anything|which|what|list|show|are there)( me| any)?( the)? (full|part) time |^ (full|part) time $|^ (which|what) ${PLURAL_NOUN} (are|is)( not|n t) (full|part) time | ${PLURAL_NOUN} (are|is) (full|part) time `,
);
/** "which jobs aren't full-time": the other working time is asked for. */
const NOT_WORKING_TIME = / (aren t|arent|are not|isn t|isnt|is not|not) (full|part) time /;

/**
 * "that don't need", "without", "not requiring": what follows is what the posts must not ask for;
 * "that don't give a deadline" what their notices must not state; "that aren't with BICES" whom
 * they must not belong to.
 */
const NEGATED_NEED = new RegExp(
  ` (?:(?:that|which|who)? ?(?:don t|dont|do not|doesn t|doesnt|does not) (?:${NEED_VERB}|have|has|give|state|list|show|publish|say|specify|include)|(?:say|says|state|states|mention|mentions) nothing (?:about|on|of)|without|not ${NEED_VERB}|with no|(?:have|has|give|gives|state|states|list|lists) no|(?:are|is)? ?(?:missing|lacking)|(?:that|which)? ?lacks?|no need for|(?:aren t|arent|are not|isn t|isnt|is not) (?:with|from|for|under|part of)|not (?:with|under|part of)) `,
);

/** "how many weeks before ...", "how long until ...": the time left, never a deadline range. */
const HOW_LONG_BEFORE = / how (many (days|weeks|months)|long|much time) (left )?(before|until|till|to) /;

/** A question answered by yes or no: "did X close before Y", "does X close after Y". */
const YES_NO_OPENING = /^ (did|does|do|will|would|is|was|has|have) /;

/** "(that) give a salary", "state a deadline": what follows may name a field of the notice. */
const STATES_FIELD =
  / (?:that |which )?(?:give|gives|state|states|list|lists|show|shows|publish|publishes|include|includes|have|has|with) (.+) $/;

/**
 * What comes before a filter when the question asks for posts: a post noun, a question opening with
 * "any"/"what"/"which", or "anything" asked for ("is there anything that doesn't need a degree").
 */
const LIST_BEFORE_FILTER = new RegExp(` ${NOUN} |^ (any|anything|what|which) | (anything|something) `);

/** "outside Brussels", "except in Mons", "isn't based in The Hague": what follows is a place to leave out. */
const OUTSIDE_PLACE =
  / (outside( of)?|except( in| at)?|other than|apart from|(?:isn t |aren t |isnt |arent |not )(?:based |located )?(?:in|at)|excluding|away from) /;

/** "the most posts", "largest number of openings"; "more than one post", "multiple openings". */
// ..."2 or more posts" is a threshold, not an order.
const MOST_POSTS =
  / (?<!(2|two) or )(most|more|largest number of|biggest number of|highest number of|greatest number of) (posts|positions|openings|vacancies|places|seats|hires) /;
const SEVERAL_POSTS =
  / (more than one|several|multiple|many|(2|two) or more|at least (2|two)) (posts?|positions?|openings?|vacanc(y|ies)|places?|seats?|hires?) (?!for (the|a|an|this|that) )/;

const OPEN_QUALIFIER = new RegExp(
  ` (open|available|current|currently open|still open) ${NOUN}|${NOUN} (that are |which are )?(still |currently )?(open|available) `,
);

/** Generative AI tools named in a question about applying ("artificial intelligence jobs" asks for posts). */
const AI_TOOLS =
  /^(?=.* (use|using|used|allowed|permitted|write|writing|draft|drafting|prepare|preparing|help|application|apply|applying|cv|letter|essay|ok|okay|accepted) )(?=.* (chat ?gpt|chatbots?|ai tools?|ai generated|generative ai|artificial intelligence|(use|using|with) (an |the )?ai( tools?)?|ai (allowed|permitted|ok|okay|accepted)|copilot|gemini|claude) )/;

/** The AI tool an AI-tools question names, removed from its subject ("use ChatGPT to help write"). */
const AI_TOOL_PHRASE =
  / (chat ?gpt|chatbots?|ai tools?|ai generated|generative ai|artificial intelligence|(use|using|with) (an |the )?ai( tools?)?|ai (allowed|permitted|ok|okay|accepted)|copilot|gemini|claude)( to)?( help)?( me)?( write| draft| prepare)?(?= )/g;

/** "which job has the latest deadline", "what closes last", "which stays open longest". */
const LATEST_CLOSING =
  / (has|with|having|got) the (latest|furthest|last) (deadline|closing date|closing day|end date) | (closes?|closing|ends?) (last|latest|the latest) | (stays?|remains?|is|are|be) open (the )?longest | open for the longest | (latest|last|furthest)( deadlines?| closing( dates?)?)? (first|on top) |^ (what|which|when)( s| is| was)? the (last|latest|final|furthest) (deadline|closing date)( of (all|them all|them|the lot)| overall)? $/;

/** A security clearance named in a list question ("jobs requiring (a) security clearance", "vetted posts"). */
const CLEARANCE = / (security clearances?|clearances?|vetting|vetted|secret clearance|nato secret) /;
const CLEARANCE_ALL = new RegExp(CLEARANCE.source, "g");

/** Deadline words, taken out of a filter once the window they belong to is read. */
const DEADLINE_WORDS = / (?:closing|closes|close|deadlines?|due|ending|ends|expiring|expires?)(?= )/g;

/** A plural job noun: the question asks for posts, not about one. */
const ASKS_FOR_POSTS = new RegExp(` ${PLURAL_NOUN} `);
/** "is any job paid in pounds": a question about whichever post, not one. */
const ANY_POST = new RegExp(` any ${NOUN} `);
/** A question starting as a list question does ("any ...", "which ..."). */
const STARTS_AS_LIST = /^ (any|anything|which|what|who|where) /;

/**
 * "which job closes soonest", "earliest closing date?", "what's next to close": whichever open
 * post closes first, however far off (unlike "closing soon", which is a window).
 */
const SOONEST_CLOSING =
  / (closes?|closing|ends?|ending|expires?|expiring|due) (soonest|first|earliest|the soonest|the earliest|next) | (soonest|earliest|nearest|next|first|upcoming) (closing|deadlines?|closing dates?|to close|to expire|expiring|due) /;

/**
 * "cisco router keeps rebooting", "my laptop is broken, can someone fix it": a fault report shares
 * words with technical notices but asks for IT support, not for a post.
 */
const FAULT_REPORT =
  / (keeps|kept) [a-z]+ing | (is|are|s|was|were) (broken|down|not working|frozen|freezing|stuck|dead|offline)( again)? | (not|isn t|won t|doesn t|don t|can t) (working|work|start|boot|connect|load|turn on|print) | (fix|repair|reset|restart|reboot|unlock) (my|our|the|this|a) | (rebooting|crashed|crashing|crashes|not responding) /;

/** Words of a look back at closed posts; no part of what they are about. */
const CLOSED_WORDS = new Set(
  "closed expired ended recently lately just last latest most past yesterday".split(" "),
);

/** Ordered: the first rule that matches decides. */
const RULES: readonly Rule[] = [
  {
    // "can I use ChatGPT for my application": notices say what they allow, among the application notes.
    name: "ai-tools",
    intent: "details",
    focus: "documents",
    pattern: AI_TOOLS,
  },
  {
    name: "help",
    intent: "help",
    focus: "overview",
    pattern:
      /^ (hi|hello|hey|hiya|yo|howdy|greetings|morning|good (morning|afternoon|evening)|thanks|thank you|thx|ok|okay|cheers|start|menu|\?) $| (help|how (do|can|should|would) (i|we|you) (use|ask|talk|work)|how (does|do) (this|it|you) work|what (can|could|do|should) (you|i) (do|ask|answer|say)|what are you|who are you|usage|instructions|commands?|what do you know|(what|which) (kinds?|sorts?|types?) of (questions?|things?) (can|could|should|do|may) (i|we) (ask|say|type)) /,
  },
  {
    name: "requirements-of-post",
    intent: "requirements",
    focus: requirementFocus,
    pattern:
      / (what|which)( \w+)? (does|do|will|would|did) (the|this|that|a|an) .*(need|require|ask for|want|demand|expect|look for)s? ?(from|of|in)? ?(me|you|candidates|applicants|a candidate)? $|^ (does|do|will|would|did) (the|this|that|a|an) .*(need|require|ask for|want|demand|expect)s? | (what|which) (qualifications?|requirements?|skills?|experience|languages?|education|degrees?) (does |do |will |would )?(the|this|that) .*(need|require|ask for|want|demand|expect)s? $/,
  },
  {
    name: "search-skill",
    intent: "search",
    focus: "overview",
    pattern: new RegExp(
      [
        // "anything for a French speaker": posts that ask for the language.
        ` (english|french|german|spanish|italian|dutch|polish|portuguese) (speakers?|speaking) `,
        ` (which|what|any|list|show|find|are there)( me| the| any| other)? ${NOUN}( here| there)? (that |which |where |would )?(${NEED_VERB}|with|for (people|someone|a person|candidates) with|in which) `,
        ` ${NOUN}( here| there)? (${NEED_VERB}|that need|that require|that ask|where|for (people|someone|a person|candidates|me) with) `,
        ` (certified|certification|certifications|experience|skills|skill|knowledge|background|expertise|qualified) ${PLURAL_NOUN} `,
        ` (i (have|know|speak|am)|with my) .* (what|which|any) ${NOUN}`,
        ` (where|what|which ${NOUN}) can i (use|apply) `,
        // ..."who needs more experience, X or Y" compares two posts' requirements.
        ` who (needs|wants|is looking for|requires) (?!(more|less|fewer|better|higher|lower|longer|the most|the least) )`,
        ` i (m|am) an? .* (anything|something|any ${NOUN}) for me `,
      ].join("|"),
    ),
  },
  {
    name: "list-open",
    intent: "list",
    focus: "overview",
    pattern: new RegExp(
      [
        ` (what|which|anything)( s| is| are| was| were)?( currently| still| now)? (open|available|on offer) `,
        ` (any|all|open|current|currently open|available|latest|new|other)( open| current| available)? ${NOUN} `,
        ` (show|list|see|give|browse|display|view)( me| us)?( the| all| all the| any| your)?( open| current| available| latest)? ${NOUN} `,
        // "how many posts are available" counts the open posts; "... for the X role" asks about one post.
        ` (?<!how many )${PLURAL_NOUN}( are| still)?( currently)? (open|available|on offer) `,
        // ..."if the NOSC chief post is still open" asks about the post it names (a status).
        ` (?<!how many )(?<! (the|this|that)( [a-z0-9]+){0,4} )${NOUN} (is|are) (currently |still |now )?(open|available) `,
        ` (who s|who is|are you|is anyone|anyone|is nato) hiring `,
        ` how many ${NOUN}? ?(are |is )?(there |currently |still )*(open|available|advertised) (?!for (the|a|an|this|that) )`,
        ` what ${NOUN} (do you have|are there|is there|exist) `,
        ` what can i apply (for|to) $`,
        ` (tell me about|show me|list|what about|details of|info on) (the |all )?([a-z0-9]+ ){0,3}${PLURAL_NOUN} `,
        ` (is|are) there (any )?${NOUN} `,
        `^ ${NOUN} (in|at|near|with|for) `,
        `^ (list|open|opening|openings|vacancies|jobs) $`,
        // "I need a job", "looking for a new role": what is open.
        `^ (i )?(need|want|m looking for|am looking for|looking for)( a| an| some)?( new)? ${NOUN}( please)? $`,
        // "cyber jobs", "NATO HQ vacancies": the posts of a field, unit or place.
        // ..."number of posts" at the end asks how many posts one vacancy offers.
        ` (?<!number of |how many )${PLURAL_NOUN} $`,
        // "which jobs are in the ICT category", "what posts are with BICES".
        ` (which|what) ${PLURAL_NOUN} (are|is) (in|at|with|for|under|within|part of) `,
        ` (show|list|give|tell)( me| us)? (everything|all)( you (have|ve got|got|know))? `,
        ` (what s|what is|anything|something) new `,
      ].join("|"),
    ),
  },
  {
    name: "eligibility",
    intent: "details",
    focus: "eligibility",
    pattern:
      / (security clearances?|clearances?|vetting|vetted|nationals|national(?= (of|apply|applying|can|could|may|be|eligible) )|nationality|nationalities|citizens?|citizenship|passports?|(a|the|any) medical|medical (check|exam|examination|file|fitness)|(i m|i am) (from )?[a-z]+ (can|could|may) (i|we) (still )?apply|(i m|i am|i come) from|(i m|i am) not (from|a|an)|who (can|may|is allowed to|is eligible to) apply|non nato|not (from )?(a |an )?nato (country|member|state|nation|ally)) /,
  },
  {
    name: "status",
    intent: "status",
    focus: "status",
    pattern:
      / (still open|still be (open|available|accepting applications)|still accepting|still available|still possible|still apply|still taking|still running|still active|open or closed|closed or open|can (i|we|one) still|(?<!(how|when|date|day|time) )(can|may|could) (i|we|one) (still )?apply( today| now| still| yet)? (for|to)(?! (two|2|several|multiple|more than one|both|many|other|different) )|accepting (applications|candidates)|open (to|for) (applications|applicants|candidates)|(applications|candidates|applicants) (are )?(still )?(being )?(accepted|taken|considered)|is (it|this|that) (open|closed|over|available|active|expired)|(has|have) .*(closed|expired|ended|passed)|status|too late) | (is|are) .* (open|closed|over|expired|active|available|finished)( yet| now| already)? $/,
  },
  {
    name: "deadline",
    intent: "deadline",
    focus: "deadline",
    pattern:
      / (deadline|deadlines|closing|closes|close|due|last (day|date|chance)|apply (by|before|until)|until when|till when|by when|(until|till|by|before) (what|which) (date|day|time)|what (date|day) (do|does|is|should|must)|(days?|weeks?|months?) (left|remaining|to go)|(stays?|remains?|is|are) open (longer|longest|the longest)|how (long(?! can (i|you|one|the incumbent) (stay|serve|work|remain))(?!( [a-z0-9]+){0,6} (contract|appointment)s? )(?! (is|does|will|would) (the|it|this|my|a) (contract|appointment)| (does|will|would) (the|it|this)( [a-z0-9]+){0,6} last )|much time|many (days|weeks))|(application|applications|applying) (window|period)|cut ?off|expires?|expiry|expiration|end date|time left|when (should|must|can|do|shall) (i|we|you) (apply|submit)|when (is|are) .* (due|over)) /,
  },
  {
    name: "reporting",
    intent: "details",
    focus: "reporting",
    pattern:
      / (reports? (directly |indirectly )?(to|into)|reporting|line manager|people manager|managerial|(staff|people|line) management|management responsibilit(y|ies)|supervisor|boss|direct reports?|indirect reports?|supervises?|supervising|manages how many|team size|(manage|manages|managing|lead|leads|leading) (a |an |the |any )?(big |large |small |whole )?(team|staff|people|unit)|how (big|large) is (the|their|his|her|its) team|how many (people|staff|reports|subordinates) (does|do|will|would|under)(?! be (hired|recruited|employed|appointed|selected|taken on))|how many (people|staff|employees|persons)( [a-z0-9]+){0,8} (manage|supervise|lead|oversee|line manage)|subordinates|who (is|will be) .* (manager|boss|supervisor)) /,
  },
  {
    name: "salary",
    intent: "details",
    focus: "salary",
    pattern:
      / (salary|salaries|pay|paid|pays|wage|wages|remuneration|compensation|earn|earns|earning|income|money|how much .* (get|make|earn)|allowances?|benefits|grade|grades) /,
  },
  {
    name: "contract",
    intent: "details",
    focus: "contract",
    pattern:
      / (contract|contracts|duration|permanent|temporary|fixed term|renewal|renewable|renew|renewed|extension|extend|extended|indefinite|definite|probation|probationary|secondment|seconded|how long (is|does|will) (the|it|this) (job|post|position|contract|role|appointment|last)|how long (does|will|would) (the|it|this)( [a-z0-9]+){0,6} last|(maximum|max|total) (period|length|duration|term|time|years)( of (service|employment|appointment))?|(period|length|term) of (service|employment|appointment)|how long can (i|you|one|the incumbent) (stay|serve|work|remain)|(can|could|may|would) (i|you|one|the incumbent) (stay|serve|remain) (in|on|at|for)) /,
  },
  {
    name: "posts",
    intent: "details",
    focus: "posts",
    pattern:
      / (how many ([a-z0-9]+ ){0,5}(posts|positions|openings|vacancies|people|persons|places|seats|slots|hires|candidates|jobs|roles|notices|listings)|number of (posts|positions|openings|vacancies|places|hires)|more than one (post|position)) /,
  },
  {
    name: "profiles",
    intent: "details",
    focus: "profiles",
    pattern: / (profiles?|profile a|profile b|which divisions?) /,
  },
  {
    // "what's the reference number", "when was it published", "link to the notice": the notice itself.
    name: "notice",
    intent: "details",
    focus: "notice",
    pattern:
      / ((reference|ref|vacancy|job|requisition) (number|no|code|id)|(when|what date) (was|is|were|did) .* (published|posted|advertised|announced|put up|go up|come out)|(publication|posting) date|date (of )?(publication|posting)|(link|url) (to|for|of)|web ?page|website) /,
  },
  {
    name: "documents",
    intent: "details",
    focus: "documents",
    pattern:
      / (documents?|attach|attachments?|attached|cv|resume|cover letter|motivation letter|essay|endorsement|how (do|can|to|should|would) (i|we|you)? ?apply|how to apply|application process|submit|send in|what to send|what (should|do|must|shall) (i|we) (send|include|provide|bring|prepare)|paperwork|portfolio|references?|(need|have|got) to (send|attach|enclose|submit|include|provide) (with|in|along)|(apply|submit)( [a-z]+){0,5} (for me|on (my|our|his|her|their) behalf)) /,
  },
  {
    name: "location",
    intent: "details",
    focus: "location",
    pattern:
      / (where|location|located|based|city|country|duty station|workplace|which office|what office|relocat\w*|(which|what) (org|organisation|organization|employer|agency|entity|body)|(org|organisation|organization|employer) (is|of|for)|who (is )?(hiring|recruiting|employing) for) /,
  },
  {
    name: "requirements",
    intent: "requirements",
    focus: requirementFocus,
    pattern:
      / (requirements?|required|require|requires|(is|are) .* (needed|necessary|mandatory|compulsory|obligatory)|qualifications?|qualified|criteria|eligib\w*|prerequisites?|need to (have|know|be|speak)|do (i|you|we) need|what does it take|must (i|you|we|have|be)|essential|desirable|skills?|languages?|english|french|bilingual|speak|spoken|fluent|fluency|education|graduates?|bachelor s?|bachelors|master s?|masters|phd|doctorate|degree|diploma|experience|years|competenc\w*|what .* (need|needs) ) /,
  },
  {
    name: "overview",
    intent: "details",
    focus: "overview",
    pattern:
      / (tell (me|us)|details?|describe|description|about|summary|overview|category|job type|(full|part) time|working time|more info|information|what does .* do|duties|responsibilit\w*|tasks|what is the|who is the|explain|differences? between|compare|comparison) /,
  },
];

/** Words that only shape a question and never name a post or a skill. */
const QUESTION_WORDS = new Set(
  (
    "a an the and or of for to in on at by with from about as is are was were be been being do does did " +
    "have has had i me my we us our you your it its they them their this that these those there here " +
    "what which who whom whose when where why how any all some can could should would will shall may might " +
    "must not no please pls plz thanks thank hi hello hey dear bot vacancybot kindly tell show give list " +
    "find search see look looking know want wanted like get got let s t d ll re ve m " +
    "job jobs vacancy vacancies post posts position positions role roles opening openings opportunity " +
    "opportunities posting postings advert adverts offer offers career careers notice notices " +
    "announcement application applications apply applying applicant applicants candidate candidates " +
    "hiring recruit recruiting recruitment currently current available still open opened now today yet " +
    "already just also very really more info information detail details anything something someone " +
    "people person one ones else other others out there exist exists need needs needing needed require " +
    "requires requiring required ask asks asking wants wanting mention mentions mentioning involve involves " +
    "involving use uses using demand demands call calls seek seeking match matching suit suits suited " +
    "suitable fit fits mine interested interest right moment presently nowadays soon upcoming latest recent " +
    "recently new speak speaks spoken speaker speakers speaking fluent fluently fluency everything " +
    "good morning afternoon evening whether wondering wonder wanted regards kind best cheers many " +
    "difference differences between than among amongst compare comparison don doesn didn isn aren wasn weren won couldn shouldn wouldn miss yo hiya howdy greetings behalf told asked confirm confirmed exact exactly because idea ideas bit lot anyone anybody somebody if ok okay so then yes yeah sure wait hmm hm um umm uh oh ah anyway anyways alright sorted sort sorting ordered order rank ranked arrange arranged count every each " +
    // Chat courtesy and filler around a question ("sorry to bother you, quick question re ..."):
    // unknown to the notices, they would otherwise outweigh the words that name the post.
    "sorry apologies apologise apologize bother bothering quick question questions mind letting " +
    "grateful appreciate appreciated hope hoping well curious anywhere somewhere message thx ty " +
    "btw fyi lol asap colleague colleagues forwarded heard saw think thought guess maybe perhaps " +
    "actually basically wanna gonna kinda am allowed permitted " +
    // "how many posts in total across all the vacancies": how much of the list, never what it is about.
    "total altogether overall across combined " +
    // "is it before my leave": when, compared with something, never what the post is.
    "before after " +
    // "which posts did BICES advertise": how a post was published, never what it is about.
    "advertise advertised advertises advertising"
  ).split(" "),
);

/** Words of a focus: they say what is asked about one post, so they are not searched for. */
const FOCUS_WORDS = new Set(
  (
    "deadline deadlines closing close closes closed due last day days week weeks month months date dates left remaining go until till stays remains longer longest " +
    "long much time many cut cutoff off expire expires expiry expiration end status accepting taking over " +
    "passed ended expired finished late running active possible accepted accepting considered " +
    "requirement requirements qualification qualifications qualified qualify qualifies criteria eligible eligibility " +
    "prerequisite prerequisites essential desirable skill skills language languages speak spoken fluent " +
    "english french bilingual length lengths level levels " +
    "education degree diploma studies study experience experienced years year competency competencies " +
    "university graduate graduates bachelor bachelors master masters phd doctorate enough " +
    "competence take takes " +
    "salary salaries pay paid pays wage wages remuneration compensation earn earns earning income money " +
    "allowance allowances benefits grade grades contract contracts duration permanent temporary fixed term " +
    "monthly yearly annual annually hourly weekly gross net tax taxed taxable " +
    "currency currencies dollar dollars usd euro euros eur pound pounds gbp sterling " +
    "renewal renewable renew renewed renewing extension extensions extend extended extending indefinite definite probation probationary " +
    "number persons places seats slots hires profile profiles division divisions " +
    "report reports reporting line manager supervisor boss direct indirect supervise supervises " +
    "supervising manage manages managing team size big large staff subordinates under " +
    "document documents attach attachment attachments attached cv resume cover letter motivation essay " +
    "endorsement process submit send paperwork portfolio reference references page pages " +
    "max maximum min minimum " +
    "location located based city country station workplace office relocate relocation " +
    "org organisation organization employer " +
    "published publication posted posting url webpage website " +
    "describe description summary overview duties responsibilities responsibility tasks explain category " +
    "help usage instructions command commands work next upcoming soonest earliest nearest first " +
    "clearance clearances vetting vetted national nationals nationality nationalities citizen citizens " +
    "citizenship passport passports non medical"
  ).split(" "),
);

/** Multi-word focus phrases whose words can also name a post ("service" in "Service Desk"), removed as a whole. */
const FOCUS_PHRASES =
  / (salary|pay|wage) (range|bracket)s? | (reference|ref|vacancy|job|requisition) (number|no|code|id) | (link|url) (to|for|of) | (\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty) (years?|yrs?|months?)( of)? | security clearances? | medical (check|exam|examination|file|fitness) | (maximum|max|total) (period|length|duration|term|time|years)( of (service|employment|appointment))? | (period|length|term) of (service|employment|appointment) | how long can (i|you|one|the incumbent) (stay|serve|work|remain) | (full|part) time /g;

const MONTH_NAME = `(?:${MONTH_ALTERNATION})`;
/** "1 april 2025", "april 1st, 2025", "march 2025", "2025-03-30" (folded: "2025 03 30"). */
const DATE_PHRASE = new RegExp(
  [
    ` \\d{1,2}(?:st|nd|rd|th)? (?:of )?${MONTH_NAME}(?: \\d{4})?(?= )`,
    ` (?:on |by |before |until )?${MONTH_NAME} \\d{1,2}(?:st|nd|rd|th)?(?: \\d{4})?(?= )`,
    ` ${MONTH_NAME} \\d{4}(?= )`,
    ` \\d{4} \\d{1,2} \\d{1,2}(?= )`,
    // "jobs in 2025": a year says when.
    ` (?:in|during|for|of) \\d{4}(?= )`,
    // "still be open next month": a time relative to today.
    ` (?:next|this|the coming|the following) (?:week|month|year)(?= )`,
  ].join("|"),
  "g",
);

/** Focus words that also name a field of work when a word for posts follows ("medical jobs"). */
const FIELD_FOCUS_WORDS: ReadonlySet<string> = new Set(["medical", "documentation", "publications"]);
const POST_NOUN = /^(jobs?|posts?|positions?|roles?|vacanc(y|ies)|openings?|careers?|opportunit(y|ies))$/;

function namesField(word: string, next: string | undefined): boolean {
  return FIELD_FOCUS_WORDS.has(word) && next !== undefined && POST_NOUN.test(next);
}

/** The subject of a question: its words minus question words (and minus focus words for one-post questions). */
export function extractSubject(question: string, intent: Intent): string {
  const dropFocus = intent !== "search" && intent !== "unknown";
  // A date in the question ("open on 1 April 2025") says when, never what.
  // "on-call work": folding splits it into two question words; kept whole, it names a duty.
  const dateless = ` ${foldText(question)} `.replace(DATE_PHRASE, " ").replace(/ on call /g, " on-call ");
  const folded = dropFocus ? dateless.replace(FOCUS_PHRASES, " ") : dateless;
  const words = folded.split(" ");
  return words
    .filter(
      (w, i) =>
        w !== "" &&
        !QUESTION_WORDS.has(w) &&
        !isCountOfPosts(words, i) &&
        // A list keeps an occupation ("project manager positions") though "manager" is also a focus
        // word, and a field of work ("medical jobs") though "medical" also asks for a medical check.
        !(
          dropFocus &&
          FOCUS_WORDS.has(w) &&
          !(intent === "list" && (namedRoles(w).length > 0 || namesField(w, words[i + 1])))
        ),
    )
    .join(" ");
}

/** "the 2 policy officers", "the three network technicians": a count of posts before their title. */
const POSTS_COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)$/;
const COUNT_OF = new Set(["the", "these", "those", "our", "your", "both"]);
const TIME_UNIT = /^(?:years?|months?|weeks?|days?|hours?|k)$/;

/** Whether the word at `i` counts the posts a title names rather than being part of it. */
function isCountOfPosts(words: readonly string[], i: number): boolean {
  const next = words[i + 1] ?? "";
  return (
    POSTS_COUNT.test(words[i] as string) &&
    COUNT_OF.has(words[i - 1] ?? "") &&
    next !== "" &&
    !TIME_UNIT.test(next)
  );
}

/** Words that join two asks or two posts in one question ("salary and location", "X vs Y"). */
const PART_JOINER = / (?:and|or|vs|versus|than|plus|also|as well as|compared (?:to|with)) /;

/** Intents that answer about one post, whose foci a second ask can add to. */
const ONE_POST_INTENTS: ReadonlySet<Intent> = new Set(["deadline", "status", "requirements", "details"]);

/** The focus a part of a question asks about one post, or null when it asks none. */
function partFocus(part: string): Focus | null {
  for (const rule of RULES) {
    if (!rule.pattern.test(part)) continue;
    if (!ONE_POST_INTENTS.has(rule.intent) || rule.name === "overview") return null;
    return typeof rule.focus === "function" ? rule.focus(part) : rule.focus;
  }
  return null;
}

/**
 * The question's parts, when joining words split it into two or more: what else each part asks
 * (besides `focus`) and what each names. A status already states the deadline, so neither adds
 * to the other.
 */
function questionParts(
  text: string,
  intent: Intent,
  focus: Focus,
  asksText = text,
): Pick<DetectedIntent, "alsoAsked" | "partSubjects"> {
  const parts = text.split(PART_JOINER).map((p) => ` ${p.trim()} `);
  // Asks are also listed with commas ("deadline, salary and contract"); titles hold commas too, so
  // commas only split the asks, never what the parts name.
  const asks = asksText.split(PART_JOINER).map((p) => ` ${p.trim()} `);
  if (asks.length < 2) return {};
  const timing = new Set<Focus>(["deadline", "status"]);
  const alsoAsked: Focus[] = [];
  for (const part of asks) {
    const f = partFocus(part);
    if (f === null || f === focus || alsoAsked.includes(f)) continue;
    if (timing.has(f) && timing.has(focus)) continue;
    alsoAsked.push(f);
  }
  const partSubjects =
    parts.length < 2 ? [] : parts.map((p) => extractSubject(p.trim(), intent)).filter((p) => p !== "");
  return {
    ...(alsoAsked.length > 0 ? { alsoAsked } : {}),
    ...(partSubjects.length > 1 ? { partSubjects } : {}),
  };
}

/** "cyber or security jobs": the subjects "or" offers as alternatives; empty when it offers none. */
function alternatives(text: string): Pick<DetectedIntent, "anyOf"> {
  const parts = text.split(/ or /).map((p) => extractSubject(p.trim(), "list"));
  return parts.length > 1 && parts.every((p) => p !== "") ? { anyOf: parts } : {};
}

/** "open on 25 June 2024": the day a list asks about, when it names one. */
function onDayOf(text: string): Pick<DetectedIntent, "onDay"> {
  const onDay = namedListDay(text);
  return onDay ? { onDay } : {};
}

/** Courtesy that opens or closes a chat message ("jobs pls", "thanks, deadline?"), which anchored rules must not see. */
const COURTESY_EDGE =
  /^((please|pls|plz|thanks|thank you|thx|ty|cheers|hi|hello|hey|dear bot) )+|( (please|pls|plz|thanks|thank you|thx|ty|cheers|many thanks))+$/;

/**
 * The asker's own deadline ("my deadline is end of day", "need it by EOD"), not a post's: the
 * deadline rule must not read it as the question.
 */
const ASKERS_DEADLINE =
  / ((my|our) (own )?deadline( is| s)?|(the )?deadline (is|s) (end of (the )?day|eod|cob|close of business|end of business))( (end of (the )?day|eod|cob|today|tonight|tomorrow))?(?= )/g;

/**
 * "remind me tomorrow about the NOSC deadline": the bot sets no reminders, but the fact asked for is
 * the post's deadline; the request and its time are no part of the question.
 */
const REMIND_ME =
  /^ ?(please |can you |could you )?(remind|ping|notify) (me|us)( (tomorrow|later|next week|in \d+ days|on [a-z0-9]+))? (again )?(about|of|when|before|which|what|where|who|how|if|whether) (?=.)/;

/** A folded question without courtesy at its edges; a question that is only courtesy stays as it is. */
function withoutCourtesy(question: string): string {
  const trimmed = question.replace(COURTESY_EDGE, "").replace(COURTESY_EDGE, "").trim();
  return trimmed === "" ? question : trimmed;
}

/**
 * A range whose post bound is reduced to the words that name the post ("the digital backbone one"
 * -> "digital backbone"); null when those words name nothing ("closing before it").
 */
function postBoundsNamed(range: ClosingRange): ClosingRange | null {
  const named = (b: RangeBound | null): RangeBound | null =>
    b?.kind === "post" ? { kind: "post", words: extractSubject(b.words, "deadline") } : b;
  const from = named(range.from);
  const to = named(range.to);
  const empty = (b: RangeBound | null) => b?.kind === "post" && b.words === "";
  return empty(from) || empty(to) ? null : { from, to };
}

/**
 * A list that filters or orders the open posts by something besides their deadline ("part-time
 * jobs", "jobs paying in dollars", "jobs that don't need French"), or null when the question asks
 * none. `text` is the folded question without any deadline window it names.
 */
function listFilterIntent(text: string): DetectedIntent | null {
  // "part-time jobs", "any full time positions in Brussels": open posts stating that working time.
  const workingTime = JOB_TYPE_LIST.exec(text);
  if (workingTime) {
    const subject = extractSubject(
      text.replace(NOT_WORKING_TIME, " ").replace(/ (full|part) time /, " "),
      "list",
    );
    const asksPart = workingTime[0].includes("part") !== NOT_WORKING_TIME.test(text);
    const jobType = asksPart ? "part-time" : "full-time";
    return { intent: "list", focus: "overview", subject, rule: "list-job-type", jobType };
  }
  // "which job has the most posts", "jobs with several openings": a list by number of posts.
  const byPostCount = MOST_POSTS.test(text)
    ? "most"
    : SEVERAL_POSTS.test(text) && !/ how many /.test(text)
      ? "several"
      : null;
  if (byPostCount !== null) {
    const subject = extractSubject(
      text
        .replace(MOST_POSTS, " ")
        .replace(SEVERAL_POSTS, " ")
        .replace(/ (has|have|with|offer|offers) /g, " "),
      "list",
    );
    // "X or Y: which has more posts" compares the posts each part names.
    const { partSubjects } = questionParts(text, "list", "posts");
    return {
      intent: "list",
      focus: "posts",
      subject,
      rule: "list-by-post-count",
      byPostCount,
      ...(partSubjects ? { partSubjects } : {}),
    };
  }
  // "jobs paying over 70k": open posts whose stated pay reaches the amount.
  const pay = salaryFloorOf(text);
  if (pay) {
    // "jobs paying over 80k in dollars": the currency too.
    const paidIn = currencyAsked(pay.rest);
    const subject = extractSubject(paidIn?.rest ?? pay.rest, "list");
    return {
      intent: "list",
      focus: "salary",
      subject,
      rule: "list-salary-floor",
      salaryFloor: pay.floor,
      ...(paidIn ? { salaryCurrency: paidIn.currency } : {}),
    };
  }
  // "which jobs pay in dollars", "is any job paid in pounds", "salary in dollars?": open posts whose
  // stated pay is in that currency. A question about one post's pay ("salary in euros for the X")
  // is no list: it asks for posts, starts as a list does, asks about any post, or names none.
  const paidIn = currencyAsked(text);
  const currencySubject = paidIn ? extractSubject(paidIn.rest, "list") : "";
  if (
    paidIn &&
    (ASKS_FOR_POSTS.test(text) || STARTS_AS_LIST.test(text) || ANY_POST.test(text) || currencySubject === "")
  ) {
    const subject = currencySubject;
    return {
      intent: "list",
      focus: "salary",
      subject,
      rule: "list-salary-currency",
      salaryCurrency: paidIn.currency,
    };
  }
  // "which job has the latest deadline": open posts, latest closing first.
  const latest = LATEST_CLOSING.exec(text);
  if (latest) {
    const subject = extractSubject(text.replace(LATEST_CLOSING, " "), "list");
    return {
      intent: "list",
      focus: "deadline",
      subject,
      rule: "list-latest-closing",
      latestClosingFirst: true,
    };
  }
  // "any vacancies outside Brussels": open posts whose known location is elsewhere.
  const outside = OUTSIDE_PLACE.exec(text);
  if (outside && LIST_BEFORE_FILTER.test(text.slice(0, outside.index + 1))) {
    const excluding = extractSubject(text.slice(outside.index + outside[0].length), "search");
    if (excluding !== "") {
      const subject = extractSubject(text.slice(0, outside.index + 1), "list");
      return {
        intent: "list",
        focus: "overview",
        subject,
        rule: "list-outside-place",
        excluding,
        excludingPlace: true,
      };
    }
  }
  // "which notices give a salary", "how many posts state a deadline": open posts whose notice fills
  // that field. Only a field's own words count ("which jobs list Cisco" asks for a skill).
  const stated = STATES_FIELD.exec(text);
  const beforeStated = stated ? text.slice(0, stated.index + 1) : "";
  if (
    stated &&
    !/ (don t|dont|do not|doesn t|doesnt|does not|not|never|no) $/.test(beforeStated) &&
    // "does the deputy director post have a category" asks about one post.
    !YES_NO_OPENING.test(beforeStated) &&
    (LIST_BEFORE_FILTER.test(beforeStated) || / how many /.test(text)) &&
    absentFieldOf(stated[1] ?? "") !== null
  ) {
    const subject = extractSubject(text.slice(0, stated.index + 1), "list");
    return { intent: "list", focus: "overview", subject, rule: "list-stating", stating: stated[1] ?? "" };
  }
  // "jobs that don't need French", "positions without a degree": open posts that do not ask for it.
  const negated = NEGATED_NEED.exec(text);
  // "... because I don't want to miss it": a negation about the asker filters no post.
  const asker = / (i|we|you|they) $/;
  if (
    negated &&
    LIST_BEFORE_FILTER.test(text.slice(0, negated.index + 1)) &&
    !asker.test(text.slice(0, negated.index + 1))
  ) {
    const excluding = extractSubject(text.slice(negated.index + negated[0].length), "search");
    if (excluding !== "") {
      const subject = extractSubject(text.slice(0, negated.index + 1), "list");
      return { intent: "list", focus: "overview", subject, rule: "list-excluding", excluding };
    }
  }
  // "jobs requiring security clearance": notices state it among the application notes, which the
  // search does not read, so the posts are kept by their eligibility sentences.
  if (CLEARANCE.test(text) && (ASKS_FOR_POSTS.test(text) || STARTS_AS_LIST.test(text))) {
    const subject = extractSubject(text.replace(CLEARANCE_ALL, " "), "list");
    return { intent: "list", focus: "eligibility", subject, rule: "list-clearance", needsClearance: true };
  }
  return null;
}

/** Classifies a (clean) question by the first matching rule; "unknown" when none applies. */
export function detectIntent(raw: string): DetectedIntent {
  // Misspelt keywords are read as meant, for the rules and for what is left as the subject.
  // A lone "+" or "&" joins two asks ("deadline + posts"); folding would drop it.
  // "# of posts" is "number of posts"; folding would drop the "#".
  // "1) deadline 2) salary" and "1. deadline 2. salary" number asks; the numbers name nothing.
  // "2+ posts" is "2 or more posts"; folding would drop the "+".
  const joined = raw
    .replace(/(\d)\s*\+(?=\s|$|[?!.,])/g, "$1 or more")
    .replace(/\s[+&]\s/g, " and ")
    .replace(/#\s*of\b/gi, "number of")
    .replace(/(?:^|\s)\d{1,2}\)\s+|(?:^|\s)\d{1,2}\.\s+(?=[a-z])/gi, " and ");
  const read = (t: string) =>
    withoutCourtesy(readWords(t)).replace(ASKERS_DEADLINE, " ").replace(REMIND_ME, " ").trim();
  const question = read(joined);
  // "grade? salary? deadline?": a question mark between asks lists them as a comma does.
  const asksText = ` ${read(joined.replace(/[,;/]|\?(?=\s*[^\s?])/g, " and "))} `;
  const text = ` ${question} `;
  if (text.trim() === "") return { intent: "help", focus: "overview", subject: "", rule: "empty" };
  if (FAULT_REPORT.test(text) && !new RegExp(` ${NOUN} `).test(text))
    return { intent: "unknown", focus: "overview", subject: "", rule: "fault-report" };
  // "jobs closing between 15 and 20 June", "what closes after the NOSC chief": a deadline range.
  // "how many weeks before the X deadline" asks how long is left, not for posts closing before it.
  const ranged = HOW_LONG_BEFORE.test(text) ? null : closingRangeOf(text);
  const closingRange = ranged ? postBoundsNamed(ranged.range) : null;
  // "did the NOSC chief close before the digital backbone officer?": a yes/no about two posts'
  // deadlines is their comparison (the list of open posts before one would leave out closed ones).
  const againstPost =
    closingRange && ranged && YES_NO_OPENING.test(text)
      ? [closingRange.from, closingRange.to].find((b) => b?.kind === "post")
      : undefined;
  const otherPost = ranged ? extractSubject(ranged.rest, "deadline") : "";
  if (againstPost?.kind === "post" && otherPost !== "") {
    return {
      intent: "deadline",
      focus: "deadline",
      subject: `${otherPost} ${againstPost.words}`,
      rule: "deadline-two-posts",
      partSubjects: [otherPost, againstPost.words],
    };
  }
  // "which job closes soonest": the open posts, soonest first; "which closes first, X or Y" compares X and Y
  // (below), and a question naming no list ("next deadline for the NOSC chief") asks about one post.
  if (!closingRange && SOONEST_CLOSING.test(text)) {
    const subject = extractSubject(text.replace(SOONEST_CLOSING, " "), "list");
    const { partSubjects } = questionParts(text, "list", "deadline");
    // "closing soonest: cyber or tech security?": the posts the parts name (or match), soonest first.
    if (partSubjects || subject === "" || ASKS_FOR_POSTS.test(text))
      return {
        intent: "list",
        focus: "deadline",
        subject,
        rule: "list-soonest-closing",
        soonestClosingFirst: true,
        ...(partSubjects ? { partSubjects, ...alternatives(text) } : {}),
      };
  }
  // "jobs closing this week", "what closes soon": open posts whose deadline falls in a window.
  const window = closingRange ? null : closingWindowDays(text);
  // "what closes in March", "deadlines by June": open posts whose deadline falls in that month.
  const month = closingRange || window !== null ? null : closingMonth(text);
  // "what closed recently", "which jobs closed last month": closed posts, most recently closed first.
  const closedBack = closingRange || window !== null ? undefined : closedWindowDays(text);
  if (closedBack !== undefined) {
    const subject = extractSubject(question, "list")
      .split(" ")
      .filter((w) => w !== "" && !WINDOW_WORDS.has(w) && !CLOSED_WORDS.has(w) && !/^\d+$/.test(w))
      .join(" ");
    return { intent: "list", focus: "deadline", subject, rule: "list-closed", closedWithinDays: closedBack };
  }
  // "English-only roles closing in June": a list filter, narrowed by the deadline window named.
  const deadline: Pick<
    DetectedIntent,
    "closingRange" | "closingWithinDays" | "closingInMonth" | "withoutWindow"
  > = closingRange
    ? { closingRange }
    : window !== null
      ? { closingWithinDays: window }
      : month !== null
        ? { closingInMonth: month }
        : {};
  const windowText =
    closingRange && ranged
      ? ` ${ranged.rest.trim()} `
      : window !== null
        ? withoutClosingWindow(text)
        : month !== null
          ? withoutClosingMonth(text)
          : text;
  // The deadline word goes with the window: "outside Brussels closing this year" excludes Brussels.
  const filterText =
    closingRange || window !== null || month !== null ? windowText.replace(DEADLINE_WORDS, " ") : text;
  // What else the question asks, read without the window by the answers across posts.
  if (filterText !== text) deadline.withoutWindow = filterText.trim().replace(/ +/g, " ");
  const filter = listFilterIntent(filterText);
  if (filter) return { ...filter, ...deadline };
  if (closingRange && ranged) {
    const subject = extractSubject(ranged.rest, "list")
      .split(" ")
      .filter((w) => w !== "" && !WINDOW_WORDS.has(w) && !/^\d+$/.test(w))
      .join(" ");
    return { intent: "list", focus: "deadline", subject, rule: "list-closing-range", ...deadline };
  }
  if (window !== null) {
    const subject = extractSubject(question, "list")
      .split(" ")
      .filter((w) => w !== "" && !WINDOW_WORDS.has(w) && !/^\d+$/.test(w))
      .join(" ");
    return {
      intent: "list",
      focus: "deadline",
      subject,
      rule: "list-closing-window",
      ...deadline,
    };
  }
  if (month !== null) {
    const subject = extractSubject(question, "list")
      .split(" ")
      .filter((w) => w !== "" && !WINDOW_WORDS.has(w) && !MONTH_WORDS.has(w) && !/^\d+$/.test(w))
      .join(" ");
    return { intent: "list", focus: "deadline", subject, rule: "list-closing-month", ...deadline };
  }
  for (const rule of RULES) {
    if (!rule.pattern.test(text)) continue;
    const focus = typeof rule.focus === "function" ? rule.focus(text) : rule.focus;
    const subject = extractSubject(
      rule.name === "ai-tools" ? ` ${question} `.replace(AI_TOOL_PHRASE, " ").trim() : question,
      rule.intent,
    );
    // "help" with a real subject ("help desk technician") is a search, not a request for help.
    if (rule.intent === "help" && subject !== "" && !/ (use|work|ask|do|answer|say) /.test(text)) continue;
    // "open jobs needing X" asks for a list of open posts, filtered by X.
    if (rule.intent === "search" && OPEN_QUALIFIER.test(text)) {
      return {
        intent: "list",
        focus: "overview",
        subject: extractSubject(question, "list"),
        rule: "list-open-skill",
      };
    }
    // A list keeps only the parts' subjects: "which is open longer, X or Y" lists the posts named.
    const parts = ONE_POST_INTENTS.has(rule.intent)
      ? questionParts(text, rule.intent, focus, asksText)
      : rule.intent === "list"
        ? {
            partSubjects: questionParts(text, "list", focus).partSubjects,
            ...alternatives(text),
            ...onDayOf(text),
          }
        : {};
    return { intent: rule.intent, focus, subject, rule: rule.name, ...parts };
  }
  const subject = extractSubject(question, "unknown");
  // "what's the time", "years?": only words that ask about some post, and no post or skill named.
  if (subject !== "" && subject.split(" ").every((w) => FOCUS_WORDS.has(w))) {
    return { intent: "unknown", focus: "overview", subject: "", rule: "focus-words-only" };
  }
  return { intent: "unknown", focus: "overview", subject, rule: "none" };
}
