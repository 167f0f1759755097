// Readable snapshots of the cards for the five seed vacancies and for list, help and no-match
// answers: one Markdown file per answer with the plain text, the Slack message and the Teams card.
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answer/model.ts";
import { type RenderOptions, renderAdaptiveCard, renderSlackMessage } from "../../src/cards/index.ts";
import { answerAbout } from "../fixtures/answers.ts";
import {
  digitalBackboneOfficer,
  nocChief,
  SEED_VACANCIES,
  technicalSecurityOperator,
} from "../fixtures/vacancies.ts";
import { adaptiveCardProblems, slackProblems } from "./cardValidators.ts";
import { snapshotDocument } from "./snapshotDocument.ts";

const cases: Array<[string, Answer, RenderOptions]> = [
  ...SEED_VACANCIES.map((v): [string, Answer, RenderOptions] => [
    `seed-${v.id}`,
    answerAbout([v], {
      intent: "details",
      focus: "overview",
      asOf: "2024-06-10",
      question: `tell me about ${v.title}`,
    }),
    { shareable: true, recruiter: true },
  ]),
  [
    "requirements-digital-backbone",
    answerAbout([digitalBackboneOfficer], {
      intent: "requirements",
      focus: "requirements",
      asOf: "2025-01-10",
      question: "requirements for the digital backbone officer",
    }),
    {},
  ],
  [
    "deadline-nosc-chief",
    answerAbout([nocChief], {
      intent: "deadline",
      focus: "deadline",
      asOf: "2024-06-05",
      question: "when does the NOSC chief application close",
    }),
    { shareable: true },
  ],
  [
    "draft-preview",
    answerAbout([technicalSecurityOperator], { intent: "details", focus: "overview", asOf: "2025-11-01" }),
    { draft: { id: "7c1e2d9a-draft", state: "preview" } },
  ],
  [
    "draft-posted",
    answerAbout([technicalSecurityOperator], { intent: "details", focus: "overview", asOf: "2025-11-01" }),
    { draft: { id: "7c1e2d9a-draft", state: "posted" } },
  ],
  [
    "list-open-posts",
    answerAbout(SEED_VACANCIES, {
      intent: "list",
      asOf: "2024-06-20",
      totalMatches: 5,
      question: "which posts are open?",
    }),
    { shareable: true },
  ],
  [
    "help",
    answerAbout([], {
      intent: "help",
      question: "help",
      text: "I answer questions about vacancies: deadlines, requirements, languages, contracts and more.",
      suggestions: [
        "Which posts are open?",
        "When does the NOSC chief application close?",
        "Requirements for the digital backbone officer",
      ],
    }),
    {},
  ],
  [
    "no-match",
    answerAbout([], {
      intent: "unknown",
      question: "where is lunch?",
      text: 'I found no vacancy matching "where is lunch?". Try a job title, an organisation or a skill.',
      suggestions: ["List open vacancies", "Help"],
    }),
    { shareable: true },
  ],
];

describe("card snapshots", () => {
  it.each(cases)("%s", async (name, answer, options) => {
    expect(slackProblems(renderSlackMessage(answer, options))).toEqual([]);
    expect(adaptiveCardProblems(renderAdaptiveCard(answer, options))).toEqual([]);
    await expect(snapshotDocument(name, answer, options)).toMatchFileSnapshot(`./__snapshots__/${name}.md`);
  });
});
