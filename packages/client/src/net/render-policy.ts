import type { Rules } from "@octet/shared/rules";
import { Kind, MatchPhase, type Point } from "@octet/shared/sim";
import type { MatchState } from "@octet/shared/state";
import type { ServerClock } from "./clock.ts";
import { Interpolator } from "./interpolation.ts";
import { OrderPrediction } from "./order-prediction.ts";
import { CommanderPrediction } from "./prediction.ts";
import type { RemoteMotion } from "./remote-motion.ts";

/** What the render policy needs of an entity to place it. */
export interface Placeable {
  id: number;
  kind: number;
  owner: string;
  x: number;
  y: number;
}

/**
 * Anything faster than three ticks of the fastest mover is a respawn or a
 * re-entry into view: drawn as a jump, not a glide across the map.
 */
export function teleportDistance(rules: Rules): number {
  const tickMs = 1000 / rules.ticks.criticalHz;
  const fastest = Math.max(
    rules.commander.speed,
    rules.creeps.speed,
    ...Object.values(rules.units).map((u) => u.speed),
  );
  return (fastest * 3 * tickMs) / 1000;
}

/**
 * Where each entity is drawn: the own commander where it is predicted, own
 * units with fresh orders where they are predicted, everyone else
 * interpolated between server snapshots. It takes in every patch and every
 * own input; it sends nothing.
 */
export class RenderPolicy {
  readonly prediction: CommanderPrediction;
  readonly orders: OrderPrediction;
  /** other players' motion (Interpolator unless replaced with useRemoteMotion) */
  interpolator: RemoteMotion;
  private readonly clock: ServerClock;
  private readonly playerId: () => string;

  constructor(rules: Rules, clock: ServerClock, playerId: () => string) {
    this.clock = clock;
    this.playerId = playerId;
    this.prediction = new CommanderPrediction(rules);
    this.orders = new OrderPrediction(rules);
    this.interpolator = new Interpolator(clock.tickMs, { teleportDistance: teleportDistance(rules) });
  }

  /** Replaces how remote entities are drawn (bench:client compares @colyseus/sdk's Predict). */
  useRemoteMotion(motion: RemoteMotion): void {
    this.interpolator.dispose?.();
    this.interpolator = motion;
  }

  /** Starts a rendered frame at local time `now` (ms, performance.now()). */
  beginFrame(now: number): void {
    if (Number.isNaN(this.clock.offsetMs)) return;
    this.interpolator.frame(this.clock.serverNow(now), now);
  }

  /** Where the own commander is drawn: the prediction, smoothed. */
  displayCommander(now: number): Point | null {
    return this.prediction.display(now);
  }

  position(e: Placeable, now: number): Point {
    const me = this.playerId();
    if (e.owner === me && e.kind === Kind.Commander) {
      const p = this.prediction.display(now);
      if (p) return p;
    }
    const interpolated = this.interpolator.sample(e.id) ?? { x: e.x, y: e.y };
    if (e.owner === me && e.kind >= Kind.FirstUnit)
      return this.orders.display(e.id, e.kind, interpolated, now);
    return interpolated;
  }

  /** An own commander move went out with `seq`: it is applied here at once. */
  moved(seq: number, dx: -1 | 0 | 1, dy: -1 | 0 | 1): void {
    this.prediction.input(seq, dx, dy);
  }

  /** Own units were ordered to `target` with `seq`: they start walking in the picture at once. */
  ordered(
    seq: number,
    unitIds: readonly number[],
    target: Point,
    state: MatchState,
    now: number,
    first = 0,
  ): void {
    // Each unit's place in the order gives its formation slot, as on the server.
    const units: Array<{ id: number; kind: number; index: number; at: Point }> = [];
    unitIds.forEach((id, index) => {
      const e = state.entities.get(String(id));
      if (e && e.owner === this.playerId())
        units.push({ id, kind: e.kind, index: first + index, at: this.position(e, now) });
    });
    this.orders.order(seq, units, target, now);
  }

  /**
   * Own units were ordered to guard the commander with `seq`: they start for
   * their slots around where the commander is drawn (slot i + 1 for the i-th
   * id, as sim/guard.ts places them), until the server's answer takes over.
   * That is exact when the order names all the guards; for some of them the
   * server skips the slots the other guards hold, which the client cannot know
   * (orders are not sent to it), and the answer's fade corrects the picture.
   * While the commander is dead they hold on the server, so nothing is predicted.
   */
  guarded(seq: number, unitIds: readonly number[], state: MatchState, now: number): void {
    const me = state.players?.get(this.playerId());
    const c = me ? state.entities.get(String(me.commanderId)) : undefined;
    if (!c || c.hp <= 0) return;
    this.ordered(seq, unitIds, this.prediction.display(now) ?? { x: c.x, y: c.y }, state, now, 1);
  }

  /**
   * A patch is a snapshot: feed interpolation at its server time, and
   * reconcile the predictions with what the server decided up to `ackSeq`.
   */
  snapshot(state: MatchState, serverTime: number, ackSeq: number, now: number): void {
    const entities: Placeable[] = [];
    state.entities.forEach((e) => {
      entities.push(e);
    });
    // Lateness: arrival offset beyond the clock's best (least delayed) estimate.
    this.interpolator.push(serverTime, entities, now - serverTime - this.clock.targetOffsetMs);
    // A commander that cannot move (dead, or the match not on) is not predicted:
    // the server rejects its moves, so it is drawn where the server has it.
    const me = state.players?.get(this.playerId());
    const c = me ? state.entities.get(String(me.commanderId)) : undefined;
    const canMove = c !== undefined && c.hp > 0 && state.phase === MatchPhase.Playing;
    this.prediction.reconcile(ackSeq, canMove ? { x: c.x, y: c.y } : null, now);
    this.orders.acknowledge(
      ackSeq,
      (id) => {
        const e = state.entities.get(String(id));
        return e ? (this.interpolator.sample(id) ?? { x: e.x, y: e.y }) : undefined;
      },
      now,
    );
  }
}
