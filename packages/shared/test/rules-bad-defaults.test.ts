import { describe, expect, it, vi } from "vitest";

// A designer broke default-rules.json: loading the rules module must not throw
// (a raw stack trace at import), and a rules file that fixes the value works.
vi.mock("../src/rules/default-rules.json", async (importOriginal) => {
  const real = (await importOriginal()) as { default: { units: Record<string, Record<string, number>> } };
  const doc = structuredClone(real.default);
  doc.units.archer!.range = -3;
  return { default: doc };
});

describe("a broken default-rules.json", () => {
  it("loads, explains itself when the defaults are used, and a fixing rules file still works", async () => {
    const rules = await import("../src/rules/index.ts");
    expect(() => rules.DEFAULT_RULES.units).toThrow(rules.RulesError);
    expect(() => rules.DEFAULT_RULES.units).toThrow(
      "default-rules.json has 1 problem(s):\nunits.archer.range: expected a positive number, got -3",
    );
    const fixed = rules.rulesFromJson('{ "units": { "archer": { "range": 200 } } }', "fix.json");
    expect(fixed.units.archer!.range).toBe(200);
    expect(() => rules.rulesFromJson("{}", "empty.json")).toThrow("empty.json has 1 problem(s)");
  });
});
