import { DEFAULT_RULES_DOCUMENT, mergeRules, safeParseRules } from "../../src/rules/index.ts";

/** The default rules document with a designer's edit merged over it (not parsed). */
export const withEdit = (patch: unknown): unknown => mergeRules(DEFAULT_RULES_DOCUMENT, patch);

/** Every problem parsing `doc` finds, as "path: message" lines; none for valid rules. */
export function problemsOf(doc: unknown): string[] {
  const result = safeParseRules(doc);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}
