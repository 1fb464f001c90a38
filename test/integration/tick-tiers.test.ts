import { afterAll, describe, expect, it } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { Kind, MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

interface Observation {
  /** patch numbers whose patch changed an ambient field (creep position, node gold, scoreboard) */
  ambient: number[];
  /** patch numbers whose patch changed the own commander's position */
  critical: number[];
  patches: number;
}

/**
 * Numbers this client's patches 0, 1, 2, ... This player has one move applied
 * every tick (it sends two per tick; the server applies one), so its
 * commander and its ackSeq change every tick and each tick brings exactly one
 * patch: patch numbers are tick numbers, up to a constant offset.
 */
async function observe(conn: MatchConnection, patches: number): Promise<Observation> {
  const snapshot = () => {
    const ambient: string[] = [];
    for (const e of conn.state.entities.values()) {
      if (e.kind === Kind.Creep) ambient.push(`c${e.id}:${e.x},${e.y}`);
      if (e.kind === Kind.Resource) ambient.push(`r${e.id}:${e.gold}`);
    }
    for (const [id, p] of conn.state.players) ambient.push(`p${id}:${p.gold},${p.score}`);
    const me = conn.ownCommander();
    return { ambient: ambient.sort().join("|"), critical: me ? `${me.x},${me.y}` : "", ack: conn.ackSeq };
  };
  let prev = snapshot();
  const obs: Observation = { ambient: [], critical: [], patches: 0 };
  let unacked = 0;
  const onPatch = () => {
    const now = snapshot();
    if (now.ack === prev.ack) unacked++;
    if (now.ambient !== prev.ambient) obs.ambient.push(obs.patches);
    if (now.critical !== prev.critical) obs.critical.push(obs.patches);
    obs.patches++;
    prev = now;
  };
  let n = 0;
  const send = () => {
    // Two moves per tick, so the queue never runs dry; the direction flips
    // every tick, so the queued moves keep the commander oscillating in place.
    const dx = n++ % 2 === 0 ? 1 : -1;
    conn.send({ kind: "commanderMove", dx, dy: 0 });
    conn.send({ kind: "commanderMove", dx, dy: 0 });
  };
  const timer = setInterval(send, 1000 / conn.rules.ticks.criticalHz);
  // Let the queue fill before counting, so no tick goes without a move.
  await new Promise((r) => setTimeout(r, 500));
  prev = snapshot();
  conn.room.onStateChange(onPatch);
  await waitFor(() => obs.patches >= patches, `${patches} patches`, 60_000);
  clearInterval(timer);
  conn.room.onStateChange.remove(onPatch);
  // Every patch carried a new ack: one patch per tick, as assumed above.
  expect(unacked).toBe(0);
  return obs;
}

/** The residues of patch numbers modulo k. */
const residues = (ticks: number[], k: number) => [...new Set(ticks.map((t) => t % k))];

describe("tick tiers observed from a client", () => {
  const servers: ServerHandle[] = [];
  const players: TestPlayer[] = [];
  afterAll(async () => {
    await leaveAll(players);
    await Promise.all(servers.map((s) => s.stop()));
  });

  const base = {
    map: { walls: [] },
    players: { minToStart: 1, lobbyWaitSeconds: 0, goldPerSecond: 3 },
    // See the whole map, so every creep's movement reaches this client.
    vision: { radius: 8000 },
    creeps: { count: 12, speed: 120 },
    resources: { nodes: 6, regrowPerSecond: 5 },
  };

  async function run(ticks: { criticalHz: number; ambientHz: number }) {
    const server = await startServer({ rules: { ...base, ticks } });
    servers.push(server);
    const p = await joinPlayer(server.url, "observer");
    players.push(p);
    await waitFor(
      () => p.conn.state.phase === MatchPhase.Playing && p.conn.ownCommander() !== undefined,
      "the match",
    );
    return observe(p.conn, 40);
  }

  it("changes ambient fields only every k-th tick and critical fields every tick, with k from the rules", async () => {
    const slow = await run({ criticalHz: 10, ambientHz: 2 }); // k = 5
    expect(slow.ambient.length).toBeGreaterThanOrEqual(6);
    // All ambient changes fall on one residue class mod 5: every 5th tick.
    expect(residues(slow.ambient, 5)).toHaveLength(1);
    // Critical fields change on every tick, in between ambient ticks too.
    expect(slow.critical.length).toBe(slow.patches);

    const fast = await run({ criticalHz: 10, ambientHz: 5 }); // k = 2
    expect(fast.ambient.length).toBeGreaterThanOrEqual(15);
    expect(residues(fast.ambient, 2)).toHaveLength(1);
    // The faster ambient rate is visible: its changes are not all 5 ticks apart.
    expect(residues(fast.ambient, 5).length).toBeGreaterThan(1);
    expect(fast.critical.length).toBe(fast.patches);
  });
});
