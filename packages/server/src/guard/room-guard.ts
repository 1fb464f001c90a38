import { randomBytes } from "node:crypto";
import { type Client, OnMessageException, type Room } from "@colyseus/core";
import { CloseCodes } from "@octet/shared/protocol";
import { guardReconnectionTokens } from "../colyseus/reconnection-tokens.ts";
import { type ClientWebSocket, webSocketOf } from "../colyseus/ws-socket.ts";
import { gateFrames } from "./frame-gate.ts";
import { frameSample, logSampled } from "./sampled-log.ts";

/** A socket left behind by a cut client is destroyed this long after the close frame (ms): an honest client answers a close in milliseconds. */
export const DESTROY_AFTER_MS = 500;

/** Per-socket limits of the server (server settings, see config.ts). */
export interface SocketLimits {
  /** unsent bytes queued for one client before it is dropped as a slow reader */
  sendBufferCap: number;
  /** a client that has not read a read probe (see dropSlowReaders) for this long is dropped (ms) */
  undrainedMs: number;
}

/**
 * Ticks in a row that may throw before the match is stopped. One failed tick
 * is skipped and the match goes on (the next tick starts from the world as
 * the failure left it); a failure that repeats every tick would freeze the
 * match for its players, so after this many it ends cleanly instead.
 */
export const MAX_FAILED_TICKS = 10;

/** What players hear when their match stopped because its tick kept failing. */
export const MATCH_FAILED_REASON = "the match stopped after a server error: join a new match";

export const DEFAULT_SOCKET_LIMITS: SocketLimits = { sendBufferCap: 256 * 1024, undrainedMs: 5000 };

/**
 * Close codes that mean the client was cut for what it sent (by Octet, or by
 * ws: an oversized frame closes with 1009, a broken one with 1002 or 1007).
 * Such a client gets no reconnection window. Colyseus's own cuts (WITH_ERROR)
 * are caught in the frame gate instead.
 */
const ABUSE_CODES: ReadonlySet<number> = new Set([
  1002,
  1003,
  1007,
  1009,
  CloseCodes.Flooding,
  CloseCodes.Abuse,
  CloseCodes.BadMessage,
  CloseCodes.SlowReader,
]);

type Socket = ClientWebSocket;

/** A read probe in flight: the nonce of the last ping, until its pong comes back. */
interface Probe {
  socket: Socket;
  nonce: Buffer | null;
  sentAt: number;
}

/** How often each client is sent a read probe (ms). */
const PROBE_EVERY_MS = 1000;

const CLOSED = 3;

const socketOf = webSocketOf;

/**
 * The room's defences against one client, so that whatever a client sends
 * costs at most that client: every frame gated and counted (frame-gate.ts),
 * exceptions from its messages turned into a close of that client, slow
 * readers dropped, and a cut client's socket destroyed within a second
 * whether or not it answers the close frame. Holds no game rules.
 */
export class RoomGuard {
  private readonly cut = new Set<string>();
  private readonly probes = new Map<string, Probe>();
  private readonly room: Room;
  private readonly limits: SocketLimits;
  private failedTicks = 0;

  constructor(room: Room, perSecond: number, limits: SocketLimits) {
    this.room = room;
    this.limits = limits;
    guardReconnectionTokens(room, (client) => this.cut.has(client.sessionId));
    gateFrames(room, {
      perSecond,
      isCut: (client) => this.cut.has(client.sessionId),
      onFlood: (client) =>
        this.cutClient(client, CloseCodes.Flooding, `more than ${perSecond} messages per second`),
      onError: (client, err, frame) => this.messageFailed(client, err, frame),
      onClosedFor: (client, frame) => {
        logSampled(
          "closed-by-colyseus",
          `client ${client.sessionId} in room ${room.roomId} closed by Colyseus over a frame (${frameSample(frame)}); no reconnection`,
        );
        this.cut.add(client.sessionId);
        destroySoon(client);
      },
    });
  }

  /** Closes a client with a code and reason; its TCP connection goes within DESTROY_AFTER_MS. */
  cutClient(client: Client, code: number, reason: string): void {
    if (this.cut.has(client.sessionId)) return;
    this.cut.add(client.sessionId);
    client.leave(code, reason);
    destroySoon(client);
  }

  /** Whether a client that just dropped may come back: not if it was cut, by us or by Colyseus. */
  mayReconnect(client: Client, code: number | undefined): boolean {
    if (this.cut.has(client.sessionId)) return false;
    if (code !== undefined && ABUSE_CODES.has(code)) {
      // ws cut it (oversized or broken frame).
      logSampled(
        `cut:${code}`,
        `client ${client.sessionId} in room ${this.room.roomId} cut with code ${code}`,
      );
      destroySoon(client);
      return false;
    }
    return true;
  }

  /** A player left for good: forget it. */
  forget(sessionId: string): void {
    this.cut.delete(sessionId);
    this.probes.delete(sessionId);
  }

  /** Handling a message from `client` threw: it costs that client, logged once per kind with a sample. */
  messageFailed(client: Client, err: unknown, frame?: Uint8Array): void {
    const message = err instanceof Error ? err.message : String(err);
    logSampled(
      `message-error:${message.slice(0, 60)}`,
      `a message from ${client.sessionId} in room ${this.room.roomId} failed (${message.slice(0, 200)}); ` +
        `the client is closed. Sample: ${frameSample(frame)}`,
    );
    this.cutClient(client, CloseCodes.BadMessage, "the server could not handle your message");
  }

  /**
   * Where Colyseus's onUncaughtException lands, instead of the process
   * (where it would stop every room): a message that failed costs its
   * sender; a failed tick is skipped, and `stopMatch` is called once
   * MAX_FAILED_TICKS ticks in a row failed; anything else is logged.
   */
  uncaught(err: unknown, method: string, stopMatch: () => void): void {
    const cause = (err as Error).cause ?? err;
    if (err instanceof OnMessageException) return this.messageFailed(err.client as Client, cause);
    if (method === "setTimestep") {
      if (!this.tickFailed(cause)) return;
      console.error(
        `octet: room ${this.room.roomId} stopped after ${MAX_FAILED_TICKS} failed ticks in a row`,
      );
      stopMatch();
      return;
    }
    const message = cause instanceof Error ? cause.message : String(cause);
    logSampled(
      `room-error:${method}`,
      `${method} failed in room ${this.room.roomId}: ${message.slice(0, 300)}`,
    );
  }

  /** A tick threw: logged (sampled); true when this makes MAX_FAILED_TICKS in a row. */
  tickFailed(err: unknown): boolean {
    this.failedTicks++;
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    logSampled(
      `tick-error:${this.room.roomId}`,
      `a tick of room ${this.room.roomId} failed (${this.failedTicks} in a row): ${message.slice(0, 600)}`,
    );
    return this.failedTicks === MAX_FAILED_TICKS;
  }

  tickSucceeded(): void {
    this.failedTicks = 0;
  }

  /**
   * Drops clients that stopped reading. Called once per tick. Two checks:
   * unsent data over the cap (memory), and a read probe: about once a second
   * each client gets a WebSocket ping carrying a fresh random nonce, which
   * its WebSocket answers by itself (browsers and Node alike). The ping sits
   * in the same TCP stream behind every patch sent before it, so a pong with
   * that nonce proves the client read all of them; a client that answers no
   * probe for `undrainedMs` has stopped reading, and unsolicited pongs do not
   * fool it (they cannot know the nonce).
   */
  dropSlowReaders(clients: Iterable<Client>, now = Date.now()): void {
    const { sendBufferCap, undrainedMs } = this.limits;
    for (const client of clients) {
      const socket = socketOf(client);
      if (!socket || typeof socket.ping !== "function") continue;
      if (socket.bufferedAmount > sendBufferCap) {
        this.cutClient(
          client,
          CloseCodes.SlowReader,
          `more than ${sendBufferCap} bytes unsent: you stopped reading`,
        );
        continue;
      }
      const probe = this.probeOf(client.sessionId, socket, now);
      if (probe.nonce && now - probe.sentAt >= undrainedMs) {
        this.cutClient(
          client,
          CloseCodes.SlowReader,
          `no read for ${undrainedMs / 1000} s: you stopped reading`,
        );
      } else if (!probe.nonce && now - probe.sentAt >= PROBE_EVERY_MS) {
        probe.nonce = randomBytes(8);
        probe.sentAt = now;
        socket.ping(probe.nonce);
      }
    }
  }

  private probeOf(sessionId: string, socket: Socket, now: number): Probe {
    const known = this.probes.get(sessionId);
    if (known && known.socket === socket) return known;
    // A new client, or a reconnected one on a new socket.
    const probe: Probe = { socket, nonce: null, sentAt: now - PROBE_EVERY_MS };
    socket.on("pong", (data: Buffer) => {
      if (probe.nonce?.equals(data)) probe.nonce = null;
    });
    this.probes.set(sessionId, probe);
    return probe;
  }
}

/** Destroys a client's socket if it is still open after DESTROY_AFTER_MS (ignoring the close frame). */
function destroySoon(client: Client): void {
  const socket = socketOf(client);
  if (!socket || typeof socket.terminate !== "function") return;
  setTimeout(() => {
    if (socket.readyState !== CLOSED) socket.terminate?.();
  }, DESTROY_AFTER_MS).unref();
}
