import defaultRulesDocument from "./default-rules.json" with { type: "json" };
import { parseRules } from "./parse.ts";
import type { Rules } from "./schema.ts";

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
