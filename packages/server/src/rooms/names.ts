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
