import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpatialGrid } from "../src/interest/spatial-grid.ts";
import type { SpatialIndex } from "../src/interest/spatial-index.ts";

/** Everything forEachNear visits, in visiting order (duplicates kept, to catch them). */
function near(index: SpatialIndex, centres: Array<{ x: number; y: number }>, r: number): number[] {
  const out: number[] = [];
  index.forEachNear(centres, r, (id) => out.push(id));
  return out;
}

describe("SpatialGrid", () => {
  it("does work only when a point is new or changes cell", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    expect(g.upsert(1, 50, 50)).toBe(true); // new
    expect(g.upsert(1, 99, 99)).toBe(false); // same cell: no work
    expect(g.upsert(1, 150, 50)).toBe(true); // crossed into the next column
    expect(near(g, [{ x: 50, y: 50 }], 10)).toEqual([]);
    expect(near(g, [{ x: 150, y: 50 }], 10)).toEqual([1]);
    g.remove(1);
    g.remove(1); // twice is harmless
    expect(near(g, [{ x: 500, y: 500 }], 2000)).toEqual([]);
  });

  it("clamps points outside the map to border cells", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    g.upsert(1, -5, -5);
    g.upsert(2, 5000, 5000);
    expect(g.cellAt(-5, -5)).toBe(0);
    expect(g.cellAt(5000, 5000)).toBe(99);
    expect(near(g, [{ x: 0, y: 0 }], 1)).toEqual([1]);
    expect(near(g, [{ x: 999, y: 999 }], 1)).toEqual([2]);
  });

  it("looks at the cells the circles touch, not the whole map, and lists each id once", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    g.upsert(1, 500, 500);
    g.upsert(2, 620, 500); // next cell, within 150
    g.upsert(3, 900, 900); // far
    expect(near(g, [{ x: 510, y: 510 }], 150).sort()).toEqual([1, 2]);
    // Two overlapping circles: still once each.
    expect(
      near(
        g,
        [
          { x: 510, y: 510 },
          { x: 520, y: 500 },
        ],
        150,
      ).sort(),
    ).toEqual([1, 2]);
    const cells = new Set<number>();
    g.cellsInCircle(550, 550, 40, cells);
    expect([...cells]).toEqual([5 * 10 + 5]); // a small circle inside one cell touches only it
  });

  it("rejects a non-positive cell size", () => {
    expect(() => new SpatialGrid(0, 100, 100)).toThrow(RangeError);
  });

  const point = fc.record({ x: fc.integer({ min: 0, max: 2048 }), y: fc.integer({ min: 0, max: 2048 }) });
  const ops = fc.array(
    fc.oneof(
      fc.record({ op: fc.constant("upsert" as const), id: fc.integer({ min: 1, max: 40 }), p: point }),
      fc.record({ op: fc.constant("remove" as const), id: fc.integer({ min: 1, max: 40 }) }),
    ),
    { maxLength: 200 },
  );

  it("agrees with a brute-force scan after any sequence of operations (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 16, max: 512 }),
        ops,
        fc.array(point, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 0, max: 900 }),
        (cellSize, sequence, centres, r) => {
          const g = new SpatialGrid(cellSize, 2048, 2048);
          const truth = new Map<number, { x: number; y: number }>();
          for (const o of sequence) {
            if (o.op === "upsert") {
              g.upsert(o.id, o.p.x, o.p.y);
              truth.set(o.id, o.p);
            } else {
              g.remove(o.id);
              truth.delete(o.id);
            }
          }
          // The whole map holds exactly what is left.
          expect(near(g, [{ x: 1024, y: 1024 }], 3000).sort((a, b) => a - b)).toEqual(
            [...truth.keys()].sort((a, b) => a - b),
          );
          const visited = near(g, centres, r);
          const candidates = new Set(visited);
          expect(candidates.size).toBe(visited.length); // no id twice
          const within = (p: { x: number; y: number }) =>
            centres.some((c) => Math.hypot(p.x - c.x, p.y - c.y) <= r);
          // No false negatives: everything within r of a centre is a candidate...
          for (const [id, p] of truth) if (within(p)) expect(candidates.has(id)).toBe(true);
          // ...and every candidate lies in a cell a circle touches (no stray ids).
          const cells = new Set<number>();
          for (const c of centres) g.cellsInCircle(c.x, c.y, r, cells);
          for (const id of candidates) {
            const p = truth.get(id);
            expect(p).toBeDefined();
            expect(cells.has(g.cellAt(p!.x, p!.y))).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
