import { ServerError } from "@colyseus/core";
import { sanitizeName, uniqueName } from "../rooms/names.ts";
import type { Identity } from "./tokens.ts";

/** HTTP status of a join by an identity that already holds a seat in the match. */
export const ALREADY_SEATED = 409;

/**
 * Admits an identity to a match and returns the name it plays under: the
 * token's name (a provider's may be empty: then the one typed in the join
 * options), cleaned, and unique in the match ("Alice", "Alice 2"). An
 * identity holds at most one seat per match.
 */
export function admit(
  identity: Identity,
  seatedIdentities: readonly string[],
  options: unknown,
  takenNames: readonly string[],
  maxNameLength: number,
): string {
  if (seatedIdentities.includes(identity.id))
    throw new ServerError(ALREADY_SEATED, "you are already in this match");
  const typed = (options as { name?: unknown } | undefined)?.name;
  const name = sanitizeName(identity.name || typed, maxNameLength);
  // No usable name: the sim names the player after its slot ("Player 3"), unique already.
  return name === "" ? "" : uniqueName(name, takenNames);
}
