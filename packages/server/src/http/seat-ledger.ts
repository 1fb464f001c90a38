import { matchMaker, ServerError } from "@colyseus/core";

/** How long Colyseus keeps a seat reservation nobody uses (its default, 15 s) plus a margin (ms). */
const SEAT_LIFETIME_MS = 17_000;

/** The HTTP status of a refusal for too many unused seats: the client must use or drop them first. */
export const TOO_MANY_SEATS = 429;

type InvokeMethod = typeof matchMaker.controller.invokeMethod;

/**
 * Counts the seat reservations each address (and identity) holds but has not
 * used, and refuses a new one past the cap: 2,000 quick matches from one
 * address cannot fill rooms with phantom seats that keep honest matches from
 * starting. A seat counts until its WebSocket arrives or it expires.
 */
export class SeatLedger {
  /** key (address or identity) -> its unused seats' session ids -> expiry time */
  private readonly open = new Map<string, Map<string, number>>();
  /** key -> matchmaking requests of it still under way */
  private readonly inFlight = new Map<string, number>();
  /** session id -> the keys its seat counts under */
  private readonly owners = new Map<string, string[]>();
  private readonly max: number;
  private readonly exempt: (key: string) => boolean;

  constructor(max: number, exempt: (key: string) => boolean) {
    this.max = max;
    this.exempt = exempt;
  }

  /** Wraps matchmaking so each request is checked against, and recorded in, the ledger. */
  install(keysOf: (auth: unknown) => string[]): () => void {
    const controller = matchMaker.controller;
    const original: InvokeMethod = controller.invokeMethod;
    const ledger = this;
    const counted: InvokeMethod = async function (this: typeof controller, method, roomName, options, auth) {
      const keys = keysOf(auth).filter((k) => !ledger.exempt(k));
      for (const key of keys) {
        // Requests still under way count too: a burst must not pass the check all at once.
        const held = ledger.held(key) + (ledger.inFlight.get(key) ?? 0);
        if (held >= ledger.max) {
          throw new ServerError(
            TOO_MANY_SEATS,
            `${held} seat reservations are open for ${key.startsWith("id:") ? "your identity" : "your address"}: ` +
              `join with them or let them expire (about ${SEAT_LIFETIME_MS / 1000} s) first`,
          );
        }
      }
      for (const key of keys) ledger.inFlight.set(key, (ledger.inFlight.get(key) ?? 0) + 1);
      try {
        const seat = await original.call(this, method, roomName, options, auth);
        const sessionId = (seat as { sessionId?: unknown })?.sessionId;
        if (typeof sessionId === "string") for (const key of keys) ledger.reserve(key, sessionId);
        return seat;
      } finally {
        for (const key of keys) {
          const n = (ledger.inFlight.get(key) ?? 1) - 1;
          if (n <= 0) ledger.inFlight.delete(key);
          else ledger.inFlight.set(key, n);
        }
      }
    };
    controller.invokeMethod = counted;
    return () => {
      if (controller.invokeMethod === counted) controller.invokeMethod = original;
    };
  }

  /** A seat's WebSocket arrived: it no longer counts. */
  used(sessionId: string): void {
    for (const key of this.owners.get(sessionId) ?? []) {
      const seats = this.open.get(key);
      seats?.delete(sessionId);
      if (seats?.size === 0) this.open.delete(key);
    }
    this.owners.delete(sessionId);
  }

  held(key: string, now = Date.now()): number {
    const seats = this.open.get(key);
    if (!seats) return 0;
    for (const [id, expires] of seats) {
      if (expires > now) continue;
      seats.delete(id);
      this.owners.delete(id);
    }
    if (seats.size === 0) this.open.delete(key);
    return seats.size;
  }

  private reserve(key: string, sessionId: string, now = Date.now()): void {
    let seats = this.open.get(key);
    if (!seats) {
      seats = new Map();
      this.open.set(key, seats);
    }
    seats.set(sessionId, now + SEAT_LIFETIME_MS);
    this.owners.set(sessionId, [...(this.owners.get(sessionId) ?? []), key]);
  }
}
