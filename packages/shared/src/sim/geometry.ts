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
export function hitsWall(
  rules: { map: Pick<Rules["map"], "walls"> },
  x: number,
  y: number,
  r: number,
): boolean {
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
 * keeps it inside the map. Returns the new snapped position. Each axis move is
 * swept: a move that would pass through a wall is blocked like one that would
 * end inside it, however long one tick's step is (fast units, slow ticks).
 */
export function slide(rules: Rules, p: Point, dx: number, dy: number, r: number): Point {
  let x = snap(clampToMap(rules, p.x + dx, r, "x"));
  if (sweepHitsWall(rules, p.x, x, p.y, r, "x")) x = p.x;
  let y = snap(clampToMap(rules, p.y + dy, r, "y"));
  if (sweepHitsWall(rules, p.y, y, x, r, "y")) y = p.y;
  return { x, y };
}

/**
 * True when a circle of radius r moving along one axis from `from` to `to`
 * (the other coordinate fixed at `at`) overlaps a wall anywhere on the way.
 * For a fixed `at`, the positions where the circle overlaps a wall form one
 * open interval per wall, so the check is exact, with no sampling. A circle that
 * already overlaps a wall may move anywhere that ends outside it, so nothing
 * stays stuck inside one.
 */
export function sweepHitsWall(
  rules: Rules,
  from: number,
  to: number,
  at: number,
  r: number,
  axis: "x" | "y",
): boolean {
  if (from === to) return false;
  const lo = Math.min(from, to);
  const hi = Math.max(from, to);
  for (const w of rules.map.walls) {
    const [start, size, crossStart, crossSize] = axis === "x" ? [w.x, w.w, w.y, w.h] : [w.y, w.h, w.x, w.w];
    const off =
      at < crossStart ? crossStart - at : at > crossStart + crossSize ? at - crossStart - crossSize : 0;
    if (off >= r) continue;
    const half = Math.sqrt(r * r - off * off);
    const a = start - half;
    const b = start + size + half;
    // Already overlapping this wall: the old rule, blocked only when it would end inside it.
    if (from > a && from < b) {
      if (to > a && to < b) return true;
      continue;
    }
    if (hi > a && lo < b) return true;
  }
  return false;
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
