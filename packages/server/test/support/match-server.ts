import type { Room as SdkRoom } from "@colyseus/sdk";
import { ColyseusTestServer } from "@colyseus/testing";
import { afterAll, afterEach, beforeAll } from "vitest";
import {
  type Action,
  decodeServerMessage,
  encodeAction,
  MATCH_ROOM,
  MessageType,
  type ServerEvent,
} from "../../../shared/src/protocol/index.ts";
import { DEFAULT_RULES_DOCUMENT, mergeRules, parseRules } from "../../../shared/src/rules/index.ts";
import { MatchState } from "../../../shared/src/state/index.ts";
import { createServer } from "../../src/app.ts";
import { freePort } from "../../src/child-process/free-port.ts";
import { loadConfig } from "../../src/config.ts";
import type { MatchRoom } from "../../src/rooms/MatchRoom.ts";

/** A real Colyseus server in this process, with MatchRoom under `rules` (merged over the defaults). */
export async function bootMatchServer(rules: unknown): Promise<ColyseusTestServer> {
  const port = await freePort();
  // The defaults a process gets from an empty environment, with these rules and a fixed seed.
  const server = createServer({
    ...loadConfig({}, "/nonexistent"),
    port,
    host: "127.0.0.1",
    rules: parseRules(mergeRules(DEFAULT_RULES_DOCUMENT, rules)),
    seed: 11,
  });
  await server.listen(port, "127.0.0.1");
  return new ColyseusTestServer(server);
}

/**
 * A match server for one describe block (booted in beforeAll, rooms cleaned up
 * after each test, shut down in afterAll): one player starts a match at once,
 * no creeps, and `rules` on top. Read `.colyseus` inside the tests.
 */
export function useMatchServer(rules: Record<string, unknown> = {}): {
  readonly colyseus: ColyseusTestServer;
} {
  let colyseus: ColyseusTestServer | undefined;
  beforeAll(async () => {
    colyseus = await bootMatchServer({
      ...rules,
      players: { minToStart: 1, lobbyWaitSeconds: 0, ...(rules.players as object | undefined) },
      creeps: { count: 0, ...(rules.creeps as object | undefined) },
    });
  });
  afterEach(async () => {
    await colyseus?.cleanup();
  });
  afterAll(async () => {
    await colyseus?.shutdown();
  });
  return {
    get colyseus() {
      if (!colyseus) throw new Error("the match server is not booted yet (use it inside a test)");
      return colyseus;
    },
  };
}

/** One player on the SDK: what the server sent it, decoded, and a way to send actions. */
export interface SdkPlayer {
  room: SdkRoom<unknown, MatchState>;
  events: ServerEvent[];
  send(action: Action): void;
}

export function asPlayer(room: SdkRoom<unknown, MatchState>): SdkPlayer {
  const events: ServerEvent[] = [];
  room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
    const msg = decodeServerMessage(bytes);
    if (msg) events.push(msg);
  });
  return { room, events, send: (action) => room.sendBytes(MessageType.Action, encodeAction(action)) };
}

export async function joinMatch(
  colyseus: ColyseusTestServer,
  room: MatchRoom,
  name: string,
): Promise<SdkPlayer> {
  const sdkRoom = await colyseus.sdk.joinById<MatchState>(room.roomId, { name }, MatchState);
  return asPlayer(sdkRoom as SdkRoom<unknown, MatchState>);
}

export const createMatch = (colyseus: ColyseusTestServer) => colyseus.createRoom<MatchRoom>(MATCH_ROOM, {});

/** Rejections the player has received so far, flattened. */
export function rejections(p: SdkPlayer) {
  return p.events.flatMap((e) => (e.kind === "results" ? e.results : []));
}
