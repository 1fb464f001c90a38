import { Protocol } from "@colyseus/shared-types";
import { pack } from "msgpackr";
import { WebSocket } from "ws";
import { fetchGuestToken } from "../../packages/client/src/net/guest-token.ts";

/**
 * A hostile client speaking the Colyseus wire protocol by hand over a plain
 * `ws` socket: it can send any frame type, any payload, and stop reading
 * (pause its TCP socket) like a slow reader or a client that ignores the
 * close frame. Honest tests use MatchConnection instead.
 */
export interface RawClient {
  ws: WebSocket;
  sessionId: string;
  roomId: string;
  /** the token the server sent with JOIN_ROOM, for a reconnection */
  reconnectionToken: string;
  /** close code and reason once the socket closed */
  closed: Promise<{ code: number; reason: string }>;
  /** size in bytes of the first full state the server sent (ROOM_STATE) */
  firstState: Promise<number>;
  /** bytes of server frames received so far */
  received(): number;
  /** stops reading from the TCP socket: the server's data piles up unsent */
  stopReading(): void;
  resumeReading(): void;
}

export interface RawJoinOptions {
  method?: "joinOrCreate" | "create" | "joinById";
  roomId?: string;
  options?: Record<string, unknown>;
  headers?: Record<string, string>;
  /** the bearer token (default: a fresh guest token for the name) */
  token?: string;
}

/** Reserves a seat over HTTP and opens the room's WebSocket, answering the join like the SDK does. */
export async function rawJoin(httpUrl: string, opts: RawJoinOptions = {}): Promise<RawClient> {
  const name = (opts.options?.name as string | undefined) ?? "raw";
  const token = opts.token ?? (await fetchGuestToken(httpUrl, name));
  const method = opts.method ?? "joinOrCreate";
  const target = method === "joinById" ? opts.roomId : "match";
  const res = await fetch(`${httpUrl}/matchmake/${method}/${target}`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${token}`, ...opts.headers },
    body: JSON.stringify(opts.options ?? { name }),
  });
  const seat = (await res.json()) as {
    sessionId?: string;
    roomId: string;
    processId: string;
    error?: string;
  };
  if (!res.ok || !seat.sessionId) throw new Error(`seat refused (${res.status}): ${JSON.stringify(seat)}`);
  const wsUrl = `${httpUrl.replace(/^http/, "ws")}/${seat.processId}/${seat.roomId}?sessionId=${seat.sessionId}&_authToken=${token}`;
  const ws = new WebSocket(wsUrl, { headers: opts.headers });
  let bytes = 0;
  let reconnectionToken = "";
  let gotState: (n: number) => void = () => {};
  const firstState = new Promise<number>((resolve) => {
    gotState = resolve;
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on("close", (code, reason) => resolve({ code, reason: reason.toString() }));
  });
  await new Promise<void>((resolve, reject) => {
    ws.once("error", reject);
    ws.on("message", (data: Buffer) => {
      bytes += data.byteLength;
      if (data[0] === Protocol.ROOM_STATE) gotState(data.byteLength);
      // The server's JOIN_ROOM is acknowledged with one JOIN_ROOM byte, as the SDK does.
      if (data[0] === Protocol.JOIN_ROOM) {
        reconnectionToken = data.subarray(2, 2 + data[1]!).toString("utf8");
        ws.send(Buffer.from([Protocol.JOIN_ROOM]));
        resolve();
      }
    });
  });
  const socket = (ws as unknown as { _socket: { pause(): void; resume(): void } })._socket;
  return {
    ws,
    sessionId: seat.sessionId,
    roomId: seat.roomId,
    reconnectionToken,
    firstState,
    closed,
    received: () => bytes,
    stopReading: () => socket.pause(),
    resumeReading: () => socket.resume(),
  };
}

/** The frames of each inbound type, as raw bytes (Colyseus's wire layout). */
export const frames = {
  ping: (): Buffer => Buffer.from([Protocol.PING]),
  /** leaving on purpose (the SDK's room.leave()) */
  leave: (): Buffer => Buffer.from([Protocol.LEAVE_ROOM]),
  /** a string-typed message with a msgpack payload */
  data: (type: string, payload: unknown): Buffer =>
    Buffer.concat([Buffer.from([Protocol.ROOM_DATA]), msgpackString(type), pack(payload)]),
  request: (id: number, type: string, payload: unknown): Buffer =>
    Buffer.concat([Buffer.from([Protocol.ROOM_REQUEST, id & 0x7f]), msgpackString(type), pack(payload)]),
  /** a bytes message of a numeric type (1 = Octet's actions) */
  bytes: (type: number, body: Uint8Array): Buffer =>
    Buffer.concat([Buffer.from([Protocol.ROOM_DATA_BYTES, type]), body]),
};

/** Colyseus frames a message type the msgpack way: fixstr for short strings. */
function msgpackString(s: string): Buffer {
  const body = Buffer.from(s, "utf8");
  if (body.byteLength > 31) throw new Error("message types over 31 bytes are not needed here");
  return Buffer.concat([Buffer.from([0xa0 | body.byteLength]), body]);
}

/** Asks for the client's seat back over HTTP, as the SDK's reconnect does; true when granted. */
export async function rawReconnect(httpUrl: string, c: RawClient): Promise<boolean> {
  const res = await fetch(`${httpUrl}/matchmake/reconnect/${c.roomId}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ reconnectionToken: c.reconnectionToken }),
  });
  return res.ok;
}
