import { seatIdentity } from "./identities.ts";
import { AuthError, type TokenService } from "./tokens.ts";

/**
 * For a WebSocket upgrade: when its session id is a seat this process
 * already gave someone (a reconnection), the token it carries (`_authToken`,
 * which the SDK adds) must name the same identity. Returns the refusal, or
 * undefined when the upgrade may go on.
 */
export function reconnectRefusal(tokens: TokenService, url: URL): Promise<string | undefined> | undefined {
  const sessionId = url.searchParams.get("sessionId");
  const owner = sessionId ? seatIdentity(sessionId) : undefined;
  // A fresh seat: nothing to prove, and the upgrade goes on in the same turn.
  if (!owner) return undefined;
  return provesIdentity(tokens, url, owner);
}

async function provesIdentity(tokens: TokenService, url: URL, owner: string): Promise<string | undefined> {
  try {
    const identity = await tokens.verify(url.searchParams.get("_authToken"));
    if (identity.id !== owner) return "this seat belongs to another identity";
    return undefined;
  } catch (err) {
    if (err instanceof AuthError) return `a reconnection must prove its identity: ${err.message}`;
    throw err;
  }
}
