import type { Rules } from "@octet/shared/rules";
import { formationPoint, type Point, slide, stepToward, unitStatsOf } from "@octet/shared/sim";

interface PendingOrder {
  seq: number;
  target: Point;
  sentAt: number;
  /** where the unit was drawn when the order was given */
  start: Point;
  /** where it was drawn last */
  drawn: Point;
}

interface Fade {
  offset: Point;
  since: number;
}

/**
 * Predicts the player's own unit orders: a unit ordered to move starts walking
 * toward the target at once, at its speed from the rules, with the shared
 * `slide` (walls and map edges as on the server). When the server has
 * decided the order (ackSeq), the unit goes back to its interpolated server
 * position and the gap between the two pictures fades out, like a commander
 * correction.
 */
export class OrderPrediction {
  private readonly rules: Rules;
  private readonly halfLifeMs: number;
  private readonly pending = new Map<number, PendingOrder>();
  private readonly fades = new Map<number, Fade>();

  constructor(rules: Rules, opts: { smoothingHalfLifeMs?: number } = {}) {
    this.rules = rules;
    this.halfLifeMs = opts.smoothingHalfLifeMs ?? 120;
  }

  /**
   * Records a move order to `target` for units drawn at `at`; `index` is each
   * unit's place in the order, which gives its formation slot as on the server.
   */
  order(
    seq: number,
    units: Array<{ id: number; kind: number; index: number; at: Point }>,
    target: Point,
    now: number,
  ): void {
    for (const u of units) {
      this.fades.delete(u.id);
      const slot = formationPoint(this.rules, u.index, target.x, target.y, this.stats(u.kind)?.radius ?? 0);
      this.pending.set(u.id, { seq, target: slot, sentAt: now, start: u.at, drawn: u.at });
    }
  }

  private stats(kind: number) {
    return unitStatsOf(this.rules, kind);
  }

  /** The server has decided every order up to ackSeq: those units follow the server again. */
  acknowledge(ackSeq: number, serverAt: (id: number) => Point | undefined, now: number): void {
    for (const [id, p] of this.pending) {
      if (p.seq > ackSeq) continue;
      this.pending.delete(id);
      const server = serverAt(id);
      if (server)
        this.fades.set(id, { offset: { x: p.drawn.x - server.x, y: p.drawn.y - server.y }, since: now });
    }
  }

  /** Where to draw own unit `id` of `kind`, given where interpolation would put it. */
  display(id: number, kind: number, interpolated: Point, now: number): Point {
    const p = this.pending.get(id);
    if (p) {
      const speed = this.stats(kind)?.speed ?? 0;
      const radius = this.stats(kind)?.radius ?? 0;
      const step = stepToward(p.start, p.target.x, p.target.y, (speed * Math.max(0, now - p.sentAt)) / 1000);
      p.drawn = slide(this.rules, p.start, step.dx, step.dy, radius);
      return p.drawn;
    }
    const f = this.fades.get(id);
    if (!f) return interpolated;
    const k = 0.5 ** (Math.max(0, now - f.since) / this.halfLifeMs);
    if (k < 0.01) {
      this.fades.delete(id);
      return interpolated;
    }
    return { x: interpolated.x + f.offset.x * k, y: interpolated.y + f.offset.y * k };
  }

  /** Drops state for units that no longer exist. */
  forget(id: number): void {
    this.pending.delete(id);
    this.fades.delete(id);
  }
}
