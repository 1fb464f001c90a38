import { Client } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { defaultRulesWith } from "../../packages/shared/src/rules/index.ts";
import { createWorld, Kind, MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { MatchState } from "../../packages/shared/src/state/index.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";
import { cutSocket } from "../support/socket.ts";

const SEED = 7;
const RULES_PATCH = {
  map: { walls: [] },
  players: { minToStart: 1, lobbyWaitSeconds: 0 },
  resources: { nodes: 1 },
  creeps: { count: 0 },
  vision: { radius: 300, hysteresis: 60, cellSize: 128 },
  commander: { speed: 400 },
  match: { reconnectionSeconds: 30 },
};
const rules = defaultRulesWith(RULES_PATCH);
const R = rules.vision.radius;
const LEAVE = R + rules.vision.hysteresis;
// The simulation is deterministic: the same seed puts the node where the server has it.
const node = [...createWorld(rules, SEED).entities.values()].find((e) => e.kind === Kind.Resource)!;

type Violation = string;

/**
 * Checks one decoded patch against the vision rules, seen from a player whose
 * only vision source is its commander: own entities present; nothing farther
 * than radius + hysteresis; the node present once within the radius.
 */
function checkPatch(
  conn: MatchConnection,
  violations: Violation[],
  seen: { inside: number; outside: number },
): void {
  const me = conn.ownCommander();
  if (!me) {
    violations.push("own commander missing");
    return;
  }
  for (const e of conn.state.entities.values()) {
    if (e.owner === conn.playerId) continue;
    const d = Math.hypot(e.x - me.x, e.y - me.y);
    if (d > LEAVE + 0.01) violations.push(`entity ${e.id} visible at distance ${d.toFixed(1)} > ${LEAVE}`);
  }
  const d = Math.hypot(node.x - me.x, node.y - me.y);
  const present = conn.state.entities.has(String(node.id));
  if (d < R - 0.01) {
    seen.inside++;
    if (!present) violations.push(`node absent at distance ${d.toFixed(1)} < ${R}`);
  } else if (d > LEAVE + 0.01) {
    seen.outside++;
    if (present) violations.push(`node present at distance ${d.toFixed(1)} > ${LEAVE}`);
  }
}

/** Walks a commander one move per tick toward (or away from) a point until `done`. */
async function walk(
  conn: MatchConnection,
  target: { x: number; y: number },
  away: boolean,
  done: () => boolean,
) {
  while (!done()) {
    const me = conn.ownCommander()!;
    const sx = Math.sign(Math.round(target.x - me.x)) * (away ? -1 : 1);
    const sy = Math.sign(Math.round(target.y - me.y)) * (away ? -1 : 1);
    conn.send({ kind: "commanderMove", dx: sx as -1 | 0 | 1, dy: sy as -1 | 0 | 1 });
    await new Promise((r) => setTimeout(r, 1000 / rules.ticks.criticalHz));
  }
}

describe("fog of war over real WebSockets", () => {
  let server: ServerHandle;
  const players: TestPlayer[] = [];

  beforeAll(async () => {
    server = await startServer({ rules: RULES_PATCH, env: { SEED: String(SEED) } });
  });
  afterAll(async () => {
    await leaveAll(players);
    await server?.stop();
  });

  it("shows entities within the radius on the same tick, hides them beyond radius + hysteresis, keeps own ones, and leaks nothing after a reconnect", async () => {
    const scout = await joinPlayer(server.url, "scout");
    const other = await joinPlayer(server.url, "other"); // far away at another spawn point
    players.push(scout, other);
    const conn = scout.conn;
    await waitFor(
      () => conn.state.phase === MatchPhase.Playing && conn.ownCommander() !== undefined,
      "the match and own commander",
    );
    const otherCommander = other.conn.ownCommander()!;
    expect(conn.state.entities.has(String(otherCommander.id))).toBe(false);
    expect(conn.state.entities.has(String(node.id))).toBe(false);

    const violations: Violation[] = [];
    const seen = { inside: 0, outside: 0 };
    const check = () => checkPatch(conn, violations, seen);
    conn.room.onStateChange(check);

    const dist = () => Math.hypot(node.x - conn.ownCommander()!.x, node.y - conn.ownCommander()!.y);
    await walk(conn, node, false, () => dist() < R / 3);
    expect(conn.state.entities.has(String(node.id))).toBe(true);

    // Reconnect through a new connection: the new view is rebuilt from vision alone.
    const token = conn.room.reconnectionToken;
    const sessionId = conn.room.sessionId;
    cutSocket(conn.room);
    const client = new Client(server.url);
    client.auth.token = conn.client.auth.token!; // a reconnection proves the identity it left with
    const back = await client.reconnect(token, MatchState);
    expect(back.sessionId).toBe(sessionId);
    const backState = back.state as MatchState;
    await waitFor(() => backState.entities.size > 0, "state after reconnect");
    const mine = backState.players.get(sessionId)!;
    const ownCommander = backState.entities.get(String(mine.commanderId))!;
    expect(ownCommander.owner).toBe(sessionId);
    expect(backState.entities.has(String(node.id))).toBe(true);
    expect(backState.entities.has(String(otherCommander.id))).toBe(false);
    for (const e of backState.entities.values()) {
      if (e.owner === sessionId) continue;
      expect(Math.hypot(e.x - ownCommander.x, e.y - ownCommander.y)).toBeLessThanOrEqual(LEAVE + 0.01);
    }
    await back.leave(true);
    expect(violations).toEqual([]);
    expect(seen.inside).toBeGreaterThan(0);
    expect(seen.outside).toBeGreaterThan(0);
  });

  it("removes an entity from a view once it is beyond radius + hysteresis", async () => {
    const walker = await joinPlayer(server.url, "walker");
    players.push(walker);
    const conn = walker.conn;
    await waitFor(() => conn.ownCommander() !== undefined, "own commander");
    const violations: Violation[] = [];
    const seen = { inside: 0, outside: 0 };
    conn.room.onStateChange(() => checkPatch(conn, violations, seen));
    const dist = () => Math.hypot(node.x - conn.ownCommander()!.x, node.y - conn.ownCommander()!.y);
    await walk(conn, node, false, () => dist() < R / 2);
    expect(conn.state.entities.has(String(node.id))).toBe(true);
    await walk(conn, node, true, () => dist() > LEAVE + 50);
    await waitFor(() => !conn.state.entities.has(String(node.id)), "the node to leave the view");
    expect(violations).toEqual([]);
    expect(seen.inside).toBeGreaterThan(0);
    expect(seen.outside).toBeGreaterThan(0);
  });

  it("sends a player's gold to that player alone, and everyone's score to everyone", async () => {
    const a = await joinPlayer(server.url, "alice");
    const b = await joinPlayer(server.url, "bob");
    players.push(a, b);
    const ids = [a.conn.playerId, b.conn.playerId];
    const known = (p: TestPlayer, id: string) => p.conn.state.players.get(id);
    await waitFor(
      () =>
        [a, b].every(
          (p) => ids.every((id) => known(p, id) !== undefined) && known(p, p.conn.playerId)!.gold > 0,
        ),
      "both players listed, each with its own gold",
    );
    expect(known(a, b.conn.playerId)!.gold).toBeUndefined();
    expect(known(b, a.conn.playerId)!.gold).toBeUndefined();
    expect(known(a, b.conn.playerId)!.score).toBe(0);
    expect(known(a, b.conn.playerId)!.name).toBe("bob");
  });
});
