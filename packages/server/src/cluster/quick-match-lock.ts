import { randomUUID } from "node:crypto";

/** A lock shared by every process (Redis): try to take it, give it back. */
export interface SharedLock {
  /** true when `token` now holds `key` (for at most `ttlMs`) */
  tryAcquire(key: string, token: string, ttlMs: number): Promise<boolean>;
  /** lets go of `key` if `token` still holds it */
  release(key: string, token: string): Promise<void>;
}

export class QuickMatchBusyError extends Error {
  override name = "QuickMatchBusyError";
}

/** The key of the lock each room name's quick match runs under. */
export const quickMatchLockKey = (roomName: string) => `octet:quick-match:${roomName}`;

/**
 * Runs quick match (Colyseus's joinOrCreate) one request at a time for a
 * room name: queued in this process, and across processes under a lock in
 * Redis when one is given. Each request then sees the seats the previous one
 * reserved, so rooms fill to 8 before a new one opens, however many players
 * arrive at once through however many processes. Colyseus's own guard (a
 * counter with a short wait) lets concurrent requests through when creating a
 * room takes longer than its wait, which opens several half-empty rooms.
 * A request holds the lock for a few Redis round trips: finding a room,
 * possibly creating one, and reserving a seat.
 */
export class QuickMatchLock {
  private tail: Promise<unknown> = Promise.resolve();
  private readonly shared: SharedLock | undefined;
  private readonly ttlMs: number;

  /**
   * @param shared the cross-process lock (none in embedded mode: one process)
   * @param ttlMs the longest a crashed holder can block the others
   */
  constructor(shared?: SharedLock, ttlMs = 5000) {
    this.shared = shared;
    this.ttlMs = ttlMs;
  }

  /** Runs `work` alone; gives up with QuickMatchBusyError once `deadline` (Date.now() ms) has passed. */
  run<T>(roomName: string, deadline: number, work: () => Promise<T>): Promise<T> {
    const turn = this.tail.then(() => this.exclusive(roomName, deadline, work));
    this.tail = turn.catch(() => {});
    return turn;
  }

  private async exclusive<T>(roomName: string, deadline: number, work: () => Promise<T>): Promise<T> {
    if (!this.shared) return this.inTime(deadline, work);
    const key = quickMatchLockKey(roomName);
    const token = randomUUID();
    for (let attempt = 0; !(await this.shared.tryAcquire(key, token, this.ttlMs)); attempt++) {
      if (Date.now() >= deadline) throw new QuickMatchBusyError("quick match is busy; try again");
      // Short, jittered waits: a holder keeps the lock for milliseconds.
      await sleep(Math.min(2 + attempt, 20) * (0.5 + Math.random()));
    }
    try {
      return await this.inTime(deadline, work);
    } finally {
      await this.shared.release(key, token).catch(() => {});
    }
  }

  /**
   * A request whose caller has already given up is not started, and one
   * still running at its deadline gives up its turn (and the shared lock):
   * work that never settles must not hold quick match up for good, here and
   * in every process waiting for the lock.
   * The work itself cannot be stopped and may still finish (create a room,
   * reserve a seat nobody takes up) while the next request runs: both may
   * then open a room, splitting players who would have shared one. A room
   * never gets more players than seats: it counts them itself at each
   * reservation (colyseus/seat-reservations.ts). That only happens past
   * MATCHMAKING_TIMEOUT_MS, where the lock used to be held for good.
   */
  private async inTime<T>(deadline: number, work: () => Promise<T>): Promise<T> {
    const left = deadline - Date.now();
    if (left <= 0) throw new QuickMatchBusyError("quick match is busy; try again");
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new QuickMatchBusyError("quick match did not finish in time")), left);
    });
    try {
      return await Promise.race([work(), late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
