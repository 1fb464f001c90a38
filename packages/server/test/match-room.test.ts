import { describe, expect, it } from "vitest";
import { encodeRawAction, MessageType, Reject } from "../../shared/src/protocol/index.ts";
import { MatchPhase } from "../../shared/src/sim/index.ts";
import { MatchState } from "../../shared/src/state/index.ts";
import type { MatchRoom } from "../src/rooms/MatchRoom.ts";
import {
  asPlayer,
  createMatch,
  joinMatch,
  rejections,
  type SdkPlayer,
  useMatchServer,
} from "./support/match-server.ts";

/** Waits for `cond`, a tick at a time, giving up after `ticks` ticks of `room`. */
async function ticksUntil(room: MatchRoom, cond: () => boolean, what: string, ticks = 50): Promise<void> {
  for (let i = 0; i < ticks && !cond(); i++) await room.waitForNextTimestep();
  if (!cond()) throw new Error(`no ${what} within ${ticks} ticks`);
}

function commander(room: MatchRoom, p: SdkPlayer) {
  const me = room.state.players.get(p.room.sessionId)!;
  return room.state.entities.get(String(me.commanderId))!;
}

describe("MatchRoom (a real Colyseus server in-process, @colyseus/testing)", { timeout: 20_000 }, () => {
  // Commanders spawn close together, within each other's sight: ordering the other's is NotOwner, not UnknownEntity.
  const server = useMatchServer({ match: { reconnectionSeconds: 5 }, players: { spawnRadius: 100 } });

  async function playing(names: string[]) {
    const room = await createMatch(server.colyseus);
    const players: SdkPlayer[] = [];
    for (const n of names) players.push(await joinMatch(server.colyseus, room, n));
    await ticksUntil(room, () => room.state.phase === MatchPhase.Playing, "match start");
    return { room, players };
  }

  it("applies a player's actions at the next tick and acknowledges them through ackSeq", async () => {
    const { room, players } = await playing(["ada"]);
    const [ada] = players as [SdkPlayer];
    const before = commander(room, ada).x;
    ada.send({ seq: 1, kind: "commanderMove", dx: 1, dy: 0 });
    const me = () => room.state.players.get(ada.room.sessionId)!;
    await ticksUntil(room, () => me().ackSeq === 1, "ack of seq 1");
    expect(commander(room, ada).x).toBeGreaterThan(before);
    expect(rejections(ada)).toEqual([]);
  });

  it("rejects bad actions with their seq and a reason, in the next results message, and plays on", async () => {
    const { room, players } = await playing(["ada", "bob"]);
    const [ada, bob] = players as [SdkPlayer, SdkPlayer];
    const bobsCommander = room.state.players.get(bob.room.sessionId)!.commanderId;
    ada.send({ seq: 5, kind: "moveUnits", unitIds: [bobsCommander], x: 100, y: 100 }); // not hers
    ada.send({ seq: 5, kind: "commanderMove", dx: 1, dy: 0 }); // seq not above 5
    ada.send({ seq: 6, kind: "moveUnits", unitIds: [999_999], x: 100, y: 100 }); // no such entity
    ada.room.sendBytes(MessageType.Action, new Uint8Array([0xff, 0xff, 0xff])); // garbage
    ada.room.send("cheat", { gold: 1_000_000 }); // no such message type
    await ticksUntil(room, () => rejections(ada).length === 5, "five rejections");
    expect(rejections(ada).map((r) => [r.seq, r.accepted, r.reason])).toEqual(
      expect.arrayContaining([
        [5, false, Reject.NotOwner],
        [5, false, Reject.StaleSeq],
        [6, false, Reject.UnknownEntity],
        [0, false, Reject.Malformed],
        [0, false, Reject.UnknownAction],
      ]),
    );
    // Bob heard nothing of it, and Ada's next good action still goes through.
    expect(rejections(bob)).toEqual([]);
    ada.send({ seq: 7, kind: "commanderMove", dx: 0, dy: 1 });
    await ticksUntil(room, () => room.state.players.get(ada.room.sessionId)!.ackSeq === 7, "ack of seq 7");
  });

  it("gives up a seat for good when its player leaves: marked left, and the room plays on for the others", async () => {
    const { room, players } = await playing(["ada", "bob"]);
    const [ada, bob] = players as [SdkPlayer, SdkPlayer];
    const id = ada.room.sessionId;
    await ada.room.leave(true);
    await ticksUntil(room, () => room.state.players.get(id)?.left === true, "the seat given up");
    expect(room.clients.length).toBe(1);
    // The room goes on for the others.
    bob.send({ seq: 1, kind: "commanderMove", dx: 1, dy: 0 });
    await ticksUntil(room, () => room.state.players.get(bob.room.sessionId)!.ackSeq === 1, "bob's ack");
  });

  it("keeps a dropped player's seat for the reconnection window, and the seat's numbering goes on", async () => {
    const { room, players } = await playing(["ada"]);
    const [ada] = players as [SdkPlayer];
    const id = ada.room.sessionId;
    ada.send({ seq: 1, kind: "commanderMove", dx: 1, dy: 0 });
    await ticksUntil(room, () => room.state.players.get(id)!.ackSeq === 1, "ack of seq 1");
    const token = ada.room.reconnectionToken;
    ada.room.reconnection.enabled = false;
    // A close without consent, as a network failure looks to the server.
    (ada.room.connection.transport as unknown as { ws: { close(code: number): void } }).ws.close(3000);
    await ticksUntil(room, () => room.state.players.get(id)!.connected === false, "the drop");
    const back = asPlayer(ada.client, (await ada.client.reconnect(token, MatchState)) as never);
    expect(back.room.sessionId).toBe(id);
    await ticksUntil(room, () => room.state.players.get(id)!.connected, "the return");
    // A seq already decided is stale; the next one is applied.
    back.send({ seq: 1, kind: "commanderMove", dx: 1, dy: 0 });
    back.send({ seq: 2, kind: "commanderMove", dx: 1, dy: 0 });
    await ticksUntil(room, () => room.state.players.get(id)!.ackSeq === 2, "ack of seq 2");
    await ticksUntil(room, () => rejections(back).length === 1, "the stale seq's rejection");
    expect(rejections(back)[0]).toMatchObject({ seq: 1, reason: Reject.StaleSeq });
  });

  it("does not keep a seat for a player it closed for flooding", async () => {
    const { room, players } = await playing(["ada", "bob"]);
    const [ada] = players as [SdkPlayer, SdkPlayer];
    const id = ada.room.sessionId;
    const token = ada.room.reconnectionToken;
    ada.room.reconnection.enabled = false;
    const perSecond = (room.constructor as typeof MatchRoom).rules.limits.messagesPerSecond;
    const flood = encodeRawAction({ seq: 1 });
    for (let i = 0; i <= perSecond; i++) ada.room.sendBytes(MessageType.Action, flood);
    await ticksUntil(room, () => room.clients.length === 1, "the flooder closed");
    // At once, not after the reconnection window: the seat is gone and its token is worthless.
    const again = await ada.client.reconnect(token, MatchState).then(
      () => "reconnected",
      () => "refused",
    );
    expect(again).toBe("refused");
    expect(room.state.players.get(id)?.left).toBe(true);
  });
});
