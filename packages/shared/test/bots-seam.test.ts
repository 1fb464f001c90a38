import { describe, expect, it } from "vitest";
import {
  BotBrain,
  brainContext,
  PLAY_STRATEGIES,
  SimSeat,
  WorldSight,
  WorldView,
} from "../src/bots/index.ts";
import type { BotContext, BotView } from "../src/bots/seam.ts";
import type { Action } from "../src/protocol/actions.ts";
import { defaultRulesWith } from "../src/rules/index.ts";
import { addPlayer, createWorld, hashWorld, isUnitKind, Kind, step, type World } from "../src/sim/index.ts";

const RULES = defaultRulesWith({
  players: { lobbyWaitSeconds: 0 },
  match: { durationSeconds: 90 },
});
const MIX = ["aggressor", "trainer", "gatherer", "wanderer", "aggressor", "trainer", "gatherer", "idle"];

/** Plays a match of sim seats; returns the world and every action each seat sent, by tick. */
function play(seed: number, botSeed: number): { world: World; sent: string[] } {
  const world = createWorld(RULES, seed);
  const sight = new WorldSight(world);
  const queues = new Map<string, Action[]>();
  const sent: string[] = [];
  const seats = MIX.map((name, i) => {
    const id = `p${i}`;
    addPlayer(world, id, id);
    queues.set(id, []);
    return new SimSeat(sight, id, PLAY_STRATEGIES[name]!(), botSeed + i, (a) => {
      queues.get(id)!.push(a);
      sent.push(`${world.tick}:${id}:${JSON.stringify(a)}`);
    });
  });
  while (world.phase !== "ended") {
    step(world, queues);
    for (const s of seats) s.think();
  }
  return { world, sent };
}

describe("bot strategies over the seam, driving the sim", () => {
  it("make the same choices at the same ticks with the same seeds, and others with another bot seed", () => {
    const a = play(7, 100);
    const b = play(7, 100);
    const c = play(7, 200);
    expect(a.sent.length).toBeGreaterThan(1000);
    expect(b.sent).toEqual(a.sent);
    expect(hashWorld(b.world)).toBe(hashWorld(a.world));
    expect(c.sent).not.toEqual(a.sent);
  });

  it("play: units are trained, gold is gathered beyond the passive income, the idle seat sends nothing", () => {
    const { world, sent } = play(3, 1);
    const trained = sent.filter((s) => s.includes('"train"')).length;
    expect(trained).toBeGreaterThan(5);
    expect(sent.some((s) => s.includes(":p7:"))).toBe(false);
    const units = [...world.entities.values()].filter((e) => isUnitKind(e.kind));
    expect(units.length).toBeGreaterThan(0);
    expect(world.ranking.length).toBe(8);
  });
});

describe("WorldView", () => {
  it("shows own entities always, others only within the vision radius of a living own entity", () => {
    const world = createWorld(defaultRulesWith({ creeps: { count: 0 } }), 1);
    addPlayer(world, "a", "a");
    addPlayer(world, "b", "b");
    const sight = new WorldSight(world);
    const view = new WorldView(sight, "a");
    const ids = (v: BotView) => {
      const out: number[] = [];
      v.forEachEntity((e) => out.push(e.id));
      return out;
    };
    const a = world.entities.get(world.players.get("a")!.commanderId)!;
    const b = world.entities.get(world.players.get("b")!.commanderId)!;
    expect(ids(view)).toContain(a.id);
    expect(ids(view)).not.toContain(b.id);
    // Next tick b walks within sight: the view follows the world's tick.
    b.x = a.x + RULES.vision.radius - 1;
    b.y = a.y;
    world.tick++;
    expect(ids(view)).toContain(b.id);
    // A dead commander sees nothing but its own.
    a.hp = 0;
    world.tick++;
    expect(ids(view)).toContain(a.id);
    expect(ids(view)).not.toContain(b.id);
    const seenKinds = new Set<number>();
    view.forEachEntity((e) => seenKinds.add(e.kind));
    expect(seenKinds.has(Kind.Commander)).toBe(true);
  });
});

describe("BotBrain", () => {
  it("thinks once per server tick and numbers ticks from the first server tick it played", () => {
    const ticks: number[] = [];
    const brain = new BotBrain<BotContext>(
      { name: "probe", honest: true, think: (ctx) => ticks.push(ctx.tick) },
      1,
    );
    const ctx = brainContext(brain, { view: {} as BotView, rules: RULES, act: {} as BotContext["act"] });
    for (const t of [500, 500, 501, 503, 502, 504]) brain.thinkAt(t, ctx);
    expect(ticks).toEqual([1, 2, 4, 5]);
    brain.newMatch();
    brain.thinkAt(9, ctx);
    expect(ticks.at(-1)).toBe(1);
  });
});
