import type { Point } from "@octet/shared/sim";
import { JitterBuffer } from "./jitter-buffer.ts";
import type { RemoteMotion } from "./remote-motion.ts";

interface Snapshot {
  /** server time of the tick that produced it, ms */
  time: number;
  positions: Map<number, Point>;
}

export interface InterpolationStats {
  /** frames drawn */
  frames: number;
  /** frames drawn past the newest snapshot, by extrapolation (at most one tick) */
  extrapolatedFrames: number;
  /** times the buffer ran dry: the render time passed the newest snapshot */
  underflows: number;
  /** frames held still because a snapshot was later than one tick of extrapolation */
  heldFrames: number;
}

export interface InterpolationOptions {
  /** render this many ticks behind the newest server time (default 1.5); the starting delay when adaptive */
  delayTicks?: number;
  /** size the delay from the measured arrival jitter (default true): see JitterBuffer */
  adaptive?: boolean;
  /** snapshots kept (default 8) */
  capacity?: number;
  /** a jump longer than this between two snapshots is drawn as a jump, not a glide */
  teleportDistance?: number;
}

/**
 * Draws other players' entities between the two server snapshots around
 * (server now - delay). The delay is about 1.5 ticks, so one late patch still
 * finds a snapshot on each side; if the buffer runs dry the motion is
 * extrapolated for at most one tick and then held. The render time never
 * goes backwards, whatever the clock estimate does.
 */
export class Interpolator implements RemoteMotion {
  readonly tickMs: number;
  /** the delay in use (ms): fixed, or slewing toward the jitter buffer's size */
  delayMs: number;
  readonly jitter: JitterBuffer | null;
  private lastServerNow = Number.NaN;
  readonly stats: InterpolationStats = { frames: 0, extrapolatedFrames: 0, underflows: 0, heldFrames: 0 };
  private readonly capacity: number;
  private readonly teleportDistance: number;
  private readonly snapshots: Snapshot[] = [];
  private render = Number.NEGATIVE_INFINITY;
  private from: Snapshot | undefined;
  private to: Snapshot | undefined;
  private alpha = 0;
  private dry = false;

  constructor(tickMs: number, opts: InterpolationOptions = {}) {
    this.tickMs = tickMs;
    this.delayMs = tickMs * (opts.delayTicks ?? 1.5);
    this.jitter = opts.adaptive === false ? null : new JitterBuffer(tickMs);
    this.capacity = Math.max(2, opts.capacity ?? 8);
    this.teleportDistance = opts.teleportDistance ?? Number.POSITIVE_INFINITY;
  }

  /** The server time the last frame was drawn at. */
  get renderTime(): number {
    return this.render;
  }

  /**
   * Adds a snapshot taken at server time `time` (ms). A second one for the
   * same tick replaces the first. `lateMs`: how late it arrived compared with
   * the least delayed recent snapshot (feeds the jitter buffer).
   */
  push(time: number, entities: Iterable<{ id: number; x: number; y: number }>, lateMs = Number.NaN): void {
    this.jitter?.observe(lateMs);
    const positions = new Map<number, Point>();
    for (const e of entities) positions.set(e.id, { x: e.x, y: e.y });
    const newest = this.snapshots[this.snapshots.length - 1];
    if (newest && time <= newest.time) {
      // Same tick again (e.g. the full state after a reconnect): the later data wins.
      if (time === newest.time) newest.positions = positions;
      return;
    }
    this.snapshots.push({ time, positions });
    if (this.snapshots.length > this.capacity) this.snapshots.shift();
  }

  /** Starts a frame: picks the snapshots around (serverNow - delay). */
  frame(serverNow: number): void {
    this.stats.frames++;
    if (this.jitter) {
      // Move toward the buffer's size by at most 2% of the time passed, so the
      // render clock only ever runs a little fast or slow, never jumps.
      const dt = Number.isNaN(this.lastServerNow) ? 0 : Math.max(0, serverNow - this.lastServerNow);
      const want = this.jitter.delayMs;
      const step = dt * 0.02;
      this.delayMs += Math.max(-step, Math.min(step, want - this.delayMs));
    }
    this.lastServerNow = serverNow;
    const target = serverNow - this.delayMs;
    if (target > this.render) this.render = target;
    const snaps = this.snapshots;
    if (snaps.length === 0) {
      this.from = this.to = undefined;
      return;
    }
    const newest = snaps[snaps.length - 1]!;
    if (this.render >= newest.time) {
      const over = this.render - newest.time;
      if (over > 0 && !this.dry) this.stats.underflows++;
      this.dry = over > 0;
      const prev = snaps[snaps.length - 2];
      if (!prev || over === 0) {
        this.from = this.to = newest;
        this.alpha = 0;
        return;
      }
      // Carry on along the last known motion, for one tick at most.
      if (over > this.tickMs) this.stats.heldFrames++;
      else if (over > 0) this.stats.extrapolatedFrames++;
      this.from = prev;
      this.to = newest;
      this.alpha = 1 + Math.min(over, this.tickMs) / (newest.time - prev.time);
      return;
    }
    this.dry = false;
    if (this.render <= snaps[0]!.time) {
      this.from = this.to = snaps[0];
      this.alpha = 0;
      return;
    }
    let i = snaps.length - 2;
    while (i > 0 && snaps[i]!.time > this.render) i--;
    this.from = snaps[i];
    this.to = snaps[i + 1];
    this.alpha = (this.render - this.from!.time) / (this.to!.time - this.from!.time);
  }

  /** Where to draw entity `id` in the current frame; undefined when it is not there. */
  sample(id: number): Point | undefined {
    const a = this.from?.positions.get(id);
    const b = this.to?.positions.get(id);
    if (a && b) {
      if (a === b || Math.hypot(b.x - a.x, b.y - a.y) > this.teleportDistance) {
        return this.alpha < 1 && a !== b ? a : b;
      }
      return { x: a.x + (b.x - a.x) * this.alpha, y: a.y + (b.y - a.y) * this.alpha };
    }
    // Appeared in the newer snapshot: show it where it is. Gone from it: keep it until then.
    if (b) return b;
    if (a && this.alpha < 1) return a;
    return undefined;
  }
}
