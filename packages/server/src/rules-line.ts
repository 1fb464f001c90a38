import { DEFAULT_RULES_DOCUMENT, diffRules, formatChange, type Rules } from "@octet/shared/rules";

/** Changes listed on the start line; the rest are counted ("npm run rules -- show" lists them all). */
const MAX_LISTED = 8;

/**
 * The start line that says which rules this process plays: the file, and the
 * settings it changes from the defaults, so nobody wonders which file was read.
 */
export function rulesLine(file: string | null, rules: Rules): string {
  if (file === null) return "octet: rules: the defaults (default-rules.json)";
  const changes = diffRules(DEFAULT_RULES_DOCUMENT, rules);
  if (changes.length === 0) return `octet: rules: ${file} (no setting differs from the defaults)`;
  const listed = changes.slice(0, MAX_LISTED).map(formatChange).join(", ");
  const more = changes.length > MAX_LISTED ? `, and ${changes.length - MAX_LISTED} more` : "";
  return `octet: rules: ${file} changes ${changes.length} setting(s): ${listed}${more}`;
}
