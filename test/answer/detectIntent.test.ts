import { describe, expect, it } from "vitest";
import { detectIntent, extractSubject } from "../../src/answer/detectIntent.ts";

const cases = (intent: string, focus: string | null, questions: string[]) =>
  questions.map((q) => [q, intent, focus] as const);

describe("detectIntent: many phrasings per intent", () => {
  it.each([
    ...cases("deadline", "deadline", [
      "what's the closing date for the cyber officer post?",
      "When does the network technician vacancy close",
      "deadline digital backbone",
      "until when can I apply for the security operator job",
      "how many days left to apply for the NOR officer",
      "last day to apply for the BNOSC chief",
      "by when must I submit my application for the technician role",
      "When is the network technician application due?",
      "how long do I have to apply for the technical security operator",
      "cut-off date for the deputy director",
      "Technical security operator: when should I apply?",
      "when does it expire, the digital backbone post",
      "time left for the NOSC chief?",
    ]),
    ...cases("status", "status", [
      "is the network technician job still open?",
      "Is the NOSC chief post closed?",
      "are applications for the digital backbone officer open",
      "can I still apply for the technical security operator",
      "is it too late to apply for the network technician",
      "has the deputy director vacancy closed",
      "technical security operator open or closed?",
      "status of the cyber officer vacancy",
      "Is the BNOSC chief position still accepting applications",
    ]),
    ...cases("requirements", "requirements", [
      "requirements for the digital backbone officer",
      "What are the qualifications for the network technician?",
      "what do I need to apply for the NOSC chief",
      "am I eligible for the technical security operator job",
      "essential criteria network technician",
      "what skills does the cyber officer need",
      "what does the deputy director role require",
    ]),
    ...cases("requirements", "languages", [
      "what languages does the technical security operator need",
      "do I need French for the digital backbone job",
      "language requirements for the network technician",
      "must I speak English for the NOSC chief post",
    ]),
    ...cases("requirements", "education", [
      "do I need a university degree for the network technician",
      "what education is required for the technical security operator",
    ]),
    ...cases("requirements", "experience", [
      "how many years of experience for the digital backbone officer",
      "experience required for the NOSC chief",
    ]),
    ...cases("details", "salary", [
      "what's the salary for the technical security operator",
      "how much does the network technician pay",
      "remuneration of the cyber officer",
    ]),
    ...cases("details", "contract", [
      "what kind of contract is the NOSC chief",
      "is the digital backbone post permanent?",
      "contract duration for the network technician",
      "can the NOSC chief post be renewed",
      "is the network technician post extended after 3 years",
    ]),
    ...cases("details", "posts", [
      "how many posts for the technical security operator",
      "how many positions are offered for network technician",
      "number of vacancies for the NOSC chief",
    ]),
    ...cases("details", "reporting", [
      "how many direct reports does the NOSC chief have",
      "who does the technical security operator report to",
      "who is the line manager of the network technician",
    ]),
    ...cases("details", "documents", [
      "what documents do I need to attach for the deputy director",
      "how do I apply for the deputy director post",
      "do I need a cover letter for the network technician",
    ]),
    ...cases("details", "location", [
      "where is the technical security operator based",
      "location of the digital backbone job",
    ]),
    ...cases("details", "profiles", ["what profiles are there for the network technician"]),
    ...cases("details", "overview", [
      "tell me about the NOSC chief",
      "describe the digital backbone officer role",
    ]),
    ...cases("list", null, [
      "show open vacancies",
      "any open jobs?",
      "what's open",
      "what is open right now?",
      "list all vacancies",
      "which positions are open in Brussels",
      "are there any jobs at BICES",
      "current openings",
      "who is hiring?",
      "show me the available positions",
      "jobs in Brussels",
      "how many posts are open",
      "what jobs do you have",
    ]),
    ...cases("search", null, [
      "which jobs need Fortigate firewall skills",
      "posts asking for Tempest knowledge",
      "ITIL certified roles",
      "any positions involving cryptography?",
      "jobs that need Cisco CCNA",
      "which vacancies mention Linux",
      "roles for someone with project management experience",
    ]),
    ...cases("help", null, [
      "how do I use this bot",
      "help",
      "what can you do?",
      "what can I ask you",
      "",
      "   ",
    ]),
  ])("%s -> %s", (question, intent, focus) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    if (focus !== null) expect(d.focus).toBe(focus);
  });
});

describe("detectIntent: the subject left for search", () => {
  it.each([
    [
      "closing date for the network and communications technician vacancy",
      "network communications technician",
    ],
    ["when does the NOSC chief application close", "nosc chief"],
    ["is the network technician job still open?", "network technician"],
    ["which jobs need Fortigate firewall skills", "fortigate firewall skills"],
    ["show open vacancies", ""],
    ["jobs in Brussels", "brussels"],
    ["where is the coffee machine", "coffee machine"],
  ])("%s -> %s", (question, subject) => {
    expect(detectIntent(question).subject).toBe(subject);
  });

  it("names the rule that decided", () => {
    expect(detectIntent("deadline for the NOSC chief").rule).toBe("deadline");
    expect(detectIntent("help desk technician").intent).not.toBe("help");
  });

  it("reads applying to several posts as no question of whether one is open", () => {
    expect(detectIntent("can I apply to two posts at the same time?").rule).not.toBe("status");
    expect(detectIntent("can I apply for both profiles?").rule).not.toBe("status");
    expect(detectIntent("can I apply to the NOSC chief post").rule).toBe("status");
  });

  it("reads how many people will be hired as a count of posts, not of reports", () => {
    expect(detectIntent("how many people will be hired as network technician?").focus).toBe("posts");
    expect(detectIntent("how many people will the NOSC chief manage?").focus).toBe("reporting");
  });

  it("gives 'unknown' to a bare subject", () => {
    expect(detectIntent("PKI and MPLS").intent).toBe("unknown");
    expect(detectIntent("network technician").intent).toBe("unknown");
  });
});

describe("detectIntent: more everyday wording", () => {
  it.each([
    ["can I apply for the digital backbone officer", "status"],
    ["How many network technician posts are there?", "details"],
    ["what's available right now?", "list"],
    ["what should I send with my application for the network technician", "details"],
    ["how can I apply for the network technician", "details"],
    ["what do I need to send with my application for the deputy director?", "details"],
    ["any new vacancies?", "list"],
    ["hello", "help"],
  ])("%s -> %s", (question, intent) => {
    expect(detectIntent(question).intent).toBe(intent);
  });

  it("leaves time words out of a list's filter", () => {
    expect(detectIntent("what's available right now?").subject).toBe("");
  });
});

describe("detectIntent: 'can I apply' with a time question is a deadline", () => {
  it.each([
    "until when can I apply for the security operator job",
    "until what date can I apply for the BICES Network Operations and Security Centre Chief?",
  ])("%s", (question) => {
    expect(detectIntent(question).intent).toBe("deadline");
  });
});

describe("detectIntent: clearance, nationality and language wording", () => {
  it.each([
    [
      "do I need a security clearance for the technical security operator?",
      "eligibility",
      "technical security operator",
    ],
    ["can non-NATO nationals apply for the digital backbone post?", "eligibility", "nato digital backbone"],
    ["what nationality do you need for the NOSC chief", "eligibility", "nosc chief"],
    ["can I apply for the NOSC chief if I'm not from a NATO country?", "eligibility", "nosc chief nato"],
    ["what level of english for the digital backbone officer", "languages", "digital backbone officer"],
    ["does the network technician need to be fluent in French", "languages", "network technician"],
  ])("%s -> %s", (question, focus, subject) => {
    const d = detectIntent(question);
    expect(d.focus).toBe(focus);
    expect(d.subject).toBe(subject);
  });
});

describe("detectIntent: 'how long' and 'can I apply today'", () => {
  it.each([
    ["how long is the contract for the digital backbone officer", "details", "contract"],
    ["how long does the network technician job last", "details", "contract"],
    ["how long do I have to apply for the NOSC chief", "deadline", "deadline"],
    ["how long is left for the technical security operator", "deadline", "deadline"],
    ["can i apply today for the network technician", "status", "status"],
    ["can we apply now to the NOSC chief post", "status", "status"],
  ])("%s -> %s/%s", (question, intent, focus) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    expect(d.focus).toBe(focus);
  });
});

describe("detectIntent: nothing named", () => {
  it.each(["what's the time", "years?", "how much time"])("%s names no post or skill", (question) => {
    expect(detectIntent(question).subject).toBe("");
  });

  it("drops 'speak' and 'next' from what is searched for", () => {
    expect(detectIntent("I speak English and French, which jobs can I apply for?").subject).toBe(
      "english french",
    );
    expect(detectIntent("when is the next deadline").subject).toBe("");
  });
});

describe("detectIntent: posts that do not ask for something", () => {
  it.each([
    ["are there jobs that don't need french", "", "french"],
    ["which positions don't require a degree", "", "degree"],
    ["open jobs in Brussels without French", "brussels", "french"],
    ["anything that doesn't need a university degree?", "", "university degree"],
    ["which jobs aren't with BICES", "", "bices"],
    ["jobs that don't give a deadline", "", "deadline"],
    ["which posts are missing a category?", "", "category"],
    ["which notices lack a contract", "", "contract"],
  ])("%s", (question, subject, excluding) => {
    const d = detectIntent(question);
    expect(d.intent).toBe("list");
    expect(d.subject).toBe(subject);
    expect(d.excluding).toBe(excluding);
  });

  it.each([
    ["how many notices give a salary?", "a salary"],
    ["which posts state a deadline", "a deadline"],
  ])("%s lists the posts whose notice fills the field", (question, stating) => {
    const d = detectIntent(question);
    expect(d.intent).toBe("list");
    expect(d.stating).toBe(stating);
  });

  it("reads a skill after 'list' or 'have' as no field", () => {
    expect(detectIntent("which jobs list Cisco").stating).toBeUndefined();
    expect(detectIntent("jobs that don't give a deadline").stating).toBeUndefined();
  });

  it("leaves a one-post question alone", () => {
    expect(detectIntent("does the network technician not need french").excluding).toBeUndefined();
  });
});

describe("detectIntent: chat spellings, degrees, categories, 'everything'", () => {
  it.each([
    ["whats the deadline for the NOSC chief", "deadline", "nosc chief"],
    ["im a network admin with ccnp, anything for me?", "search", "network admin ccnp"],
    ["Is a bachelor's enough for the digital backbone officer?", "requirements", "digital backbone officer"],
    [
      "Do I have to be a university graduate for the technical security operator?",
      "requirements",
      "technical security operator",
    ],
    ["what's the job category of the technical security operator", "details", "technical security operator"],
    ["show me everything you have", "list", ""],
    ["what's new?", "list", ""],
  ])("%s -> %s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    expect(d.subject).toBe(subject);
  });

  it("reads a degree question as an education question", () => {
    expect(detectIntent("Is a bachelor's enough for the digital backbone officer?").focus).toBe("education");
  });
});

describe("detectIntent: letters, eligibility and counts for one post", () => {
  it.each([
    ["who can apply for the network technician", "details", "eligibility", "network technician"],
    [
      "how many posts are available for the network and communications technician role",
      "details",
      "posts",
      "network communications technician",
    ],
    ["how many posts are available", "list", "overview", ""],
    [
      "Good afternoon! I wanted to ask whether the Network and Communications Technician post is still accepting applications. Kind regards",
      "status",
      "status",
      "network communications technician",
    ],
  ])("%s", (question, intent, focus, subject) => {
    const d = detectIntent(question);
    expect([d.intent, d.focus, d.subject]).toEqual([intent, focus, subject]);
  });
});

describe("detectIntent: dates, 'open to applications', '<field> jobs'", () => {
  it.each([
    [
      "Is the Officer Digital Backbone job open to applications on 1 April 2025?",
      "status",
      "officer digital backbone",
    ],
    ["deadline 2025-03-30 digital backbone", "deadline", "digital backbone"],
    ["is the NOSC chief open for applicants on March 3rd, 2024", "status", "nosc chief"],
    ["cyber jobs", "list", "cyber"],
    ["NATO HQ vacancies", "list", "nato hq"],
    ["project manager positions", "list", "project manager"],
  ])("%s -> %s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect([d.intent, d.subject]).toEqual([intent, subject]);
  });

  it("keeps numbers that are no date", () => {
    expect(detectIntent("which posts need ISO 9000").subject).toBe("iso 9000");
  });
});

describe("detectIntent: posts outside a place", () => {
  it.each([
    ["any vacancies outside Brussels?", "", "brussels"],
    ["open jobs except in Mons", "", "mons"],
    ["cyber jobs other than The Hague", "cyber", "hague"],
    ["what's open that isn't in Brussels?", "", "brussels"],
    ["roles not based in Mons", "", "mons"],
    ["which notices aren't located in Brussels", "", "brussels"],
  ])("%s", (question, subject, excluding) => {
    const d = detectIntent(question);
    expect([d.intent, d.subject, d.excluding, d.excludingPlace]).toEqual(["list", subject, excluding, true]);
  });
});

describe("detectIntent: a recruiter's 'notices' and 'listings' are posts", () => {
  it.each([
    ["notices without a deadline", "deadline"],
    ["which listings have no salary set", "salary set"],
  ])("%s", (question, excluding) => {
    const d = detectIntent(question);
    expect([d.intent, d.rule, d.excluding]).toEqual(["list", "list-excluding", excluding]);
  });

  it("counts the posts when asked how many notices there are", () => {
    expect(detectIntent("how many notices are there?").rule).toBe("posts");
  });
});

describe("detectIntent: lists by number of posts", () => {
  it.each([
    ["which job has the most posts", "most", ""],
    ["cyber vacancies with the largest number of openings", "most", "cyber"],
    ["jobs with more than one opening", "several", ""],
    ["any positions with multiple openings?", "several", ""],
  ])("%s", (question, byPostCount, subject) => {
    const d = detectIntent(question);
    expect([d.intent, d.byPostCount, d.subject]).toEqual(["list", byPostCount, subject]);
  });

  it("leaves 'how many posts' and 'more than one post for the X' to the one-post answer", () => {
    expect(detectIntent("how many posts for the network technician").byPostCount).toBeUndefined();
    expect(
      detectIntent("are there more than one post for the network technician").byPostCount,
    ).toBeUndefined();
  });
});

describe("detectIntent: filler and ordering words name nothing", () => {
  it.each([
    ["ok and the requirements?", "requirements"],
    ["what's closing first?", "list"],
    ["open posts sorted by deadline", "list"],
    ["order the open jobs by closing date", "list"],
  ])("%s", (question, intent) => {
    const d = detectIntent(question);
    expect([d.intent, d.subject]).toEqual([intent, ""]);
  });
});

describe("detectIntent: 'qualify' and a count of years are no part of a post's name", () => {
  it("leaves the post and the skill", () => {
    expect(
      detectIntent(
        "do I qualify for the network technician with 4 years experience and a vocational diploma?",
      ).subject,
    ).toBe("network technician vocational");
  });
});

describe("detectIntent: 'applications are being accepted'", () => {
  it("is a status question", () => {
    const d = detectIntent("are applications still being accepted for the NOSC chief?");
    expect([d.intent, d.subject]).toEqual(["status", "nosc chief"]);
  });
});

describe("detectIntent: chat courtesy, shorthand and filler around the question", () => {
  it.each([
    ["reqs nosc", "requirements", "nosc"],
    ["dig backbone offcr yrs of exp?", "requirements", "dig backbone offcr"],
    ["wen dos the nw tech job close", "deadline", "nw tech"],
    ["cybr officer sal?", "details", "cybr officer"],
    ["nice-to-haves for the NOSC chief", "requirements", "nosc chief"],
    ["how many weeks left for the tech sec operator", "deadline", "tech sec operator"],
    [
      "Sorry to bother you, quick question re the PSESB post: how many years of experience do they want?",
      "requirements",
      "psesb",
    ],
    ["what qualifications the cyber officer role needs", "requirements", "cyber officer"],
  ])("%s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    expect(d.subject).toBe(subject);
  });

  it("drops courtesy at the edges before the anchored rules", () => {
    expect(detectIntent("jobs pls").intent).toBe("list");
    expect(detectIntent("thanks, deadline for the NOSC chief?").subject).toBe("nosc chief");
    // Only courtesy: still a greeting.
    expect(detectIntent("thanks").intent).toBe("help");
  });

  it("reads 'a national MoD' as no nationality question", () => {
    expect(detectIntent("I work at a national MoD, requirements for the NOSC chief?").intent).toBe(
      "requirements",
    );
    expect(detectIntent("can a Swiss national apply to the NOSC chief").focus).toBe("eligibility");
  });
});

describe("detectIntent: the parts of a question", () => {
  it("collects the further asks about one post", () => {
    expect(detectIntent("salary and location for the tech security operator").alsoAsked).toEqual([
      "location",
    ]);
    expect(detectIntent("deadline + number of posts for the network technician").alsoAsked).toEqual([
      "posts",
    ]);
    expect(detectIntent("deadline for the network and communications technician").alsoAsked).toBeUndefined();
    // Question marks list asks as commas do.
    expect(detectIntent("tech sec operator: grade? salary? deadline?").alsoAsked).toEqual(
      expect.arrayContaining(["salary"]),
    );
    expect(detectIntent("deadline, salary and contract for the tech security operator").alsoAsked).toEqual([
      "salary",
      "contract",
    ]);
    // A comma inside a title splits no post: "Operator, Technical Security" stays one subject.
    expect(detectIntent("deadline for the Operator, Technical Security").partSubjects).toBeUndefined();
  });

  it("gives each part's subject when the parts name things", () => {
    expect(
      detectIntent("which closes first, the NOSC chief or the network technician?").partSubjects,
    ).toEqual(["nosc chief", "network technician"]);
    expect(
      detectIntent("requirements and deadline for the digital backbone officer").partSubjects,
    ).toBeUndefined();
  });
});

describe("detectIntent: AI tools and a medical", () => {
  it.each([
    [
      "can I use ChatGPT to help write my application for the technical security operator?",
      "technical security operator",
    ],
    ["is AI allowed for the NOSC chief application", "nosc chief"],
    ["am I allowed to use AI tools for the NOSC chief application?", "nosc chief"],
  ])("%s asks what the notice says about AI tools", (question, subject) => {
    const d = detectIntent(question);
    expect(d.focus).toBe("documents");
    expect(d.subject).toBe(subject);
  });

  it("reads 'do I need a medical' as an eligibility question", () => {
    const d = detectIntent("do I need a medical for the network technician post");
    expect(d.focus).toBe("eligibility");
    expect(d.subject).toBe("network technician");
  });
});

describe("detectIntent: nationality stated, a language's speakers, more posts of two", () => {
  it("reads 'I'm Swiss, can I apply' as an eligibility question", () => {
    const d = detectIntent("I'm Swiss, can I apply for the NOSC chief?");
    expect(d.focus).toBe("eligibility");
    expect(detectIntent("I am from Canada, can I apply to the network technician").focus).toBe("eligibility");
  });

  it("searches the posts that ask for a language its speakers name", () => {
    const d = detectIntent("anything for a French speaker?");
    expect(d.intent).toBe("search");
    expect(d.subject).toBe("french");
  });

  it("compares the number of posts of the posts named", () => {
    const d = detectIntent("digital backbone or technical security operator: which one has more posts?");
    expect(d.byPostCount).toBe("most");
    expect(d.partSubjects).toEqual(["digital backbone", "technical security operator"]);
  });
});

describe("detectIntent: AI named without applying", () => {
  it("leaves 'artificial intelligence jobs' to the list rules", () => {
    expect(detectIntent("any artificial intelligence jobs?").rule).not.toBe("ai-tools");
    expect(detectIntent("can I use ChatGPT for my cover letter for the NOSC chief").rule).toBe("ai-tools");
  });
});

describe("detectIntent: words about how much or how posts were published", () => {
  it("never keeps them as the subject", () => {
    expect(detectIntent("which posts did BICES advertise").subject).toBe("bices");
    expect(detectIntent("how many posts in total across all the vacancies").subject).toBe("");
  });
});

describe("detectIntent: fault reports", () => {
  it("reads a fault report as no question about a post", () => {
    for (const q of [
      "cisco router keeps rebooting, help",
      "my network cable is broken, can a technician come up",
    ]) {
      expect(detectIntent(q), q).toMatchObject({ intent: "unknown", subject: "", rule: "fault-report" });
    }
  });

  it("leaves questions about posts alone", () => {
    expect(detectIntent("does the network technician keep working on-call?").rule).not.toBe("fault-report");
    expect(detectIntent("is the technician job down?").rule).not.toBe("fault-report");
  });
});

describe("detectIntent: words that say when or which detail, not which post", () => {
  it("drops 'range' after a pay word and a time relative to today from the subject", () => {
    expect(detectIntent("salary range tech security op").subject).toBe("tech security op");
    expect(detectIntent("will the tech security job still be open next month?")).toMatchObject({
      intent: "status",
      subject: "tech security",
    });
  });
});

describe("detectIntent: the organisation and the contract's length", () => {
  it("reads 'which org is X with' as where the post is and who employs it", () => {
    expect(detectIntent("which org is the tech security operator with")).toMatchObject({
      intent: "details",
      focus: "location",
      subject: "tech security operator",
    });
  });

  it("reads 'how long is the X contract' as the contract, not the time left", () => {
    expect(detectIntent("how long is the network tech contract")).toMatchObject({ focus: "contract" });
    expect(detectIntent("how long do I have for the network tech job")).toMatchObject({ focus: "deadline" });
  });
});

describe("detectIntent: questions about the notice itself", () => {
  it.each([
    ["what's the reference number for the tech security job", "tech security"],
    ["when was the digital backbone job published?", "digital backbone"],
    ["link to the notice for the NOSC chief", "nosc chief"],
  ])("%s", (question, subject) => {
    expect(detectIntent(question)).toMatchObject({ intent: "details", focus: "notice", subject });
  });

  it("leaves references to attach to the documents", () => {
    expect(detectIntent("do I need references for the NOSC chief").focus).toBe("documents");
  });
});

describe("detectIntent: 'count' asks how many, it names nothing", () => {
  it("drops it from a list's subject", () => {
    expect(detectIntent("count of open jobs")).toMatchObject({ intent: "list", subject: "" });
  });
});

describe("detectIntent: numbered asks and clearance lists", () => {
  it("reads '1) deadline 2) salary' as asks joined, the numbers naming nothing", () => {
    expect(detectIntent("NOSC chief: 1) deadline 2) salary 3) languages")).toMatchObject({
      intent: "deadline",
      subject: "nosc chief",
      alsoAsked: ["salary", "languages"],
    });
  });

  it("reads a list of posts needing a clearance as such (notices state it among the application notes)", () => {
    expect(detectIntent("what roles require a security clearance")).toMatchObject({
      intent: "list",
      needsClearance: true,
      subject: "",
    });
    expect(detectIntent("do I need a security clearance for the network technician").intent).toBe("details");
  });

  it("drops 'before' and 'after' from a one-post subject", () => {
    expect(detectIntent("when does the NOSC chief close - is it before my leave?").subject).toBe(
      "nosc chief leave",
    );
  });
});

describe("detectIntent: pay periods and years", () => {
  it("drops pay periods and a year from the subject", () => {
    expect(detectIntent("is the salary for the TSO paid monthly?").subject).toBe("tso");
    expect(detectIntent("tell me about jobs in 2025")).toMatchObject({ intent: "list", subject: "" });
  });
});

describe("detectIntent: pay ranges, currencies and 'b4'", () => {
  it("names no post with them", () => {
    expect(detectIntent("is the operator job paid in dollars or euros?")).toMatchObject({
      focus: "salary",
      subject: "operator",
    });
    expect(detectIntent("whats closing b4 the end of june").closingInMonth).toMatchObject({ month: 6 });
  });
});

describe("detectIntent: chat around the ask", () => {
  it("reads '2+ posts' as '2 or more posts'", () => {
    expect(detectIntent("jobs with 2+ posts")).toMatchObject({
      rule: "list-by-post-count",
      byPostCount: "several",
    });
  });

  it("reads 'is X a people manager' as a reporting question", () => {
    expect(detectIntent("is the NOSC chief a people manager?")).toMatchObject({ focus: "reporting" });
    expect(detectIntent("does the deputy director role have management responsibilities")).toMatchObject({
      focus: "reporting",
    });
  });

  it("reads 'how many staff report indirectly to X' as a reporting question", () => {
    expect(detectIntent("How many staff report indirectly to the deputy director OSS")).toMatchObject({
      intent: "details",
      focus: "reporting",
    });
  });

  it("reads 'how many weeks do I have' and 'the application window' as deadline questions", () => {
    expect(detectIntent("how many weeks do I have to apply to the NOSC chief role").intent).toBe("deadline");
    expect(detectIntent("when's the application window for the deputy director?").intent).toBe("deadline");
  });

  it("reads 'remind me which ...' as the question it wraps", () => {
    expect(detectIntent("remind me which jobs close in June 2024")).toMatchObject({ intent: "list" });
    expect(detectIntent("can you remind me what the deadline for the network technician is")).toMatchObject({
      intent: "deadline",
    });
  });

  it("reads 'full time' as a fact asked about, not a word of the post's name", () => {
    expect(extractSubject("is the cyber officer role full time", "details")).toBe("cyber officer");
  });
});

describe("extractSubject: a count of posts before their title", () => {
  it("drops the count, not a number of years or a figure in a name", () => {
    expect(extractSubject("deadline for the 2 policy officers", "deadline")).toBe("policy officers");
    expect(extractSubject("the three network technicians", "requirements")).toBe("network technicians");
    expect(extractSubject("jobs needing the 5 years experience", "search")).toContain("5");
  });
});

describe("extractSubject: a focus word naming a field of work", () => {
  it("keeps 'medical' before a word for posts, and drops it where it asks for a medical check", () => {
    expect(extractSubject("medical jobs", "list")).toBe("medical");
    expect(extractSubject("any medical positions open?", "list")).toContain("medical");
    expect(extractSubject("do I need a medical for the network technician", "details")).not.toContain(
      "medical",
    );
  });
});

describe("detectIntent: time questions about one or two posts", () => {
  it("reads 'did X close before Y' as the two posts' deadlines compared, not a list before Y", () => {
    const d = detectIntent("did the NOSC chief close before the digital backbone officer?");
    expect(d.intent).toBe("deadline");
    expect(d.partSubjects).toEqual(["nosc chief", "digital backbone officer"]);
    // A list question keeps the range.
    expect(detectIntent("what closes before the digital backbone officer?").closingRange).toBeDefined();
  });

  it("reads 'how many weeks before the X deadline' as the time left, not a range", () => {
    const d = detectIntent("how many weeks before the digital backbone deadline");
    expect(d.intent).toBe("deadline");
    expect(d.closingRange).toBeUndefined();
    expect(d.subject).toBe("digital backbone");
  });

  it("reads months left as a deadline question", () => {
    const d = detectIntent("is there more than a month left on the tech security operator?");
    expect(d.intent).toBe("deadline");
    expect(d.subject).toBe("tech security operator");
  });

  it("reads 'what was open on <day>' as the list on that day", () => {
    const d = detectIntent("what was open on 1 March 2025?");
    expect(d.intent).toBe("list");
    expect(d.onDay).toBeDefined();
  });

  it("reads 'which stays open longer, X or Y' as the two posts' deadlines", () => {
    const d = detectIntent("which stays open longer, the NOSC chief or the network technician?");
    expect(d.intent).toBe("deadline");
    expect(d.partSubjects).toEqual(["nosc chief", "network technician"]);
  });

  it("reads 'does the X post have a category' as about one post, not a list of posts stating one", () => {
    const d = detectIntent("does the deputy director OSS post have a category?");
    expect(d.stating).toBeUndefined();
    expect(d.intent).toBe("details");
  });

  it("reads 'how many people would X manage' as reporting lines", () => {
    expect(detectIntent("how many people would the deputy director OSS manage").focus).toBe("reporting");
  });
});
