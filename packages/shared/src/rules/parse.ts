import type { z } from "zod";
import { crossChecks } from "./checks.ts";
import { type Rules, rulesSchema, unitSchema } from "./schema.ts";
import { didYouMean } from "./suggest.ts";

/** One problem in a rules document, addressed by the dotted path a designer edits. */
export interface RulesProblem {
  path: string;
  message: string;
}

/** Thrown by {@link parseRules}; `problems` lists every problem found, not just the first. */
export class RulesError extends Error {
  readonly problems: RulesProblem[];
  constructor(problems: RulesProblem[], source = "rules") {
    super(`${source} has ${problems.length} problem(s):\n${problems.map(formatProblem).join("\n")}`);
    this.name = "RulesError";
    this.problems = problems;
  }
}

export function formatProblem(p: RulesProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

export type RulesResult = { ok: true; rules: Rules } | { ok: false; problems: RulesProblem[] };

/**
 * Validates a rules document; never throws. Every problem is reported in one
 * go: each setting's own, and the checks that relate settings (run on every
 * setting that is valid by itself).
 */
export function safeParseRules(input: unknown): RulesResult {
  const doc = withoutSchemaLink(input);
  const parsed = rulesSchema.safeParse(doc);
  const problems = parsed.success
    ? []
    : unknownUnits(
        doc,
        parsed.error.issues.flatMap((i) => describeIssue(doc, i)),
      );
  problems.push(...crossChecks(doc, problems));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rules: parsed.data as Rules };
}

/** Editors find the JSON Schema through a top-level "$schema"; it is no setting. */
function withoutSchemaLink(doc: unknown): unknown {
  if (!isPlainObject(doc) || !("$schema" in doc)) return doc;
  const { $schema: _, ...rest } = doc;
  return rest;
}

/**
 * A unit name the defaults do not know, with settings missing, is most likely
 * a typo ("archr"): one problem that says so, not one per missing setting.
 */
function unknownUnits(doc: unknown, problems: RulesProblem[]): RulesProblem[] {
  const units = isPlainObject(doc) && isPlainObject(doc.units) ? doc.units : {};
  const out: RulesProblem[] = [];
  const folded = new Set<string>();
  for (const p of problems) {
    const m = /^units\.([^.]+)\.([^.]+)$/.exec(p.path);
    const name = m?.[1];
    if (!m || !name || !p.message.endsWith("but it is missing")) {
      out.push(p);
      continue;
    }
    if (folded.has(name)) continue;
    folded.add(name);
    const known = Object.keys(units).filter((k) => k !== name);
    const guess = didYouMean(name, known);
    const missing = Object.keys(unitSchema.shape).filter(
      (k) => !(isPlainObject(units[name]) && k in units[name]),
    );
    out.push({
      path: `units.${name}`,
      message:
        (guess ? `unknown unit type (did you mean ${guess}?); ` : "") +
        `a new unit type needs every setting; missing: ${missing.join(", ")}`,
    });
  }
  return out;
}

/** Validates a rules document and throws a {@link RulesError} listing every problem. */
export function parseRules(doc: unknown, source?: string): Rules {
  const result = safeParseRules(doc);
  if (!result.ok) throw new RulesError(result.problems, source);
  return result.rules;
}

/**
 * Deep-merges a partial document over a base document: objects merge key by
 * key, lists and values replace, and `null` removes the key (that is how a
 * rules file drops a unit type: `{ "units": { "scout": null } }`).
 */
export function mergeRules(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = mergeRules(base[k], v);
  }
  return out;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function valueAt(doc: unknown, path: PropertyKey[]): { found: boolean; value: unknown } {
  let cur: unknown = doc;
  for (const key of path) {
    if (typeof cur !== "object" || cur === null || !(key in cur)) return { found: false, value: undefined };
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: cur };
}

function describeValue(v: unknown): string {
  if (typeof v === "string") return JSON.stringify(v);
  if (Array.isArray(v)) return "a list";
  if (v === null) return "null";
  if (typeof v === "object") return "an object";
  return String(v);
}

function joinPath(path: PropertyKey[]): string {
  return path.map(String).join(".");
}

function describeIssue(doc: unknown, issue: z.core.$ZodIssue): RulesProblem[] {
  if (issue.code === "unrecognized_keys") {
    const known = Object.keys(shapeAt(issue.path));
    return issue.keys.map((key) => {
      const guess = didYouMean(key, known);
      return {
        path: joinPath([...issue.path, key]),
        message: guess
          ? `unknown setting; did you mean ${guess}?`
          : `unknown setting; known here: ${known.join(", ")}`,
      };
    });
  }
  if (issue.code === "invalid_key") {
    // Zod reports a bad record key with the record's own message; the key's rule says what is wrong.
    const why = issue.issues[0]?.message ?? issue.message;
    return [
      { path: joinPath(issue.path), message: `${why}, got ${JSON.stringify(String(issue.path.at(-1)))}` },
    ];
  }
  const { found, value } = valueAt(doc, issue.path);
  const got = found ? `got ${describeValue(value)}` : "but it is missing";
  return [{ path: joinPath(issue.path), message: `${issue.message}, ${got}` }];
}

/** The settings the schema knows at an object's path ("" = the top level). */
function shapeAt(path: PropertyKey[]): Record<string, unknown> {
  // biome-ignore lint/suspicious/noExplicitAny: walking zod's shapes by key
  let cur: any = rulesSchema;
  for (const key of path) {
    const shape = cur?.shape ?? cur?.def?.shape;
    if (shape && key in shape) cur = shape[key];
    else if (cur?.def?.valueType)
      cur = cur.def.valueType; // a record: every value has one shape
    else if (cur?.def?.innerType) cur = cur.def.innerType;
    else return {};
    while (cur?.def?.innerType && !cur.shape) cur = cur.def.innerType;
  }
  return cur?.shape ?? {};
}
