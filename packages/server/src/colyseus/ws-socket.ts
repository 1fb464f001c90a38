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
