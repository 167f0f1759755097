// The subscription commands users type on any platform: `subscribe <query>`,
// `unsubscribe [<query>|all]`, `my subscriptions`. One parser, shared by every adapter.

export type LifecycleCommand =
  | { kind: "subscribe"; query: string }
  | { kind: "unsubscribe"; query: string | null; all: boolean }
  | { kind: "list" }
  /** Said "subscribe" with nothing to subscribe to. */
  | { kind: "subscribe-usage" };

const SUBSCRIBE = /^(?:please\s+)?subscribe(?:\s+(?:me\s+)?(?:to|for)\b)?\s*(.*)$/is;
const UNSUBSCRIBE = /^(?:please\s+)?unsubscribe(?:\s+(?:me\s+)?(?:from\b)?)?\s*(.*)$/is;
const LIST = /^(?:(?:show|list)\s+)?(?:my\s+)?subscriptions\??$/i;

/** Reads a subscription command from plain text (mentions already removed); null when it is none. */
export function parseLifecycleCommand(text: string): LifecycleCommand | null {
  const t = text.trim().replace(/\s+/g, " ");
  if (LIST.test(t)) return { kind: "list" };
  const unsub = UNSUBSCRIBE.exec(t);
  if (unsub) {
    const rest = cleanQuery(unsub[1] ?? "");
    if (/^(all|everything)$/i.test(rest)) return { kind: "unsubscribe", query: null, all: true };
    return { kind: "unsubscribe", query: rest || null, all: false };
  }
  const sub = SUBSCRIBE.exec(t);
  if (sub) {
    const query = cleanQuery(sub[1] ?? "");
    return query ? { kind: "subscribe", query } : { kind: "subscribe-usage" };
  }
  return null;
}

function cleanQuery(raw: string): string {
  return raw
    .trim()
    .replace(/^["'“‘]+|["'”’.!?]+$/g, "")
    .trim()
    .slice(0, 200);
}

/** Two queries are the same subscription when they differ only in case and spacing. */
export function sameQuery(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/\s+/g, " ").trim();
  return norm(a) === norm(b);
}
