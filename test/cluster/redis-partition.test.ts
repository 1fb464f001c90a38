import type { MatchMakeError } from "@colyseus/sdk";
import { describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { MATCHMAKING_UNAVAILABLE } from "../../packages/server/src/cluster/matchmaking-guard.ts";
import { waitFor, waitForAsync } from "../support/clients.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import type { ClusterProcess } from "../support/cluster-processes.ts";
import { type LinkProxy, startLinkProxy } from "../support/link-proxy.ts";

// The network between the processes and Redis is cut (a TCP proxy resets every
// connection and refuses new ones), while Redis itself keeps its data. What
// happened meanwhile never reached Redis: a match that ended, a player who
// left. When the link returns, each process corrects its own listings.
const CUT_MS = 4000;

describe("Redis cut off from every process while it keeps its data", () => {
  let proxy: LinkProxy;
  const conns: MatchConnection[] = [];
  const join = async (via: ClusterProcess, name: string, choice: Parameters<typeof joinMatch>[2]) => {
    const conn = await joinMatch(via.url, name, choice);
    conns.push(conn);
    return conn;
  };

  const cluster = useCluster(2, {
    options: async (redis) => {
      proxy = await startLinkProxy({ host: "127.0.0.1", port: redis.port });
      return {
        redisUrl: `redis://127.0.0.1:${proxy.port}`,
        rules: { players: { lobbyWaitSeconds: 600 } },
      };
    },
    afterProcesses: async () => {
      await proxy?.close();
    },
    leave: () => conns,
  });

  it("forgets the rooms that ended during the cut and updates the ones still running", async () => {
    const [p1, p2] = cluster.processes as [ClusterProcess, ClusterProcess];
    // One quick match that will end during the cut, one private match that goes on.
    const a = await join(p1, "a", { mode: "quick" });
    const b = await join(p2, "b", { mode: "quick" });
    const host = await join(p1, "host", { mode: "create" });
    const guest = await join(p2, "guest", { mode: "code", code: host.room.roomId });
    const ending = a.room.roomId;
    const going = host.room.roomId;
    expect(b.room.roomId).toBe(ending);
    await waitFor(() => host.state.players.size === 2, "both players in the private match");

    proxy.cut(CUT_MS);
    await waitForAsync(
      async () =>
        (await join(p1, "probe", { mode: "quick" }).catch((e: MatchMakeError) => e.code)) ===
        MATCHMAKING_UNAVAILABLE,
      "the processes to notice the cut",
    );
    await Promise.all([a.leave(), b.leave(), guest.leave()]);
    // Redis still believes the old story.
    expect((await cluster.redis.rooms()).map((r) => [r.roomId, r.clients]).sort()).toEqual(
      [
        [ending, 2],
        [going, 2],
      ].sort(),
    );

    await waitForAsync(
      async () => {
        const rooms = await cluster.redis.rooms();
        return rooms.length === 1 && rooms[0]!.roomId === going && rooms[0]!.clients === 1;
      },
      "the listings corrected once the link is back",
      CUT_MS + 15_000,
    );
    expect((await cluster.redis.rooms())[0]).toMatchObject({ private: true });
    expect(await cluster.redis.command("HEXISTS", "octet:room-codes", going)).toBe(1);

    // Quick match works again through every process, in rooms that exist.
    for (const via of cluster.processes) {
      let late: MatchConnection | undefined;
      await waitForAsync(async () => {
        late = await join(via, "late", { mode: "quick" }).catch(() => undefined);
        return late !== undefined;
      }, "a join to work again");
      expect(late!.room.roomId).not.toBe(ending);
    }
    const late = conns.at(-1)!;
    await waitFor(() => late.state.players.size === 2, "both late players in a live match");
  });
});
