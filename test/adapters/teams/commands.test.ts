// Menu commands -> questions for the core, and mention markup clean-up.
import { describe, expect, it } from "vitest";
import { parseTeamsCommand, stripMentionMarkup } from "../../../adapters/teams/commands.ts";

describe("parseTeamsCommand", () => {
  it.each([
    ["post vacancy", { kind: "post" }],
    ["Post a vacancy", { kind: "post" }],
    ["/post vacancy", { kind: "post" }],
    ["post new vacancy.", { kind: "post" }],
    ["vacancies", { kind: "ask", question: "Which vacancies are open?" }],
    ["Deadline?", { kind: "ask", question: "Which deadlines are coming up?" }],
    ["help", { kind: "ask", question: "help" }],
    ["", { kind: "ask", question: "help" }],
  ])("reads %j", (text, expected) => {
    expect(parseTeamsCommand(text)).toEqual(expected);
  });

  it("passes a command with words after it to the core as written", () => {
    expect(parseTeamsCommand("deadline  network technician")).toEqual({
      kind: "ask",
      question: "deadline network technician",
    });
    expect(parseTeamsCommand("post vacancy deadlines for technicians?")).toEqual({
      kind: "ask",
      question: "post vacancy deadlines for technicians?",
    });
  });
});

describe("stripMentionMarkup", () => {
  it("keeps the names of other people mentioned, without the markup", () => {
    expect(stripMentionMarkup("ask <at>Rita Recruiter</at> about it")).toBe("ask Rita Recruiter about it");
  });
});
