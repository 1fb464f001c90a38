import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { joinMatch } from "../../packages/client/src/lobby/join.ts";
import type { MatchConnection } from "../../packages/client/src/net/index.ts";
import { hostOf, startWithBots } from "../../packages/client/src/net/start-with-bots.ts";
import { MessageType, Reject } from "../../packages/shared/src/protocol/index.ts";
import { MatchPhase } from "../../packages/shared/src/sim/index.ts";
import { waitFor } from "../support/clients.ts";
import { type ServerHandle, startServer } from "../support/server-process.ts";

/** Every refusal a connection gets, as [reason, detail]. */
function refusals(conn: MatchConnection): Array<[number, string]> {
  const got: Array<[number, string]> = [];
  conn.on("result", (r) => {
    if (!r.accepted) got.push([r.reason, r.detail]);
  });
  return got;
}

describe("a private match's host starts at once with bots (MessageType.StartWithBots)", () => {
  let server: ServerHandle;
  const conns: MatchConnection[] = [];
  const join = async (...args: Parameters<typeof joinMatch> extends [string, ...infer R] ? R : never) => {
    const conn = await joinMatch(server.url, ...args);
    conns.push(conn);
    return conn;
  };

  beforeAll(async () => {
    // Bots would come on their own only after 60 s: anything sooner is the host's doing.
    server = await startServer({ rules: { players: { botFillSeconds: 60, lobbyWaitSeconds: 60 } } });
  });
  afterAll(async () => {
    await Promise.allSettled(conns.map((c) => c.leave()));
    await server?.stop();
  });

  it("the server's countdown to the bots is in the state, and it counts down", async () => {
    const alone = await join("counter", { mode: "quick" });
    await waitFor(() => alone.state.botsInSeconds > 0, "a bot countdown");
    const first = alone.state.botsInSeconds;
    expect(first).toBeLessThanOrEqual(60);
    await waitFor(() => alone.state.botsInSeconds < first, "the countdown to go down", 5_000);
  });

  it("refuses a guest, a payload, a public match, and repeats; the host's request fills every seat with bots named apart from players", async () => {
    // A player named like a bot: the bot that would take that name gets another.
    const host = await join("Bot Ada", { mode: "create" });
    const guest = await join("guest", { mode: "code", code: host.room.roomId });
    await waitFor(() => host.state.players.size === 2 && guest.state.players.size === 2, "both players");
    expect(hostOf(host.state)).toBe(host.playerId);
    expect(hostOf(guest.state)).toBe(host.playerId);
    const hostNo = refusals(host);
    const guestNo = refusals(guest);

    startWithBots(guest.room);
    await waitFor(() => guestNo.length === 1, "the guest's refusal");
    expect(guestNo[0]![0]).toBe(Reject.NotOwner);
    expect(guestNo[0]![1]).toContain("only the host");

    // A payload where none belongs: msgpack through room.send (not the bytes
    // handler: an unknown message), then bytes.
    host.room.send(MessageType.StartWithBots, { fill: true });
    await waitFor(() => hostNo.length === 1, "the refusal of a msgpack message");
    expect(hostNo[0]![0]).toBe(Reject.UnknownAction);
    host.room.sendBytes(MessageType.StartWithBots, new Uint8Array([1, 2, 3]));
    await waitFor(() => hostNo.length === 2, "the refusal of a payload");
    expect(hostNo[1]![0]).toBe(Reject.Malformed);
    // The next request within the rate window is refused whatever it is.
    startWithBots(host.room);
    await waitFor(() => hostNo.length === 3, "the rate limit");
    expect(hostNo[2]![0]).toBe(Reject.RateLimited);
    expect(host.state.players.size).toBe(2);

    const quick = await join("quick", { mode: "quick" });
    const quickNo = refusals(quick);
    startWithBots(quick.room);
    await waitFor(() => quickNo.length === 1, "the public match's refusal");
    expect(quickNo[0]).toEqual([Reject.NotOwner, "only a private match can be started with bots"]);

    await new Promise((r) => setTimeout(r, 2100));
    startWithBots(host.room);
    await waitFor(() => host.state.players.size === 8, "bots in all six empty seats", 10_000);
    const players = [...host.state.players.values()];
    expect(players.filter((p) => p.bot)).toHaveLength(6);
    expect(new Set(players.map((p) => p.name)).size).toBe(8);
    expect(players.find((p) => p.name === "Bot Ada")?.bot).toBe(false);
    expect(players.some((p) => p.bot && p.name.startsWith("Bot Ada "))).toBe(true);
    await waitFor(() => host.state.phase !== MatchPhase.Waiting, "the match to leave the waiting phase");
    expect(host.state.botsInSeconds).toBe(0);

    // Too late now: the match no longer waits.
    await new Promise((r) => setTimeout(r, 2100));
    startWithBots(host.room);
    await waitFor(() => hostNo.length === 4, "the late request's refusal");
    expect(hostNo[3]![0]).toBe(Reject.NotPlaying);
    expect(guestNo).toHaveLength(1);
  });
});
