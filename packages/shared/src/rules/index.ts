import defaultRulesDocument from "./default-rules.json" with { type: "json" };
import { mergeRules, parseRules, RulesError, type RulesProblem, safeParseRules } from "./parse.ts";
import type { Rules } from "./schema.ts";

export { diffRules, formatChange, type RulesChange } from "./diff.ts";
export {
  formatProblem,
  mergeRules,
  parseRules,
  RulesError,
  type RulesProblem,
  safeParseRules,
} from "./parse.ts";
export type { Rules, UnitStats } from "./schema.ts";

// The file links its JSON Schema for editors; the link is no setting.
const { $schema: _schemaLink, ...defaultSettings } = defaultRulesDocument as Record<string, unknown>;

/** The raw default document, for tools that merge a designer's partial edits over it. */
export const DEFAULT_RULES_DOCUMENT: unknown = defaultSettings;

const defaults = safeParseRules(defaultSettings);

/** The default rules with `patch`'s settings changed; throws a {@link RulesError} naming `source`. */
export function defaultRulesWith(patch: unknown, source?: string): Rules {
  return parseRules(mergeRules(defaultSettings, patch), source);
}

/**
 * The default rules. A broken default-rules.json must not throw while modules
 * load (that was a raw stack trace before anything could explain it, and a
 * RULES_FILE that fixes the value never got its turn): the defaults are
 * checked again wherever they are loaded, and a broken set stands in here that
 * throws the RulesError, naming the file and every problem, when it is read.
 */
export const DEFAULT_RULES: Rules = defaults.ok ? defaults.rules : brokenDefaults(defaults.problems);

function brokenDefaults(problems: RulesProblem[]): Rules {
  const fail = (): never => {
    throw new RulesError(problems, "default-rules.json");
  };
  return new Proxy({} as Rules, { get: fail, has: fail, ownKeys: fail });
}

/**
 * A designer's rules file: JSON holding a full document or only the settings
 * to change, merged over the defaults. Throws a {@link RulesError} naming
 * `source` for bad JSON or bad settings.
 */
export function rulesFromJson(text: string, source: string): Rules {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new RulesError([{ path: "", message: `not valid JSON (${(err as Error).message})` }], source);
  }
  return defaultRulesWith(doc, source);
}
