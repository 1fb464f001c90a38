/** Shape limits for matchmaking options (a name, a code, a flag or two). */
export const OPTION_LIMITS = { depth: 3, keys: 32, stringLength: 256, arrayLength: 16 } as const;

/**
 * What is wrong with a request's JSON options, or undefined when nothing is.
 * Checked when the request arrives, before matchmaking takes any lock, so an
 * absurd option (10,000 levels deep) costs one quick refusal, not the lock.
 */
export function optionsProblem(value: unknown): string | undefined {
  let keys = 0;
  const walk = (v: unknown, depth: number, path: string): string | undefined => {
    if (typeof v === "string") {
      return v.length > OPTION_LIMITS.stringLength
        ? `${path} is longer than ${OPTION_LIMITS.stringLength} characters`
        : undefined;
    }
    if (v === null || typeof v !== "object") return undefined;
    if (depth >= OPTION_LIMITS.depth) return `${path} is nested deeper than ${OPTION_LIMITS.depth} levels`;
    if (Array.isArray(v)) {
      if (v.length > OPTION_LIMITS.arrayLength)
        return `${path} has more than ${OPTION_LIMITS.arrayLength} items`;
      for (let i = 0; i < v.length; i++) {
        const p = walk(v[i], depth + 1, `${path}[${i}]`);
        if (p) return p;
      }
      return undefined;
    }
    for (const [k, child] of Object.entries(v)) {
      if (++keys > OPTION_LIMITS.keys) return `options have more than ${OPTION_LIMITS.keys} keys`;
      const p = walk(child, depth + 1, `${path}.${k.slice(0, 32)}`);
      if (p) return p;
    }
    return undefined;
  };
  const problem = walk(value, 0, "options");
  return problem ? `matchmaking ${problem}` : undefined;
}
