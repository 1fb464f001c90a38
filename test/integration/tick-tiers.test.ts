import { afterAll, describe, expect, it } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { Kind } from "../../packages/shared/src/sim/index.ts";
import { commanderOf, joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

interface Observation {
  /** ticks whose patch changed an ambient field (creep position, node gold, scoreboard) */
  ambient: number[];
  /** ticks whose patch changed the own commander's position */
  critical: number[];
}

/**
 * Labels every patch with the server tick it belongs to. The server sends each
 * tick's action results just before that tick's patch, and this player keeps
 * its queue non-empty (two moves per tick, one applied), so every tick has
 * results. Then records which kinds of fields each tick's patch changed.
 */
async function observe(conn: MatchConnection, ticks: number): Promise<Observation> {
  let tick = -1;
  conn.on("result", (_r, t) => {
    tick = t;
  });
  const snapshot = () => {
    const ambient: string[] = [];
    for (const e of conn.state.entities.values()) {
      if (e.kind === Kind.Creep) ambient.push(`c${e.id}:${e.x},${e.y}`);
      if (e.kind === Kind.Resource) ambient.push(`r${e.id}:${e.gold}`);
    }
    for (const [id, p] of conn.state.players) ambient.push(`p${id}:${p.gold},${p.score}`);
    const me = commanderOf(conn);
    return { ambient: ambient.sort().join("|"), critical: me ? `${me.x},${me.y}` : "" };
  };
  let prev = snapshot();
  const obs: Observation = { ambient: [], critical: [] };
  const onPatch = () => {
    const now = snapshot();
    if (tick >= 0) {
      if (now.ambient !== prev.ambient) obs.ambient.push(tick);
      if (now.critical !== prev.critical) obs.critical.push(tick);
    }
    prev = now;
  };
  conn.room.onStateChange(onPatch);
  let n = 0;
  const timer = setInterval(() => {
    // Back and forth, two moves per tick: the queue never runs dry.
    const dx = Math.floor(n++ / 20) % 2 === 0 ? 1 : -1;
    conn.send({ kind: "commanderMove", dx, dy: 0 });
    conn.send({ kind: "commanderMove", dx, dy: 0 });
  }, 1000 / conn.rules.ticks.criticalHz);
  const start = Math.max(tick, 0);
  await waitFor(() => tick >= start + ticks, `${ticks} ticks`, 60_000);
  clearInterval(timer);
  conn.room.onStateChange.remove(onPatch);
  return obs;
}

describe("tick tiers observed from a client", () => {
  const servers: ServerHandle[] = [];
  const players: TestPlayer[] = [];
  afterAll(async () => {
    await leaveAll(players);
    await Promise.all(servers.map((s) => s.stop()));
  });

  const base = {
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
    await waitFor(() => p.conn.state.phase === 1 && commanderOf(p.conn) !== undefined, "the match");
    return observe(p.conn, 40);
  }

  it("changes ambient fields only every k-th tick and critical fields every tick, with k from the rules", async () => {
    const slow = await run({ criticalHz: 10, ambientHz: 2 }); // k = 5
    expect(slow.ambient.length).toBeGreaterThan(3);
    expect(slow.ambient.filter((t) => t % 5 !== 0)).toEqual([]);
    // Critical fields change between ambient ticks, on consecutive ticks.
    expect(slow.critical.filter((t) => t % 5 !== 0).length).toBeGreaterThan(10);
    const consecutive = slow.critical.filter((t, i) => i > 0 && slow.critical[i - 1] === t - 1).length;
    expect(consecutive).toBeGreaterThan(10);

    const fast = await run({ criticalHz: 10, ambientHz: 5 }); // k = 2
    expect(fast.ambient.length).toBeGreaterThan(6);
    expect(fast.ambient.filter((t) => t % 2 !== 0)).toEqual([]);
    // The faster ambient rate shows up on ticks the slow rate never used.
    expect(fast.ambient.some((t) => t % 5 !== 0)).toBe(true);
  });
});
