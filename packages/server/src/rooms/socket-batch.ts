import type { Client } from "@colyseus/core";
import { type Corkable, tcpSocketOf } from "../colyseus/ws-socket.ts";

/**
 * Runs `send` with every client's socket corked, so the frames one tick sends
 * to a client (action results, events, the state patch) leave in one write
 * system call instead of one each.
 */
export function batchWrites(clients: Iterable<Client>, send: () => void): void {
  const corked: Corkable[] = [];
  for (const c of clients) {
    const s = tcpSocketOf(c);
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
