/** One setting whose value differs between two rules documents. */
export interface RulesChange {
  /** dotted path, as in validation messages: "units.archer.range" */
  path: string;
  /** the value in the base document; undefined when the setting is new */
  from: unknown;
  /** the value in the other document; undefined when the setting was removed */
  to: unknown;
}

/**
 * The settings that differ from `base` to `other`, leaf by leaf in document
 * order (objects are compared key by key; lists and scalars as wholes).
 */
export function diffRules(base: unknown, other: unknown, prefix = ""): RulesChange[] {
  if (isObject(base) && isObject(other)) {
    const keys = [...Object.keys(base), ...Object.keys(other).filter((k) => !(k in base))];
    return keys.flatMap((k) => diffRules(base[k], other[k], prefix ? `${prefix}.${k}` : k));
  }
  if (JSON.stringify(base) === JSON.stringify(other)) return [];
  return [{ path: prefix, from: base, to: other }];
}

/** "units.archer.range 220 -> 300", one per change, for logs and terminals. */
export function formatChange(c: RulesChange): string {
  const show = (v: unknown) => (v === undefined ? "(none)" : JSON.stringify(v));
  return `${c.path} ${show(c.from)} -> ${show(c.to)}`;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
