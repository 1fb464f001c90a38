import { readFileSync } from "node:fs";
import { DEFAULT_RULES_DOCUMENT, mergeRules, parseRules, type Rules } from "@octet/shared/rules";

export interface ServerConfig {
  port: number;
  host: string;
  rules: Rules;
  /** where the built browser client lives; served at / */
  clientDir: string;
  /** fixed seed for every match (tests, replays); random per match when undefined */
  seed: number | undefined;
}

/** Thrown for a bad environment or rules file; main.ts prints it and exits 1. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/**
 * Rules come from the default rules file, with the JSON file named by
 * RULES_FILE (a full document or just the settings to change) merged over it.
 */
export function loadRules(file: string | undefined): Rules {
  if (!file) return parseRules(DEFAULT_RULES_DOCUMENT, "default-rules.json");
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (err) {
    throw new ConfigError(`RULES_FILE ${file}: cannot read it (${(err as Error).message})`);
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`RULES_FILE ${file}: not valid JSON (${(err as Error).message})`);
  }
  return parseRules(mergeRules(DEFAULT_RULES_DOCUMENT, doc), file);
}

function intEnv(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}, got ${JSON.stringify(raw)}`);
  }
  return n;
}

export function loadConfig(env: NodeJS.ProcessEnv, defaultClientDir: string): ServerConfig {
  return {
    port: intEnv(env, "PORT", 2567, 0, 65535),
    host: env.HOST || "0.0.0.0",
    rules: loadRules(env.RULES_FILE),
    clientDir: env.CLIENT_DIR || defaultClientDir,
    seed: env.SEED ? intEnv(env, "SEED", 0, 0, 0xffffffff) : undefined,
  };
}
