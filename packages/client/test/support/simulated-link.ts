import { nextRandom, seedFrom } from "@octet/shared/sim";

/** A discrete-event clock: callbacks run in time order, ties in scheduling order. */
export class VirtualTime {
  now = 0;
  private queue: Array<{ at: number; order: number; fn: () => void }> = [];
  private order = 0;

  at(time: number, fn: () => void): void {
    this.queue.push({ at: time, order: this.order++, fn });
    this.queue.sort((a, b) => a.at - b.at || a.order - b.order);
  }

  every(start: number, period: number, until: number, fn: () => void): void {
    for (let t = start; t <= until; t += period) this.at(t, fn);
  }

  run(until: number): void {
    while (this.queue.length > 0 && this.queue[0]!.at <= until) {
      const next = this.queue.shift()!;
      this.now = next.at;
      next.fn();
    }
    this.now = until;
  }
}

/**
 * One direction of a WebSocket over a slow network: each message is delayed
 * by `latencyMs` +- `jitterMs` (uniform), and, as on a TCP stream, never
 * overtakes the message sent before it.
 */
export class SimulatedLink<T> {
  private readonly time: VirtualTime;
  private readonly latencyMs: number;
  private readonly jitterMs: number;
  private readonly rng: { rng: number };
  private lastArrival = 0;

  constructor(time: VirtualTime, opts: { latencyMs: number; jitterMs: number; seed: number }) {
    this.time = time;
    this.latencyMs = opts.latencyMs;
    this.jitterMs = opts.jitterMs;
    this.rng = { rng: seedFrom(opts.seed) };
  }

  send(message: T, deliver: (m: T) => void): number {
    const delay = this.latencyMs + (nextRandom(this.rng) * 2 - 1) * this.jitterMs;
    const arrival = Math.max(this.lastArrival, this.time.now + delay);
    this.lastArrival = arrival;
    this.time.at(arrival, () => deliver(message));
    return arrival;
  }
}
