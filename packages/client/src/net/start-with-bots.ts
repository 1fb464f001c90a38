import { MessageType } from "@octet/shared/protocol";
import { hostOf as sharedHostOf } from "@octet/shared/sim";
import type { MatchState } from "@octet/shared/state";

/** The private match's host in the synced players map (the server decides the same way: shared sim/host.ts). */
export function hostOf(state: MatchState): string | undefined {
  return sharedHostOf(state.players.entries());
}

/** Asks the server to start this private match now, with bots in the empty seats (a refusal comes back as a result). */
export function startWithBots(room: { sendBytes(type: number, bytes: Uint8Array): void }): void {
  room.sendBytes(MessageType.StartWithBots, new Uint8Array(0));
}
