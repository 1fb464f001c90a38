import type { Point } from "@octet/shared/sim";

/**
 * What interest needs of a spatial index, and all it uses: keep points by id,
 * and list the ids that may lie near a set of circles. The uniform grid
 * (spatial-grid.ts) implements it; a quadtree or any other index can be
 * handed to InterestManager instead, with no change there.
 */
export interface SpatialIndex {
  /** Inserts or moves a point; true when the index itself had to change (new, or another cell). */
  upsert(id: number, x: number, y: number): boolean;
  remove(id: number): void;
  /**
   * Calls `visit` once for each id that may lie within `r` of one of
   * `centres`: a superset is fine, the caller checks distances; no id twice.
   */
  forEachNear(centres: readonly Point[], r: number, visit: (id: number) => void): void;
}
