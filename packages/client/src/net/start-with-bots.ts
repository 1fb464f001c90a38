import { MessageType } from "@octet/shared/protocol";
import type { MatchState } from "@octet/shared/state";

/** A private match's host: its human player in the lowest slot (server rooms/host-start.ts decides the same way). */
export function hostOf(state: MatchState): string | undefined {
  let host: { id: string; slot: number } | undefined;
  state.players.forEach((p, id) => {
    if (!p.left && !p.bot && (!host || p.slot < host.slot)) host = { id, slot: p.slot };
  });
  return host?.id;
}

/** Asks the server to start this private match now, with bots in the empty seats (a refusal comes back as a result). */
export function startWithBots(room: { sendBytes(type: number, bytes: Uint8Array): void }): void {
  room.sendBytes(MessageType.StartWithBots, new Uint8Array(0));
}
