// Hostile traffic for bench:abuse: a corpus of bad frames, and clients that send it.
import { randomBytes } from "node:crypto";
import { encodeRawAction } from "../../packages/shared/src/protocol/index.ts";
import { frames, type RawClient, rawJoin } from "../../test/support/raw-client.ts";

/** One hostile frame of every kind the issue lists, picked by `i` (deterministic mix). */
export function hostileFrame(i: number): Buffer {
  switch (i % 12) {
    case 0:
      return Buffer.concat([Buffer.from([17, 1]), randomBytes(1 + (i % 40))]); // random action bytes
    case 1:
      return frames.bytes(
        1,
        encodeRawAction({ seq: i, moveUnits: { unitIds: [1, 2], x: 5, y: 5 } }).subarray(0, 3),
      ); // truncated
    case 2:
      return frames.bytes(1, encodeRawAction({ seq: i, commanderMove: { dx: 99, dy: -99 } })); // out of range
    case 3:
      return frames.bytes(
        1,
        encodeRawAction({ seq: i, attack: { unitIds: [i % 500], targetId: (i * 7) % 500 } }),
      ); // foreign ids
    case 4:
      return frames.data("*", { toString: 1 }); // the crafted payload that used to stop the process
    case 5:
      return frames.data("*", { toString: { valueOf: 1 }, length: -1 });
    case 6:
      return frames.request(i % 100, "*", { toString: 1 });
    case 7:
      return frames.data("hack", { give: "gold", n: i });
    case 8:
      return frames.ping();
    case 9:
      return Buffer.from([13, 0xa1, 0x78, 0xd9, 0xff]); // undecodable msgpack: Colyseus closes
    case 10:
      return Buffer.from([(i % 31) + 1, ...randomBytes(i % 16)]); // any protocol code, any tail
    default:
      return frames.bytes(1, encodeRawAction({ seq: 1 })); // stale seq, no action
  }
}

/** An oversized frame (over the 4 KiB socket cap: closed with 1009). */
export const OVERSIZED = Buffer.alloc(8192, 0x11);

export interface HostileTotals {
  sent: number;
  joins: number;
  cuts: number;
  errors: number;
}

/**
 * A hostile client that keeps a seat in `roomId` and sends `perSecond`
 * frames a second from the corpus (under the rate limit, so they are all
 * parsed and handled), rejoining whenever it is cut, until `until`.
 * With `burst`, it instead floods bursts (cut at once) and rejoins: a
 * reconnecting flooder. Every sent frame is counted.
 */
export async function hostileClient(
  httpUrl: string,
  roomId: string,
  until: number,
  totals: HostileTotals,
  opts: { perSecond: number; burst?: number; limit: number },
): Promise<void> {
  let i = Math.floor(Math.random() * 1e6);
  while (Date.now() < until && totals.sent < opts.limit) {
    let c: RawClient;
    try {
      c = await rawJoin(httpUrl, { method: "joinById", roomId, options: { name: "hostile" } });
      totals.joins++;
    } catch {
      totals.errors++;
      await new Promise((r) => setTimeout(r, 200));
      continue;
    }
    let open = true;
    void c.closed.then(() => {
      open = false;
      totals.cuts++;
    });
    while (open && Date.now() < until && totals.sent < opts.limit) {
      const n = opts.burst ?? opts.perSecond;
      for (let k = 0; k < n && open; k++, i++) {
        // Paced clients skip the frames that get them closed at once (bad msgpack, oversized).
        if (!opts.burst && i % 12 === 9) i++;
        c.ws.send(opts.burst && i % 97 === 0 ? OVERSIZED : hostileFrame(i));
        totals.sent++;
      }
      await new Promise((r) => setTimeout(r, opts.burst ? 50 : 1000));
    }
    c.ws.terminate();
  }
}
