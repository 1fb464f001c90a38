import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SpatialGrid } from "../src/interest/spatial-grid.ts";

describe("SpatialGrid", () => {
  it("inserts, moves across cells, and removes", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    expect(g.upsert(1, 50, 50)).toBe(true); // new
    expect(g.cellOf(1)).toBe(0);
    expect(g.upsert(1, 99, 99)).toBe(false); // same cell: no work
    expect(g.upsert(1, 150, 50)).toBe(true); // crossed into the next column
    expect(g.cellOf(1)).toBe(1);
    expect([...g.idsIn(0)]).toEqual([]);
    expect([...g.idsIn(1)]).toEqual([1]);
    expect(g.upsert(1, 150, 950)).toBe(true);
    expect(g.cellOf(1)).toBe(9 * 10 + 1);
    expect(g.remove(1)).toBe(true);
    expect(g.remove(1)).toBe(false);
    expect(g.has(1)).toBe(false);
    expect(g.size).toBe(0);
  });

  it("clamps points outside the map to border cells", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    g.upsert(1, -5, -5);
    g.upsert(2, 5000, 5000);
    expect(g.cellOf(1)).toBe(0);
    expect(g.cellOf(2)).toBe(99);
  });

  it("queries the cells a circle touches, not the whole map", () => {
    const g = new SpatialGrid(100, 1000, 1000);
    g.upsert(1, 500, 500);
    g.upsert(2, 620, 500); // next cell, within 150
    g.upsert(3, 900, 900); // far
    const near = g.queryCircle(510, 510, 150).sort();
    expect(near).toContain(1);
    expect(near).toContain(2);
    expect(near).not.toContain(3);
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
        point,
        fc.integer({ min: 0, max: 900 }),
        (cellSize, sequence, centre, r) => {
          const g = new SpatialGrid(cellSize, 2048, 2048);
          const truth = new Map<number, { x: number; y: number }>();
          for (const o of sequence) {
            if (o.op === "upsert") {
              g.upsert(o.id, o.p.x, o.p.y);
              truth.set(o.id, o.p);
            } else {
              expect(g.remove(o.id)).toBe(truth.delete(o.id));
            }
          }
          expect(g.size).toBe(truth.size);
          for (const [id, p] of truth) expect(g.cellOf(id)).toBe(g.cellAt(p.x, p.y));
          const candidates = new Set(g.queryCircle(centre.x, centre.y, r));
          // No false negatives: everything within r is a candidate...
          for (const [id, p] of truth) {
            if (Math.hypot(p.x - centre.x, p.y - centre.y) <= r) expect(candidates.has(id)).toBe(true);
          }
          // ...and every candidate lies in a cell the circle touches (no stray ids).
          const cells = new Set<number>();
          g.cellsInCircle(centre.x, centre.y, r, cells);
          for (const id of candidates) expect(cells.has(g.cellOf(id)!)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
