import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_RULES,
  DEFAULT_RULES_DOCUMENT,
  parseRules,
  RulesError,
  safeParseRules,
} from "../src/rules/index.ts";
import { problemsOf, withEdit } from "./support/rules-problems.ts";

/** Every numeric leaf of the default document, with its dotted path. */
function numericLeaves(doc: unknown, path: string[] = []): Array<{ path: string[]; value: number }> {
  if (typeof doc === "number") return [{ path, value: doc }];
  if (Array.isArray(doc)) return doc.flatMap((v, i) => numericLeaves(v, [...path, String(i)]));
  if (typeof doc === "object" && doc !== null)
    return Object.entries(doc).flatMap(([k, v]) => numericLeaves(v, [...path, k]));
  return [];
}

function setAt(doc: unknown, path: string[], value: unknown): unknown {
  const copy = structuredClone(doc) as Record<string, unknown>;
  let cur: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) cur = cur[key] as Record<string, unknown>;
  cur[path[path.length - 1]!] = value;
  return copy;
}

describe("rules validation", () => {
  it("accepts the default document", () => {
    expect(safeParseRules(DEFAULT_RULES_DOCUMENT).ok).toBe(true);
    expect(DEFAULT_RULES.units.archer!.range).toBe(220);
  });

  it("names the exact setting and the bad value", () => {
    expect(problemsOf(withEdit({ units: { archer: { range: -3 } } }))).toEqual([
      "units.archer.range: expected a positive number, got -3",
    ]);
    expect(problemsOf(withEdit({ map: { width: 1.5 } }))).toEqual([
      "map.width: expected a whole number from 1 to 8192, got 1.5",
    ]);
    expect(problemsOf(withEdit({ commander: { speed: "fast" } }))).toEqual([
      'commander.speed: expected a positive number, got "fast"',
    ]);
    expect(problemsOf(withEdit({ map: { walls: [{ x: 1, y: 2, w: 0, h: 5 }] } }))).toEqual([
      "map.walls.0.w: expected a positive number, got 0",
    ]);
  });

  it("reports every problem at once, not just the first", () => {
    const problems = problemsOf(
      withEdit({
        units: { soldier: { hp: 0, cost: -1 } },
        players: { max: 9 },
        creeps: { count: 10000 },
      }),
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        "units.soldier.hp: expected a whole number from 1 to 65535, got 0",
        "units.soldier.cost: expected a number >= 0, got -1",
        "players.max: expected a whole number from 1 to 8, got 9",
        "creeps.count: expected a whole number from 0 to 512, got 10000",
      ]),
    );
    expect(problems).toHaveLength(4);
  });

  it("flags misspelt and missing settings by path", () => {
    expect(problemsOf(withEdit({ vision: { raduis: 100 } }))).toEqual([
      "vision.raduis: unknown setting; did you mean radius?",
    ]);
    const doc = structuredClone(DEFAULT_RULES_DOCUMENT) as { match: Record<string, unknown> };
    delete doc.match.durationSeconds;
    expect(problemsOf(doc)).toEqual([
      "match.durationSeconds: expected a match length of at least 3 seconds, but it is missing",
    ]);
  });

  it("checks settings that depend on each other", () => {
    expect(problemsOf(withEdit({ ticks: { criticalHz: 10, ambientHz: 3 } }))).toEqual([
      "ticks.ambientHz: expected a divisor of ticks.criticalHz (10), got 3",
    ]);
    expect(problemsOf(withEdit({ players: { minToStart: 6, max: 4 } }))).toEqual([
      "players.minToStart: expected at most players.max (4), got 6",
    ]);
    expect(problemsOf(withEdit({ map: { width: 1000, height: 1000, walls: [] } }))).toEqual([
      "players.spawnRadius: expected at most half the map's smaller side (500), got 1500",
    ]);
  });

  it("rejects unit names a designer could not refer to", () => {
    const problems = problemsOf(withEdit({ units: { "Heavy Knight": DEFAULT_RULES.units.soldier } }));
    expect(problems).toEqual([
      'units.Heavy Knight: expected a unit name of lowercase letters, digits or _, got "Heavy Knight"',
    ]);
  });

  it("throws a RulesError naming the source and listing every problem", () => {
    let caught: unknown;
    try {
      parseRules(withEdit({ units: { archer: { range: -3 } }, map: { height: 0 } }), "my-rules.json");
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(RulesError);
    const err = caught as RulesError;
    expect(err.message).toContain("my-rules.json has 2 problem(s)");
    expect(err.problems.map((p) => p.path).sort()).toEqual(["map.height", "units.archer.range"]);
  });

  it("any negative number in any numeric setting is reported at that setting's path", () => {
    const leaves = numericLeaves(DEFAULT_RULES_DOCUMENT);
    fc.assert(
      fc.property(
        fc.constantFrom(...leaves),
        fc.double({ min: -1e6, max: -1e-3, noNaN: true }),
        (leaf, bad) => {
          const result = safeParseRules(setAt(DEFAULT_RULES_DOCUMENT, leaf.path, bad));
          expect(result.ok).toBe(false);
          if (result.ok) return;
          const paths = result.problems.map((p) => p.path);
          expect(paths).toContain(leaf.path.join("."));
          const mine = result.problems.find((p) => p.path === leaf.path.join("."))!;
          expect(mine.message).toContain(`got ${bad}`);
        },
      ),
      { numRuns: 200 },
    );
    // 200 full validations, map checks included: a generous limit for a loaded machine.
  }, 30_000);

  it("never throws from safeParseRules, whatever the document", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (doc) => {
        const result = safeParseRules(doc);
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});
