/**
 * The server's clock as seen from the client, and the round-trip time.
 *
 * Every patch carries the server tick (modulo 65536) that produced it, so a
 * snapshot's server time is tick x tick length. The offset between the local
 * clock and the server's is the smallest (arrival time - server time) seen
 * over a recent window: the least delayed patch is the best estimate of the
 * one-way trip, and the window lets the estimate follow a route that got
 * slower. The round trip is the smallest input -> ack time over a window of
 * acks: an input waits up to one tick for the server to apply it, and the
 * minimum is the sample that waited least.
 *
 * The offset the clock reports moves toward that estimate gradually (2% of
 * elapsed time at most), so the render clock built on it never jumps or
 * stalls when the estimate changes: it just runs up to 2% fast or slow.
 */
export class ServerClock {
  readonly tickMs: number;
  private lastTick = -1;
  private readonly offsets: number[] = [];
  private readonly acks: number[] = [];
  private readonly offsetWindow: number;
  private readonly ackWindow: number;
  /** the best estimate: the smallest recent (arrival - server time) */
  private target = Number.NaN;
  /** the offset in use, slewing toward the target */
  private offset = Number.NaN;
  private slewedAt = Number.NaN;
  private readonly slewRate = 0.02;

  constructor(tickMs: number, opts: { offsetWindow?: number; ackWindow?: number } = {}) {
    this.tickMs = tickMs;
    this.offsetWindow = opts.offsetWindow ?? 50;
    this.ackWindow = opts.ackWindow ?? 20;
  }

  /** Records a patch stamped with a 16-bit tick; returns its server time in ms. */
  onSnapshot(tick16: number, localNow: number): number {
    let tick: number;
    if (this.lastTick < 0) tick = tick16;
    else {
      // Unwrap: ticks only go forward, and never by 32768 between two patches.
      const delta = (tick16 - (this.lastTick & 0xffff) + 0x10000) & 0xffff;
      tick = delta < 0x8000 ? this.lastTick + delta : this.lastTick;
    }
    this.lastTick = tick;
    const serverTime = tick * this.tickMs;
    this.offsets.push(localNow - serverTime);
    if (this.offsets.length > this.offsetWindow) this.offsets.shift();
    this.target = Math.min(...this.offsets);
    this.slew(localNow);
    return serverTime;
  }

  /** The unwrapped tick of the latest patch, or -1 before the first. */
  get tick(): number {
    return this.lastTick;
  }

  /** Local time minus server time in use, in ms (NaN before the first patch). */
  get offsetMs(): number {
    return this.offset;
  }

  /** The best current estimate of the offset, which offsetMs is moving toward. */
  get targetOffsetMs(): number {
    return this.target;
  }

  /** The server's time now, by the local clock (NaN before the first patch). */
  serverNow(localNow: number): number {
    this.slew(localNow);
    return localNow - this.offset;
  }

  private slew(localNow: number): void {
    if (Number.isNaN(this.offset)) {
      this.offset = this.target;
      this.slewedAt = localNow;
      return;
    }
    const dt = localNow - this.slewedAt;
    if (!(dt > 0)) return;
    this.slewedAt = localNow;
    const step = dt * this.slewRate;
    const gap = this.target - this.offset;
    this.offset += Math.max(-step, Math.min(step, gap));
  }

  /** Records an input -> ack time. */
  onAck(latencyMs: number): void {
    this.acks.push(latencyMs);
    if (this.acks.length > this.ackWindow) this.acks.shift();
  }

  /** Round-trip estimate in ms (NaN before the first ack). */
  get rttMs(): number {
    return this.acks.length === 0 ? Number.NaN : Math.min(...this.acks);
  }

  /**
   * Forgets the offset history after a reconnect (the route may have changed).
   * The tick count is kept so snapshot times keep going forward.
   */
  resetOffset(): void {
    this.offsets.length = 0;
    this.target = Number.NaN;
    this.offset = Number.NaN;
  }
}
