import { verifyRecord } from "@octet/shared/record";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectedProcessId } from "../../packages/client/src/net/follow-match.ts";
import { joinPlayer, waitFor, waitForAsync } from "../support/clients.ts";
import { type ClusterProcess, roomOwners } from "../support/cluster-processes.ts";
import { type LinkProxy, startLinkProxy } from "../support/link-proxy.ts";
import { recordOfRoom } from "../support/records.ts";
import { useResumeCluster } from "../support/resume-cluster.ts";

const RULES = { players: { minToStart: 1, lobbyWaitSeconds: 0 }, match: { reconnectionSeconds: 30 } };
/** Longer than the sweep (about 3.5 s) takes to find the process dead and another to resume its match. */
const CUT_MS = 9000;

// A partition, not a crash: one process loses its link to Redis long enough
// for the other to take it for dead and resume its match from the record,
// while its players' sockets to it stay up and its copy of the match goes on.
// When the link is back, the record's fence refuses that copy's next append:
// it closes with 4408 and its players follow the match to where it runs now.
// The record never had two writers, and it has no gap.
describe("a process cut off from Redis (not dead) while another resumes its match", () => {
  const cluster = useResumeCluster();
  const players = cluster.players;
  let proxy: LinkProxy;

  beforeAll(async () => {
    proxy = await startLinkProxy({ host: "127.0.0.1", port: cluster.redis.port });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  it("moves the players to the resumed copy once the link is back; one writer, no gap", {
    timeout: 90_000,
  }, async () => {
    // The cut-off process runs the match: it is the only one up when the players join.
    const [cut] = (await cluster.start(1, {
      rules: RULES,
      redisUrl: `redis://127.0.0.1:${proxy.port}`,
    })) as [ClusterProcess];
    // Players reach the cluster through one address, as behind a load balancer: any process answers.
    const balancer = await cluster.balance([cut.port]);
    players.push(...(await Promise.all([0, 1, 2, 3].map((i) => joinPlayer(balancer.url, `c${i}`)))));
    const roomId = players[0]!.conn.room.roomId;
    expect(players.every((p) => p.conn.room.roomId === roomId)).toBe(true);
    const [other] = (await cluster.start(1, { rules: RULES })) as [ClusterProcess];
    balancer.targets = [cut.port, other.port];
    const lost: string[] = [];
    for (const p of players) p.conn.on("seatLost", (r) => lost.push(r));
    cluster.keepMoving();
    await waitFor(() => players.every((p) => p.patches > 10), "the match under way");

    const cutAt = Date.now();
    proxy.cut(CUT_MS);
    // A player asks the cut-off process where its match is (as one whose socket dropped
    // would): it cannot tell. That failed room search must not stay its answer afterwards.
    const askCut = async () => {
      const res = await fetch(`${cut.httpUrl}/matches/${roomId}`);
      return { status: res.status, body: (await res.json()) as { processId?: string; error?: string } };
    };
    await waitForAsync(
      async () => (await askCut()).status === 503,
      "the cut-off process to say it cannot tell",
    );
    await waitFor(
      () => other.output().includes(`(room ${roomId},`),
      "the other process to resume the match",
      20_000,
    );
    // Meanwhile the cut-off copy goes on for its players, who know nothing yet.
    expect(players.every((p) => connectedProcessId(p.conn.room) === cut.processId)).toBe(true);

    // The link is back: the fence turns the old copy away, and everyone follows the match.
    await waitFor(
      () => players.every((p) => connectedProcessId(p.conn.room) === other.processId && !p.conn.reconnecting),
      "every player in the resumed match",
      CUT_MS + 30_000,
    ).catch((err) => {
      // Where each player is, and what both processes said, for whoever reads the failure.
      const where = players.map(
        (p) => `${connectedProcessId(p.conn.room)}${p.conn.reconnecting ? " (reconnecting)" : ""}`,
      );
      const said = (c: ClusterProcess) =>
        c
          .output()
          .split("\n")
          .filter((l) => l.includes("octet:"))
          .join("\n");
      console.error(
        `players: ${where.join(", ")}\ncut ${cut.processId}:\n${said(cut)}\nother ${other.processId}:\n${said(other)}`,
      );
      throw err;
    });
    const movedMs = Date.now() - cutAt;
    expect(lost).toEqual([]);
    expect(cut.output()).toMatch(/another process owns this match now; this process stops writing it/);
    for (const p of players) expect(p.conn.room.roomId).toBe(roomId);
    await waitForAsync(
      async () => (await roomOwners(cluster.redis)).get(roomId) === other.processId,
      "the listing",
    );
    // The cut-off process, asked directly, knows where the match runs now.
    await waitForAsync(
      async () => (await askCut()).body.processId === other.processId,
      "the cut-off process to name the match's new process",
    ).catch(async (err) => {
      console.error(`the cut-off process answers: ${JSON.stringify(await askCut())}`);
      throw err;
    });
    const record = await recordOfRoom(other.httpUrl, roomId);
    expect(verifyRecord(record)).toMatchObject({ ok: true, mismatch: null, error: null });
    expect(record.ticks[0]?.tick).toBe(1);
    console.log(`cut off for ${CUT_MS} ms: every player in the resumed match ${movedMs} ms after the cut`);
  });
});
