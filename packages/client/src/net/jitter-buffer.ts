/**
 * Sizes the interpolation delay from how late snapshots arrive (a jitter
 * buffer, as Valve's and Overwatch's netcode do): the delay must cover one
 * tick (to have a snapshot on each side) plus the lateness of nearly every
 * snapshot, where lateness is how much later than the least delayed recent
 * one a snapshot arrived. A fixed delay is too long on a steady link and too
 * short on a jittery one; this one follows the link.
 */
export class JitterBuffer {
  readonly tickMs: number;
  private readonly window: number;
  private readonly quantile: number;
  private readonly marginMs: number;
  private readonly minMs: number;
  private readonly maxMs: number;
  private readonly late: number[] = [];

  constructor(
    tickMs: number,
    opts: {
      window?: number;
      quantile?: number;
      marginMs?: number;
      minTicks?: number;
      maxTicks?: number;
    } = {},
  ) {
    this.tickMs = tickMs;
    this.window = opts.window ?? 120;
    this.quantile = opts.quantile ?? 0.99;
    this.marginMs = opts.marginMs ?? 8;
    this.minMs = tickMs * (opts.minTicks ?? 1.1);
    this.maxMs = tickMs * (opts.maxTicks ?? 5);
  }

  /** One snapshot arrived `lateMs` after the least delayed recent one would have (>= 0). */
  observe(lateMs: number): void {
    if (!Number.isFinite(lateMs)) return;
    this.late.push(Math.max(0, lateMs));
    if (this.late.length > this.window) this.late.shift();
  }

  /** Lateness at the buffer's quantile over the window (0 before any sample). */
  get jitterMs(): number {
    if (this.late.length === 0) return 0;
    const sorted = [...this.late].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * this.quantile))]!;
  }

  /** The delay interpolation should render behind the server clock. */
  get delayMs(): number {
    return Math.max(this.minMs, Math.min(this.maxMs, this.tickMs + this.jitterMs + this.marginMs));
  }
}
