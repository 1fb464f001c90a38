import type { Point } from "@octet/shared/sim";
import type { InterpolationStats } from "./interpolation.ts";

/**
 * How other players' entities are drawn between server snapshots: Octet's
 * jitter-buffered Interpolator by default, or @colyseus/sdk's Predict (see
 * sdk-interpolation.ts) to compare the two on the same bench.
 */
export interface RemoteMotion {
  readonly stats: InterpolationStats;
  /** the delay rendered behind the newest snapshot, ms */
  readonly delayMs: number;
  /** p95 distance of the drawn samples' times from their server times, ms (0 when placed at server time) */
  readonly timingErrorMs?: number;
  /** a patch arrived: snapshot at server time `time`; `lateMs` as Interpolator.push */
  push(time: number, entities: Iterable<{ id: number; x: number; y: number }>, lateMs?: number): void;
  /** starts a frame at server time `serverNow` (local time `now`, performance.now()) */
  frame(serverNow: number, now: number): void;
  sample(id: number): Point | undefined;
  dispose?(): void;
}
