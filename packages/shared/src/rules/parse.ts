import type { z } from "zod";
import { type Rules, rulesSchema } from "./schema.ts";

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

/** Validates a rules document; never throws. */
export function safeParseRules(doc: unknown): RulesResult {
  const parsed = rulesSchema.safeParse(doc);
  const problems = parsed.success ? [] : parsed.error.issues.flatMap((i) => describeIssue(doc, i));
  if (parsed.success) problems.push(...crossChecks(parsed.data));
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, rules: parsed.data as Rules };
}

/** Validates a rules document and throws a {@link RulesError} listing every problem. */
export function parseRules(doc: unknown, source?: string): Rules {
  const result = safeParseRules(doc);
  if (!result.ok) throw new RulesError(result.problems, source);
  return result.rules;
}

/** Deep-merges a partial document over a base document (objects merge, arrays and scalars replace). */
export function mergeRules(base: unknown, patch: unknown): unknown {
  if (!isPlainObject(base) || !isPlainObject(patch)) return patch === undefined ? base : patch;
  const out: Record<string, unknown> = { ...base };
  for (const [k, v] of Object.entries(patch)) out[k] = mergeRules(base[k], v);
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
    return issue.keys.map((key) => ({
      path: joinPath([...issue.path, key]),
      message: "unknown setting (check the spelling; see default-rules.json for the known ones)",
    }));
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

/** Rules that relate two settings; the schema checks each setting alone. */
function crossChecks(r: Rules): RulesProblem[] {
  const problems: RulesProblem[] = [];
  if (r.ticks.ambientHz > r.ticks.criticalHz || r.ticks.criticalHz % r.ticks.ambientHz !== 0) {
    problems.push({
      path: "ticks.ambientHz",
      message: `expected a divisor of ticks.criticalHz (${r.ticks.criticalHz}), got ${r.ticks.ambientHz}`,
    });
  }
  if (r.players.minToStart > r.players.max) {
    problems.push({
      path: "players.minToStart",
      message: `expected at most players.max (${r.players.max}), got ${r.players.minToStart}`,
    });
  }
  r.map.walls.forEach((w, i) => {
    if (w.x + w.w > r.map.width || w.y + w.h > r.map.height) {
      problems.push({
        path: `map.walls.${i}`,
        message: `expected a wall inside the ${r.map.width} x ${r.map.height} map, got one reaching (${w.x + w.w}, ${w.y + w.h})`,
      });
    }
  });
  if (r.players.spawnRadius * 2 > Math.min(r.map.width, r.map.height)) {
    problems.push({
      path: "players.spawnRadius",
      message: `expected at most half the map's smaller side (${Math.min(r.map.width, r.map.height) / 2}), got ${r.players.spawnRadius}`,
    });
  }
  return problems;
}
