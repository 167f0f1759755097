// admitFairly: requests start in arrival order, a few per event-loop turn, so the loop polls for
// I/O (and accepts a new connection) between batches; and the real server still answers through it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { admitFairly } from "../../adapters/requestAdmission.ts";

const fakeRequest = (n: number) => [{ n } as unknown as IncomingMessage, {} as ServerResponse] as const;

describe("admitFairly", () => {
  it("starts requests in arrival order, at most perTurn per event-loop turn", async () => {
    // A turn counter that advances once per check phase, like the admission's own callbacks.
    let turn = 0;
    let counting = true;
    const tick = () => {
      turn++;
      if (counting) setImmediate(tick);
    };
    setImmediate(tick);
    const started: { n: number; turn: number }[] = [];
    const all = new Promise<void>((resolve) => {
      const admit = admitFairly((req) => {
        started.push({ n: (req as unknown as { n: number }).n, turn });
        if (started.length === 10) resolve();
      }, 3);
      for (let n = 0; n < 10; n++) admit(...fakeRequest(n)); // ten requests ready in one poll phase
    });
    await all;
    counting = false;
    expect(started.map((s) => s.n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const perTurn = new Map<number, number>();
    for (const s of started) perTurn.set(s.turn, (perTurn.get(s.turn) ?? 0) + 1);
    expect([...perTurn.values()]).toEqual([3, 3, 3, 1]);
  });

  it("lets I/O in between batches: a timer due meanwhile runs before the last requests", async () => {
    const order: string[] = [];
    await new Promise<void>((resolve) => {
      const admit = admitFairly((req) => {
        const n = (req as unknown as { n: number }).n;
        order.push(`request ${n}`);
        if (n === 0) {
          // Set while the first request runs, and due before it ends.
          setTimeout(() => order.push("timer"), 1);
          const until = Date.now() + 5;
          while (Date.now() < until);
        }
        if (n === 7) resolve();
      }, 2);
      for (let n = 0; n < 8; n++) admit(...fakeRequest(n));
    });
    // Run all at once, the timer would come after request 7; two per turn, right after request 1.
    expect(order.slice(0, 3)).toEqual(["request 0", "request 1", "timer"]);
  });

  it("drops a request whose client left while it waited", async () => {
    const started: number[] = [];
    await new Promise<void>((resolve) => {
      const admit = admitFairly((req) => {
        started.push((req as unknown as { n: number }).n);
        if (started.length === 2) resolve();
      }, 1);
      const [gone, res] = fakeRequest(1);
      admit(...fakeRequest(0));
      admit(gone, res);
      admit(...fakeRequest(2));
      (gone as { destroyed: boolean }).destroyed = true; // its socket closed before its turn
    });
    expect(started).toEqual([0, 2]);
  });

  it("rejects a batch size that would admit nothing", () => {
    expect(() => admitFairly(() => {}, 0)).toThrow(RangeError);
  });

  it("serves real HTTP requests with their bodies, many connections at once", async () => {
    const server = createServer(
      admitFairly((req, res) => {
        let body = "";
        req.setEncoding("utf8");
        req.on("data", (chunk: string) => {
          body += chunk;
        });
        req.on("end", () => res.end(`echo:${body.length}`));
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const bodies = Array.from({ length: 40 }, (_, i) => "x".repeat(i * 5000));
      const replies = await Promise.all(
        bodies.map((body) =>
          fetch(`http://127.0.0.1:${port}/`, { method: "POST", body, headers: { connection: "close" } }).then(
            (r) => r.text(),
          ),
        ),
      );
      expect(replies).toEqual(bodies.map((b) => `echo:${b.length}`));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});
