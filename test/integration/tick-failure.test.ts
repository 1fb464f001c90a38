import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CloseCodes } from "../../packages/shared/src/protocol/index.ts";
import { keepMoving } from "../support/activity.ts";
import { joinPlayer, leaveAll, type TestPlayer, waitFor } from "../support/clients.ts";
import { REPO_ROOT, type ServerHandle, startServer } from "../support/server-process.ts";

const entry = join(REPO_ROOT, "test/support/faulty-server.ts");
const rules = { players: { minToStart: 1, lobbyWaitSeconds: 0 } };

describe("an exception in the match tick never reaches the process", () => {
  let server: ServerHandle | undefined;
  let players: TestPlayer[] = [];
  afterEach(async () => {
    await leaveAll(players);
    players = [];
    await server?.stop();
  });

  it("skips one failed tick, logs it, and the match goes on", async () => {
    server = await startServer({ entry, rules, env: { FAULT_TICKS: "once" } });
    players = [await joinPlayer(server.url, "a"), await joinPlayer(server.url, "b")];
    const stop = keepMoving(players);
    await waitFor(() => players[0]!.conn.state.tick > 40, "the match to tick past the failure");
    stop();
    expect(server.output()).toMatch(
      /a tick of room \S+ failed \(1 in a row\): Error: injected tick failure at tick 20/,
    );
    expect(players.every((p) => p.conn.room.connection.isOpen)).toBe(true);
    const health = (await (await fetch(`${server.httpUrl}/healthz`)).json()) as { rooms: number };
    expect(health.rooms).toBe(1);
  });

  it("ends the match cleanly when every tick fails: players get MatchFailed with a reason, the process goes on", async () => {
    server = await startServer({ entry, rules, env: { FAULT_TICKS: "always" } });
    players = [await joinPlayer(server.url, "a")];
    const closed = new Promise<number>((resolve) => players[0]!.conn.room.onLeave((code) => resolve(code)));
    expect(await closed).toBe(CloseCodes.MatchFailed);
    // The process still answers and opens new matches.
    const next = await joinPlayer(server.url, "c");
    players.push(next);
    expect(next.conn.room.connection.isOpen).toBe(true);
    expect(server.output()).toMatch(/stopped after 10 failed ticks in a row/);
  });
});
