// Retries a connector call the SDK gave up on because of throttling. botbuilder's HTTP pipeline
// already retries 5xx with exponential back-off and 429/503 that carry Retry-After; a bare 429 is
// not retried there, so it is retried here with a short, bounded back-off.
// https://learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts?: number;
  /** Delay before the first retry; doubled for each further one. */
  baseDelayMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

/** The HTTP status carried by a connector error (RestError.statusCode), if any. */
export function connectorStatus(error: unknown): number | undefined {
  if (error && typeof error === "object") {
    const status = (error as { statusCode?: unknown; status?: unknown }).statusCode;
    if (typeof status === "number") return status;
  }
  return undefined;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `send`, retrying while the connector answers 429 (Too Many Requests). */
export async function withThrottlingRetry<T>(send: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 4;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const sleep = options.sleep ?? wait;
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (connectorStatus(error) !== 429 || attempt >= attempts) throw error;
      // Jitter spreads out retries from concurrent turns hitting the same limit.
      await sleep(baseDelayMs * 2 ** (attempt - 1) * (0.75 + Math.random() * 0.5));
    }
  }
}

/** What may be logged about an error: never the request (its headers carry the bearer token). */
export function describeError(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { error: String(error) };
  const status = connectorStatus(error);
  const code = (error as { code?: unknown }).code;
  return {
    error: error.name,
    message: error.message.slice(0, 500),
    ...(status === undefined ? {} : { status }),
    ...(typeof code === "string" ? { code } : {}),
  };
}
