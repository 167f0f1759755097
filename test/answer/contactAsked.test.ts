import { describe, expect, it } from "vitest";
import {
  asksForContact,
  contactDetails,
  contactPostText,
  contactSubjectWords,
} from "../../src/answer/contactAsked.ts";
import { deadlineStatus } from "../../src/answer/deadlineStatus.ts";
import { foldText } from "../../src/search/text.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const padded = (q: string) => ` ${foldText(q).trim().replace(/ +/g, " ")} `;

describe("asksForContact", () => {
  it.each([
    "who do I contact about the BICES job?",
    "is there a contact person for the BICES chief post",
    "email address for questions about the digital backbone vacancy?",
    "who is the recruiter for the operator",
    "phone number for HR?",
    "who can I ask about my application?",
    "who do I send my application to for the network technician job?",
    "where do I submit my CV for the NOSC chief",
    "where do I apply for the digital backbone officer job?",
    "where to send my resume?",
    "who handles applications for the network technician?",
  ])("%s asks whom to contact", (q) => {
    expect(asksForContact(padded(q))).toBe(true);
  });

  it.each([
    "hr assistant job",
    "who is the boss of the network technician",
    "how do I apply?",
    "contact centre jobs",
    "jobs with mobile networks experience",
    "phone support roles",
    "where can I park my car",
    "where is the technician job based",
    "where do I apply my skills best?",
  ])("%s does not", (q) => {
    expect(asksForContact(padded(q))).toBe(false);
  });
});

describe("contactSubjectWords", () => {
  it("reads the post after the contact words, else before them", () => {
    expect(contactSubjectWords(padded("who do I contact about the BICES job"))).toBe("about the bices job");
    expect(contactSubjectWords(padded("network technician contact?"))).toBe("network technician");
  });

  it("reads a possessive before the contact words as a person, not a post", () => {
    expect(contactSubjectWords(padded("what's the director's phone number"))).toBe("");
  });
});

describe("contactDetails", () => {
  it("finds e-mail addresses, international or labelled phone numbers and the link", () => {
    const v = makeVacancy({
      applicationNotes: ["Questions: recruit@example.org or tel. 02 707 41 11; apply by 2024-06-17."],
      url: "https://example.org/jobs/1",
    });
    expect(contactDetails(v)).toEqual([
      "recruit@example.org",
      "tel. 02 707 41 11",
      "https://example.org/jobs/1",
    ]);
  });

  it("is empty for a notice without any, dates included", () => {
    expect(
      contactDetails(makeVacancy({ applicationNotes: ["Apply by 2024-06-17 via the portal."] })),
    ).toEqual([]);
  });
});

describe("contactPostText", () => {
  it("puts where applications go first among the notes", () => {
    const vacancy = makeVacancy({
      applicationNotes: [
        "We only accept applications from nationals of NATO member countries.",
        "Applications must be submitted using e-recruitment system.",
      ],
    });
    const text = contactPostText({
      vacancy,
      deadline: deadlineStatus(vacancy, new Date("2024-06-05T12:00:00Z")),
    });
    expect(text).toContain("the notice names no contact person, e-mail address or phone number.\n");
    expect(text).toContain(
      "What it says about applying:\n- Applications must be submitted using e-recruitment system.\n- We only accept",
    );
  });

  it("says where applications go when a note gives a web address", () => {
    const vacancy = makeVacancy({
      applicationNotes: ["For all other applications: www.nato.int/recruitment."],
    });
    expect(
      contactPostText({ vacancy, deadline: deadlineStatus(vacancy, new Date("2024-06-05T12:00:00Z")) }),
    ).toContain("phone number. Applications go through www.nato.int/recruitment.\n");
  });
});
