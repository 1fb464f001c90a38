import type { Point } from "@octet/shared/sim";
import type { MatchConnection } from "../net/index.ts";

/**
 * Tap-to-move as keys: the 8-way direction (each -1, 0 or 1) from where the
 * commander is drawn toward `to`, or null once `to` is within one tick's step
 * (it is there) or the commander cannot walk (dead, not in the state). An
 * axis counts when it is at least ~22.5 degrees of the way, so the commander
 * walks the straight or diagonal line nearest the tapped point.
 */
export function tapMoveDirection(conn: MatchConnection, to: Point, now: number): [number, number] | null {
  const from = conn.displayCommander(now);
  if (!from || (conn.ownCommander()?.hp ?? 0) <= 0) return null;
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const d = Math.hypot(vx, vy);
  if (d < conn.rules.commander.speed / conn.rules.ticks.criticalHz) return null;
  const k = Math.sin(Math.PI / 8) * d;
  return [Math.abs(vx) >= k ? Math.sign(vx) : 0, Math.abs(vy) >= k ? Math.sign(vy) : 0];
}
