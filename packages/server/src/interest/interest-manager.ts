import type { StateView } from "@colyseus/schema";
import type { Rules } from "@octet/shared/rules";
import { type Entity, isAlive, type World } from "@octet/shared/sim";
import type { StateSync } from "@octet/shared/state";
import { SpatialGrid } from "./spatial-grid.ts";

interface PlayerInterest {
  view: StateView;
  visible: Set<number>;
}

/** What one update did, for benchmarks and tests. */
export interface InterestStats {
  /** entities that were inserted or crossed a cell border this tick */
  cellChanges: number;
  /** cells looked at, summed over players */
  cellsScanned: number;
  /** entities distance-checked, summed over players */
  candidates: number;
  /** view.add + view.remove calls */
  viewChanges: number;
}

/**
 * Keeps each player's StateView equal to what that player can see (fog of
 * war): its own entities always; anything else once within vision.radius of
 * one of its living entities, until it is farther than radius + hysteresis
 * from all of them. Per tick it looks only at the cells under each player's
 * vision, so the cost follows cells under vision and entities that changed
 * cell, not entities x players.
 */
export class InterestManager {
  readonly grid: SpatialGrid;
  private readonly players = new Map<string, PlayerInterest>();
  private readonly known = new Set<number>();
  private readonly enterR2: number;
  private readonly leaveR2: number;
  private readonly reach: number;
  private readonly sync: StateSync;
  // Scratch collections reused every tick to keep the hot path allocation-free.
  private readonly cells = new Set<number>();
  private next = new Set<number>();
  private readonly byOwner = new Map<string, Entity[]>();

  constructor(rules: Rules, sync: StateSync) {
    const { radius, hysteresis, cellSize } = rules.vision;
    this.grid = new SpatialGrid(cellSize, rules.map.width, rules.map.height);
    this.enterR2 = radius * radius;
    this.reach = radius + hysteresis;
    this.leaveR2 = this.reach * this.reach;
    this.sync = sync;
  }

  /** Starts (or, after a reconnect, restarts) a player's view from empty. */
  attach(playerId: string, view: StateView): void {
    this.players.set(playerId, { view, visible: new Set() });
  }

  detach(playerId: string): void {
    const p = this.players.get(playerId);
    if (!p) return;
    this.players.delete(playerId);
    p.view.dispose();
  }

  /** Ids currently in a player's view (for tests and the bandwidth floor). */
  visibleTo(playerId: string): ReadonlySet<number> | undefined {
    return this.players.get(playerId)?.visible;
  }

  update(world: World): InterestStats {
    const stats: InterestStats = { cellChanges: 0, cellsScanned: 0, candidates: 0, viewChanges: 0 };
    this.indexEntities(world, stats);
    for (const [id, p] of this.players) this.updatePlayer(world, id, p, stats);
    return stats;
  }

  private indexEntities(world: World, stats: InterestStats): void {
    for (const list of this.byOwner.values()) list.length = 0;
    for (const e of world.entities.values()) {
      if (this.grid.upsert(e.id, e.x, e.y)) stats.cellChanges++;
      this.known.add(e.id);
      if (e.owner !== "") {
        const list = this.byOwner.get(e.owner);
        if (list) list.push(e);
        else this.byOwner.set(e.owner, [e]);
      }
    }
    if (this.known.size === world.entities.size) return;
    for (const id of this.known) {
      if (world.entities.has(id)) continue;
      // Gone from the world (and from the schema map, which tells the views).
      this.known.delete(id);
      this.grid.remove(id);
      for (const p of this.players.values()) p.visible.delete(id);
    }
  }

  private updatePlayer(world: World, playerId: string, p: PlayerInterest, stats: InterestStats): void {
    const own = this.byOwner.get(playerId) ?? [];
    const next = this.next;
    next.clear();
    this.cells.clear();
    const sources: Entity[] = [];
    for (const e of own) {
      next.add(e.id);
      if (!isAlive(e)) continue;
      sources.push(e);
      this.grid.cellsInCircle(e.x, e.y, this.reach, this.cells);
    }
    stats.cellsScanned += this.cells.size;
    for (const cell of this.cells) {
      for (const id of this.grid.idsIn(cell)) {
        if (next.has(id)) continue;
        const e = world.entities.get(id);
        if (!e) continue;
        stats.candidates++;
        // Hysteresis: entering needs the radius, staying needs radius + hysteresis.
        const limit = p.visible.has(id) ? this.leaveR2 : this.enterR2;
        if (withinAny(sources, e.x, e.y, limit)) next.add(id);
      }
    }
    for (const id of p.visible) {
      if (next.has(id)) continue;
      const se = this.sync.entity(id);
      if (se) p.view.remove(se);
      stats.viewChanges++;
    }
    for (const id of next) {
      if (p.visible.has(id)) continue;
      const se = this.sync.entity(id);
      if (!se) continue;
      p.view.add(se);
      stats.viewChanges++;
    }
    // Swap buffers: `next` becomes the visible set, the old set is reused next tick.
    this.next = p.visible;
    p.visible = next;
  }
}

function withinAny(sources: Entity[], x: number, y: number, limit2: number): boolean {
  for (const s of sources) {
    const dx = s.x - x;
    const dy = s.y - y;
    if (dx * dx + dy * dy <= limit2) return true;
  }
  return false;
}
