import { describe, expect, it } from "vitest";
import { detectIntent } from "../../src/answer/detectIntent.ts";
import { correctKeyword, correctKeywords, droppedLetterKeyword } from "../../src/answer/keywordSpelling.ts";

describe("correctKeyword", () => {
  it.each([
    ["dealine", "deadline"],
    ["deadlin", "deadline"],
    ["requirments", "requirements"],
    ["requirmeents", "requirements"],
    ["qualifcations", "qualifications"],
    ["salry", "salary"],
    ["langauges", "languages"],
    ["experiance", "experience"],
    ["educaton", "education"],
    ["clearence", "clearance"],
  ])("%s -> %s", (typo, keyword) => {
    expect(correctKeyword(typo)).toBe(keyword);
  });

  it.each([
    "deadline", // already right
    "headline", // another word: the first letter differs
    "clothing", // a real word one edit from "closing"
    "salt", // too short to correct
    "network",
    "technician",
    "fortigate",
    "applications", // a keyword's plural
    "clearances",
  ])("leaves %s as written", (word) => {
    expect(correctKeyword(word)).toBeNull();
  });

  it("writes out chat spellings as folding writes the full forms", () => {
    expect(correctKeywords("whats the deadline u need")).toBe("what s the deadline you need");
    expect(correctKeywords("jobs that dont need french")).toBe("jobs that don t need french");
  });

  it("corrects only the misspelt words of a question", () => {
    expect(correctKeywords("dealine for the netwrok techncian")).toBe("deadline for the netwrok techncian");
  });
});

describe("detectIntent reads misspelt keywords as meant", () => {
  it.each([
    ["dealine for the netwrok techncian", "deadline", "netwrok techncian"],
    ["requirments for the digital backbon officer", "requirements", "digital backbon officer"],
    ["salry of the technical security operator", "details", "technical security operator"],
    ["langauges for the NOSC chief", "requirements", "nosc chief"],
  ])("%s", (question, intent, subject) => {
    const d = detectIntent(question);
    expect(d.intent).toBe(intent);
    expect(d.subject).toBe(subject);
  });
});

describe("correctKeywords: chat shorthand for question words", () => {
  it("writes out shorthand that spelling correction cannot reach", () => {
    expect(correctKeywords("reqs 4 tech sec op pls")).toBe("requirements 4 tech sec op pls");
    expect(correctKeywords("wen dos it close")).toBe("when does it close");
    expect(correctKeywords("yrs of exp")).toBe("years of experience");
    expect(correctKeywords("nice to haves for the chief")).toBe("desirable for the chief");
    expect(correctKeywords("how many posts are still live")).toBe("how many posts are still open");
    expect(correctKeywords("any live vacancies")).toBe("any open vacancies");
    expect(correctKeywords("where would i live")).toBe("where would i live");
    expect(correctKeywords("i have a high school diploma")).toBe("i have a secondary education");
    expect(correctKeywords("secondary school only")).toBe("secondary education only");
  });

  it("corrects typos of contract, reporting and length but not real neighbours", () => {
    expect(correctKeyword("contrct")).toBe("contract");
    expect(correctKeyword("reportin")).toBe("reporting");
    expect(correctKeyword("lenght")).toBe("length");
    expect(correctKeyword("contact")).toBeNull();
    expect(correctKeyword("report")).toBeNull();
  });
});

describe("droppedLetterKeyword: short question words with one letter dropped", () => {
  it("reads them as meant, keeping the first letter", () => {
    expect(droppedLetterKeyword("clse")).toBe("close");
    expect(droppedLetterKeyword("whn")).toBe("when");
    expect(droppedLetterKeyword("wher")).toBe("where");
    expect(detectIntent("whn dose the depity directr oss clse").intent).toBe("deadline");
  });

  it("leaves whole words and other short words alone", () => {
    expect(droppedLetterKeyword("close")).toBeNull();
    expect(droppedLetterKeyword("lose")).toBeNull();
    expect(droppedLetterKeyword("hen")).toBeNull();
    // "when were the jobs posted": an English word, though "where" without its "h".
    expect(droppedLetterKeyword("were")).toBeNull();
    expect(droppedLetterKeyword("wh")).toBeNull();
  });
});

describe("correctKeywords: chat shorthand for 'what's' and 'right now'", () => {
  it("reads 'wats' as 'what s' and a closing 'rn' as 'right now', but not 'rn' inside a question", () => {
    expect(correctKeywords("wats open rn")).toBe("what s open right now");
    expect(correctKeywords("any rn jobs")).toBe("any rn jobs");
    expect(detectIntent("wats open rn").intent).toBe("list");
  });
});
