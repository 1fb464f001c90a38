import type { Rules } from "@octet/shared/rules";
import { moveCommander, type Point } from "@octet/shared/sim";

/** One commander move the server has not decided yet. */
interface PendingMove {
  seq: number;
  dx: -1 | 0 | 1;
  dy: -1 | 0 | 1;
}

export interface PredictionStats {
  /** snapshots after which the replayed prediction differed from the previous one */
  corrections: number;
  /** the largest such difference, in world units */
  correctionMax: number;
  /** sum of the differences, for an average */
  correctionTotal: number;
  /** corrections too large to smooth, drawn as a jump */
  snaps: number;
}

export interface PredictionOptions {
  /** errors above this many world units are snapped, below it smoothed (default: 1 s of commander travel) */
  snapDistance?: number;
  /** how fast a smoothed error fades: half-life in ms (default 80) */
  smoothingHalfLifeMs?: number;
}

/** Below this a difference is float noise from replaying, not a correction. */
const EPSILON = 1e-6;

/**
 * Client-side prediction of the player's own commander.
 *
 * Every local input gets the sequence number it was sent with and is applied
 * at once with the shared `moveCommander`, the same function the server runs.
 * When a snapshot arrives it carries the server's position and the highest
 * seq the server has decided (ackSeq): inputs up to it are dropped (applied or
 * rejected, the snapshot already shows the outcome) and the rest are replayed
 * on the server's position. If that differs from what was drawn, the
 * difference is kept as a visual offset that fades (small errors) or dropped
 * at once (large ones), so the simulation is always exact and only the
 * picture is smoothed.
 */
export class CommanderPrediction {
  readonly stats: PredictionStats = { corrections: 0, correctionMax: 0, correctionTotal: 0, snaps: 0 };
  private readonly rules: Rules;
  private readonly snapDistance: number;
  private readonly halfLifeMs: number;
  private pending: PendingMove[] = [];
  private predicted: Point | null = null;
  /** what is drawn minus what is predicted, fading to zero */
  private offset = { x: 0, y: 0 };
  private offsetAt = 0;

  constructor(rules: Rules, opts: PredictionOptions = {}) {
    this.rules = rules;
    this.snapDistance = opts.snapDistance ?? rules.commander.speed;
    this.halfLifeMs = opts.smoothingHalfLifeMs ?? 80;
  }

  /** The predicted position (server state + pending inputs), or null before the first snapshot. */
  get position(): Point | null {
    return this.predicted;
  }

  /** Applies a local input at once. Returns the new predicted position. */
  input(seq: number, dx: -1 | 0 | 1, dy: -1 | 0 | 1): Point | null {
    if (!this.predicted) return null;
    this.pending.push({ seq, dx, dy });
    this.predicted = moveCommander(this.rules, this.predicted, dx, dy);
    return this.predicted;
  }

  /**
   * Takes an authoritative snapshot: the commander's position in it (null when
   * the commander is not there, e.g. dead) and the highest seq it reflects.
   */
  reconcile(ackSeq: number, server: Point | null, now: number): void {
    let drop = 0;
    while (drop < this.pending.length && this.pending[drop]!.seq <= ackSeq) drop++;
    if (drop > 0) this.pending = this.pending.slice(drop);
    if (!server) {
      // Nothing to predict from: a dead commander does not move, so its inputs are moot.
      this.predicted = null;
      this.pending = [];
      this.offset = { x: 0, y: 0 };
      return;
    }
    let p: Point = { x: server.x, y: server.y };
    for (const m of this.pending) p = moveCommander(this.rules, p, m.dx, m.dy);
    const before = this.predicted;
    this.predicted = p;
    if (!before) return;
    const ex = before.x - p.x;
    const ey = before.y - p.y;
    const error = Math.hypot(ex, ey);
    if (error <= EPSILON) return;
    this.stats.corrections++;
    this.stats.correctionTotal += error;
    if (error > this.stats.correctionMax) this.stats.correctionMax = error;
    const current = this.currentOffset(now);
    if (error > this.snapDistance) {
      this.stats.snaps++;
      this.offset = { x: 0, y: 0 };
    } else {
      // Keep drawing where we were and let the difference fade.
      this.offset = { x: current.x + ex, y: current.y + ey };
    }
    this.offsetAt = now;
  }

  /** Where to draw the commander at `now`: the prediction plus the fading correction. */
  display(now: number): Point | null {
    if (!this.predicted) return null;
    const o = this.currentOffset(now);
    return { x: this.predicted.x + o.x, y: this.predicted.y + o.y };
  }

  private currentOffset(now: number): Point {
    if (this.offset.x === 0 && this.offset.y === 0) return this.offset;
    const k = 0.5 ** (Math.max(0, now - this.offsetAt) / this.halfLifeMs);
    if (k < 0.01) return { x: 0, y: 0 };
    return { x: this.offset.x * k, y: this.offset.y * k };
  }
}
