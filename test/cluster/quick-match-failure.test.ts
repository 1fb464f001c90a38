import { describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import type { MatchConnection } from "../../packages/client/src/net/connection.ts";
import { useCluster } from "../support/cluster-fixture.ts";
import type { ClusterProcess } from "../support/cluster-processes.ts";

// Before creating a room, Colyseus's quick match counts concurrent creations
// in Redis (HINCRBY in a MULTI), and loses that command's failure: the request
// never settled, and every quick match queued behind it on that process timed
// out too. Here that one command is refused to the server's Redis user (an
// ACL), so it fails every time; anything that makes it fail once (a timeout, a
// blip) did the same to one request and the ones after it.
describe("quick match when Redis refuses Colyseus's room-creation counter", () => {
  const conns: MatchConnection[] = [];
  const cluster = useCluster(1, {
    options: async (redis) => {
      await redis.command("ACL", "SETUSER", "octet", "on", ">octet-test", "~*", "&*", "+@all", "-hincrby");
      return {
        redisUrl: `redis://octet:octet-test@127.0.0.1:${redis.port}`,
        rules: { players: { lobbyWaitSeconds: 600 } },
      };
    },
    leave: () => conns,
  });

  it("creates the room and fills it, one quick match after another", { timeout: 90_000 }, async () => {
    const [p] = cluster.processes as [ClusterProcess];
    const answers: string[] = [];
    for (const name of ["first", "second", "third"]) {
      const started = Date.now();
      const answer = await joinMatch(p.url, name, { mode: "quick" }).then(
        (conn) => {
          conns.push(conn);
          return "joined";
        },
        (err: Error) => `refused: ${err.message}`,
      );
      answers.push(answer);
      console.log(`${name}: ${answer} (${Date.now() - started} ms)`);
    }
    expect(answers).toEqual(["joined", "joined", "joined"]);
    expect(new Set(conns.map((c) => c.room.roomId)).size).toBe(1);
  });
});
