import { z } from "zod";
import { rulesSchema } from "./schema.ts";

// The rules' documentation, generated from the schema so it cannot drift:
// rules.schema.json for editors (completion and explanations while editing a
// rules file) and docs/rules.md for reading. `npm run gen:rules` writes them;
// a test fails while the committed files differ from what this produces.

type Json = Record<string, unknown>;

/**
 * The JSON Schema of a rules file. A rules file is merged over the defaults,
 * so every setting is optional and `null` removes a unit type; settings that
 * relate to each other (a divisor, walls that leave a path) are checked by
 * the server, the bots and `npm run rules -- check`, not by the schema.
 */
export function rulesJsonSchema(): Json {
  const schema = baseSchema();
  // Editors show the description alone: the unit goes into it too.
  withUnits(schema);
  const props = schema.properties as Json;
  const units = props.units as Json;
  units.additionalProperties = {
    anyOf: [units.additionalProperties, { type: "null", description: "Removes this unit type." }],
  };
  return {
    $schema: schema.$schema,
    $id: "https://octet.example/rules.schema.json",
    title: "Octet rules",
    description:
      "An Octet rules file: a full document or only the settings to change, merged over default-rules.json. Reference: docs/rules.md.",
    ...schema,
    properties: { $schema: { type: "string", description: "This schema, for editors." }, ...props },
  };
}

/** The schema as zod writes it, with nothing required (rules files are partial). */
function baseSchema(): Json {
  const schema = z.toJSONSchema(rulesSchema, { io: "input" }) as Json;
  dropRequired(schema);
  return schema;
}

function withUnits(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  const n = node as Json;
  if (typeof n.unit === "string" && typeof n.description === "string")
    n.description = `${n.description.replace(/\.$/, "")} (${n.unit}).`;
  for (const v of Object.values(n)) withUnits(v);
}

function dropRequired(node: unknown): void {
  if (typeof node !== "object" || node === null) return;
  if (!Array.isArray(node)) delete (node as Json).required;
  for (const v of Object.values(node)) dropRequired(v);
}

interface Row {
  path: string;
  description: string;
  unit: string;
  value: string;
  bounds: string;
}

function bounds(s: Json): string {
  const parts: string[] = [];
  if (s.type === "integer") parts.push("whole number");
  if (typeof s.exclusiveMinimum === "number") parts.push(`> ${s.exclusiveMinimum}`);
  if (typeof s.minimum === "number") parts.push(`>= ${s.minimum}`);
  if (typeof s.maximum === "number") parts.push(`<= ${s.maximum}`);
  if (typeof s.maxItems === "number") parts.push(`at most ${s.maxItems} items`);
  return parts.join(", ");
}

function show(v: unknown): string {
  if (v === undefined) return "";
  if (Array.isArray(v)) return v.length === 0 ? "none" : `${v.length} (see default-rules.json)`;
  return JSON.stringify(v);
}

function collect(s: Json, path: string, defaults: unknown, rows: Row[]): void {
  const props = s.properties as Record<string, Json> | undefined;
  if (props) {
    for (const [k, child] of Object.entries(props)) {
      if (k === "$schema") continue;
      collect(child, path ? `${path}.${k}` : k, (defaults as Json | undefined)?.[k], rows);
    }
    return;
  }
  if (s.type === "array") {
    rows.push({
      path,
      description: String(s.description ?? ""),
      unit: "",
      value: show(defaults),
      bounds: bounds(s),
    });
    collect((s.items as Json) ?? {}, `${path}[]`, undefined, rows);
    return;
  }
  const values = s.additionalProperties as Json | undefined;
  if (values && typeof values === "object") {
    // A record (units): one row for the record, then its fields with every default unit's value.
    rows.push({
      path,
      description: String(s.description ?? ""),
      unit: "",
      value: Object.keys((defaults as Json) ?? {}).join(", "),
      bounds: "",
    });
    const unit = ((values.anyOf as Json[] | undefined)?.[0] ?? values) as Json;
    for (const [k, child] of Object.entries((unit.properties as Record<string, Json>) ?? {})) {
      const perUnit = Object.entries((defaults as Record<string, Json>) ?? {})
        .map(([name, u]) => `${name} ${show(u[k])}`)
        .join(", ");
      rows.push({
        path: `${path}.<name>.${k}`,
        description: String(child.description ?? ""),
        unit: String(child.unit ?? ""),
        value: perUnit,
        bounds: bounds(child),
      });
    }
    return;
  }
  rows.push({
    path,
    description: String(s.description ?? ""),
    unit: String(s.unit ?? ""),
    value: show(defaults),
    bounds: bounds(s),
  });
}

/** docs/rules.md: every setting with its meaning, unit, default and bounds. */
export function rulesReferenceMarkdown(defaults: unknown): string {
  const schema = baseSchema();
  const sections = Object.entries(schema.properties as Record<string, Json>).filter(([k]) => k !== "$schema");
  const cell = (t: string) => t.replace(/\|/g, "\\|");
  const out = [
    "# Octet rules reference",
    "",
    "<!-- Generated from packages/shared/src/rules/schema.ts by `npm run gen:rules`; do not edit. -->",
    "",
    "Every gameplay number lives in `packages/shared/src/rules/default-rules.json`. A rules file",
    "(`RULES_FILE`, `npm run balance -- file.json`, `npm run rules -- check file.json`) holds a full",
    "document or only the settings to change; it is merged over the defaults (objects key by key, lists",
    'and values replace), and `null` removes a unit type: `{ "units": { "scout": null } }`. Add',
    '`"$schema": "<path to>/packages/shared/src/rules/rules.schema.json"` and editors complete and',
    "explain every setting. Checks that relate settings (ambientHz divides criticalHz, minToStart <= max,",
    "walls inside the map, spawn points clear of walls and joined by a path) run on load.",
    "",
  ];
  for (const [name, section] of sections) {
    const rows: Row[] = [];
    collect(section, name, (defaults as Json)[name], rows);
    out.push(`## ${name}`, "", String(section.description ?? ""), "");
    const table = [
      ["setting", "meaning", "unit", "default", "bounds"],
      ...rows.map((r) => [`\`${r.path}\``, cell(r.description), cell(r.unit), cell(r.value), cell(r.bounds)]),
    ];
    // Padded columns, as the formatter lays tables out, so the page reads as plain text too.
    const widths = table[0]!.map((_, i) => Math.max(3, ...table.map((row) => row[i]!.length)));
    const line = (row: string[]) => `| ${row.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
    out.push(
      line(table[0]!),
      `| ${widths.map((w) => "-".repeat(w)).join(" | ")} |`,
      ...table.slice(1).map(line),
      "",
    );
  }
  return out.join("\n");
}
