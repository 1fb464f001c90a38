import { Client, type MatchMakeError } from "@colyseus/sdk";
import { ErrorCode } from "@colyseus/shared-types";
import { MatchState } from "@octet/shared/state";
import { describe, expect, it } from "vitest";
import { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { MATCH_GONE } from "../../packages/server/src/cluster/matchmaking-guard.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { joinPlayer, type TestPlayer, waitFor } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import { roomOwners } from "../support/cluster-processes.ts";
import { cutSocket } from "../support/socket.ts";

// A dropped player comes back with the SDK's reconnection token through a
// process it never used: that process finds the room in Redis and sends the
// player to the process running it, into the same seat. Gold income, gathering
// and bounties are off and creeps deal no damage, so the player's gold and army
// cannot change while away; a small map crowded with one-hit creeps makes the
// commander score at once, so the score it comes back to is not just 0.
const WINDOW_S = 3;
const RULES = {
  map: { width: 1024, height: 1024, walls: [] },
  players: { minToStart: 1, lobbyWaitSeconds: 0, goldPerSecond: 0, spawnRadius: 300 },
  resources: { gatherPerSecond: 0 },
  creeps: { count: 80, hp: 1, damage: 0, bounty: 0, respawnSeconds: 1000 },
  match: { reconnectionSeconds: WINDOW_S, scoreLimit: 1000 },
};

/** What must survive a reconnection. */
function snapshot(conn: MatchConnection) {
  const me = conn.state.players.get(conn.playerId);
  const units: number[] = [];
  conn.state.entities.forEach((e) => {
    if (e.owner === conn.playerId && e.kind >= 3) units.push(e.id);
  });
  return {
    sessionId: conn.room.sessionId,
    playerId: conn.playerId,
    commander: conn.ownCommander()?.id,
    units: units.sort((a, b) => a - b),
    gold: me?.gold,
    score: me?.score,
  };
}

/** Reconnects with a token through the server at `url`, as a fresh client would. */
/** `identity`: the guest token the player joined with; a reconnection must carry it. */
async function reconnectThrough(url: string, token: string, identity: string): Promise<MatchConnection> {
  const client = new Client(url);
  client.auth.token = identity;
  const room = await client.reconnect(token, MatchState);
  return MatchConnection.attach(client, room);
}

/** The host:port a room's socket is connected to. */
function socketAddress(conn: MatchConnection): string {
  const ws = (conn.room.connection.transport as unknown as { ws: { url: string } }).ws;
  return new URL(ws.url).host;
}

describe("reconnection through any process", () => {
  const players: TestPlayer[] = [];
  const conns: MatchConnection[] = [];

  const cluster = useCluster(3, {
    options: { rules: RULES },
    leave: () => [...players.map((p) => p.conn), ...conns],
  });

  it("a player whose socket was cut comes back through another process to the same seat, army, gold and score", async () => {
    const entry = cluster.processes[0]!;
    const player = await joinPlayer(entry.url, "flaky");
    const companion = await joinPlayer(cluster.processes[1]!.url, "steady");
    players.push(player, companion);
    const conn = player.conn;
    expect(companion.conn.room.roomId).toBe(conn.room.roomId);

    await waitFor(
      () => conn.state.phase === MatchPhase.Playing && conn.ownCommander() !== undefined,
      "the match to start",
    );
    conn.send({ kind: "train", unitKind: "soldier" });
    conn.send({ kind: "train", unitKind: "scout" });
    await waitFor(() => snapshot(conn).units.length === 2, "two trained units");
    await waitFor(() => snapshot(conn).gold === 150 - 50 - 30, "the gold spent on them");
    await waitFor(() => (snapshot(conn).score ?? 0) > 0, "a score from killing creeps");
    const before = snapshot(conn);

    const owner = (await roomOwners(cluster.redis)).get(conn.room.roomId)!;
    const ownerProcess = cluster.processes.find((p) => p.processId === owner)!;
    // Through a process that is neither the one first asked nor (when possible) the room's own.
    const via =
      cluster.processes.find((p) => p !== entry && p !== ownerProcess) ??
      cluster.processes.find((p) => p !== entry)!;
    const token = conn.room.reconnectionToken;
    const companionPatches = companion.patches;

    cutSocket(conn.room);
    const back = await reconnectThrough(via.url, token, conn.client.auth.token!);
    conns.push(back);

    expect(back.room.sessionId).toBe(before.sessionId);
    expect(back.room.roomId).toBe(conn.room.roomId);
    // The seat reservation sent it to the process that runs the room.
    expect(socketAddress(back)).toBe(`127.0.0.1:${ownerProcess.port}`);
    await waitFor(
      () => snapshot(back).units.length === 2 && snapshot(back).gold !== undefined,
      "own army in state",
    );
    // The commander may kill more creeps while its player is away: the score
    // never goes back, everything else is exactly as it was.
    const after = snapshot(back);
    expect({ ...after, score: 0 }).toEqual({ ...before, score: 0 });
    expect(after.score).toBeGreaterThanOrEqual(before.score!);
    console.log(
      `reconnected through process ${cluster.processes.indexOf(via)} (joined through 0, room on ${cluster.processes.indexOf(ownerProcess)})`,
    );

    // Back in play: a move is applied, and the companion never noticed a thing.
    const accepted = back.stats.accepted;
    expect(back.moveCommander(1, 0)).toBeGreaterThan(0);
    await waitFor(() => back.stats.accepted > accepted, "an accepted move after reconnecting");
    expect(companion.conn.stats.drops).toBe(0);
    expect(companion.patches).toBeGreaterThan(companionPatches);
  });

  it("after the window a reconnect is refused with a clear error, and the player can join a new match", async () => {
    const conn = conns[0]!;
    const companion = players[1]!.conn;
    const token = conn.room.reconnectionToken;
    const id = conn.playerId;
    cutSocket(conn.room);
    // The others see the player drop, then leave for good when the window ends.
    await waitFor(() => companion.state.players.get(id)?.connected === false, "the player shown as dropped");
    await waitFor(
      () => companion.state.players.get(id)?.left === true,
      "the seat to expire",
      (WINDOW_S + 5) * 1000,
    );

    const refused = await reconnectThrough(cluster.processes[2]!.url, token, conn.client.auth.token!).catch(
      (e: MatchMakeError) => e,
    );
    expect(refused).toBeInstanceOf(Error);
    expect((refused as MatchMakeError).code).toBe(ErrorCode.MATCHMAKE_EXPIRED);
    expect((refused as MatchMakeError).message).toBe(
      `your seat has expired: a match keeps a dropped player's seat for ${WINDOW_S} s. Join a new match.`,
    );

    const fresh = await joinPlayer(cluster.processes[2]!.url, "flaky again");
    players.push(fresh);
    await waitFor(() => fresh.conn.ownCommander() !== undefined, "a commander in the new match");
    expect(fresh.conn.room.sessionId).not.toBe(conn.room.sessionId);
  });

  it("a reconnect to a match that no longer exists says the match is gone", async () => {
    // The token of a room that was never there (or has ended): same answer.
    const refused = await reconnectThrough(cluster.processes[1]!.url, "nosuchroom:token", "").catch(
      (e: MatchMakeError) => e,
    );
    expect((refused as MatchMakeError).code).toBe(ErrorCode.MATCHMAKE_INVALID_ROOM_ID);
    expect((refused as MatchMakeError).message).toBe(MATCH_GONE);
  });
});
