import type { Client, Room } from "@colyseus/sdk";

/** How often a dropped connection retries: each retry is one WebSocket connection attempt. */
const RETRY_EVERY_MS = 500;

export interface ReconnectionHooks {
  /** the first drop: the seat is kept until `deadline` (Date.now() ms) */
  dropped(deadline: number): void;
  /** the SDK took the seat back */
  reconnected(): void;
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
  private readonly room: Room;

  /**
   * Retries every half second until the seat has expired (the SDK's default
   * backoff would give up before the window ends, or wait past it).
   */
  constructor(client: Client, room: Room, windowSeconds: number, hooks: ReconnectionHooks) {
    this.client = client;
    this.room = room;
    const r = room.reconnection;
    const windowMs = windowSeconds * 1000;
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
      this.drops++;
      this.active = true;
      hooks.dropped(Date.now() + windowMs);
    });
    room.onReconnect(() => {
      this.reconnects++;
      this.active = false;
      hooks.reconnected();
    });
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
      await this.client.http.get(`matches/${encodeURIComponent(this.room.roomId)}`);
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
