import type { BotsReport } from "./report.ts";

/**
 * Whether the bots played at all, and if not, why: a run that passed its
 * thresholds without playing tested nothing. Played means every bot asked for
 * joined, every room's match started, and, when honest bots sent actions, the
 * server acknowledged some.
 */
export function playCheck(r: Omit<BotsReport, "play">): BotsReport["play"] {
  const problems: string[] = [];
  if (r.bots.joined < r.bots.target) {
    const first = r.errors.messages.find((m) => m.message.startsWith("join failed"));
    problems.push(
      `only ${r.bots.joined} of ${r.bots.target} bots joined${first ? ` (${first.message})` : ""}`,
    );
  }
  const waiting = r.rooms.filter((room) => !room.started);
  if (r.bots.joined > 0 && r.rooms.length > 0 && waiting.length === r.rooms.length) {
    const lobby = waiting.find((room) => room.lobby)?.lobby;
    problems.push(
      `no match started in ${r.playedSeconds.toFixed(1)} s: the room${waiting.length > 1 ? "s" : ""} stayed in the lobby` +
        (lobby
          ? ` (${lobby.players} of ${lobby.seats} seats taken; a match starts when the room is full, or ` +
            `${lobby.waitSeconds} s after ${lobby.minToStart} players are in: fill the rooms or give a longer --duration)`
          : ""),
    );
  } else if (waiting.length > 0) {
    problems.push(
      `${waiting.length} of ${r.rooms.length} rooms never started their match (${waiting.map((w) => w.roomId).join(", ")})`,
    );
  }
  const honestSent = Object.values(r.strategies)
    .filter((s) => s.honest)
    .reduce((n, s) => n + s.sent, 0);
  if (honestSent > 0 && r.actions.accepted === 0)
    problems.push(`no action was acknowledged (${r.actions.sent} sent, ${r.actions.rejected} rejected)`);
  return { ok: problems.length === 0, problems };
}
