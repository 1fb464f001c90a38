import type { Rules } from "../rules/index.ts";

/**
 * Positions live on a 1/8 world-unit grid. The wire format carries exactly this
 * grid (16-bit quantised, 0..8191.875), so the client's prediction replays from
 * the same numbers the server holds.
 */
export const POSITION_STEP = 1 / 8;
export const MAX_COORD = 65535 * POSITION_STEP;

export function snap(v: number): number {
  return Math.round(v / POSITION_STEP) * POSITION_STEP;
}

export interface Point {
  x: number;
  y: number;
}

export function distSq(ax: number, ay: number, bx: number, by: number): number {
  const dx = ax - bx;
  const dy = ay - by;
  return dx * dx + dy * dy;
}

/** True when a circle at (x, y) with radius r overlaps any wall. */
export function hitsWall(rules: Rules, x: number, y: number, r: number): boolean {
  for (const w of rules.map.walls) {
    const cx = x < w.x ? w.x : Math.min(x, w.x + w.w);
    const cy = y < w.y ? w.y : Math.min(y, w.y + w.h);
    if (distSq(x, y, cx, cy) < r * r) return true;
  }
  return false;
}

export function clampToMap(rules: Rules, v: number, r: number, axis: "x" | "y"): number {
  const max = axis === "x" ? rules.map.width : rules.map.height;
  return v < r ? r : Math.min(v, max - r);
}

/**
 * Moves a circle by (dx, dy), one axis at a time so it slides along walls, and
 * keeps it inside the map. Returns the new snapped position.
 */
export function slide(rules: Rules, p: Point, dx: number, dy: number, r: number): Point {
  let x = snap(clampToMap(rules, p.x + dx, r, "x"));
  if (hitsWall(rules, x, p.y, r)) x = p.x;
  let y = snap(clampToMap(rules, p.y + dy, r, "y"));
  if (hitsWall(rules, x, y, r)) y = p.y;
  return { x, y };
}

/** A step of at most `maxStep` from p toward (tx, ty). */
export function stepToward(
  p: Point,
  tx: number,
  ty: number,
  maxStep: number,
): { dx: number; dy: number; arrived: boolean } {
  const dx = tx - p.x;
  const dy = ty - p.y;
  const d = Math.sqrt(dx * dx + dy * dy);
  if (d <= maxStep) return { dx, dy, arrived: true };
  return { dx: (dx / d) * maxStep, dy: (dy / d) * maxStep, arrived: false };
}
