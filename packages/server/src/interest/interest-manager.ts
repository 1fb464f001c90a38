import type { StateView } from "@colyseus/schema";
import type { Rules } from "@octet/shared/rules";
import { type Entity, isAlive, type World } from "@octet/shared/sim";
import type { StateSync } from "@octet/shared/state";
import { SpatialGrid } from "./spatial-grid.ts";
import type { SpatialIndex } from "./spatial-index.ts";

interface PlayerInterest {
  view: StateView;
  visible: Set<number>;
}

/** What updates did, counted only into an object the caller passes (benchmarks, tests). */
export interface InterestStats {
  /** entities the index had to move (new, or another cell) */
  reindexed: number;
  /** entities distance-checked, summed over players */
  candidates: number;
  /** view.add + view.remove calls */
  viewChanges: number;
}

/**
 * Keeps each player's StateView equal to what that player can see (fog of
 * war): its own entities always; anything else once within vision.radius of
 * one of its living entities, until it is farther than radius + hysteresis
 * from all of them. Per tick it asks the spatial index only about the circles
 * around each player's living entities, so the cost follows what is under
 * vision and what moved, not entities x players.
 */
export class InterestManager {
  private readonly index: SpatialIndex;
  private readonly players = new Map<string, PlayerInterest>();
  private readonly known = new Set<number>();
  private readonly enterR2: number;
  private readonly leaveR2: number;
  private readonly reach: number;
  private readonly sync: StateSync;
  // Scratch state reused every tick, so the per-tick path allocates nothing.
  private next = new Set<number>();
  private readonly byOwner = new Map<string, Entity[]>();
  private readonly sources: Entity[] = [];
  private stats: InterestStats | undefined;
  private world: World | undefined;
  private current: PlayerInterest | undefined;

  /** `index` defaults to a uniform grid of rules.vision.cellSize; any SpatialIndex will do. */
  constructor(rules: Rules, sync: StateSync, index?: SpatialIndex) {
    const { radius, hysteresis, cellSize } = rules.vision;
    this.index = index ?? new SpatialGrid(cellSize, rules.map.width, rules.map.height);
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

  /** Ids currently in a player's view (kill events, tests, the bandwidth floor). */
  visibleTo(playerId: string): ReadonlySet<number> | undefined {
    return this.players.get(playerId)?.visible;
  }

  /** Brings every view up to date with the world; counts into `stats` when given. */
  update(world: World, stats?: InterestStats): void {
    this.world = world;
    this.stats = stats;
    this.indexEntities(world);
    for (const [id, p] of this.players) this.updatePlayer(id, p);
    this.world = undefined;
    this.current = undefined;
  }

  private indexEntities(world: World): void {
    for (const list of this.byOwner.values()) list.length = 0;
    for (const e of world.entities.values()) {
      if (this.index.upsert(e.id, e.x, e.y) && this.stats) this.stats.reindexed++;
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
      this.index.remove(id);
      for (const p of this.players.values()) p.visible.delete(id);
    }
  }

  private updatePlayer(playerId: string, p: PlayerInterest): void {
    const next = this.next;
    next.clear();
    const sources = this.sources;
    sources.length = 0;
    for (const e of this.byOwner.get(playerId) ?? NONE) {
      next.add(e.id);
      if (isAlive(e)) sources.push(e);
    }
    this.current = p;
    if (sources.length > 0) this.index.forEachNear(sources, this.reach, this.consider);
    for (const id of p.visible) {
      if (next.has(id)) continue;
      const se = this.sync.entity(id);
      if (se) p.view.remove(se);
      if (this.stats) this.stats.viewChanges++;
    }
    for (const id of next) {
      if (p.visible.has(id)) continue;
      const se = this.sync.entity(id);
      if (!se) continue;
      p.view.add(se);
      if (this.stats) this.stats.viewChanges++;
    }
    // Swap buffers: `next` becomes the visible set, the old set is reused next tick.
    this.next = p.visible;
    p.visible = next;
  }

  /** One candidate from the index for the current player: in view next tick? */
  private readonly consider = (id: number): void => {
    if (this.next.has(id)) return;
    const e = this.world?.entities.get(id);
    if (!e) return;
    if (this.stats) this.stats.candidates++;
    // Hysteresis: entering needs the radius, staying needs radius + hysteresis.
    const limit = this.current?.visible.has(id) ? this.leaveR2 : this.enterR2;
    if (withinAny(this.sources, e.x, e.y, limit)) this.next.add(id);
  };
}

const NONE: readonly Entity[] = [];

function withinAny(sources: readonly Entity[], x: number, y: number, limit2: number): boolean {
  for (const s of sources) {
    const dx = s.x - x;
    const dy = s.y - y;
    if (dx * dx + dy * dy <= limit2) return true;
  }
  return false;
}
