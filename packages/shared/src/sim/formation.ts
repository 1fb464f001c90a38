import type { Rules } from "../rules/index.ts";
import { hitsWall, type Point, snap } from "./geometry.ts";

/**
 * Grid cells around a centre, ring by ring (the centre, then the 8 cells at
 * distance 1, then the 16 at distance 2, ...), as integer pairs: no
 * trigonometry, so every engine computes the same formation to the bit.
 * Enough for the largest formation the rules allow (limits.maxUnitsPerOrder
 * up to 255; a guard stands at slot + 1 and players.maxUnits is up to 250):
 * slot numbers wrap past the end, so fewer would stack units on one spot.
 * Whole rings: 289 cells (rings 0-8); the first 169 (rings 0-6, all there
 * were before) are unchanged, so no smaller formation moves.
 */
const SLOTS: ReadonlyArray<readonly [number, number]> = (() => {
  const slots: Array<[number, number]> = [[0, 0]];
  for (let r = 1; slots.length < 257; r++) {
    // Clockwise from the top-left corner of ring r.
    for (let x = -r; x < r; x++) slots.push([x, -r]);
    for (let y = -r; y < r; y++) slots.push([r, y]);
    for (let x = r; x > -r; x--) slots.push([x, r]);
    for (let y = r; y > -r; y--) slots.push([-r, y]);
  }
  return slots;
})();

/** Distance between neighbouring formation slots: the widest unit, with a gap. */
export function formationSpacing(rules: Rules): number {
  let widest = 0;
  for (const u of Object.values(rules.units)) widest = Math.max(widest, u.radius);
  return widest * 2 + 6;
}

/**
 * Where the `index`-th unit of a formation centred on (x, y) stands: a grid
 * slot on the map, snapped to the position grid, or the centre itself when the
 * slot would be off the map or in a wall. Slot 0 is the centre, so a single
 * unit goes exactly where it was sent.
 */
export function formationPoint(
  rules: Rules,
  index: number,
  x: number,
  y: number,
  radius: number,
  // formationSpacing(rules), passed in by a caller that places many units a tick
  s = formationSpacing(rules),
): Point {
  const [gx, gy] = SLOTS[index % SLOTS.length]!;
  const px = snap(x + gx * s);
  const py = snap(y + gy * s);
  const { width, height } = rules.map;
  if (
    px < radius ||
    py < radius ||
    px > width - radius ||
    py > height - radius ||
    hitsWall(rules, px, py, radius)
  )
    return { x: snap(x), y: snap(y) };
  return { x: px, y: py };
}
