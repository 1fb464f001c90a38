import { describe, expect, it } from "vitest";
import { unitShapePolygons } from "../src/game/unit-shapes.ts";

const area = (p: Array<[number, number]>) =>
  Math.abs(p.reduce((s, [x, y], i) => s + x * p[(i + 1) % p.length]![1] - p[(i + 1) % p.length]![0] * y, 0)) /
  2;

describe("unit kind shapes", () => {
  it("give each of the 16 kinds the protocol allows its own silhouette inside the texture", () => {
    const size = 64;
    const shapes = unitShapePolygons(size, 3);
    expect(shapes).toHaveLength(16);
    for (const shape of shapes) {
      expect(shape.length).toBeGreaterThanOrEqual(3);
      for (const [x, y] of shape) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(size);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(size);
      }
      // Big enough to read at a unit's size.
      expect(area(shape)).toBeGreaterThan(size * size * 0.2);
    }
    // No two kinds share an outline: vertex count, area and where the vertices sit tell them apart.
    const meanY = (p: Array<[number, number]>) => Math.round(p.reduce((s, [, y]) => s + y, 0) / p.length);
    const signatures = shapes.map((s) => `${s.length}:${Math.round(area(s) / 20)}:${meanY(s)}`);
    expect(new Set(signatures).size).toBe(16);
  });
});
