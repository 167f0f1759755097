// Fair turns for incoming requests when the server is saturated. Since libuv 1.45 (Node 20), a
// server accepts ONE new connection per event-loop turn (libuv/libuv#3696), and a turn runs every
// request that is ready. With 200 busy connections a turn takes 50-150 ms, so the 200th new
// connection waited 200 turns: measured 5-10 s for its first request (Slack gives up after 3 s,
// Teams after 15), while already-accepted connections were served in ~0.2 s. Admitting a few
// requests per turn keeps turns short: new connections are accepted within ~0.5 s and requests
// are served in arrival order, for ~5% of throughput at saturation (bench/load.ts, README).
import type { IncomingMessage, ServerResponse } from "node:http";

/** Requests started per event-loop turn: small enough to keep a turn to a few ms. */
export const REQUESTS_PER_TURN = 4;

type RequestListener = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * Wraps a request listener so that at most `perTurn` requests start per event-loop turn, in
 * arrival order. A request's body is already buffered when it starts (small bodies arrive with
 * their headers) and its handler runs with its own microtasks before the next one starts. A
 * request whose client has gone by then is dropped.
 */
export function admitFairly(listener: RequestListener, perTurn = REQUESTS_PER_TURN): RequestListener {
  if (!Number.isInteger(perTurn) || perTurn < 1) throw new RangeError("perTurn must be a positive integer");
  const waiting: (() => void)[] = [];
  let next = 0;
  let pumping = false;
  // Each turn (setImmediate: the loop's check phase) hands the next few requests to the following
  // turn, each as its own callback, then polls for I/O (and a new connection) in between.
  const pump = () => {
    for (let started = 0; started < perTurn && next < waiting.length; started++) {
      setImmediate(waiting[next] as () => void);
      waiting[next++] = undefined as unknown as () => void;
    }
    if (next > 1024 && next * 2 > waiting.length) {
      waiting.splice(0, next);
      next = 0;
    }
    if (next < waiting.length) setImmediate(pump);
    else pumping = false;
  };
  return (req, res) => {
    waiting.push(() => {
      // The client left while the request waited (its socket closed): no one is there to answer,
      // and its body can no longer be read.
      if (req.destroyed) return;
      listener(req, res);
    });
    if (!pumping) {
      pumping = true;
      setImmediate(pump);
    }
  };
}
