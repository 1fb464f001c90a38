import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultRulesWith } from "../../shared/src/rules/index.ts";
import {
  addPlayer,
  createWorld,
  formationPoint,
  Kind,
  MatchPhase,
  spawnEntity,
} from "../../shared/src/sim/index.ts";
import { MatchState, StateSync } from "../../shared/src/state/index.ts";
import { ServerClock } from "../src/net/clock.ts";
import { RenderPolicy, teleportDistance } from "../src/net/render-policy.ts";

/** A synced state with two players, "me" and "them", and one unit of "them". */
function scene() {
  const world = createWorld(DEFAULT_RULES, 3);
  addPlayer(world, "me", "me");
  addPlayer(world, "them", "them");
  world.phase = "playing";
  const theirs = spawnEntity(world, Kind.FirstUnit, "them", 1000, 1000, 50);
  const c = world.entities.get(world.players.get("me")!.commanderId)!;
  const own = spawnEntity(world, Kind.FirstUnit, "me", c.x + 300, c.y, 50);
  const sync = new StateSync(new MatchState());
  sync.sync(world);
  const clock = new ServerClock(1000 / DEFAULT_RULES.ticks.criticalHz);
  const policy = new RenderPolicy(DEFAULT_RULES, clock, () => "me");
  const state = sync.state;
  const mine = state.entities.get(String(state.players.get("me")!.commanderId))!;
  const unit = state.entities.get(String(own.id))!;
  return { state, policy, mine, unit, theirs: state.entities.get(String(theirs.id))! };
}

describe("RenderPolicy", () => {
  it("draws the own commander where it is predicted, everyone else where the server had them", () => {
    const { state, policy, mine, theirs } = scene();
    expect(state.phase).toBe(MatchPhase.Playing);
    policy.snapshot(state, 0, 0, 0);
    expect(policy.position(mine, 0)).toEqual({ x: mine.x, y: mine.y });
    policy.moved(1, 1, 0);
    const drawn = policy.position(mine, 0);
    expect(drawn.x).toBeGreaterThan(mine.x); // ahead of the server: the input is applied at once
    expect(drawn.y).toBe(mine.y);
    expect(policy.position(theirs, 0)).toEqual({ x: theirs.x, y: theirs.y });
  });

  it("does not predict a commander that cannot move (the match not on)", () => {
    const { state, policy, mine } = scene();
    state.phase = MatchPhase.Waiting;
    policy.snapshot(state, 0, 0, 0);
    policy.moved(1, 1, 0);
    expect(policy.position(mine, 0)).toEqual({ x: mine.x, y: mine.y });
  });

  it("predicts a guard order: own units start for their slots around the drawn commander (slot i + 1)", () => {
    const { state, policy, mine, unit } = scene();
    policy.snapshot(state, 0, 0, 0);
    policy.guarded(7, [unit.id], state, 0);
    const slot = formationPoint(DEFAULT_RULES, 1, mine.x, mine.y, DEFAULT_RULES.units.soldier!.radius);
    const later = policy.position(unit, 1000);
    const start = Math.hypot(unit.x - slot.x, unit.y - slot.y);
    expect(Math.hypot(later.x - slot.x, later.y - slot.y)).toBeLessThan(start - 100);
    // A dead commander's guards hold on the server: nothing is predicted for them.
    const other = scene();
    other.mine.hp = 0;
    other.policy.snapshot(other.state, 0, 0, 0);
    other.policy.guarded(7, [other.unit.id], other.state, 0);
    expect(other.policy.position(other.unit, 1000)).toEqual({ x: other.unit.x, y: other.unit.y });
  });

  it("takes its teleport distance from the rules: three ticks of the fastest mover", () => {
    const fast = defaultRulesWith({ creeps: { speed: 900 } });
    expect(teleportDistance(fast)).toBeCloseTo((900 * 3) / fast.ticks.criticalHz);
    expect(teleportDistance(DEFAULT_RULES)).toBeLessThan(teleportDistance(fast));
  });
});
