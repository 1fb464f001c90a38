import type { Room } from "@colyseus/sdk";
import { Predict } from "@colyseus/sdk/predict";
import type { Rules } from "@octet/shared/rules";
import type { Point } from "@octet/shared/sim";
import type { MatchState } from "@octet/shared/state";
import type { InterpolationStats } from "./interpolation.ts";
import type { RemoteMotion } from "./remote-motion.ts";
import { type RenderPolicy, teleportDistance } from "./render-policy.ts";

/** Draws `conn`'s remote entities with SdkInterpolation, `delayTicks` ticks behind. */
export function useSdkInterpolation(
  conn: { room: Room; state: MatchState; rules: Rules; clock: { tickMs: number }; render: RenderPolicy },
  delayTicks = 1.5,
): void {
  conn.render.useRemoteMotion(
    new SdkInterpolation(
      conn.room,
      () => conn.state,
      conn.clock.tickMs * delayTicks,
      teleportDistance(conn.rules),
    ),
  );
}

/**
 * Remote motion from @colyseus/sdk 0.18's own `Predict` in "lerp" mode: each
 * entity's x and y are buffered as the schema decodes them and drawn `delay`
 * ms behind. This server does not call `defineInput`, so there is no room
 * clock and Predict stamps samples with their arrival time (performance.now());
 * the delay is fixed. Underflows are counted the way Interpolator counts
 * them: a frame whose render time (now - delay) passed the newest snapshot's
 * arrival, once per dry spell. Only loaded for `?interp=sdk` (bench:client).
 */
export class SdkInterpolation implements RemoteMotion {
  readonly stats: InterpolationStats = { frames: 0, extrapolatedFrames: 0, underflows: 0, heldFrames: 0 };
  readonly delayMs: number;
  private readonly predict: Predict<MatchState>;
  private readonly state: () => MatchState;
  private readonly detach: () => void;
  private newestArrival = Number.NEGATIVE_INFINITY;
  private dry = false;
  /** recent arrival lateness (ms beyond the clock's least delayed estimate) */
  private readonly late: number[] = [];

  constructor(room: Room, state: () => MatchState, delayMs: number, teleportDistance: number) {
    this.delayMs = delayMs;
    this.state = state;
    this.predict = Predict.get(room as Room<MatchState>, {
      mode: "lerp",
      delay: delayMs,
    }) as Predict<MatchState>;
    const snap = Number.isFinite(teleportDistance) ? teleportDistance : 0;
    this.detach = this.predict.attachAll("entities", {
      x: { mode: "lerp", delay: delayMs, snap },
      y: { mode: "lerp", delay: delayMs, snap },
    });
  }

  push(_time: number, _entities: unknown, lateMs = Number.NaN): void {
    this.newestArrival = performance.now();
    if (!Number.isFinite(lateMs)) return;
    this.late.push(lateMs);
    if (this.late.length > 120) this.late.shift();
  }

  /**
   * How far (p95, ms) sample times stand off the server's tick grid: Predict
   * stamps a sample when it arrives, so arrival jitter moves a drawn entity
   * by speed x this. (Interpolator places samples at their server time: 0.)
   */
  get timingErrorMs(): number {
    if (this.late.length < 2) return 0;
    const sorted = [...this.late].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const dev = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
    return dev[Math.floor((dev.length - 1) * 0.95)]!;
  }

  frame(_serverNow: number, now: number): void {
    this.stats.frames++;
    this.predict.tick(now);
    const over = now - this.delayMs - this.newestArrival;
    if (Number.isFinite(over) && over > 0) {
      if (!this.dry) this.stats.underflows++;
      this.stats.heldFrames++;
      this.dry = true;
    } else this.dry = false;
  }

  sample(id: number): Point | undefined {
    const e = this.state().entities.get(String(id));
    if (!e) return undefined;
    return { x: this.predict.value(e, "x"), y: this.predict.value(e, "y") };
  }

  dispose(): void {
    this.detach();
    this.predict.dispose();
  }
}
