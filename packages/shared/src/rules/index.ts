import defaultRulesDocument from "./default-rules.json" with { type: "json" };
import { mergeRules, parseRules, RulesError } from "./parse.ts";
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

/** The raw default document, for tools that merge a designer's partial edits over it. */
export const DEFAULT_RULES_DOCUMENT: unknown = defaultRulesDocument;

/** The default rules, validated once at import so a broken default file fails loudly. */
export const DEFAULT_RULES: Rules = parseRules(defaultRulesDocument, "default-rules.json");

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
  return parseRules(mergeRules(defaultRulesDocument, doc), source);
}
