// Questions across all posts that name no subject read at most ACROSS_POSTS_SCAN posts (the open
// ones closing soonest) on a large dataset, and say so; on a small one they read every post.
import { describe, expect, it } from "vitest";
import { ACROSS_POSTS_SCAN } from "../../src/answer/acrossPosts.ts";
import { answerQuestion } from "../../src/answer/index.ts";
import { VacancyIndex } from "../../src/search/VacancyIndex.ts";
import { makeVacancy } from "../fixtures/seedVacancies.ts";

const now = new Date("2024-06-05T12:00:00Z");
const N = ACROSS_POSTS_SCAN + 200;

/** N open posts, one closing per day from 6 June 2024; every 10th gives an e-mail address and asks for French. */
function largeIndex(): VacancyIndex {
  const day = (i: number) => new Date(Date.UTC(2024, 5, 6 + i)).toISOString().slice(0, 10);
  return new VacancyIndex(
    Array.from({ length: N }, (_, i) =>
      makeVacancy({
        id: `post-${i}`,
        title: `Analyst ${i}`,
        deadline: day(i),
        summary:
          i % 10 === 0
            ? "Questions to recruitment@example.int. Working language: French (level 3333)."
            : "An analyst post.",
        languages: i % 10 === 0 ? [{ language: "French", level: "3333" }] : [],
      }),
    ),
  );
}

describe("answers across posts on a large dataset", () => {
  const index = largeIndex();
  const ask = (q: string) => answerQuestion(q, { index, now });

  it("reads the posts closing soonest for a contact question naming no post, and says so", () => {
    const answer = ask("whom do I contact?");
    expect(answer.text).toContain(`I read the ${ACROSS_POSTS_SCAN} posts closing soonest of ${N}`);
    // Every 10th post of those read gives an address: 50 of the first 500.
    expect(answer.text).toContain("recruitment@example.int");
    expect(answer.text).not.toContain(`post-${ACROSS_POSTS_SCAN + 10}`);
  });

  it("counts a language list within the posts read, naming how many are open", () => {
    const answer = ask("which jobs need French?");
    expect(answer.text).toMatch(
      new RegExp(
        `^${ACROSS_POSTS_SCAN / 10} of the ${ACROSS_POSTS_SCAN} posts closing soonest \\(${N} are open`,
      ),
    );
    expect(answer.totalMatches).toBe(ACROSS_POSTS_SCAN / 10);
  });

  it("reads every post, and says nothing of it, when the dataset is small", () => {
    const small = new VacancyIndex(largeIndex().all().slice(0, 40));
    const answer = answerQuestion("which jobs need French?", { index: small, now });
    expect(answer.text).toMatch(/^4 of the 40 posts open or without a deadline/);
    expect(answerQuestion("whom do I contact?", { index: small, now }).text).not.toContain("I read");
  });
});
