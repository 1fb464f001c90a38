import { ServerError } from "@colyseus/core";
import { AuthError, type Identity, type TokenService } from "./tokens.ts";

/** HTTP status of a refused token. */
export const UNAUTHORIZED = 401;

/**
 * The room's static onAuth for a token service: Colyseus calls it for every
 * join (quick match, create, join by id) with the request's bearer token, and
 * what it returns becomes `client.auth`. A refused token answers 401 with
 * the reason.
 */
export function onAuthWith(tokens: TokenService): (token: string | undefined) => Promise<Identity> {
  return async (token) => {
    try {
      return await tokens.verify(token);
    } catch (err) {
      if (err instanceof AuthError) throw new ServerError(UNAUTHORIZED, err.message);
      throw err;
    }
  };
}
