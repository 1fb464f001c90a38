import type { Point } from "@octet/shared/sim";
import type { SpatialIndex } from "./spatial-index.ts";

/**
 * A uniform grid that indexes points (entity ids) by cell. Moving an entity
 * costs nothing unless it changes cell, so per-tick upkeep grows with the
 * entities that crossed a cell border, not with all entities.
 */
export class SpatialGrid implements SpatialIndex {
  readonly cellSize: number;
  readonly cols: number;
  readonly rows: number;
  private readonly cells: Array<Set<number>>;
  private readonly cellOfId = new Map<number, number>();
  /** scratch: the cells under the circles of one forEachNear call */
  private readonly touched = new Set<number>();

  constructor(cellSize: number, width: number, height: number) {
    if (!(cellSize > 0)) throw new RangeError(`cellSize must be positive, got ${cellSize}`);
    this.cellSize = cellSize;
    this.cols = Math.max(1, Math.ceil(width / cellSize));
    this.rows = Math.max(1, Math.ceil(height / cellSize));
    this.cells = Array.from({ length: this.cols * this.rows }, () => new Set<number>());
  }

  /** The cell index for a point; points outside the map clamp to the border cells. */
  cellAt(x: number, y: number): number {
    const cx = Math.min(this.cols - 1, Math.max(0, Math.floor(x / this.cellSize)));
    const cy = Math.min(this.rows - 1, Math.max(0, Math.floor(y / this.cellSize)));
    return cy * this.cols + cx;
  }

  upsert(id: number, x: number, y: number): boolean {
    const cell = this.cellAt(x, y);
    const old = this.cellOfId.get(id);
    if (old === cell) return false;
    if (old !== undefined) this.cells[old]!.delete(id);
    this.cells[cell]!.add(id);
    this.cellOfId.set(id, cell);
    return true;
  }

  remove(id: number): void {
    const old = this.cellOfId.get(id);
    if (old === undefined) return;
    this.cells[old]!.delete(id);
    this.cellOfId.delete(id);
  }

  forEachNear(centres: readonly Point[], r: number, visit: (id: number) => void): void {
    const touched = this.touched;
    touched.clear();
    for (const c of centres) this.cellsInCircle(c.x, c.y, r, touched);
    // An id lives in one cell, and each cell is listed once: no id twice.
    for (const cell of touched) for (const id of this.cells[cell]!) visit(id);
  }

  /**
   * Adds to `out` every cell that a circle at (x, y) with radius r touches
   * (the cell's rectangle is within r of the centre).
   */
  cellsInCircle(x: number, y: number, r: number, out: Set<number>): void {
    const s = this.cellSize;
    const x0 = Math.max(0, Math.floor((x - r) / s));
    const x1 = Math.min(this.cols - 1, Math.floor((x + r) / s));
    const y0 = Math.max(0, Math.floor((y - r) / s));
    const y1 = Math.min(this.rows - 1, Math.floor((y + r) / s));
    const r2 = r * r;
    for (let cy = y0; cy <= y1; cy++) {
      const top = cy * s;
      const dy = y < top ? top - y : y > top + s ? y - top - s : 0;
      for (let cx = x0; cx <= x1; cx++) {
        const left = cx * s;
        const dx = x < left ? left - x : x > left + s ? x - left - s : 0;
        if (dx * dx + dy * dy <= r2) out.add(cy * this.cols + cx);
      }
    }
  }
}
