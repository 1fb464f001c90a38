import { Client, type Room as SdkRoom } from "@colyseus/sdk";
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
import { defaultRulesWith } from "../../../shared/src/rules/index.ts";
import { MatchState } from "../../../shared/src/state/index.ts";
import { createServer } from "../../src/app.ts";
import { freePort } from "../../src/child-process/free-port.ts";
import { loadConfig } from "../../src/config.ts";
import type { MatchRoom } from "../../src/rooms/MatchRoom.ts";

const ports = new WeakMap<ColyseusTestServer, number>();

/** A real Colyseus server in this process, with MatchRoom under `rules` (merged over the defaults). */
export async function bootMatchServer(rules: unknown): Promise<ColyseusTestServer> {
  const port = await freePort();
  // The defaults a process gets from an empty environment, with these rules and a fixed seed.
  const server = createServer({
    ...loadConfig({}, "/nonexistent"),
    port,
    host: "127.0.0.1",
    rules: defaultRulesWith(rules),
    seed: 11,
  });
  await server.listen(port, "127.0.0.1");
  const colyseus = new ColyseusTestServer(server);
  ports.set(colyseus, port);
  return colyseus;
}

/**
 * An SDK client of the test server with its own guest identity for `name`
 * (POST /auth/guest, then client.auth.token), as every Octet client joins.
 * One per player: a reconnection proves the identity it left with.
 */
export async function sdkFor(colyseus: ColyseusTestServer, name: string): Promise<Client> {
  const port = ports.get(colyseus);
  if (!port) throw new Error("not a server from bootMatchServer");
  const res = await fetch(`http://127.0.0.1:${port}/auth/guest`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name }),
  });
  const body = (await res.json()) as { token?: string; error?: string };
  if (!body.token) throw new Error(`no guest token (${res.status}): ${body.error}`);
  const client = new Client(`ws://127.0.0.1:${port}`);
  client.auth.token = body.token;
  return client;
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
  /** the SDK client it joined with (its identity): reconnect through it */
  client: Client;
  room: SdkRoom<unknown, MatchState>;
  events: ServerEvent[];
  send(action: Action): void;
}

export function asPlayer(client: Client, room: SdkRoom<unknown, MatchState>): SdkPlayer {
  const events: ServerEvent[] = [];
  room.onMessage(MessageType.Server, (bytes: Uint8Array) => {
    const msg = decodeServerMessage(bytes);
    if (msg) events.push(msg);
  });
  return { client, room, events, send: (action) => room.sendBytes(MessageType.Action, encodeAction(action)) };
}

export async function joinMatch(
  colyseus: ColyseusTestServer,
  room: MatchRoom,
  name: string,
): Promise<SdkPlayer> {
  const client = await sdkFor(colyseus, name);
  const sdkRoom = await client.joinById<MatchState>(room.roomId, { name }, MatchState);
  return asPlayer(client, sdkRoom as SdkRoom<unknown, MatchState>);
}

export const createMatch = (colyseus: ColyseusTestServer) => colyseus.createRoom<MatchRoom>(MATCH_ROOM, {});

/** Rejections the player has received so far, flattened. */
export function rejections(p: SdkPlayer) {
  return p.events.flatMap((e) => (e.kind === "results" ? e.results : []));
}
