import { Client, type Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { authorizedClient } from "../../packages/client/src/net/guest-token.ts";
import {
  decodeServerMessage,
  encodeAction,
  MessageType,
  Reject,
} from "../../packages/shared/src/protocol/index.ts";
import { concatBytes, Replayer, readRecord, verifyRecord } from "../../packages/shared/src/record/index.ts";
import { defaultRulesWith } from "../../packages/shared/src/rules/index.ts";
import { Kind, MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// A 2-seat match with at most 2 spectators, on a map much larger than one player's vision.
const PATCH = {
  players: { max: 2, minToStart: 2, lobbyWaitSeconds: 0 },
  match: { maxSpectators: 2, durationSeconds: 60 },
};
const rules = defaultRulesWith(PATCH);

interface Spectator {
  room: Room;
  chunks: Uint8Array[];
  results: Array<{ seq: number; accepted: boolean; reason: number }>;
}

async function spectate(url: string, roomId: string): Promise<Spectator> {
  const room = await (await authorizedClient(url, "Watcher")).joinById(
    roomId,
    { spectate: true },
    MatchState,
  );
  const s: Spectator = { room, chunks: [], results: [] };
  room.onMessage(MessageType.Record, (bytes: Uint8Array) => s.chunks.push(new Uint8Array(bytes)));
  room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
    const ev = decodeServerMessage(new Uint8Array(bytes));
    if (ev?.kind === "results") s.results.push(...ev.results);
  });
  return s;
}

let server: ServerHandle;
let players: TestPlayer[] = [];
let stop = () => {};

beforeAll(async () => {
  server = await startServer({ rules: PATCH });
});

afterAll(async () => {
  stop();
  await leaveAll(players);
  await server?.stop();
});

describe("live spectators", () => {
  it("see the whole map through the record while players see only their fog; no seat, no actions", async () => {
    players = [await joinPlayer(server.url, "Ann")];
    const roomId = players[0]!.conn.room.roomId;
    players.push(await joinPlayer(server.url, "Bob", roomId));
    stop = keepMoving(players);
    await waitFor(() => players[0]!.conn.state.phase === MatchPhase.Playing, "the match to start");

    // The seats are taken (the room is locked to quick match), yet a spectator gets in.
    const watcher = await spectate(server.url, roomId);
    await waitFor(() => watcher.chunks.length >= 20, "twenty record messages");

    const record = readRecord(concatBytes(watcher.chunks));
    expect(record.header.roomId).toBe(roomId);
    expect(record.ticks.length).toBeGreaterThan(10);
    const check = verifyRecord(record);
    expect(check).toMatchObject({ ok: true, mismatch: null });
    expect(check.hashesChecked).toBeGreaterThan(0);

    // The spectator's world holds every creep, node and both commanders...
    const replay = new Replayer(record.header);
    for (const t of record.ticks) replay.apply(t);
    const all = [...replay.world.entities.values()];
    expect(all.filter((e) => e.kind === Kind.Creep).length).toBe(rules.creeps.count);
    expect(all.filter((e) => e.kind === Kind.Resource).length).toBe(rules.resources.nodes);
    expect(all.filter((e) => e.kind === Kind.Commander).length).toBe(2);
    // ...while each player's state holds only what its fog lets through.
    for (const p of players) expect(p.conn.state.entities.size).toBeLessThan(all.length / 2);
    // The spectator gets no entity through the state at all, and is not a player.
    expect(watcher.room.state.entities.size).toBe(0);
    expect(watcher.room.state.players.size).toBe(2);
    expect(watcher.room.state.players.has(watcher.room.sessionId)).toBe(false);

    // Actions from a spectator: a typed rejection.
    watcher.room.sendBytes(MessageType.Action, encodeAction({ seq: 1, kind: "commanderMove", dx: 1, dy: 0 }));
    watcher.room.sendBytes(MessageType.Action, encodeAction({ seq: 2, kind: "guard", unitIds: [1] }));
    await waitFor(() => watcher.results.length > 1, "the spectator's rejections");
    for (const r of watcher.results.slice(0, 2))
      expect(r).toMatchObject({ seq: 0, accepted: false, reason: Reject.Spectator });

    // Like any join, a spectator's needs a signed token.
    await expect(new Client(server.url).joinById(roomId, { spectate: true }, MatchState)).rejects.toThrow(
      /token/i,
    );

    // The spectator cap is in the rules: a second fits, a third is refused.
    const second = await spectate(server.url, roomId);
    await expect(spectate(server.url, roomId)).rejects.toThrow(/already has all the spectators it takes/);
    // A third player goes to another match: spectators take no seat, players do.
    const third = await joinPlayer(server.url, "Cy");
    players.push(third);
    expect(third.conn.room.roomId).not.toBe(roomId);
    await second.room.leave();
    await watcher.room.leave();
  });
});

describe("a spectator delay", () => {
  it("keeps the spectator's record spectatorDelaySeconds behind the match", async () => {
    const delayed = await startServer({
      rules: { ...PATCH, match: { ...PATCH.match, spectatorDelaySeconds: 2 } },
    });
    const two = [await joinPlayer(delayed.url, "Ann")];
    try {
      two.push(await joinPlayer(delayed.url, "Bob", two[0]!.conn.room.roomId));
      await waitFor(() => two[0]!.conn.state.tick > 40, "four seconds of match");
      const watcher = await spectate(delayed.url, two[0]!.conn.room.roomId);
      await waitFor(() => watcher.chunks.length >= 5, "record messages");
      // The tick as the spectator's own socket has it (the state's tick reaches spectators too),
      // so the record and the clock it is compared with arrived in the same order.
      const now = watcher.room.state.tick;
      const seen = readRecord(concatBytes(watcher.chunks)).ticks.length;
      // 2 s at 10 Hz = 20 ticks behind (a tick or two of slack for the messages in flight).
      expect(seen).toBeLessThanOrEqual(now - 18);
      expect(seen).toBeGreaterThan(now - 30);
      await watcher.room.leave();
    } finally {
      await leaveAll(two);
      await delayed.stop();
    }
  });
});
