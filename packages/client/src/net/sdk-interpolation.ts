import type { Room } from "@colyseus/sdk";
import { Predict } from "@colyseus/sdk/predict";
import type { Rules } from "@octet/shared/rules";
import type { Point } from "@octet/shared/sim";
import type { MatchState } from "@octet/shared/state";
import type { InterpolationStats } from "./interpolation.ts";
import type { RemoteMotion } from "./remote-motion.ts";
import { type RenderPolicy, teleportDistance } from "./render-policy.ts";

/**
 * Draws `conn`'s remote entities with SdkInterpolation, `delayTicks` ticks
 * behind; `grid`: with Predict's `tickInterval` at the server's tick (sample
 * times snapped to a tick grid instead of taken as they arrive).
 */
export function useSdkInterpolation(
  conn: { room: Room; state: MatchState; rules: Rules; clock: { tickMs: number }; render: RenderPolicy },
  grid: boolean,
  delayTicks = 1.5,
): void {
  const { tickMs } = conn.clock;
  conn.render.useRemoteMotion(
    new SdkInterpolation(
      conn.room,
      () => conn.state,
      tickMs * delayTicks,
      teleportDistance(conn.rules),
      grid ? tickMs : 0,
    ),
  );
}

/**
 * Remote motion from @colyseus/sdk 0.18's own `Predict` in "lerp" mode: each
 * entity's x and y are buffered as the schema decodes them and drawn `delay`
 * ms behind. This server does not call `defineInput`, so there is no room
 * clock and Predict stamps samples with their arrival time (performance.now());
 * the delay is fixed; with `tickInterval` (gridMs) it snaps each stamp to
 * the previous one plus whole ticks. The stamps are mirrored here, one stream
 * per patch (Predict keeps one per field; moving entities get a sample every
 * patch), to count underflows the way Interpolator counts them: a frame whose
 * render time (now - delay) passed the newest snapshot's stamp, once per dry
 * spell. Only loaded for `?interp=sdk` / `sdk-grid` (bench:client).
 */
export class SdkInterpolation implements RemoteMotion {
  readonly stats: InterpolationStats = { frames: 0, extrapolatedFrames: 0, underflows: 0, heldFrames: 0 };
  readonly delayMs: number;
  private readonly predict: Predict<MatchState>;
  private readonly state: () => MatchState;
  private readonly detach: () => void;
  private readonly gridMs: number;
  /** the newest sample's stamp on Predict's time axis (performance.now()) */
  private newestStamp = Number.NEGATIVE_INFINITY;
  private dry = false;
  /** recent stamps minus the server times they stand for (ms; a constant offset plus error) */
  private readonly offsets: number[] = [];

  constructor(room: Room, state: () => MatchState, delayMs: number, teleportDistance: number, gridMs = 0) {
    this.delayMs = delayMs;
    this.gridMs = gridMs;
    this.state = state;
    this.predict = Predict.get(room as Room<MatchState>, {
      mode: "lerp",
      delay: delayMs,
    }) as Predict<MatchState>;
    const snap = Number.isFinite(teleportDistance) ? teleportDistance : 0;
    this.detach = this.predict.attachAll("entities", {
      x: { mode: "lerp", delay: delayMs, snap, tickInterval: gridMs },
      y: { mode: "lerp", delay: delayMs, snap, tickInterval: gridMs },
    });
  }

  push(time: number): void {
    const now = performance.now();
    let stamp = now;
    const last = this.newestStamp;
    if (this.gridMs > 0 && Number.isFinite(last)) {
      // Predict's tickInterval stamping (Predictor.ts): the last stamp plus whole ticks, at most a tick ahead.
      const elapsed = now - last;
      stamp = last + (elapsed > 0 ? Math.max(1, Math.round(elapsed / this.gridMs)) : 1) * this.gridMs;
      if (stamp > now + this.gridMs) stamp = now + this.gridMs;
    }
    this.newestStamp = stamp;
    this.offsets.push(stamp - time);
    if (this.offsets.length > 120) this.offsets.shift();
  }

  /**
   * How far (p95, ms) sample stamps stand off the server's tick grid, after
   * the constant offset: an entity is drawn off its path by speed x this.
   * (Interpolator places samples at their server time: 0.)
   */
  get timingErrorMs(): number {
    if (this.offsets.length < 2) return 0;
    const sorted = [...this.offsets].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    const dev = sorted.map((v) => Math.abs(v - median)).sort((a, b) => a - b);
    return dev[Math.floor((dev.length - 1) * 0.95)]!;
  }

  frame(_serverNow: number, now: number): void {
    this.stats.frames++;
    this.predict.tick(now);
    const over = now - this.delayMs - this.newestStamp;
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
