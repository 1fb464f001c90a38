import type { Client, Room } from "@colyseus/sdk";
import { connectedProcessId } from "./follow-match.ts";

/** How often a dropped connection retries: each retry is one WebSocket connection attempt. */
const RETRY_EVERY_MS = 500;

export interface ReconnectionHooks {
  /** the first drop: the seat is kept until `deadline` (Date.now() ms) */
  dropped(deadline: number): void;
  /** the SDK took the seat back, or the seat was taken back in the match's new room */
  reconnected(): void;
  /** the match runs on another process now (GET /matches names it): follow it there */
  moved(): void;
}

/**
 * The SDK's own reconnection, tuned to the rules' reconnection window, plus
 * the question a retry cannot answer by itself: does the match still run?
 */
export class Reconnection {
  /** true between a socket drop and the reconnection (or the seat's loss) */
  active = false;
  drops = 0;
  reconnects = 0;
  /** a match-status request is under way */
  private asking = false;
  /** the server's word that the match no longer runs anywhere ("" until then) */
  private matchGone = "";
  private readonly client: Client;
  private room!: Room;
  private readonly windowMs: number;
  private readonly hooks: ReconnectionHooks;
  /** the seat's deadline after the first drop (Date.now() ms) */
  private deadline = 0;

  constructor(client: Client, windowSeconds: number, hooks: ReconnectionHooks) {
    this.client = client;
    this.windowMs = windowSeconds * 1000;
    this.hooks = hooks;
  }

  /**
   * Watches a room (the first, or the match's new one after a move): retries
   * every half second until the seat has expired (the SDK's default backoff
   * would give up before the window ends, or wait past it).
   */
  attach(room: Room): void {
    this.room = room;
    const hooks = this.hooks;
    const r = room.reconnection;
    const windowMs = this.windowMs;
    r.minUptime = 0; // Octet kicks with its own close codes, never with the ones that trigger a retry
    r.minDelay = RETRY_EVERY_MS;
    r.maxDelay = RETRY_EVERY_MS;
    r.maxRetries = Math.max(1, Math.ceil(windowMs / RETRY_EVERY_MS) + 1);
    r.maxEnqueuedMessages = 0; // inputs from before the drop would arrive stale
    room.onDrop(() => {
      // The SDK fires onDrop again for every failed retry; the seat's deadline
      // runs from the first drop, so only that one counts and is announced.
      if (this.active) {
        void this.askWhetherMatchRuns();
        return;
      }
      this.drop();
    });
    room.onReconnect(() => {
      this.reconnects++;
      this.active = false;
      hooks.reconnected();
    });
  }

  private drop(): void {
    this.drops++;
    this.active = true;
    this.deadline = Date.now() + this.windowMs;
    this.hooks.dropped(this.deadline);
  }

  /** The server said the match no longer runs anywhere. */
  get gone(): boolean {
    return this.matchGone !== "";
  }

  /** The match is moving (MatchMoved, or found elsewhere): a drop if it was not one yet; the seat's deadline. */
  moving(): number {
    if (!this.active) this.drop();
    return this.deadline;
  }

  /** The seat was taken back in the match's new room. */
  followed(): void {
    this.reconnects++;
    this.active = false;
    this.hooks.reconnected();
  }

  /**
   * The room closed. Returns why the seat was lost when it closed while
   * reconnecting (the retries ran out or the match is gone), else null.
   */
  closed(code: number, reason?: string): string | null {
    if (!this.active) return null;
    this.active = false;
    return this.matchGone || reason || `reconnection failed (code ${code})`;
  }

  /**
   * A retry failed: ask the server we joined through (any process of a
   * cluster) whether the match still runs. When its process died, the answer
   * is 404 and retrying the dead address for the rest of the window is
   * pointless: the next retry is the last, and the seat is reported lost with
   * the server's reason. Any other answer (no network, Redis away) keeps the
   * retries going.
   */
  private async askWhetherMatchRuns(): Promise<void> {
    if (this.asking) return;
    this.asking = true;
    try {
      const res = await this.client.http.get(`matches/${encodeURIComponent(this.room.roomId)}`);
      const at = (res.data as { processId?: unknown } | undefined)?.processId;
      // Running, but not where this socket keeps knocking: it was resumed elsewhere.
      if (this.active && typeof at === "string" && at !== connectedProcessId(this.room)) this.hooks.moved();
    } catch (err) {
      const e = err as { code?: unknown; message?: string };
      if (e.code === 404 && this.active) {
        this.matchGone = e.message || "the match is gone";
        this.room.reconnection.maxRetries = this.room.reconnection.retryCount;
      }
    } finally {
      this.asking = false;
    }
  }
}
