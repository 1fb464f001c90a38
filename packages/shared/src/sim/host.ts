/** What deciding a private match's host needs of a player (a world Player, or its synced state). */
export interface HostCandidate {
  slot: number;
  bot: boolean;
  left: boolean;
}

/**
 * The host of a private match: its human player in the lowest slot still in
 * the match (the creator, until it leaves). The server decides with its
 * world players; clients work it out the same way from the synced players
 * map, to show the host's buttons to the host alone.
 */
export function hostOf(players: Iterable<[string, HostCandidate]>): string | undefined {
  let host: { id: string; slot: number } | undefined;
  for (const [id, p] of players)
    if (!p.left && !p.bot && (!host || p.slot < host.slot)) host = { id, slot: p.slot };
  return host?.id;
}
