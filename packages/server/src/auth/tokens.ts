import { randomUUID } from "node:crypto";
import {
  createRemoteJWKSet,
  decodeProtectedHeader,
  errors,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  SignJWT,
} from "jose";

/** Who a token says its bearer is: a stable id and a display name. */
export interface Identity {
  /** "guest:<uuid>" for a guest this server issued, "oidc:<sub>" for a provider's user */
  id: string;
  name: string;
}

/** Thrown for a refused token; the message tells the player what to do. Answered as HTTP 401. */
export class AuthError extends Error {
  override name = "AuthError";
}

export interface AuthSettings {
  /** HS256 key of the guest tokens (AUTH_SECRET); every process of a cluster must share it */
  secret: Uint8Array;
  /** how long a guest token is valid (s) */
  guestTokenSeconds: number;
  /** an identity provider's keys (AUTH_JWKS_URL) and the issuer and audience its tokens must carry */
  oidc?: { jwksUrl: string; issuer?: string; audience?: string };
}

/** The issuer and audience of the guest tokens this server signs. */
const GUEST_ISSUER = "octet";
const GUEST_AUDIENCE = "octet-match";
const NO_TOKEN =
  "no token: get one from POST /auth/guest and send it as Authorization: Bearer <token> (client.auth.token)";

/**
 * Issues guest tokens and verifies every token a join carries: the server's
 * own guest tokens (HS256 with AUTH_SECRET), and, when configured, standard
 * OIDC tokens checked against the provider's JWKS, issuer and audience.
 * Refusals say what was wrong (missing, not a JWT, unsigned, wrong key,
 * expired) so a developer can fix a client from the message alone.
 */
export class TokenService {
  private readonly settings: AuthSettings;
  private readonly jwks: JWTVerifyGetKey | undefined;

  constructor(settings: AuthSettings) {
    this.settings = settings;
    this.jwks = settings.oidc ? createRemoteJWKSet(new URL(settings.oidc.jwksUrl)) : undefined;
  }

  /** A signed guest identity for a cleaned name, with a fresh stable id. */
  issueGuest(name: string): Promise<string> {
    return new SignJWT({ name })
      .setProtectedHeader({ alg: "HS256", typ: "JWT" })
      .setSubject(`guest:${randomUUID()}`)
      .setIssuer(GUEST_ISSUER)
      .setAudience(GUEST_AUDIENCE)
      .setIssuedAt()
      .setExpirationTime(`${this.settings.guestTokenSeconds}s`)
      .sign(this.settings.secret);
  }

  async verify(token: string | undefined | null): Promise<Identity> {
    if (!token) throw new AuthError(NO_TOKEN);
    let alg: string | undefined;
    try {
      alg = decodeProtectedHeader(token).alg;
    } catch {
      throw new AuthError("the token is not a JWT: get one from POST /auth/guest");
    }
    if (!alg || alg.toLowerCase() === "none")
      throw new AuthError("the token is unsigned (alg none): refused");
    try {
      if (alg === "HS256") return guestIdentity(await this.verifyGuest(token));
      if (this.jwks) return providerIdentity(await this.verifyProvider(token));
    } catch (err) {
      throw explain(err);
    }
    throw new AuthError(`the token is signed with ${alg.slice(0, 16)}, which this server does not accept`);
  }

  private async verifyGuest(token: string): Promise<JWTPayload> {
    const { payload } = await jwtVerify(token, this.settings.secret, {
      algorithms: ["HS256"],
      issuer: GUEST_ISSUER,
      audience: GUEST_AUDIENCE,
    });
    return payload;
  }

  private async verifyProvider(token: string): Promise<JWTPayload> {
    const oidc = this.settings.oidc!;
    const { payload } = await jwtVerify(token, this.jwks!, {
      ...(oidc.issuer ? { issuer: oidc.issuer } : {}),
      ...(oidc.audience ? { audience: oidc.audience } : {}),
    });
    return payload;
  }
}

function guestIdentity(p: JWTPayload): Identity {
  if (typeof p.sub !== "string" || !p.sub.startsWith("guest:"))
    throw new AuthError("the token names no guest");
  return { id: p.sub, name: typeof p.name === "string" ? p.name : "" };
}

function providerIdentity(p: JWTPayload): Identity {
  if (typeof p.sub !== "string" || p.sub === "") throw new AuthError("the token has no subject (sub)");
  const name = [p.name, p.preferred_username, p.nickname].find((n) => typeof n === "string") as
    | string
    | undefined;
  return { id: `oidc:${p.sub}`, name: name ?? "" };
}

function explain(err: unknown): AuthError {
  if (err instanceof AuthError) return err;
  if (err instanceof errors.JWSSignatureVerificationFailed)
    return new AuthError("the token's signature does not match this server's key");
  if (err instanceof errors.JWTExpired)
    return new AuthError("the token expired: get a new one from POST /auth/guest");
  if (err instanceof errors.JWTClaimValidationFailed)
    return new AuthError(`the token's ${err.claim} claim is not what this server expects`);
  if (err instanceof errors.JWKSNoMatchingKey)
    return new AuthError("the token is signed with a key the provider does not list");
  if (err instanceof errors.JOSEError) return new AuthError(`the token is invalid (${err.code})`);
  return new AuthError(`the token could not be checked: ${err instanceof Error ? err.message : String(err)}`);
}
