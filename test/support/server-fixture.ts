import { afterAll, beforeAll } from "vitest";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { keepMoving } from "./activity.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "./clients.ts";
import { type ServerHandle, type StartOptions, startServer } from "./server-process.ts";

/** What an integration test works with; filled in by the describe block's beforeAll. */
export interface ServerFixture {
  readonly server: ServerHandle;
  /** the players the fixture joined, then any a test adds: all of them leave after the block */
  readonly players: TestPlayer[];
}

export interface ServerSetup extends StartOptions {
  /** players that join (in this order, one room) before the tests */
  join?: string[];
  /** wait until the joined players' match is playing */
  playing?: boolean;
  /** which of the joined players keep their commanders walking, so each gets a patch every tick */
  moving?: (joined: TestPlayer[]) => TestPlayer[];
}

/**
 * The setup the integration tests share, registered as the enclosing block's
 * beforeAll/afterAll: a server process with `setup`'s options, players joined
 * (and walking) when asked; afterwards the walking stops, every player leaves
 * and the server stops.
 */
export function useServer(setup: ServerSetup = {}): ServerFixture {
  const { join = [], playing = false, moving, ...options } = setup;
  let server: ServerHandle | undefined;
  const players: TestPlayer[] = [];
  let stopMoving = () => {};
  beforeAll(async () => {
    server = await startServer(options);
    for (const name of join) players.push(await joinPlayer(server.url, name));
    if (playing) {
      await waitFor(
        () => players.every((p) => p.conn.state.phase === MatchPhase.Playing),
        "the match to start",
      );
    }
    if (moving) stopMoving = keepMoving(moving(players));
  });
  afterAll(async () => {
    stopMoving();
    await leaveAll(players);
    await server?.stop();
  });
  return {
    get server() {
      if (!server) throw new Error("the server fixture has not started (use it inside its describe block)");
      return server;
    },
    players,
  };
}

/** Names `prefix1`, `prefix2`, ... for `join`. */
export function names(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}
