import { describe, expect, it } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { waitFor } from "../support/clients.ts";
import { useServer } from "../support/server-fixture.ts";

/** Sends an action and resolves with its result from the server. */
function act(conn: MatchConnection, action: Parameters<MatchConnection["send"]>[0]) {
  return new Promise<{ accepted: boolean; reason: number; detail: string }>((resolve) => {
    const seq = conn.send(action);
    const off = conn.on("result", (r) => {
      if (r.seq === seq) {
        off();
        resolve(r);
      }
    });
  });
}

describe("actions change the world as the rules say", () => {
  // No income and no gathering: gold changes only by what actions cost.
  const fx = useServer({
    rules: {
      players: { minToStart: 1, lobbyWaitSeconds: 0, goldPerSecond: 0 },
      resources: { gatherPerSecond: 0 },
    },
    join: ["mover"],
    playing: true,
  });
  const mover = () => fx.players[0]!;

  it("moves the commander speed / criticalHz per accepted move", async () => {
    const conn = mover().conn;
    await waitFor(() => conn.ownCommander() !== undefined, "own commander");
    const before = { x: conn.ownCommander()!.x, y: conn.ownCommander()!.y };
    const results = await Promise.all(
      Array.from({ length: 10 }, () => act(conn, { kind: "commanderMove", dx: 1, dy: 0 })),
    );
    expect(results.every((r) => r.accepted)).toBe(true);
    const expected = before.x + (10 * conn.rules.commander.speed) / conn.rules.ticks.criticalHz;
    await waitFor(() => conn.ownCommander()!.x === expected, `commander x to reach ${expected}`);
    expect(conn.ownCommander()!.y).toBe(before.y);
  });

  it("trains a unit for its cost and walks it to an ordered point no faster than its speed", async () => {
    const conn = mover().conn;
    const me = () => conn.state.players.get(conn.playerId)!;
    await waitFor(() => me().gold >= conn.rules.units.soldier!.cost, "enough gold");
    const goldBefore = me().gold;
    const trained = await act(conn, { kind: "train", unitKind: "soldier" });
    expect(trained).toMatchObject({ accepted: true });
    const mine = () =>
      [...conn.state.entities.values()].filter((e) => e.owner === conn.playerId && e.kind === 3);
    await waitFor(() => mine().length === 1, "the trained soldier to appear");
    // Gold is a scoreboard field, synced on ambient ticks only: it may show a few ticks after the unit.
    const goldAfter = goldBefore - conn.rules.units.soldier!.cost;
    await waitFor(() => me().gold !== goldBefore, "the cost to show on the scoreboard");
    expect(me().gold).toBe(goldAfter);

    const unit = mine()[0]!;
    const target = { x: Math.round(unit.x) + 200, y: Math.round(unit.y) + 100 };
    const step = conn.rules.units.soldier!.speed / conn.rules.ticks.criticalHz;
    let last = { x: unit.x, y: unit.y };
    let maxStep = 0;
    const track = () => {
      const u = conn.state.entities.get(String(unit.id));
      if (!u) return;
      maxStep = Math.max(maxStep, Math.hypot(u.x - last.x, u.y - last.y));
      last = { x: u.x, y: u.y };
    };
    conn.room.onStateChange(track);
    const ordered = await act(conn, { kind: "moveUnits", unitIds: [unit.id], x: target.x, y: target.y });
    expect(ordered.accepted).toBe(true);
    await waitFor(
      () => Math.hypot(last.x - target.x, last.y - target.y) < 0.5,
      "the soldier to arrive",
      15_000,
    );
    conn.room.onStateChange.remove(track);
    expect(maxStep).toBeGreaterThan(0);
    expect(maxStep).toBeLessThanOrEqual(step + 0.2);
  });
});
