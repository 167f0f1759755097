// "thanks!", "ok thank you, that helps": a chat closing. It asks nothing, so the full help text
// would be noise; a short reply and one line of what the bot can do is what a user expects.
import { foldText } from "../search/text.ts";

/** Words that say thanks; a message must hold one of them. */
const THANKS_WORDS = new Set(
  "thanks thank thx ty tnx cheers ta appreciated appreciate merci danke".split(" "),
);

/** A cheap first look for any of THANKS_WORDS in the raw message. */
const THANKS_STEM = /thank|thx|\bty\b|tnx|cheers|\bta\b|appreciat|merci|danke/i;

/** Words that may stand around thanks without asking anything. */
const COURTESY_WORDS = new Set(
  (
    "you u a lot so very much many again all for the your this that it help helps helped helpful " +
    "info information answer answers reply ok okay cool great perfect awesome brilliant nice good " +
    "super excellent got gotcha understood noted fine right alright mate buddy bot vacancybot really " +
    "kind of indeed just that s is was i we much appreciate appreciated oh ah"
  ).split(" "),
);

/** The reply to thanks. */
export const THANKS_REPLY =
  "You're welcome! Ask me any time about open posts, deadlines, requirements, salary or how to apply.";

/** Is the (clean) message only thanks, with no question in it? */
export function isThanks(question: string): boolean {
  // Most questions hold no thanks at all: a look at the raw text spares folding them.
  if (!THANKS_STEM.test(question)) return false;
  const words = foldText(question)
    .split(" ")
    .filter((w) => w !== "");
  return (
    words.some((w) => THANKS_WORDS.has(w)) && words.every((w) => THANKS_WORDS.has(w) || COURTESY_WORDS.has(w))
  );
}
