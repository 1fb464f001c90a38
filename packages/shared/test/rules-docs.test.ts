import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { DEFAULT_RULES_DOCUMENT } from "../src/rules/index.ts";
import { rulesJsonSchema, rulesReferenceMarkdown } from "../src/rules/reference.ts";

const SCHEMA_FILE = new URL("../src/rules/rules.schema.json", import.meta.url);
const DEFAULTS_FILE = new URL("../src/rules/default-rules.json", import.meta.url);
const REFERENCE_FILE = new URL("../../../docs/rules.md", import.meta.url);

const committedSchema = JSON.parse(readFileSync(SCHEMA_FILE, "utf8"));
const ajv = new Ajv2020({ allErrors: true });
ajv.addKeyword({ keyword: "unit", schemaType: "string" });
const validate = ajv.compile(committedSchema);

/** Every leaf path of a document ("units.archer.range"), lists as wholes. */
function leaves(doc: unknown, path = ""): string[] {
  if (typeof doc !== "object" || doc === null || Array.isArray(doc)) return [path];
  return Object.entries(doc).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

describe("the rules' generated documentation", () => {
  it("is up to date: run `npm run gen:rules` after changing the schema", () => {
    expect(committedSchema).toEqual(rulesJsonSchema());
    expect(readFileSync(REFERENCE_FILE, "utf8")).toBe(rulesReferenceMarkdown(DEFAULT_RULES_DOCUMENT));
  });

  it("the JSON Schema, linked from default-rules.json, accepts it", () => {
    const file = JSON.parse(readFileSync(DEFAULTS_FILE, "utf8"));
    expect(file.$schema).toBe("./rules.schema.json");
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    // Partial files and unit removal are valid rules files.
    expect(validate({ units: { scout: null }, match: { durationSeconds: 120 } })).toBe(true);
  });

  it("the JSON Schema rejects each single-setting mistake a designer makes", () => {
    for (const bad of [
      { units: { archer: { range: -3 } } },
      { map: { widht: 100 } },
      { units: { archer: { rnage: 1 } } },
      { units: { "Heavy Knight": { speed: 1 } } },
      { match: { durationSeconds: 0.01 } },
      { commander: { damage: 0 } },
      { ticks: { criticalHz: 0 } },
      { players: { max: 9 } },
      { map: { walls: "none" } },
    ]) {
      expect(validate(bad), JSON.stringify(bad)).toBe(false);
    }
    // Units may do no damage (a worker).
    expect(validate({ units: { archer: { damage: 0 } } })).toBe(true);
  });

  it("the reference page lists every setting with its meaning and unit", () => {
    const page = readFileSync(REFERENCE_FILE, "utf8");
    const rows = page
      .split("\n")
      .filter((l) => l.startsWith("| `"))
      .map((l) => l.split("|").map((c) => c.trim()));
    for (const path of leaves(DEFAULT_RULES_DOCUMENT)) {
      const listed = path.replace(/^units\.[a-z0-9_]+\./, "units.<name>.");
      const row = rows.find((r) => r[1] === `\`${listed}\``);
      expect(row, path).toBeDefined();
      const [, , meaning, unit] = row!;
      expect(meaning!.length, `${path} has a meaning`).toBeGreaterThan(5);
      if (path !== "map.walls") expect(unit!.trim().length, `${path} has a unit`).toBeGreaterThan(0);
    }
  });
});
