import type { Client } from "@colyseus/core";

interface Corkable {
  cork(): void;
  uncork(): void;
}

/** The TCP socket under a Colyseus WebSocket client, when the transport exposes one. */
function socketOf(client: Client): Corkable | undefined {
  // ws keeps its net.Socket in `_socket`; other transports have none, and then
  // batching is simply skipped.
  const s = (client.ref as unknown as { _socket?: Corkable } | undefined)?._socket;
  return s && typeof s.cork === "function" ? s : undefined;
}

/**
 * Runs `send` with every client's socket corked, so the frames one tick sends
 * to a client (action results, events, the state patch) leave in one write
 * system call instead of one each.
 */
export function batchWrites(clients: Iterable<Client>, send: () => void): void {
  const corked: Corkable[] = [];
  for (const c of clients) {
    const s = socketOf(c);
    if (s) {
      s.cork();
      corked.push(s);
    }
  }
  try {
    send();
  } finally {
    for (const s of corked) s.uncork();
  }
}
