import type { Rules } from "../rules/index.ts";
import { type Entity, isAlive, type World } from "../sim/world.ts";
import type { BotView, SeenEntity } from "./seam.ts";

/** Gold as the wire carries it (uint16, whole gold), so sim bots decide on the numbers network bots see. */
const wireGold = (v: number) => (v <= 0 ? 0 : v >= 65535 ? 65535 : Math.floor(v));

/**
 * Fog of war over a World, shared by every player's view of it and rebuilt
 * lazily once per tick: a player sees its own entities, and anything within
 * vision.radius of one of its living entities (the server's interest rule,
 * without the hysteresis that only saves bandwidth at the edge of sight).
 */
export class WorldSight {
  readonly world: World;
  private readonly cell: number;
  private readonly r2: number;
  private builtAt = -1;
  private readonly cells = new Map<number, Entity[]>();
  private readonly byOwner = new Map<string, Entity[]>();
  private readonly seen = new Map<string, { tick: number; list: Entity[] }>();

  constructor(world: World) {
    this.world = world;
    this.cell = Math.max(32, world.rules.vision.radius);
    this.r2 = world.rules.vision.radius * world.rules.vision.radius;
  }

  /** What `playerId` sees this tick, in the world's entity order. */
  visibleTo(playerId: string): readonly Entity[] {
    const cached = this.seen.get(playerId);
    if (cached && cached.tick === this.world.tick) return cached.list;
    this.index();
    const list = this.compute(playerId);
    this.seen.set(playerId, { tick: this.world.tick, list });
    return list;
  }

  private key(cx: number, cy: number): number {
    return cx * 65536 + cy;
  }

  private index(): void {
    if (this.builtAt === this.world.tick) return;
    this.builtAt = this.world.tick;
    this.cells.clear();
    this.byOwner.clear();
    for (const e of this.world.entities.values()) {
      const k = this.key(Math.floor(e.x / this.cell), Math.floor(e.y / this.cell));
      const list = this.cells.get(k);
      if (list) list.push(e);
      else this.cells.set(k, [e]);
      if (e.owner === "") continue;
      const own = this.byOwner.get(e.owner);
      if (own) own.push(e);
      else this.byOwner.set(e.owner, [e]);
    }
  }

  private compute(playerId: string): Entity[] {
    const own = this.byOwner.get(playerId) ?? [];
    const visible = new Set<Entity>(own);
    // Each sighted cell is scanned once, against the sources that can reach it.
    const sourcesByCell = new Map<number, Entity[]>();
    for (const s of own) {
      if (!isAlive(s)) continue;
      const cx = Math.floor(s.x / this.cell);
      const cy = Math.floor(s.y / this.cell);
      for (let x = cx - 1; x <= cx + 1; x++) {
        for (let y = cy - 1; y <= cy + 1; y++) {
          const k = this.key(x, y);
          const list = sourcesByCell.get(k);
          if (list) list.push(s);
          else sourcesByCell.set(k, [s]);
        }
      }
    }
    for (const [k, sources] of sourcesByCell) {
      for (const e of this.cells.get(k) ?? []) {
        if (visible.has(e)) continue;
        for (const s of sources) {
          const dx = s.x - e.x;
          const dy = s.y - e.y;
          if (dx * dx + dy * dy <= this.r2) {
            visible.add(e);
            break;
          }
        }
      }
    }
    // World order (ids ascending), whatever order the cells were scanned in.
    return [...visible].sort((a, b) => a.id - b.id);
  }
}

/** One player's BotView of a World: what a sim bot or a server seat sees. */
export class WorldView implements BotView {
  readonly playerId: string;
  private readonly sight: WorldSight;

  constructor(sight: WorldSight, playerId: string) {
    this.sight = sight;
    this.playerId = playerId;
  }

  get rules(): Rules {
    return this.sight.world.rules;
  }

  get tick(): number {
    return this.sight.world.tick;
  }

  get gold(): number {
    return wireGold(this.sight.world.players.get(this.playerId)?.gold ?? 0);
  }

  commander(): SeenEntity | undefined {
    const p = this.sight.world.players.get(this.playerId);
    return p ? this.sight.world.entities.get(p.commanderId) : undefined;
  }

  forEachEntity(fn: (e: SeenEntity) => void): void {
    for (const e of this.sight.visibleTo(this.playerId)) fn(e);
  }
}
