import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { DEFAULT_RULES_DOCUMENT, parseRules, type Rules, rulesFromJson } from "@octet/shared/rules";
import type { AuthSettings } from "./auth/tokens.ts";
import { DEFAULT_SOCKET_LIMITS, type SocketLimits } from "./guard/room-guard.ts";
import { DEFAULT_DOOR_SETTINGS, type DoorSettings } from "./http/door-settings.ts";
import { normalizeOrigin } from "./http/origin-policy.ts";

export interface ServerConfig {
  port: number;
  host: string;
  rules: Rules;
  /** the RULES_FILE the rules came from; null for the defaults alone */
  rulesFile: string | null;
  /** reload RULES_FILE for new matches when it is saved (RULES_WATCH, on unless "0") */
  watchRules: boolean;
  /** where the built browser client lives; served at / */
  clientDir: string;
  /** fixed seed for every match (tests, replays); random per match when undefined */
  seed: number | undefined;
  /** Redis shared by the processes of a cluster (REDIS_URL); undefined = embedded, in-memory */
  redisUrl: string | undefined;
  /**
   * host[:port][/path] where clients reach THIS process (PUBLIC_ADDRESS); seat
   * reservations send players there. Undefined = the address the client used.
   */
  publicAddress: string | undefined;
  replays: ReplayConfig;
  /** per-socket limits: unsent bytes and undrained time before a slow reader is dropped */
  socketLimits: SocketLimits;
  /** limits at the HTTP and WebSocket doors: proxies, origins, body size, rates (see http/door-settings.ts) */
  doors: DoorSettings;
  /** RESUME_SECRET: signs the tokens that prove a seat on another process (shared by the cluster) */
  resumeSecret: string | undefined;
  /** RESUME_MATCHES=0: records are kept for replays, but a match ends with its process (no resume, no hand-over) */
  resumeMatches: boolean;
  /**
   * DRAIN_SECONDS: after SIGTERM with no other process to hand its matches to,
   * how long running matches may go on before they are ended
   */
  drainSeconds: number;
  /** token keys and lifetimes; `secretGenerated` when AUTH_SECRET was not set and this process made one */
  auth: AuthSettings & { secretGenerated: boolean };
}

/** Match records (see replays/): where they go and how many stay. */
export interface ReplayConfig {
  /** RECORD_MATCHES=0 turns recording off (benchmarks compare) */
  enabled: boolean;
  /** REPLAY_DIR: the file store's directory (without REDIS_URL) */
  dir: string;
  /** REPLAY_KEEP: records kept at most */
  keep: number;
  /** REPLAY_MAX_AGE_HOURS: older records go (files deleted; Redis keys expire) */
  maxAgeMs: number;
  /** REPLAY_MAX_MB: a record stops growing there */
  maxRecordBytes: number;
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
  return rulesFromJson(text, `RULES_FILE ${file}`);
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

/** What is wrong with a Redis address (REDIS_URL, --redis-url), or undefined when nothing is. */
export function redisUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return `must be a URL like redis://host:6379, got ${JSON.stringify(raw)}`;
  }
  if (url.protocol !== "redis:" && url.protocol !== "rediss:")
    return `must start with redis:// or rediss://, got ${JSON.stringify(raw)}`;
  return undefined;
}

function redisUrlEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.REDIS_URL;
  if (raw === undefined || raw === "") return undefined;
  const problem = redisUrlProblem(raw);
  if (problem) throw new ConfigError(`REDIS_URL ${problem}`);
  return raw;
}

/** The SDK prepends ws:// or wss:// itself, so the address carries no scheme. */
function publicAddressEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.PUBLIC_ADDRESS;
  if (raw === undefined || raw === "") return undefined;
  if (!/^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+)(:\d{1,5})?(\/[A-Za-z0-9._~\-/]*)?$/.test(raw)) {
    throw new ConfigError(
      `PUBLIC_ADDRESS must be host[:port][/path] without a scheme (e.g. game.example.com/p1), got ${JSON.stringify(raw)}`,
    );
  }
  return raw.replace(/\/+$/, "");
}

function replayConfig(env: NodeJS.ProcessEnv): ReplayConfig {
  return {
    enabled: intEnv(env, "RECORD_MATCHES", 1, 0, 1) === 1,
    dir: resolve(env.REPLAY_DIR || "data/replays"),
    keep: intEnv(env, "REPLAY_KEEP", 1000, 1, 1_000_000),
    maxAgeMs: intEnv(env, "REPLAY_MAX_AGE_HOURS", 168, 1, 24 * 365) * 3_600_000,
    maxRecordBytes: intEnv(env, "REPLAY_MAX_MB", 16, 1, 1024) * 1024 * 1024,
  };
}

/** Optional: without it the cluster agrees on a random secret through Redis (or the record directory). */
function resumeSecretEnv(env: NodeJS.ProcessEnv): string | undefined {
  const raw = env.RESUME_SECRET;
  if (raw === undefined || raw === "") return undefined;
  if (raw.length < 32)
    throw new ConfigError(`RESUME_SECRET must be at least 32 characters, got ${raw.length}`);
  return raw;
}

function listEnv(env: NodeJS.ProcessEnv, name: string): string[] | undefined {
  const raw = env[name];
  if (raw === undefined || raw.trim() === "") return undefined;
  return raw
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

function doorSettingsEnv(env: NodeJS.ProcessEnv): DoorSettings {
  const d = DEFAULT_DOOR_SETTINGS;
  const origins = listEnv(env, "ALLOWED_ORIGINS") ?? [];
  for (const o of origins) {
    if (normalizeOrigin(o) === null)
      throw new ConfigError(
        `ALLOWED_ORIGINS: ${JSON.stringify(o)} is not an origin like https://game.example.com`,
      );
  }
  const exempt = listEnv(env, "RATE_LIMIT_EXEMPT");
  return {
    trustProxy: listEnv(env, "TRUST_PROXY") ?? [],
    allowedOrigins: origins,
    maxBodyBytes: intEnv(env, "MAX_BODY_BYTES", d.maxBodyBytes, 256, 1 << 20),
    matchmakePerMinute: intEnv(env, "MATCHMAKE_PER_MINUTE", d.matchmakePerMinute, 1, 1_000_000),
    guestTokensPerMinute: intEnv(env, "GUEST_TOKENS_PER_MINUTE", d.guestTokensPerMinute, 1, 1_000_000),
    maxOpenSeatsPerAddress: intEnv(env, "MAX_OPEN_SEATS_PER_ADDRESS", d.maxOpenSeatsPerAddress, 1, 10_000),
    maxSocketsPerAddress: intEnv(env, "MAX_SOCKETS_PER_ADDRESS", d.maxSocketsPerAddress, 1, 100_000),
    // "none": nobody is exempt (tests of the limits from loopback use it).
    exempt: exempt === undefined ? d.exempt : exempt.filter((a) => a !== "none"),
  };
}

/** The shortest AUTH_SECRET accepted: an HS256 key should have at least 256 bits. */
const MIN_SECRET_LENGTH = 32;

function authEnv(env: NodeJS.ProcessEnv): AuthSettings & { secretGenerated: boolean } {
  const raw = env.AUTH_SECRET;
  let secret: Uint8Array;
  let secretGenerated = false;
  if (raw) {
    if (raw.length < MIN_SECRET_LENGTH)
      throw new ConfigError(
        `AUTH_SECRET must be at least ${MIN_SECRET_LENGTH} characters, got ${raw.length}`,
      );
    secret = new TextEncoder().encode(raw);
  } else if (env.REDIS_URL) {
    throw new ConfigError(
      "AUTH_SECRET must be set when REDIS_URL is: every process of a cluster must verify the others' guest tokens",
    );
  } else {
    secret = randomBytes(32);
    secretGenerated = true;
  }
  const jwksUrl = env.AUTH_JWKS_URL || undefined;
  if (jwksUrl && !/^https?:\/\//.test(jwksUrl))
    throw new ConfigError(`AUTH_JWKS_URL must be an http(s) URL, got ${JSON.stringify(jwksUrl)}`);
  return {
    secret,
    secretGenerated,
    guestTokenSeconds: intEnv(env, "AUTH_GUEST_TOKEN_SECONDS", 24 * 3600, 60, 365 * 24 * 3600),
    ...(jwksUrl
      ? {
          oidc: {
            jwksUrl,
            ...(env.AUTH_ISSUER ? { issuer: env.AUTH_ISSUER } : {}),
            ...(env.AUTH_AUDIENCE ? { audience: env.AUTH_AUDIENCE } : {}),
          },
        }
      : {}),
  };
}

export function loadConfig(env: NodeJS.ProcessEnv, defaultClientDir: string): ServerConfig {
  return {
    port: intEnv(env, "PORT", 2567, 0, 65535),
    host: env.HOST || "0.0.0.0",
    rules: loadRules(env.RULES_FILE),
    rulesFile: env.RULES_FILE || null,
    watchRules: env.RULES_WATCH !== "0",
    clientDir: env.CLIENT_DIR || defaultClientDir,
    seed: env.SEED ? intEnv(env, "SEED", 0, 0, 0xffffffff) : undefined,
    redisUrl: redisUrlEnv(env),
    publicAddress: publicAddressEnv(env),
    replays: replayConfig(env),
    resumeSecret: resumeSecretEnv(env),
    resumeMatches: intEnv(env, "RESUME_MATCHES", 1, 0, 1) === 1,
    drainSeconds: intEnv(env, "DRAIN_SECONDS", 120, 0, 86_400),
    socketLimits: {
      sendBufferCap: intEnv(
        env,
        "SEND_BUFFER_CAP_BYTES",
        DEFAULT_SOCKET_LIMITS.sendBufferCap,
        4096,
        64 << 20,
      ),
      undrainedMs: intEnv(env, "SEND_UNDRAINED_MS", DEFAULT_SOCKET_LIMITS.undrainedMs, 500, 600_000),
    },
    doors: doorSettingsEnv(env),
    auth: authEnv(env),
  };
}
