/** Added delay for one direction of a bot's link. */
export interface DelaySpec {
  /** ms added to every message */
  latencyMs: number;
  /** each message gets latencyMs +- up to this many ms, uniformly */
  jitterMs: number;
}

/**
 * Delivers callbacks after latency +- jitter, in the order they were pushed,
 * the way a TCP stream is late but never reordered: a message whose own
 * delay would let it overtake the previous one waits for it.
 * One timer per line, armed for the head of the queue.
 */
export class DelayLine {
  private readonly spec: DelaySpec;
  private readonly random: () => number;
  private readonly now: () => number;
  private readonly queue: Array<{ due: number; fn: () => void }> = [];
  private head = 0;
  private lastDue = Number.NEGATIVE_INFINITY;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(spec: DelaySpec, random: () => number, now: () => number = () => performance.now()) {
    this.spec = spec;
    this.random = random;
    this.now = now;
  }

  /** The delay the next message gets: latency +- jitter, never below zero. */
  sample(): number {
    const { latencyMs, jitterMs } = this.spec;
    return Math.max(0, latencyMs + (this.random() * 2 - 1) * jitterMs);
  }

  push(fn: () => void): void {
    if (this.closed) return;
    const due = Math.max(this.now() + this.sample(), this.lastDue);
    this.lastDue = due;
    this.queue.push({ due, fn });
    if (!this.timer) this.arm();
  }

  /** Drops everything still queued and stops delivering. */
  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.queue.length = 0;
    this.head = 0;
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  private arm(): void {
    const next = this.queue[this.head];
    if (!next) return;
    this.timer = setTimeout(() => this.deliver(), Math.max(0, next.due - this.now()));
  }

  private deliver(): void {
    this.timer = null;
    const now = this.now();
    while (this.head < this.queue.length && this.queue[this.head]!.due <= now + 0.5) {
      const { fn } = this.queue[this.head++]!;
      fn();
      if (this.closed) return;
    }
    // Compact now and then instead of shifting on every delivery.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    this.arm();
  }
}
