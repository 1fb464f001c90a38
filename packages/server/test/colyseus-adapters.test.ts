// The places Octet reaches inside Colyseus (see packages/server/src/colyseus/
// and packages/client/src/net/sdk-message-tap.ts), checked against the real
// framework: these fail, loudly, when an upgrade changes what they rely on.
import { Socket } from "node:net";
import { matchMaker, ServerError } from "@colyseus/core";
import type { ServerError as SdkError, Room as SdkRoom } from "@colyseus/sdk";
import { describe, expect, it } from "vitest";
import { tapIncomingMessages } from "../../client/src/net/sdk-message-tap.ts";
import { decodeServerMessage, MATCH_ROOM, MessageType, Reject } from "../../shared/src/protocol/index.ts";
import { MatchState } from "../../shared/src/state/index.ts";
import { interceptFrames } from "../src/colyseus/frame-dispatch.ts";
import { detachListing } from "../src/colyseus/listing-detach.ts";
import { interceptMatchmaking, type MatchmakeCall } from "../src/colyseus/matchmaker-hook.ts";
import { tcpSocketOf, webSocketOf } from "../src/colyseus/ws-socket.ts";
import type { MatchRoom } from "../src/rooms/MatchRoom.ts";
import { createMatch, sdkFor, useMatchServer } from "./support/match-server.ts";

describe("Colyseus adapters against the real framework", { timeout: 20_000 }, () => {
  const server = useMatchServer();
  /** Joins `room` as a new player called `name` (its own guest identity). */
  const joinAs = async (room: MatchRoom, name: string) =>
    (await sdkFor(server.colyseus, name)).joinById(room.roomId, { name }, MatchState);

  it("interceptMatchmaking sees every matchmaking request, may refuse one, and comes off cleanly", async () => {
    const calls: Array<Pick<MatchmakeCall, "method" | "roomName">> = [];
    let refuse = false;
    const remove = interceptMatchmaking(async (call) => {
      calls.push({ method: call.method, roomName: call.roomName });
      if (refuse) throw new ServerError(503, "refused by the test");
      return call.proceed();
    });
    try {
      const a = await (await sdkFor(server.colyseus, "a")).create(MATCH_ROOM, { name: "a" }, MatchState);
      const b = await (await sdkFor(server.colyseus, "b")).joinById(a.roomId, { name: "b" }, MatchState);
      expect(calls).toEqual([
        { method: "create", roomName: MATCH_ROOM },
        { method: "joinById", roomName: a.roomId },
      ]);
      refuse = true;
      const refused = await server.colyseus.sdk
        .joinOrCreate(MATCH_ROOM, {}, MatchState)
        .catch((e: SdkError) => e);
      expect(refused).toMatchObject({ code: 503, message: "refused by the test" });
      expect(calls.at(-1)).toEqual({ method: "joinOrCreate", roomName: MATCH_ROOM });
      await Promise.all([a.leave(), b.leave()]);
    } finally {
      remove();
    }
    const after = await (await sdkFor(server.colyseus, "after")).joinOrCreate(MATCH_ROOM, {}, MatchState);
    expect(calls.at(-1)?.method).toBe("joinOrCreate"); // the refused one: nothing recorded since
    expect(calls).toHaveLength(3);
    await after.leave();
  });

  it("detachListing leaves a disposing room's listing alone (another process's copy owns it now)", async () => {
    const kept = await createMatch(server.colyseus);
    const gone = await createMatch(server.colyseus);
    detachListing(kept);
    await Promise.all([kept.disconnect(), gone.disconnect()]);
    expect(await matchMaker.query({ roomId: gone.roomId })).toEqual([]);
    const [listing] = await matchMaker.query({ roomId: kept.roomId });
    expect(listing?.roomId).toBe(kept.roomId);
    await matchMaker.driver.remove(kept.roomId);
  });

  it("interceptFrames sees a joined client's frames before Colyseus, which still handles them", async () => {
    const room = await createMatch(server.colyseus);
    const seen: number[] = [];
    interceptFrames(room, (client, frame, dispatch) => {
      seen.push(frame.length);
      dispatch(client, frame);
    });
    const player = await joinAs(room, "f");
    const answer = new Promise<unknown>((resolve) =>
      player.onMessage(MessageType.Server, (bytes: Uint8Array) => {
        const msg = decodeServerMessage(bytes);
        if (msg?.kind === "results") resolve(msg.results[0]);
      }),
    );
    const before = seen.length;
    player.sendBytes(MessageType.Action, new Uint8Array([0xff, 0xff, 0xff])); // garbage: a Malformed answer
    expect(await answer).toMatchObject({ accepted: false, reason: Reject.Malformed });
    expect(seen.length).toBeGreaterThan(before);
    await player.leave();
  });

  it("webSocketOf gives a joined client's ws WebSocket: open, with a send buffer, ping and pong", async () => {
    const room = await createMatch(server.colyseus);
    const player = await joinAs(room, "w");
    const ws = webSocketOf(room.clients[0]!);
    expect(ws?.readyState).toBe(1);
    expect(typeof ws?.bufferedAmount).toBe("number");
    expect(typeof ws?.ping).toBe("function");
    expect(typeof ws?.terminate).toBe("function");
    // (The room's own read probes ping too: wait for the answer to this one.)
    const pong = new Promise<void>((resolve) =>
      ws!.on("pong", (data) => {
        if (data.toString() === "probe") resolve();
      }),
    );
    ws!.ping!(Buffer.from("probe"));
    await pong; // the SDK's socket answers pings, and the answer comes back through `on`
    await player.leave();
  });

  it("tcpSocketOf finds the real TCP socket under a joined client, and corking it holds a frame back", async () => {
    const room = await createMatch(server.colyseus);
    const player = await joinAs(room, "c");
    await player.waitForInitialState();
    const client = room.clients[0]!;
    const socket = tcpSocketOf(client);
    expect(socket).toBeInstanceOf(Socket);
    const s = socket as Socket;
    const got = new Promise<Uint8Array>((resolve) => player.onMessage(MessageType.Server, resolve));
    s.cork();
    client.sendBytes(MessageType.Server, new Uint8Array([1, 2, 3]));
    expect(s.writableCorked).toBe(1);
    expect(s.writableLength).toBeGreaterThan(0); // the frame waits in the socket, not yet written
    s.uncork();
    expect(s.writableCorked).toBe(0);
    await got; // and arrives once uncorked
    await player.leave();
  });

  it("tapIncomingMessages counts every WebSocket message, still delivers them, and survives a reconnect", async () => {
    const room: MatchRoom = await createMatch(server.colyseus);
    const player = (await (
      await sdkFor(server.colyseus, "d")
    ).joinById(room.roomId, { name: "d" }, MatchState)) as SdkRoom<unknown, MatchState>;
    expect(typeof (player.connection.events as { onmessage?: unknown }).onmessage).toBe("function");
    const sizes: number[] = [];
    tapIncomingMessages(player, (n) => sizes.push(n));
    let patches = 0;
    player.onStateChange(() => patches++);
    await waitUntil(() => patches >= 2 && sizes.length >= 2, "patches through the tap");
    expect(sizes.every((n) => n > 0)).toBe(true);

    // A drop and the SDK's own reconnection: the tap is still there afterwards.
    player.reconnection.minUptime = 0;
    player.reconnection.minDelay = 50;
    player.reconnection.maxDelay = 50;
    const back = new Promise<void>((resolve) => player.onReconnect(() => resolve()));
    // The server end goes away without a close handshake, as in a network failure.
    (room.clients[0]!.ref as unknown as { terminate(): void }).terminate();
    await back;
    const counted = sizes.length;
    const patchesThen = patches;
    await waitUntil(
      () => patches > patchesThen && sizes.length > counted,
      "patches through the tap after the reconnect",
    );
    await player.leave();
  });
});

async function waitUntil(cond: () => boolean, what: string, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
