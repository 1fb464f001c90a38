import type { Rules } from "../rules/index.ts";
import type { Point } from "../sim/geometry.ts";
import { Kind } from "../sim/kinds.ts";
import type { BotContext, BotView, SeenEntity, Strategy } from "./seam.ts";

/** Within this many world units of a goal, the commander stops walking. */
export const ARRIVED = 24;

/** The own commander when alive and visible. */
export function liveCommander(view: BotView): SeenEntity | undefined {
  const c = view.commander();
  return c && c.hp > 0 ? c : undefined;
}

/** Own living units' ids, in the order the view lists them. */
export function ownUnits(view: BotView): number[] {
  const ids: number[] = [];
  view.forEachEntity((e) => {
    if (e.owner === view.playerId && e.kind >= Kind.FirstUnit && e.hp > 0) ids.push(e.id);
  });
  // Sorted, so the same units in another container order give the same orders.
  return ids.sort((a, b) => a - b);
}

/** The nearest visible entity to `from` that passes `keep`, with its distance (ties: lower id). */
export function nearest(
  view: BotView,
  from: Point,
  keep: (e: SeenEntity) => boolean,
): { entity: SeenEntity; distance: number } | null {
  let best: SeenEntity | null = null;
  let bestD = Number.POSITIVE_INFINITY;
  view.forEachEntity((e) => {
    if (!keep(e)) return;
    const d = Math.hypot(e.x - from.x, e.y - from.y);
    if (d < bestD || (d === bestD && best !== null && e.id < best.id)) {
      bestD = d;
      best = e;
    }
  });
  return best ? { entity: best, distance: bestD } : null;
}

/** Another player's living commander or unit. */
export function isEnemy(view: BotView, e: SeenEntity): boolean {
  return e.owner !== "" && e.owner !== view.playerId && e.hp > 0;
}

/** A random point inside the map, away from its edges. */
export function randomPoint(rules: Rules, random: () => number, margin = 200): Point {
  const { width, height } = rules.map;
  return { x: margin + random() * (width - 2 * margin), y: margin + random() * (height - 2 * margin) };
}

/** A whole-unit point within `spread` / 2 of `from` on each axis, `margin` inside the map. */
export function pointNear(
  rules: Rules,
  from: Point,
  spread: number,
  margin: number,
  random: () => number,
): Point {
  const { width, height } = rules.map;
  const x = Math.round(Math.min(width - margin, Math.max(margin, from.x + (random() - 0.5) * spread)));
  const y = Math.round(Math.min(height - margin, Math.max(margin, from.y + (random() - 0.5) * spread)));
  return { x, y };
}

/**
 * An honest player whose every decision starts from its own living
 * commander: `think` gets it and the Walker that moves it, and is skipped
 * while the commander is dead.
 */
export function commanderStrategy(
  name: string,
  think: (ctx: BotContext, commander: SeenEntity, walker: Walker) => void,
): Strategy {
  const walker = new Walker();
  return {
    name,
    honest: true,
    think(ctx: BotContext) {
      const c = liveCommander(ctx.view);
      if (c) think(ctx, c, walker);
    },
  };
}

/**
 * Walks the commander toward a goal, one move per tick, like a player holding
 * the arrow keys. Notices when a wall holds it still.
 */
export class Walker {
  goal: Point | null = null;
  private last: Point | null = null;
  private stillFor = 0;

  /** Sends this tick's move; true while still on the way. */
  step(ctx: BotContext, commander: SeenEntity): boolean {
    if (!this.goal) return false;
    const dxw = this.goal.x - commander.x;
    const dyw = this.goal.y - commander.y;
    if (Math.hypot(dxw, dyw) < ARRIVED) return false;
    const dx = Math.sign(Math.round(dxw / ARRIVED)) as -1 | 0 | 1;
    const dy = Math.sign(Math.round(dyw / ARRIVED)) as -1 | 0 | 1;
    ctx.act.move(dx, dy);
    if (this.last && Math.hypot(this.last.x - commander.x, this.last.y - commander.y) < 1) this.stillFor++;
    else this.stillFor = 0;
    this.last = { x: commander.x, y: commander.y };
    return true;
  }

  /** True after a second and a half without moving while walking: a wall is in the way. */
  get stuck(): boolean {
    return this.stillFor > 15;
  }

  to(goal: Point): void {
    this.goal = goal;
    this.stillFor = 0;
  }

  /**
   * Walks between random points of the map: a new one on arrival, when a wall
   * holds the commander still, and on a whim with chance `whim` a tick.
   */
  roam(ctx: BotContext, commander: SeenEntity, whim: number): void {
    if (this.step(ctx, commander) && !this.stuck && ctx.random() >= whim) return;
    this.to(randomPoint(ctx.rules, () => ctx.random()));
    this.step(ctx, commander);
  }
}

/** The most expensive unit kind the gold pays for, or null (ties: the first in the rules). */
export function affordableUnit(rules: Rules, gold: number): string | null {
  let best: string | null = null;
  let cost = -1;
  for (const [kind, u] of Object.entries(rules.units)) {
    if (u.cost <= gold && u.cost > cost) {
      best = kind;
      cost = u.cost;
    }
  }
  return best;
}
