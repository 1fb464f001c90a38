import { hitsWall } from "../sim/geometry.ts";
import { plannedSpawn } from "../sim/world.ts";
import type { RulesProblem } from "./parse.ts";

type Doc = Record<string, unknown>;

/**
 * Reads settings of a document that may hold errors elsewhere: a value is
 * handed out only when no problem touches its path, so checks that relate
 * settings run even while other settings are broken.
 */
class Reader {
  private readonly doc: unknown;
  private readonly bad: string[];
  constructor(doc: unknown, problems: readonly RulesProblem[]) {
    this.doc = doc;
    this.bad = problems.map((p) => p.path);
  }
  get(path: string): unknown {
    if (this.bad.some((b) => b === path || b.startsWith(`${path}.`) || path.startsWith(`${b}.`) || b === ""))
      return undefined;
    let cur: unknown = this.doc;
    for (const k of path.split(".")) {
      if (typeof cur !== "object" || cur === null) return undefined;
      cur = (cur as Doc)[k];
    }
    return cur;
  }
  num(path: string): number | undefined {
    const v = this.get(path);
    return typeof v === "number" ? v : undefined;
  }
}

interface Wall {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Rules that relate two or more settings, and whether the map can be played:
 * spawn points clear of walls and joined by a path. Each check runs when the
 * settings it reads are valid on their own, whatever else is wrong.
 */
export function crossChecks(doc: unknown, problems: readonly RulesProblem[]): RulesProblem[] {
  const r = new Reader(doc, problems);
  const out: RulesProblem[] = [];
  const critical = r.num("ticks.criticalHz");
  const ambient = r.num("ticks.ambientHz");
  if (critical !== undefined && ambient !== undefined && (ambient > critical || critical % ambient !== 0)) {
    out.push({
      path: "ticks.ambientHz",
      message: `expected a divisor of ticks.criticalHz (${critical}), got ${ambient}`,
    });
  }
  const max = r.num("players.max");
  const minToStart = r.num("players.minToStart");
  if (max !== undefined && minToStart !== undefined && minToStart > max) {
    out.push({
      path: "players.minToStart",
      message: `expected at most players.max (${max}), got ${minToStart}`,
    });
  }
  const guardRadius = r.num("orders.guardRadius");
  const guardLeash = r.num("orders.guardLeash");
  // A leash shorter than the radius would drop every target the moment it is picked.
  if (guardRadius !== undefined && guardLeash !== undefined && guardLeash < guardRadius) {
    out.push({
      path: "orders.guardLeash",
      message: `expected at least orders.guardRadius (${guardRadius}), got ${guardLeash}`,
    });
  }
  const width = r.num("map.width");
  const height = r.num("map.height");
  const walls = r.get("map.walls") as Wall[] | undefined;
  if (width === undefined || height === undefined) return out;
  walls?.forEach((w, i) => {
    if (w.x + w.w > width || w.y + w.h > height) {
      out.push({
        path: `map.walls.${i}`,
        message: `expected a wall inside the ${width} x ${height} map, got one reaching (${w.x + w.w}, ${w.y + w.h})`,
      });
    }
  });
  const spawnRadius = r.num("players.spawnRadius");
  if (spawnRadius !== undefined && spawnRadius * 2 > Math.min(width, height)) {
    out.push({
      path: "players.spawnRadius",
      message: `expected at most half the map's smaller side (${Math.min(width, height) / 2}), got ${spawnRadius}`,
    });
    return out;
  }
  const radius = r.num("commander.radius");
  if (walls === undefined || spawnRadius === undefined || radius === undefined || max === undefined)
    return out;
  out.push(...playability({ width, height, walls }, spawnRadius, radius, max));
  return out;
}

/** Spawn points clear of walls, and every one reachable on foot from the first. */
function playability(
  map: { width: number; height: number; walls: Wall[] },
  spawnRadius: number,
  radius: number,
  seats: number,
): RulesProblem[] {
  const out: RulesProblem[] = [];
  const rules = { map };
  const spawns = Array.from({ length: seats }, (_, slot) => plannedSpawn(map, spawnRadius, slot));
  spawns.forEach((s, slot) => {
    if (!hitsWall(rules, s.x, s.y, radius)) return;
    const i = map.walls.findIndex((w) => hitsWall({ map: { walls: [w] } }, s.x, s.y, radius));
    out.push({
      path: `map.walls.${i}`,
      message: `covers seat ${slot}'s spawn point (${s.x}, ${s.y}); move the wall or change players.spawnRadius`,
    });
  });
  if (out.length > 0) return out;
  // Flood fill over a grid of commander-sized cells (at most 256 a side).
  const cell = Math.max(radius, Math.max(map.width, map.height) / 256);
  const cols = Math.floor(map.width / cell);
  const rows = Math.floor(map.height / cell);
  // Blocked cells, wall by wall: only the cells under a wall (grown by the radius) are tested.
  const blocked = new Uint8Array(cols * rows);
  for (const w of map.walls) {
    const x0 = Math.max(0, Math.floor((w.x - radius) / cell));
    const x1 = Math.min(cols - 1, Math.floor((w.x + w.w + radius) / cell));
    const y0 = Math.max(0, Math.floor((w.y - radius) / cell));
    const y1 = Math.min(rows - 1, Math.floor((w.y + w.h + radius) / cell));
    const one = { map: { walls: [w] } };
    for (let cy = y0; cy <= y1; cy++)
      for (let cx = x0; cx <= x1; cx++)
        if (hitsWall(one, (cx + 0.5) * cell, (cy + 0.5) * cell, radius)) blocked[cy * cols + cx] = 1;
  }
  const free = (cx: number, cy: number) => {
    const x = (cx + 0.5) * cell;
    const y = (cy + 0.5) * cell;
    const inside = x >= radius && y >= radius && x <= map.width - radius && y <= map.height - radius;
    return inside && !blocked[cy * cols + cx];
  };
  const seen = new Uint8Array(cols * rows);
  const cellOf = (p: { x: number; y: number }) =>
    Math.min(rows - 1, Math.floor(p.y / cell)) * cols + Math.min(cols - 1, Math.floor(p.x / cell));
  const stack = [cellOf(spawns[0]!)];
  seen[stack[0]!] = 1;
  while (stack.length > 0) {
    const c = stack.pop()!;
    const cx = c % cols;
    const cy = (c - cx) / cols;
    for (const [nx, ny] of [
      [cx + 1, cy],
      [cx - 1, cy],
      [cx, cy + 1],
      [cx, cy - 1],
    ] as const) {
      if (nx < 0 || ny < 0 || nx >= cols || ny >= rows) continue;
      const n = ny * cols + nx;
      if (seen[n] || !free(nx, ny)) continue;
      seen[n] = 1;
      stack.push(n);
    }
  }
  // A spawn point near a wall may sit in a cell whose centre is not free: its neighbours count.
  const reached = (p: { x: number; y: number }) => {
    for (const dx of [-cell, 0, cell])
      for (const dy of [-cell, 0, cell]) {
        const x = Math.min(map.width - 1, Math.max(0, p.x + dx));
        const y = Math.min(map.height - 1, Math.max(0, p.y + dy));
        if (seen[cellOf({ x, y })]) return true;
      }
    return false;
  };
  spawns.forEach((s, slot) => {
    if (slot === 0 || reached(s)) return;
    out.push({
      path: "map.walls",
      message: `leave no path from seat 0's spawn point to seat ${slot}'s (${s.x}, ${s.y}) for a commander of radius ${radius}`,
    });
  });
  return out;
}
