import type { Client } from "@colyseus/core";

/** The part of a TCP socket that batches writes. */
export interface Corkable {
  cork(): void;
  uncork(): void;
}

/**
 * The TCP socket under a Colyseus client on the `ws` transport. Colyseus does
 * not expose it; `ws` keeps it as `_socket` on the WebSocket that Colyseus
 * keeps as `client.ref`. Undefined when it is not there (another transport):
 * callers then simply skip what they wanted it for. Its unit test fails when
 * a real client's socket stops being found this way.
 */
export function tcpSocketOf(client: Client): Corkable | undefined {
  const s = (client.ref as unknown as { _socket?: Partial<Corkable> } | undefined)?._socket;
  return s && typeof s.cork === "function" && typeof s.uncork === "function" ? (s as Corkable) : undefined;
}

/** What the server uses of a client's `ws` WebSocket (not typed by Colyseus). */
export interface ClientWebSocket {
  readyState: number;
  bufferedAmount: number;
  terminate?: () => void;
  ping?: (data: Buffer) => void;
  on(event: "pong", listener: (data: Buffer) => void): void;
}

/**
 * A client's WebSocket: Colyseus keeps the `ws` WebSocket as `client.ref`
 * without a type for it. Its unit test checks a real client's has this shape.
 */
export function webSocketOf(client: Client): ClientWebSocket | undefined {
  return client.ref as unknown as ClientWebSocket | undefined;
}
