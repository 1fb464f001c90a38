import { describe, expect, it } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { encodeRawAction, Reject } from "../../packages/shared/src/protocol/index.ts";
import { collectResults, type TestPlayer, waitFor } from "../support/clients.ts";
import { names, useServer } from "../support/server-fixture.ts";

function ownUnits(conn: MatchConnection): number[] {
  return [...conn.state.entities.values()]
    .filter((e) => e.owner === conn.playerId && e.kind >= 3)
    .map((e) => e.id)
    .sort((a, b) => a - b);
}

describe("guard orders over a real server", () => {
  const fx = useServer({
    rules: {
      // Spawn points close together, so every player sees the others' units (NotOwner, not
      // UnknownEntity), and blows too weak to kill anything while the test runs.
      players: { minToStart: 1, lobbyWaitSeconds: 0, startGold: 1000, spawnRadius: 150 },
      commander: { damage: 0.01 },
      units: { soldier: { damage: 0.01 } },
      creeps: { count: 0 },
    },
    join: names("g", 3),
    playing: true,
    moving: (joined) => joined.slice(1),
  });

  it("gives each bad guard order its typed rejection while the others keep getting patches, then takes a good one", async () => {
    const [attacker, victim, bystander] = fx.players as [TestPlayer, TestPlayer, TestPlayer];
    const a = attacker.conn;
    for (let i = 0; i < 3; i++) a.send({ kind: "train", unitKind: "soldier" });
    victim.conn.send({ kind: "train", unitKind: "soldier" });
    await waitFor(() => ownUnits(a).length === 3, "the attacker's 3 units");
    await waitFor(() => ownUnits(victim.conn).length === 1, "the victim's unit");
    const theirs = ownUnits(victim.conn)[0]!;
    await waitFor(() => a.state.entities.has(String(theirs)), "the victim's unit in the attacker's view");
    const mine = ownUnits(a);
    const commander = a.ownCommander()!.id;
    const max = a.rules.limits.maxUnitsPerOrder;
    const others = [victim, bystander];
    const patchesBefore = others.map((p) => p.patches);
    const seen = collectResults(a);

    const guard = (unitIds: number[]) => a.send({ kind: "guard", unitIds });
    const expected: Array<[number, number]> = [
      [guard([mine[0]!, theirs]), Reject.NotOwner],
      [guard([999_999]), Reject.UnknownEntity],
      [guard([commander]), Reject.InvalidTarget],
      [guard([]), Reject.OutOfRange],
      [guard([mine[1]!, mine[1]!]), Reject.OutOfRange],
      [guard(Array.from({ length: max + 1 }, (_, i) => mine[0]! + i)), Reject.OutOfRange],
    ];
    // A GuardCommander cut short inside its id list.
    const cut = encodeRawAction({ seq: a.nextSeq(), guard: { unitIds: [mine[0]!, 300_000] } });
    a.sendRaw(cut.subarray(0, cut.byteLength - 1));

    await waitFor(() => seen.length >= expected.length + 1, "every rejection");
    for (const [seq, reason] of expected) {
      const r = seen.find((s) => s.seq === seq);
      expect(r, `result for seq ${seq}`).toMatchObject({ accepted: false, reason });
      expect(r!.detail.length).toBeGreaterThan(0);
    }
    expect(seen.find((s) => s.seq === 0)).toMatchObject({ accepted: false, reason: Reject.Malformed });
    // The rejected order with one foreign id changed nothing, not even for the own unit in it.
    expect(seen.every((s) => !s.accepted)).toBe(true);

    await waitFor(
      () => others.every((p, i) => p.patches >= patchesBefore[i]! + 10),
      "10 more patches for the others",
    );
    // A valid order after all that: accepted, and the connection is still open.
    const ok = guard(mine);
    await waitFor(() => seen.some((s) => s.seq === ok), "the valid order's answer");
    expect(seen.find((s) => s.seq === ok)).toMatchObject({ accepted: true });
    expect(a.room.connection.isOpen).toBe(true);
    expect(victim.conn.room.connection.isOpen).toBe(true);
  });
});
