// The words of lifecycle messages: the line above a vacancy card in a DM ("New post matching
// your subscription..."), and the replies to the subscription commands, as Answers the card
// renderers already know (a message with no items renders as text).
import { calendarDay, DEFAULT_TIME_ZONE } from "../answer/deadlineStatus.ts";
import type { Answer } from "../answer/model.ts";
import type { ReminderPoint, Send, Subscription } from "./model.ts";

/** The sentence introducing a notify or reminder card. */
export function leadLine(send: Extract<Send, { kind: "notify" | "reminder" }>, title: string): string {
  const q = `“${send.subscription.query}”`;
  if (send.kind === "notify") return `New vacancy matching your subscription ${q}: ${title}`;
  return `Reminder (${q}): applications for ${title} close ${whenText(send.point)}.`;
}

function whenText(point: ReminderPoint): string {
  return point === "1d" ? "tomorrow or today: last chance to apply" : "in 3 days";
}

/** A text-only answer (renders as a message card). */
export function messageAnswer(text: string, now: Date, suggestions: string[] = []): Answer {
  return {
    intent: "help",
    focus: "overview",
    question: "",
    asOf: calendarDay(now, DEFAULT_TIME_ZONE),
    items: [],
    totalMatches: 0,
    text,
    suggestions,
  };
}

/** "my subscriptions": the list, or how to start one. */
export function subscriptionsText(subscriptions: readonly Subscription[]): string {
  if (subscriptions.length === 0)
    return "You have no subscriptions. Say `subscribe <words>` (for example `subscribe cyber`) and I will message you when a matching vacancy is posted.";
  return [
    `Your subscription${subscriptions.length === 1 ? "" : "s"}:`,
    ...subscriptions.map((s) => `- “${s.query}” (since ${s.createdAt.slice(0, 10)})`),
    "Say `unsubscribe <words>` to stop one, or `unsubscribe all`.",
  ].join("\n");
}
