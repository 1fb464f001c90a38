import { describe, expect, it } from "vitest";
import { CloseCodes, encodeRawAction, Reject } from "../../packages/shared/src/protocol/index.ts";
import { collectResults, joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { names, useServer } from "../support/server-fixture.ts";

describe("bad input gets a typed rejection and costs nobody else anything", () => {
  const fx = useServer({
    rules: { players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 500 } },
    join: names("p", 8),
    playing: true,
    // Everyone but the attacker plays, so each of them gets a patch every tick.
    moving: (joined) => joined.slice(1),
  });
  const players = fx.players;

  it("rejects malformed, out-of-range, unauthorised and unknown actions while the other 7 keep receiving patches", async () => {
    const [attacker, victim, ...others] = players as [TestPlayer, TestPlayer, ...TestPlayer[]];
    const a = attacker.conn;
    const seen = collectResults(a);

    // The victim owns a unit the attacker will try to order.
    const trainSeq = victim.conn.send({ kind: "train", unitKind: "soldier" });
    expect(trainSeq).toBeGreaterThan(0);
    // Taken from the victim's own state: under fog of war the attacker may not see it.
    const victimUnit = () =>
      [...victim.conn.state.entities.values()].find((e) => e.owner === victim.conn.playerId && e.kind >= 3);
    await waitFor(() => victimUnit() !== undefined, "the victim's unit");

    const bystanders = [victim, ...others];
    const patchesBefore = bystanders.map((p) => p.patches);

    a.sendRaw(new Uint8Array([0xff, 0xff, 0xff, 0xff])); // garbage
    const seqRange = a.nextSeq();
    a.sendRaw(encodeRawAction({ seq: seqRange, commanderMove: { dx: 7, dy: 0 } }));
    const seqOutside = a.nextSeq();
    a.sendRaw(encodeRawAction({ seq: seqOutside, moveUnits: { unitIds: [1], x: 100_000, y: 5 } }));
    // Someone else's unit: NotOwner when the attacker can see it; through the fog
    // the same answer as for an id that does not exist (no oracle).
    const ownerReason = a.state.entities.has(String(victimUnit()!.id))
      ? Reject.NotOwner
      : Reject.UnknownEntity;
    const seqOwner = a.send({ kind: "moveUnits", unitIds: [victimUnit()!.id], x: 100, y: 100 });
    const seqUnknownEntity = a.send({ kind: "attack", unitIds: [999_999], targetId: 1 });
    const seqEmpty = a.nextSeq();
    a.sendRaw(encodeRawAction({ seq: seqEmpty })); // no action at all: an unknown action type
    const seqKind = a.send({ kind: "train", unitKind: "dragon" });
    a.sendRaw(new Uint8Array(a.rules.limits.maxMessageBytes + 500)); // larger than limits.maxMessageBytes
    a.room.send("hack", { give: "gold" }); // a message type the server does not know
    const seqStale = 1; // replayed

    a.sendRaw(encodeRawAction({ seq: seqStale, commanderMove: { dx: 1, dy: 0 } }));

    const expected: Array<[number, number]> = [
      [seqRange, Reject.OutOfRange],
      [seqOutside, Reject.OutOfRange],
      [seqOwner, ownerReason],
      [seqUnknownEntity, Reject.UnknownEntity],
      [seqEmpty, Reject.UnknownAction],
      [seqKind, Reject.OutOfRange],
    ];
    await waitFor(() => seen.length >= expected.length + 4, "all rejections").catch((e) => {
      throw new Error(
        `${e.message}; saw ${JSON.stringify(seen)} open=${a.room.connection.isOpen} out=${fx.server.output()}`,
      );
    });
    for (const [seq, reason] of expected) {
      const r = seen.find((s) => s.seq === seq);
      expect(r, `result for seq ${seq}`).toMatchObject({ accepted: false, reason });
      expect(r!.detail.length).toBeGreaterThan(0);
    }
    const unsequenced = seen.filter((s) => s.seq === 0).map((s) => s.reason);
    expect(unsequenced.sort()).toEqual([Reject.Malformed, Reject.UnknownAction, Reject.TooLarge].sort());
    expect(seen.some((s) => s.seq === seqStale && s.reason === Reject.StaleSeq)).toBe(true);
    expect(seen.every((s) => !s.accepted)).toBe(true);

    // The room goes on: everyone else keeps receiving patches, and the attacker can still play.
    await waitFor(
      () => bystanders.every((p, i) => p.patches >= patchesBefore[i]! + 10),
      "10 more patches for the other 7",
    );
    const ok = a.send({ kind: "commanderMove", dx: 0, dy: 1 });
    await waitFor(
      () => seen.some((s) => s.seq === ok && s.accepted),
      "a valid move accepted after the bad ones",
    );
    expect(a.room.connection.isOpen).toBe(true);
    const health = await fetch(`${fx.server.httpUrl}/healthz`);
    expect(health.status).toBe(200);
  });

  it("answers an attack on a hidden enemy commander exactly like one on an id that does not exist", async () => {
    const a = players[0]!.conn;
    const seen = collectResults(a);
    a.send({ kind: "train", unitKind: "soldier" });
    const mine = () => [...a.state.entities.values()].find((e) => e.owner === a.playerId && e.kind >= 3);
    await waitFor(() => mine() !== undefined, "the attacker's unit");
    // An enemy commander whose id the player list shows but the fog hides.
    const hidden = [...a.state.players.entries()]
      .filter(([id]) => id !== a.playerId)
      .map(([, p]) => p.commanderId)
      .find((id) => !a.state.entities.has(String(id)));
    expect(hidden, "an enemy commander out of sight").toBeDefined();
    const seqHidden = a.send({ kind: "attack", unitIds: [mine()!.id], targetId: hidden! });
    const seqMissing = a.send({ kind: "attack", unitIds: [mine()!.id], targetId: 999_999 });
    await waitFor(() => [seqHidden, seqMissing].every((q) => seen.some((s) => s.seq === q)), "both answers");
    const rHidden = seen.find((s) => s.seq === seqHidden)!;
    const rMissing = seen.find((s) => s.seq === seqMissing)!;
    expect(rHidden).toMatchObject({ accepted: false, reason: Reject.UnknownEntity });
    expect(rMissing.reason).toBe(rHidden.reason);
    expect(rHidden.detail.replace(String(hidden), "#")).toBe(rMissing.detail.replace("999999", "#"));
  });

  it("closes a flooding client with a reason and leaves the rest of the room alone", async () => {
    const flooder = await joinPlayer(fx.server.url, "flooder");
    const closed = new Promise<{ code: number; reason?: string }>((resolve) =>
      flooder.conn.on("leave", (code, reason) => resolve({ code, reason })),
    );
    const others = players.slice(1, 4);
    const before = others.map((p) => p.patches);
    for (let i = 0; i < flooder.conn.rules.limits.messagesPerSecond + 20; i++) {
      flooder.conn.send({ kind: "commanderMove", dx: 1, dy: 1 });
    }
    const { code, reason } = await closed;
    expect(code).toBe(CloseCodes.Flooding);
    expect(reason).toMatch(/messages per second/);
    await waitFor(
      () => others.every((p, i) => p.patches >= before[i]! + 5),
      "patches keep flowing to the others",
    );
  });

  it("closes a client whose frame is larger than the socket allows, and the room goes on", async () => {
    const big = await joinPlayer(fx.server.url, "big");
    const closed = new Promise<number>((resolve) => big.conn.on("leave", (code) => resolve(code)));
    const others = players.slice(1, 4);
    const before = others.map((p) => p.patches);
    big.conn.sendRaw(new Uint8Array(64 * 1024));
    // 1009: "message too big", from the WebSocket layer itself.
    expect(await closed).toBe(1009);
    await waitFor(
      () => others.every((p, i) => p.patches >= before[i]! + 5),
      "patches keep flowing to the others",
    );
  });
});
