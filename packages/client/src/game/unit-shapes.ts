/**
 * One silhouette per unit kind, up to the 16 kinds the protocol allows, so a
 * designer's fourth or fifth unit is seen as itself, not as a soldier again.
 * The first three are the square, triangle and diamond soldier, archer and
 * scout always had. Pure geometry (no Phaser), so tests can check it.
 */

export type Polygon = Array<[number, number]>;

/** Regular polygon or star around (c, c): `radii` alternate per vertex, starting at `start` radians. */
function ring(c: number, count: number, radii: number[], start: number): Polygon {
  return Array.from({ length: count }, (_, i) => {
    const a = start + (2 * Math.PI * i) / count;
    const r = radii[i % radii.length]!;
    return [c + r * Math.cos(a), c + r * Math.sin(a)] as [number, number];
  });
}

/** The 16 unit outlines inside a size x size box, with `edge` px left for the outline stroke. */
export function unitShapePolygons(size: number, edge: number): Polygon[] {
  const s = size;
  const c = s / 2;
  const r = c - edge;
  const lo = edge;
  const hi = s - edge;
  const up = -Math.PI / 2;
  const arm = s * 0.17;
  const dome: Polygon = [[lo, c + r * 0.45]];
  for (let i = 0; i <= 12; i++) {
    const a = Math.PI + (Math.PI * i) / 12;
    dome.push([c + r * Math.cos(a), c + r * 0.45 + r * 1.2 * Math.sin(a) * 0.9]);
  }
  dome.push([hi, c + r * 0.45]);
  return [
    // square (soldier), triangle (archer), diamond (scout)
    [
      [lo, lo],
      [hi, lo],
      [hi, hi],
      [lo, hi],
    ],
    [
      [c, lo],
      [hi, hi],
      [lo, hi],
    ],
    [
      [c, lo],
      [hi, c],
      [c, hi],
      [lo, c],
    ],
    ring(c, 5, [r], up), // pentagon
    ring(c, 10, [r, r * 0.45], up), // five-point star
    [
      [c - arm, lo],
      [c + arm, lo],
      [c + arm, c - arm],
      [hi, c - arm],
      [hi, c + arm],
      [c + arm, c + arm],
      [c + arm, hi],
      [c - arm, hi],
      [c - arm, c + arm],
      [lo, c + arm],
      [lo, c - arm],
      [c - arm, c - arm],
    ], // cross
    ring(c, 8, [r], Math.PI / 8), // octagon
    [
      [lo, lo],
      [hi, lo],
      [c, hi],
    ], // triangle pointing down
    [
      [c, lo],
      [hi, hi],
      [c, s * 0.64],
      [lo, hi],
    ], // arrowhead
    ring(c, 8, [r, r * 0.38], up), // four-point star
    [
      [s * 0.3, lo + s * 0.1],
      [s * 0.7, lo + s * 0.1],
      [hi, hi - s * 0.1],
      [lo, hi - s * 0.1],
    ], // trapezoid
    [
      [lo, lo],
      [hi, lo],
      [c + s * 0.08, c],
      [hi, hi],
      [lo, hi],
      [c - s * 0.08, c],
    ], // hourglass
    ring(c, 12, [r, r * 0.55], up), // six-point star
    [
      [c, lo],
      [hi, s * 0.42],
      [hi, hi],
      [lo, hi],
      [lo, s * 0.42],
    ], // house
    [
      [lo, lo + s * 0.04],
      [hi, lo + s * 0.04],
      [hi, s * 0.4],
      [c + arm, s * 0.4],
      [c + arm, hi],
      [c - arm, hi],
      [c - arm, s * 0.4],
      [lo, s * 0.4],
    ], // T
    dome, // dome
  ];
}
