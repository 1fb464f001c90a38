import type { Rules } from "@octet/shared/rules";
import { Kind, MatchPhase, nextRandom, type PublicEntity, seedFrom } from "@octet/shared/sim";
import type { Unsequenced } from "../net/connection.ts";

/** The entity fields a bot reads. */
export type EntityLike = Omit<PublicEntity, "gold">;

/**
 * What a bot needs from a connection: the decoded state, the rules and a way
 * to send. MatchConnection provides it; benchmarks plug in other wire formats.
 */
export interface BotLink {
  readonly rules: Rules;
  readonly playerId: string;
  readonly state: {
    phase: number;
    players: { get(id: string): { gold: number; commanderId: number } | undefined };
    entities: {
      get(id: string): EntityLike | undefined;
      forEach(fn: (e: EntityLike) => void): void;
    };
  };
  send(action: Unsequenced): number;
}

/** How busy a Bot is. */
export interface BotPace {
  /** try to train a unit every this many ticks */
  trainEvery: number;
  /** re-order units every this many ticks */
  orderEvery: number;
}

export const DEFAULT_PACE: BotPace = { trainEvery: 20, orderEvery: 30 };

/**
 * A minimal playing bot at a fixed pace, for the wire and client benchmarks
 * (bench/net, bench/client), which plug in other wire formats through
 * BotLink: walks its commander between random waypoints, trains units when it
 * can pay, and sends them at the nearest enemy it can see. The bots CLI's
 * players are HeadlessBot with a strategy from strategies/.
 */
export class Bot {
  readonly conn: BotLink;
  private readonly pace: BotPace;
  private readonly rng: { rng: number };
  private timer: ReturnType<typeof setInterval> | null = null;
  private ticks = 0;
  private waypoint: { x: number; y: number } | null = null;

  constructor(conn: BotLink, seed: number, pace: BotPace = DEFAULT_PACE) {
    this.conn = conn;
    this.pace = pace;
    this.rng = { rng: seedFrom(seed) };
  }

  start(): void {
    if (this.timer) return;
    this.timer = setInterval(() => this.think(), 1000 / this.conn.rules.ticks.criticalHz);
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private random(): number {
    return nextRandom(this.rng);
  }

  private think(): void {
    const state = this.conn.state;
    if (state.phase !== MatchPhase.Playing) return;
    this.ticks++;
    const me = state.players.get(this.conn.playerId);
    if (!me) return;
    const commander = state.entities.get(String(me.commanderId));
    if (!commander || commander.hp === 0) return;
    this.walk(commander);
    if (this.ticks % this.pace.trainEvery === 0) this.train(me.gold);
    if (this.ticks % this.pace.orderEvery === Math.floor(this.pace.orderEvery / 2)) this.order(commander);
  }

  private walk(c: EntityLike): void {
    const { width, height } = this.conn.rules.map;
    if (
      !this.waypoint ||
      Math.hypot(this.waypoint.x - c.x, this.waypoint.y - c.y) < 40 ||
      this.random() < 0.01
    ) {
      this.waypoint = { x: 200 + this.random() * (width - 400), y: 200 + this.random() * (height - 400) };
    }
    const dx = Math.sign(Math.round((this.waypoint.x - c.x) / 20)) as -1 | 0 | 1;
    const dy = Math.sign(Math.round((this.waypoint.y - c.y) / 20)) as -1 | 0 | 1;
    if (dx !== 0 || dy !== 0) this.conn.send({ kind: "commanderMove", dx, dy });
  }

  private train(gold: number): void {
    const affordable = Object.entries(this.conn.rules.units).filter(([, u]) => u.cost <= gold);
    if (affordable.length === 0) return;
    const [kind] = affordable[Math.floor(this.random() * affordable.length)]!;
    this.conn.send({ kind: "train", unitKind: kind });
  }

  private order(c: EntityLike): void {
    const mine: number[] = [];
    let enemy: EntityLike | null = null;
    let best = Number.POSITIVE_INFINITY;
    this.conn.state.entities.forEach((e) => {
      if (e.owner === this.conn.playerId) {
        if (e.kind >= Kind.FirstUnit) mine.push(e.id);
        return;
      }
      if (e.kind === Kind.Resource || e.hp === 0) return;
      const d = Math.hypot(e.x - c.x, e.y - c.y);
      if (d < best) {
        best = d;
        enemy = e;
      }
    });
    if (mine.length === 0) return;
    const unitIds = mine.slice(0, this.conn.rules.limits.maxUnitsPerOrder);
    const target = enemy as EntityLike | null;
    if (target && best < 900) this.conn.send({ kind: "attack", unitIds, targetId: target.id });
    else {
      // No enemy near: the army roams around its commander.
      const { width, height } = this.conn.rules.map;
      const x = Math.round(Math.min(width - 20, Math.max(20, c.x + (this.random() - 0.5) * 1200)));
      const y = Math.round(Math.min(height - 20, Math.max(20, c.y + (this.random() - 0.5) * 1200)));
      this.conn.send({ kind: "moveUnits", unitIds, x, y });
    }
  }
}
