import { readFileSync } from "node:fs";
import { Protocol } from "@colyseus/shared-types";
import { afterAll, describe, expect, it } from "vitest";
import {
  decodeServerMessage,
  encodeRawAction,
  MessageType,
  Reject,
} from "../../packages/shared/src/protocol/index.ts";
import { waitFor } from "../support/clients.ts";
import { frames, type RawClient, rawJoin } from "../support/raw-client.ts";
import { names, useServer } from "../support/server-fixture.ts";

interface Answer {
  seq: number;
  accepted: boolean;
  reason: number;
}

/** Every action answer the server sends a raw client, decoded from its ServerMessage frames. */
function answers(c: RawClient): Answer[] {
  const out: Answer[] = [];
  c.ws.on("message", (data: Buffer) => {
    if (data[0] !== Protocol.ROOM_DATA_BYTES || data[1] !== MessageType.Server) return;
    const m = decodeServerMessage(data.subarray(2));
    if (m?.kind === "results") for (const r of m.results) out.push(r);
  });
  return out;
}

/** A varint of `n` bytes, all but the last with the continuation bit: far past 64 bits when n > 10. */
function hugeVarint(n: number): number[] {
  return [...Array.from({ length: n - 1 }, () => 0xff), 0x01];
}

/** ClientAction { seq = 1 (field 1), guard (field 6) { unit_ids (field 1, packed) = ids bytes } }. */
function guardBytes(seq: number[], packedIds: number[]): Uint8Array {
  const guard = [0x0a, ...lengthVarint(packedIds.length), ...packedIds];
  return new Uint8Array([0x08, ...seq, 0x32, ...lengthVarint(guard.length), ...guard]);
}

function lengthVarint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n >>>= 7;
  }
  out.push(n);
  return out;
}

// Raw protobuf bytes built here, over a plain WebSocket: no project client code on the sending side.
describe("guard orders as raw bytes over a real WebSocket", () => {
  const fx = useServer({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, spawnRadius: 150 },
      creeps: { count: 40 },
    },
    join: names("watcher", 1),
    playing: true,
    moving: (joined) => joined,
  });
  const raws: RawClient[] = [];
  afterAll(() => {
    for (const c of raws) c.ws.close();
  });

  it("takes a guard order from 7 clients every 25 ms for 3 s: each gets every answer, the watcher's match ticks on", async () => {
    const watcher = fx.players[0]!;
    const clients = await Promise.all(
      Array.from({ length: 7 }, (_, i) => rawJoin(fx.server.httpUrl, { options: { name: `flood${i}` } })),
    );
    raws.push(...clients);
    const got = clients.map(answers);
    const rssBefore = rssKb(fx.server.pid);
    const patchesBefore = watcher.patches;
    const per = 120;
    let sent = 0;
    await new Promise<void>((resolve) => {
      const timer = setInterval(() => {
        sent++;
        for (const c of clients)
          c.ws.send(
            frames.bytes(
              MessageType.Action,
              encodeRawAction({ seq: sent, guard: { unitIds: [1_000_000 + sent] } }),
            ),
          );
        if (sent === per) {
          clearInterval(timer);
          resolve();
        }
      }, 25);
    });
    await waitFor(() => got.every((g) => g.length >= per), "every order's answer", 20_000);
    for (const g of got) {
      expect(g.map((a) => a.seq)).toEqual(Array.from({ length: per }, (_, i) => i + 1));
      // No unit of theirs has those ids: each is refused, the same way.
      expect(g.filter((a) => a.accepted || a.reason !== Reject.UnknownEntity)).toEqual([]);
    }
    for (const c of clients) expect(c.ws.readyState).toBe(c.ws.OPEN);
    // At 10 Hz, 3 s are about 30 patches; some at least reached the watcher (no timing bound).
    expect(watcher.patches).toBeGreaterThan(patchesBefore + 5);
    // Leaving on purpose frees their seats for the next tests at once.
    for (const c of clients) c.ws.send(frames.leave());
    await Promise.all(clients.map((c) => c.closed));
    process.stdout.write(
      `guard flood: ${clients.length} x ${per} orders, server RSS ${rssBefore} -> ${rssKb(fx.server.pid)} kB\n`,
    );
  });

  it("answers huge varints, ids 0 and 2^32-1, creeps, gold nodes, a commander and too many ids each with a typed rejection", async () => {
    const watcher = fx.players[0]!.conn;
    const c = await rawJoin(fx.server.httpUrl, { options: { name: "raw" } });
    raws.push(c);
    const got = answers(c);
    const commander = watcher.ownCommander()!.id;
    const max = watcher.rules.limits.maxUnitsPerOrder;
    const send = (bytes: Uint8Array) => c.ws.send(frames.bytes(MessageType.Action, bytes));
    const guard = (seq: number, unitIds: number[]) => send(encodeRawAction({ seq, guard: { unitIds } }));

    // Each: [seq it is answered with, the reasons that may answer it].
    const expected: Array<[number, number[]]> = [];
    guard(1, [0]);
    expected.push([1, [Reject.UnknownEntity]]);
    guard(2, [0xffffffff]);
    expected.push([2, [Reject.UnknownEntity]]);
    // Another player's commander: on screen (the spawns are close), so it is named as not yours.
    guard(3, [commander]);
    expected.push([3, [Reject.NotOwner]]);
    // The world makes its gold nodes first (ids 1..nodes), then its creeps.
    const node = 1;
    const creep = watcher.rules.resources.nodes + 1;
    // A creep or a gold node in sight is nobody's to order; out of sight it is not there at all.
    guard(4, [creep]);
    expected.push([4, [Reject.NotOwner, Reject.UnknownEntity]]);
    guard(5, [node]);
    expected.push([5, [Reject.NotOwner, Reject.UnknownEntity]]);
    // As many ids as fit the byte limit (one byte each): far over maxUnitsPerOrder.
    const bytes = watcher.rules.limits.maxMessageBytes;
    send(
      guardBytes(
        [6],
        Array.from({ length: bytes - 8 }, (_, i) => 1 + (i % 127)),
      ),
    );
    expected.push([6, [Reject.OutOfRange]]);
    guard(
      7,
      Array.from({ length: max + 1 }, (_, i) => i + 1),
    );
    expected.push([7, [Reject.OutOfRange]]);
    // A unit id as a varint longer than any number: cut off as malformed (no seq could be trusted).
    send(guardBytes([8], hugeVarint(40)));
    // 2,000 ids (a byte each): past rules.limits.maxMessageBytes, refused before decoding.
    send(
      guardBytes(
        [9],
        Array.from({ length: 2000 }, () => 0x05),
      ),
    );
    // A seq as a huge varint.
    send(guardBytes(hugeVarint(30), [0x05]));
    const seqless = 3;

    await waitFor(() => got.length >= expected.length + seqless, "an answer for every message").catch((e) => {
      throw new Error(`${e.message}: ${JSON.stringify(got)} open=${c.ws.readyState}`);
    });
    for (const [seq, reasons] of expected) {
      const r = got.find((a) => a.seq === seq);
      expect(r, `answer for seq ${seq}`).toBeDefined();
      expect(r!.accepted).toBe(false);
      expect(reasons).toContain(r!.reason);
    }
    const unnumbered = got.filter((a) => a.seq === 0).map((a) => a.reason);
    expect(unnumbered.sort()).toEqual([Reject.Malformed, Reject.Malformed, Reject.TooLarge].sort());
    expect(got.every((a) => !a.accepted)).toBe(true);
    expect(c.ws.readyState).toBe(c.ws.OPEN);
    expect(fx.server.output()).not.toMatch(/uncaught|TypeError|RangeError/i);
  });

  it("closes the socket of a client sending 10,000 ids (past the 4 KiB frame cap), and the match goes on", async () => {
    const watcher = fx.players[0]!;
    const c = await rawJoin(fx.server.httpUrl, { options: { name: "huge" } });
    raws.push(c);
    const ids = Array.from({ length: 10_000 }, () => [0xff, 0xff, 0xff, 0xff, 0x0f]).flat();
    c.ws.send(frames.bytes(MessageType.Action, guardBytes([1], ids)));
    // ws's "Max payload size exceeded": the frame is never read into the room.
    expect((await c.closed).code).toBe(1009);
    const before = watcher.patches;
    await waitFor(() => watcher.patches > before + 5, "the watcher's patches after the cut");
    expect(watcher.conn.room.connection.isOpen).toBe(true);
  });
});

function rssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : -1;
  } catch {
    return -1;
  }
}
