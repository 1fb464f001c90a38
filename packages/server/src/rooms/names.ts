/** A display name from untrusted join options: printable, trimmed, bounded; "" when unusable. */
export function sanitizeName(raw: unknown, maxLength: number): string {
  if (typeof raw !== "string") return "";
  // Drop control and format characters (bidi overrides, zero-width tricks).
  const clean = raw
    .replace(/[\p{Cc}\p{Cf}]/gu, "")
    .replace(/\s+/g, " ")
    .trim();
  return [...clean].slice(0, maxLength).join("");
}

/**
 * `name`, or "name 2", "name 3", ... : the first not in `taken`, so two
 * players called Alice in one match are told apart.
 */
export function uniqueName(name: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(name)) return name;
  let n = 2;
  while (used.has(`${name} ${n}`)) n++;
  return `${name} ${n}`;
}
