// The bot commands listed in the Teams app manifest, read from a message's text (mention stripped).
// Teams inserts the command title into the compose box and the user types the rest, so
// "deadline network technician" arrives as plain text, which the core understands as it is.
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/create-a-bot-commands-menu

export type TeamsCommand =
  | { kind: "ask"; question: string }
  /** A recruiter starts posting a vacancy. */
  | { kind: "post" };

/** Command titles as shown in Teams' command menu (kept in step with appPackage/manifest.json). */
export const COMMAND_TITLES = ["deadline", "vacancies", "vacancy", "post vacancy", "help"] as const;

/** A command picked from the menu and sent without arguments, as the question it stands for. */
const BARE_COMMAND_QUESTIONS: Record<string, string> = {
  deadline: "Which deadlines are coming up?",
  deadlines: "Which deadlines are coming up?",
  vacancies: "Which vacancies are open?",
  vacancy: "Which vacancies are open?",
  help: "help",
};

/** Removes the `<at>` markup Teams wraps around mentions, keeping the mentioned names. */
export function stripMentionMarkup(text: string): string {
  return text.replace(/<at>([^<]*)<\/at>/gi, "$1");
}

/**
 * Turns a message into a command: "post vacancy" starts the recruiter flow, a bare command word
 * becomes the question it stands for, and anything else goes to the core as written.
 */
export function parseTeamsCommand(text: string): TeamsCommand {
  const clean = text.replace(/\s+/g, " ").trim();
  const word = clean
    .replace(/^\//, "")
    .replace(/[?.!]+$/, "")
    .toLowerCase();
  if (/^post (?:a )?(?:new )?vacanc(?:y|ies)$/.test(word)) return { kind: "post" };
  const bare = word === "" ? "help" : BARE_COMMAND_QUESTIONS[word];
  if (bare) return { kind: "ask", question: bare };
  return { kind: "ask", question: clean };
}
