import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Redis } from "ioredis";
import { ID_PATTERN } from "../ids.ts";

/** A resume token is at most this long; anything longer is refused before any work. */
export const MAX_RESUME_TOKEN_LENGTH = 200;
const SECRET_KEY = "octet:resume-secret";

export interface SeatClaim {
  matchId: string;
  playerId: string;
}

/**
 * Proves a seat across processes. The Colyseus reconnection token lives in
 * the memory of the process that issued it, so a match resumed elsewhere
 * cannot check it; a resume token is `matchId.playerId.HMAC(secret)`, which
 * any process holding the cluster's secret verifies alone. It names one seat
 * of one match (a room id comes back, a match id does not), so it cannot be
 * turned into anyone else's seat. The HMAC also covers the identity the seat
 * was given to (auth/: the join's signed token), which the token does not
 * carry: it verifies only for a bearer who proves that same identity, so a
 * leaked resume token alone takes no seat.
 */
export class ResumeKeys {
  private readonly secret: Buffer;
  /** the secret is the cluster's, kept in Redis (not RESUME_SECRET, not a file) */
  private readonly inRedis: boolean;

  constructor(secret: Buffer, inRedis = false) {
    if (secret.byteLength < 32) throw new Error("a resume secret needs at least 32 bytes");
    this.secret = secret;
    this.inRedis = inRedis;
  }

  /**
   * Puts the cluster's secret back in Redis if Redis lost it (restarted
   * empty, FLUSHALL): a process started after that would make a secret of
   * its own, and no token of a running match would verify there (a match
   * handed to it, or resumed there, would refuse every player). Every running
   * process holds the same secret, so whichever puts it back first is right.
   */
  async keepShared(redis: Redis): Promise<void> {
    if (this.inRedis) await redis.set(SECRET_KEY, this.secret.toString("base64"), "NX");
  }

  issue(matchId: string, playerId: string, identityId: string): string {
    return `${matchId}.${playerId}.${this.sign(matchId, playerId, identityId)}`;
  }

  /**
   * The seat a token proves for the identity `identityId`, or null for
   * anything else (malformed, too long, signed with another key, issued to
   * another identity).
   */
  verify(token: unknown, identityId: string): SeatClaim | null {
    if (typeof token !== "string" || token.length > MAX_RESUME_TOKEN_LENGTH) return null;
    const parts = token.split(".");
    if (parts.length !== 3) return null;
    const [matchId, playerId, sig] = parts as [string, string, string];
    if (!ID_PATTERN.test(matchId) || !ID_PATTERN.test(playerId)) return null;
    const want = Buffer.from(this.sign(matchId, playerId, identityId));
    const got = Buffer.from(sig);
    if (got.byteLength !== want.byteLength || !timingSafeEqual(got, want)) return null;
    return { matchId, playerId };
  }

  private sign(matchId: string, playerId: string, identityId: string): string {
    return createHmac("sha256", this.secret)
      .update(`${matchId}\n${playerId}\n${identityId}`)
      .digest("base64url");
  }
}

/**
 * The secret every process of a cluster shares: RESUME_SECRET when set; else,
 * with Redis, the first process's random secret (SET NX, so all agree); else
 * a random secret kept in the record directory (a restarted single process
 * still recognises its players).
 */
export async function loadResumeKeys(opts: {
  envSecret: string | undefined;
  redis?: Redis;
  dir?: string;
}): Promise<ResumeKeys> {
  if (opts.envSecret) return new ResumeKeys(Buffer.from(opts.envSecret));
  if (opts.redis) {
    await opts.redis.set(SECRET_KEY, randomBytes(32).toString("base64"), "NX");
    const shared = await opts.redis.get(SECRET_KEY);
    if (!shared) throw new Error("the cluster's resume secret is missing from Redis");
    return new ResumeKeys(Buffer.from(shared, "base64"), true);
  }
  if (!opts.dir) return new ResumeKeys(randomBytes(32));
  mkdirSync(opts.dir, { recursive: true });
  const file = join(opts.dir, ".resume-secret");
  try {
    return new ResumeKeys(Buffer.from(readFileSync(file, "utf8").trim(), "base64"));
  } catch {
    const secret = randomBytes(32);
    writeFileSync(file, secret.toString("base64"), { mode: 0o600, flag: "w" });
    chmodSync(file, 0o600);
    return new ResumeKeys(secret);
  }
}
