import type { Rules } from "../rules/index.ts";
import { hitsWall, snap } from "./geometry.ts";
import { isUnitKind, Kind } from "./kinds.ts";
import type { Phase } from "./phase.ts";
import { randomRange, seedFrom } from "./rng.ts";

/**
 * A unit's order. An attack order remembers where its target was last seen
 * (lastX, lastY): while the target is out of sight the unit heads there, not
 * to the target's true position, which the fog hides. A guard order is a
 * standing one: `slot` is the unit's formation slot around its own commander,
 * `targetId` the hostile it is fighting off (0 while it follows).
 */
export type Order =
  | { type: "move"; x: number; y: number }
  | { type: "attack"; targetId: number; lastX: number; lastY: number }
  | { type: "guard"; slot: number; targetId: number };

/**
 * What anyone may know of an entity: the fields that travel to clients (as
 * EntityState). Client code that reads entities (bots, the debug hook) types
 * them with this, or a part of it, instead of declaring the shape again.
 */
export interface PublicEntity {
  id: number;
  /** a Kind code; unit kinds follow Kind.FirstUnit in rules order */
  kind: number;
  /** owning player id; "" for neutrals (creeps, resource nodes) */
  owner: string;
  x: number;
  y: number;
  hp: number;
  /** gold left in a resource node */
  gold: number;
}

export interface Entity extends PublicEntity {
  maxHp: number;
  /** ticks until this entity may attack again */
  cooldown: number;
  order: Order | null;
  /** tick at which a dead commander or creep comes back; 0 when alive */
  respawnTick: number;
  /** spawn point (commanders) or wander centre (creeps) */
  homeX: number;
  homeY: number;
}

export interface Player {
  id: string;
  name: string;
  slot: number;
  gold: number;
  score: number;
  kills: number;
  commanderId: number;
  /** highest seq applied by the simulation */
  lastSeq: number;
  /** commander moves banked: +1 per tick, capped; one move spends one */
  moveCredits: number;
  connected: boolean;
  /** left for good: kept only for the final ranking */
  left: boolean;
  /** a server-side bot filling an empty seat (shown as one to everyone) */
  bot: boolean;
}

export interface KillEvent {
  victimId: number;
  victimKind: number;
  victimOwner: string;
  killerId: number;
  killerOwner: string;
}

/** One blow struck this tick, for statistics (the balance lab) and effects; the sim never reads it. */
export interface HitEvent {
  attackerKind: number;
  attackerOwner: string;
  victimKind: number;
  victimOwner: string;
  /** hp actually taken (at most what the victim had left) */
  damage: number;
  /** this blow killed the victim */
  killed: boolean;
}

export interface RankEntry {
  rank: number;
  playerId: string;
  name: string;
  score: number;
  kills: number;
}

export interface World {
  rules: Rules;
  /** unit kind names in code order: unitKinds[i] has code Kind.FirstUnit + i */
  unitKinds: string[];
  tick: number;
  phase: Phase;
  /** waiting: tick the countdown ends (0 = no countdown); playing: tick the match ends */
  phaseEndTick: number;
  endReason: "" | "time" | "score" | "abandoned";
  ranking: RankEntry[];
  rng: number;
  nextId: number;
  entities: Map<number, Entity>;
  players: Map<string, Player>;
  /** events produced by the last step only */
  kills: KillEvent[];
  /** blows struck during the last step (statistics and effects only) */
  hits: HitEvent[];
}

export function createWorld(rules: Rules, seed: number): World {
  const world: World = {
    rules,
    unitKinds: Object.keys(rules.units),
    tick: 0,
    phase: "waiting",
    phaseEndTick: 0,
    endReason: "",
    ranking: [],
    rng: seedFrom(seed),
    nextId: 1,
    entities: new Map(),
    players: new Map(),
    kills: [],
    hits: [],
  };
  for (let i = 0; i < rules.resources.nodes; i++) {
    const p = freeSpot(world, 40);
    const e = spawnEntity(world, Kind.Resource, "", p.x, p.y, 1);
    e.gold = rules.resources.maxGold;
  }
  for (let i = 0; i < rules.creeps.count; i++) {
    const p = freeSpot(world, rules.creeps.radius);
    spawnEntity(world, Kind.Creep, "", p.x, p.y, rules.creeps.hp);
  }
  return world;
}

/** A random spot inside the map, away from walls and from the map's edge. */
export function freeSpot(world: World, r: number): { x: number; y: number } {
  const { width, height } = world.rules.map;
  const margin = Math.min(r * 4, width / 4, height / 4);
  for (let attempt = 0; attempt < 64; attempt++) {
    const x = snap(randomRange(world, margin, width - margin));
    const y = snap(randomRange(world, margin, height - margin));
    if (!hitsWall(world.rules, x, y, r)) return { x, y };
  }
  // A crowded map: the first free spot on a coarse scan, so nothing is placed inside a wall.
  const stepX = Math.max(r, width / 64);
  const stepY = Math.max(r, height / 64);
  for (let y = margin; y <= height - margin; y += stepY)
    for (let x = margin; x <= width - margin; x += stepX)
      if (!hitsWall(world.rules, snap(x), snap(y), r)) return { x: snap(x), y: snap(y) };
  return { x: snap(width / 2), y: snap(height / 2) };
}

export function spawnEntity(
  world: World,
  kind: number,
  owner: string,
  x: number,
  y: number,
  hp: number,
): Entity {
  const e: Entity = {
    id: world.nextId++,
    kind,
    owner,
    x,
    y,
    hp,
    maxHp: hp,
    cooldown: 0,
    order: null,
    gold: 0,
    respawnTick: 0,
    homeX: x,
    homeY: y,
  };
  world.entities.set(e.id, e);
  return e;
}

// Eight spawn directions around the map centre, as exact constants (no trig) so
// every engine computes the same spawn points.
const D = Math.SQRT1_2;
const SPAWN_DIRS: ReadonlyArray<readonly [number, number]> = [
  [-D, -D],
  [D, D],
  [D, -D],
  [-D, D],
  [0, -1],
  [0, 1],
  [-1, 0],
  [1, 0],
];

/** Where seat `slot` spawns by the rules (before any wall is taken into account). */
export function plannedSpawn(
  map: { width: number; height: number },
  spawnRadius: number,
  slot: number,
): { x: number; y: number } {
  const [dx, dy] = SPAWN_DIRS[slot % SPAWN_DIRS.length]!;
  return { x: snap(map.width / 2 + dx * spawnRadius), y: snap(map.height / 2 + dy * spawnRadius) };
}

export function spawnPoint(world: World, slot: number): { x: number; y: number } {
  let { x, y } = plannedSpawn(world.rules.map, world.rules.players.spawnRadius, slot);
  if (hitsWall(world.rules, x, y, world.rules.commander.radius)) {
    const p = freeSpot(world, world.rules.commander.radius);
    x = p.x;
    y = p.y;
  }
  return { x, y };
}

/** Adds a player and its commander. Returns the player, or null when the match is full. */
export function addPlayer(world: World, id: string, name: string): Player | null {
  const active = [...world.players.values()].filter((p) => !p.left);
  if (active.length >= world.rules.players.max) return null;
  const used = new Set(active.map((p) => p.slot));
  let slot = 0;
  while (used.has(slot)) slot++;
  const sp = spawnPoint(world, slot);
  const commander = spawnEntity(world, Kind.Commander, id, sp.x, sp.y, world.rules.commander.hp);
  const player: Player = {
    id,
    name: name || `Player ${slot + 1}`,
    slot,
    gold: world.rules.players.startGold,
    score: 0,
    kills: 0,
    commanderId: commander.id,
    lastSeq: 0,
    moveCredits: 1,
    connected: true,
    left: false,
    bot: false,
  };
  world.players.set(id, player);
  return player;
}

/**
 * Removes a player's entities for good. The player stays listed for the
 * final ranking, but only while it matters there: at most players.max
 * leavers are kept (the lowest-ranked one goes first), so endless join/leave
 * cycles cannot grow the player list, nor a newcomer's first state.
 */
export function removePlayer(world: World, id: string): void {
  const player = world.players.get(id);
  if (!player) return;
  for (const e of world.entities.values()) if (e.owner === id) world.entities.delete(e.id);
  player.left = true;
  player.connected = false;
  player.commanderId = 0;
  // Before the match starts nobody needs the record.
  if (world.phase === "waiting") {
    world.players.delete(id);
    return;
  }
  const leavers = [...world.players.values()].filter((p) => p.left);
  if (leavers.length <= world.rules.players.max) return;
  leavers.sort((a, b) => a.score - b.score || a.kills - b.kills || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  world.players.delete(leavers[0]!.id);
}

export function activePlayers(world: World): Player[] {
  return [...world.players.values()].filter((p) => !p.left);
}

export function isAlive(e: Entity): boolean {
  return e.hp > 0;
}

export function countUnits(world: World, owner: string): number {
  let n = 0;
  for (const e of world.entities.values()) if (e.owner === owner && isUnitKind(e.kind)) n++;
  return n;
}

export function ticksFor(world: World, seconds: number): number {
  return Math.max(0, Math.round(seconds * world.rules.ticks.criticalHz));
}

/** Critical ticks per ambient tick (10 Hz / 2 Hz = 5). */
export function ambientEvery(rules: Rules): number {
  return Math.max(1, Math.round(rules.ticks.criticalHz / rules.ticks.ambientHz));
}
