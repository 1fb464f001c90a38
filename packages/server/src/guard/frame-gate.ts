import type { Client, Room } from "@colyseus/core";
import { interceptFrames } from "../colyseus/frame-dispatch.ts";
import { webSocketOf } from "../colyseus/ws-socket.ts";

const OPEN = 1;

export interface FrameGateOptions {
  /** inbound frames of any type a client may send per second */
  perSecond: number;
  /** a client being cut: its frames are dropped unparsed */
  isCut(client: Client): boolean;
  /** the client went over `perSecond` */
  onFlood(client: Client): void;
  /** handling one of the client's frames threw */
  onError(client: Client, err: unknown, frame: Buffer): void;
  /** Colyseus closed the client while handling one of its frames (e.g. undecodable msgpack) */
  onClosedFor(client: Client, frame: Buffer): void;
}

interface Window {
  start: number;
  count: number;
}

/**
 * Puts a gate in front of a room's frame dispatch (Colyseus's
 * `Room._onMessage`, which every inbound WebSocket frame of a joined client
 * goes through: actions, string-typed messages, requests, pings, leave;
 * reached through colyseus/frame-dispatch.ts):
 * - every frame counts against one per-client rate, whatever its type, so no
 *   frame type is a way around the flood limit;
 * - frames from a client already being cut are dropped before any parsing;
 * - nothing thrown while one frame is handled leaves the gate: it would
 *   otherwise reach the process and stop every room on it. The sender is cut;
 * - a client Colyseus closes over one of its frames (bad msgpack) is marked
 *   cut too, so it gets no reconnection window. (Colyseus's close code for
 *   that, WITH_ERROR, cannot tell: it also uses it to close the stale socket
 *   of an honest player coming back through a reconnection.)
 * Colyseus binds `_onMessage` when a client joins, so the gate must be
 * installed in onCreate.
 */
export function gateFrames(room: Room, opts: FrameGateOptions): void {
  const windows = new WeakMap<Client, Window>();
  interceptFrames(room, (client, buffer, dispatch) => {
    if (opts.isCut(client)) return;
    const now = Date.now();
    let w = windows.get(client);
    if (!w || now - w.start >= 1000) {
      w = { start: now, count: 0 };
      windows.set(client, w);
    }
    if (++w.count > opts.perSecond) return opts.onFlood(client);
    const socket = webSocketOf(client);
    const wasOpen = socket?.readyState === OPEN;
    try {
      dispatch(client, buffer);
    } catch (err) {
      return opts.onError(client, err, buffer);
    }
    if (wasOpen && socket?.readyState !== OPEN && !opts.isCut(client)) opts.onClosedFor(client, buffer);
  });
}
