import { UsageError } from "@octet/shared/cli";

/** One strategy of a mix and its share. */
export interface MixEntry {
  name: string;
  weight: number;
}

/**
 * Parses `--strategy`: one name (`wanderer`) or weighted names
 * (`wanderer:3,chaos:1`; a name without a weight weighs 1).
 */
export function parseStrategyMix(text: string, known: readonly string[]): MixEntry[] {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0)
    throw new UsageError(`--strategy: expected names like wanderer:3,chaos:1, got "${text}"`);
  const mix: MixEntry[] = [];
  for (const part of parts) {
    const m = /^([a-z-]+)(?::(\d+))?$/.exec(part);
    if (!m) {
      throw new UsageError(
        `--strategy: "${part}" is not NAME or NAME:WEIGHT (a whole number), e.g. wanderer:3`,
      );
    }
    const name = m[1]!;
    if (!known.includes(name)) {
      throw new UsageError(`--strategy: unknown strategy "${name}"; known: ${known.join(", ")}`);
    }
    const weight = m[2] === undefined ? 1 : Number(m[2]);
    if (weight < 1 || weight > 1000) {
      throw new UsageError(`--strategy: the weight of ${name} must be from 1 to 1000, got ${m[2]}`);
    }
    if (mix.some((e) => e.name === name)) throw new UsageError(`--strategy: ${name} is named twice`);
    mix.push({ name, weight });
  }
  return mix;
}

/**
 * Gives each of `count` bots a strategy so the mix holds in every stretch of
 * bots, not only overall: smooth weighted round-robin (the nginx balancer's
 * algorithm). With wanderer:3,chaos:1 every 4 consecutive bots hold 3
 * wanderers and 1 chaos bot, so each room of 8 gets its share.
 */
export function assignStrategies(mix: readonly MixEntry[], count: number): string[] {
  const total = mix.reduce((s, e) => s + e.weight, 0);
  const current = mix.map(() => 0);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    let best = 0;
    for (let j = 0; j < mix.length; j++) {
      current[j]! += mix[j]!.weight;
      if (current[j]! > current[best]!) best = j;
    }
    current[best]! -= total;
    out.push(mix[best]!.name);
  }
  return out;
}
