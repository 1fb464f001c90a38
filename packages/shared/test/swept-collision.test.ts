import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES, defaultRulesWith, type Rules } from "../src/rules/index.ts";
import { hitsWall, moveCommander, slide } from "../src/sim/index.ts";

// Movement must never carry anything through a wall, whatever one tick's step
// is: a 700-speed commander at 2 Hz steps 350 units, more than a default wall
// is thick (296).

function rulesWith(patch: unknown): Rules {
  return defaultRulesWith(patch);
}

/** Whether the L-shaped path slide takes (x first, then y) overlaps a wall, sampled finely. */
function pathCrossesWall(
  rules: Rules,
  from: { x: number; y: number },
  to: { x: number; y: number },
  r: number,
) {
  const steps = 200;
  for (let i = 0; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps;
    if (hitsWall(rules, x, from.y, r)) return true;
  }
  for (let i = 0; i <= steps; i++) {
    const y = from.y + ((to.y - from.y) * i) / steps;
    if (hitsWall(rules, to.x, y, r)) return true;
  }
  return false;
}

describe("swept collision", () => {
  it("a fast commander on a slow tick does not walk through the default wall", () => {
    const rules = rulesWith({ ticks: { criticalHz: 2, ambientHz: 1 }, commander: { speed: 700 } });
    // Just left of the wall at x 1900..2196, y 600..1500: one 350-unit step
    // would end at 2220, clear of the wall's far side (2196 + radius 20).
    let p = { x: 1870, y: 1000 };
    for (let i = 0; i < 10; i++) p = moveCommander(rules, p, 1, 0);
    expect(p.x).toBeLessThan(1900);
  });

  it("property: no step of any size at any tick rate passes through a wall", () => {
    const wall = fc.record({
      x: fc.integer({ min: 100, max: 3800 }),
      y: fc.integer({ min: 100, max: 3800 }),
      w: fc.integer({ min: 1, max: 300 }),
      h: fc.integer({ min: 1, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.array(wall, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 4, max: 40 }),
        fc.record({ x: fc.integer({ min: 50, max: 4046 }), y: fc.integer({ min: 50, max: 4046 }) }),
        fc.array(
          fc.record({ dx: fc.integer({ min: -900, max: 900 }), dy: fc.integer({ min: -900, max: 900 }) }),
          {
            minLength: 1,
            maxLength: 20,
          },
        ),
        (walls, r, start, moves) => {
          // Straight into a Rules object: random walls need not make a playable map here.
          const rules: Rules = { ...DEFAULT_RULES, map: { ...DEFAULT_RULES.map, walls } };
          fc.pre(!hitsWall(rules, start.x, start.y, r));
          let p = start;
          for (const m of moves) {
            const next = slide(rules, p, m.dx, m.dy, r);
            expect(pathCrossesWall(rules, p, next, r)).toBe(false);
            p = next;
          }
        },
      ),
      { numRuns: 200, seed: 42 },
    );
  });
});
