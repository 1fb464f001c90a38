// Counts every byte a bench server writes to its WebSockets (the payload, as
// sent), in total and per socket, by wrapping ws's send once per process.
import { WebSocket } from "ws";

/** All sockets together since the process started. */
export const socketTotals = { bytes: 0, frames: 0 };
const perSocket = new WeakMap<object, number>();

const send = WebSocket.prototype.send;
WebSocket.prototype.send = function (this: WebSocket, data: unknown, ...rest: unknown[]) {
  const n = typeof data === "string" ? Buffer.byteLength(data) : (data as ArrayBufferView).byteLength;
  socketTotals.frames++;
  socketTotals.bytes += n;
  perSocket.set(this, (perSocket.get(this) ?? 0) + n);
  return (send as (...a: unknown[]) => void).call(this, data, ...rest);
} as typeof send;

/** Bytes written to one socket so far (a Colyseus client's `ref`). */
export function bytesSentTo(socket: object): number {
  return perSocket.get(socket) ?? 0;
}
