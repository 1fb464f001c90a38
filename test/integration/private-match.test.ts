import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import { describeJoinError } from "../../packages/client/src/lobby/join-errors.ts";
import type { MatchConnection } from "../../packages/client/src/net/index.ts";
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from "../../packages/server/src/rooms/room-code.ts";
import { waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

// The lobby's three ways in, through the same join code the browser runs.
describe("private matches with short codes", () => {
  let server: ServerHandle;
  const conns: MatchConnection[] = [];
  /** every private match created in this file */
  const privateRooms: string[] = [];
  const join = async (...args: Parameters<typeof joinMatch> extends [string, ...infer R] ? R : never) => {
    const conn = await joinMatch(server.url, ...args);
    conns.push(conn);
    if (args[1].mode === "create") privateRooms.push(conn.room.roomId);
    return conn;
  };

  beforeAll(async () => {
    // A long lobby keeps rooms open, so only privacy decides where players land.
    server = await startServer({ rules: { players: { lobbyWaitSeconds: 600 } } });
  });
  afterAll(async () => {
    await Promise.allSettled(conns.map((c) => c.leave()));
    await server?.stop();
  });

  it("creating a private match gives a short code; a second player joins the same match with it", async () => {
    const host = await join("host", { mode: "create" });
    const code = host.room.roomId;
    expect(code).toHaveLength(ROOM_CODE_LENGTH);
    for (const ch of code) expect(ROOM_CODE_ALPHABET).toContain(ch);

    const guest = await join("guest", { mode: "code", code });
    expect(guest.room.roomId).toBe(code);
    await waitFor(() => host.state.players.size === 2, "both players in the host's state");
    const names = [...host.state.players.values()].map((p) => p.name).sort();
    expect(names).toEqual(["guest", "host"]);
  });

  it("quick match never lands in a private match, even one with free seats", async () => {
    const host = await join("alone", { mode: "create" });
    const a = await join("quick-a", { mode: "quick" });
    const b = await join("quick-b", { mode: "quick" });
    // Two private matches with free seats exist (this one and the first test's): neither is used.
    expect(privateRooms).toHaveLength(2);
    expect(privateRooms).not.toContain(a.room.roomId);
    expect(b.room.roomId).toBe(a.room.roomId);
    await waitFor(() => a.state.players.size === 2, "two quick players together");
    expect(host.state.players.size).toBe(1);
  });

  it("two private matches get different codes", async () => {
    const one = await join("one", { mode: "create" });
    const two = await join("two", { mode: "create" });
    expect(one.room.roomId).not.toBe(two.room.roomId);
  });

  it("a wrong code fails with a clear error, and the lobby says so", async () => {
    const choice = { mode: "code" as const, code: "ZZZZZ" };
    const err = await join("lost", choice).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(Error);
    expect((err as { code?: number }).code).toBe(522); // Colyseus MATCHMAKE_INVALID_ROOM_ID
    expect(describeJoinError(err, choice, server.url)).toBe(
      "No match has the code ZZZZZ. Check the code and try again.",
    );
  });

  it("an unreachable server is reported as such", async () => {
    const url = "ws://127.0.0.1:9"; // discard port: nothing listens there
    const err = await joinMatch(url, "nobody", { mode: "quick" }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).not.toBeNull();
    expect(describeJoinError(err, { mode: "quick" }, url)).toBe(
      `Cannot reach the game server (${url}). Is it running?`,
    );
  });
});
