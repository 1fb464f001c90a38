import { normalizeCode } from "./join-errors.ts";

/** The URL parameter an invite link carries the private match's code in. */
export const INVITE_PARAM = "join";
/** Codes are short (server rooms/room-code.ts); anything longer in a link is not one. */
const MAX_CODE = 12;

/**
 * The link that opens this page and joins private match `code`: the same
 * page address with ?join=CODE, keeping a ?server= override so a friend
 * reaches the same server.
 */
export function inviteLink(code: string, at: { origin: string; pathname: string; search: string }): string {
  const params = new URLSearchParams();
  const server = new URLSearchParams(at.search).get("server");
  if (server) params.set("server", server);
  params.set(INVITE_PARAM, code);
  return `${at.origin}${at.pathname}?${params}`;
}

/**
 * The code an opened invite link asks to join: null when there is none;
 * "invalid" when the parameter is there but cannot be a code (only letters
 * and digits, at most 12), so the lobby says so instead of trying it.
 */
export function inviteCode(search: string): string | null | "invalid" {
  const raw = new URLSearchParams(search).get(INVITE_PARAM);
  if (raw === null) return null;
  const code = normalizeCode(raw);
  return code.length > 0 && code.length <= MAX_CODE && /^[A-Z0-9]+$/.test(code) ? code : "invalid";
}
