/** A room clock's timer (Colyseus's Delayed). */
interface Delayed {
  clear(): void;
}
type SetTimeout = (fn: () => void, ms: number) => Delayed;

/**
 * The seats of a match resumed on this process, kept for players who have
 * not come back yet: each for the rules' reconnection window from the moment
 * the match resumed, like a dropped player's seat. A seat is taken once, by
 * its own player (a resume token, checked in onAuth); once every seat is
 * taken or expired, `onSettled` runs.
 */
export class AwaitedSeats {
  private readonly timers = new Map<string, Delayed>();
  private readonly setTimeout: SetTimeout;
  private readonly onExpire: (playerId: string) => void;
  private readonly onSettled: () => void;

  constructor(setTimeout: SetTimeout, onExpire: (playerId: string) => void, onSettled: () => void) {
    this.setTimeout = setTimeout;
    this.onExpire = onExpire;
    this.onSettled = onSettled;
  }

  get size(): number {
    return this.timers.size;
  }

  has(playerId: string): boolean {
    return this.timers.has(playerId);
  }

  hold(playerId: string, seconds: number): void {
    this.timers.set(
      playerId,
      this.setTimeout(() => {
        this.timers.delete(playerId);
        this.onExpire(playerId);
        if (this.timers.size === 0) this.onSettled();
      }, seconds * 1000),
    );
  }

  /** True (and the seat is its player's again) when `playerId`'s seat was waiting. */
  take(playerId: string): boolean {
    const timer = this.timers.get(playerId);
    if (!timer) return false;
    timer.clear();
    this.timers.delete(playerId);
    if (this.timers.size === 0) this.onSettled();
    return true;
  }
}
