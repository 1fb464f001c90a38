/** A second press of a group's key this soon (ms) also brings the camera to the group. */
export const GROUP_DOUBLE_PRESS_MS = 350;

export interface Recall {
  /** the group's units still alive (empty: nothing to select) */
  ids: number[];
  /** the second press of a double press: look at the group */
  centre: boolean;
}

/**
 * Control groups: numbered sets of own unit ids, stored from the selection
 * and recalled onto it. Dead units leave a group on the next look at it
 * (recall or sizes), so a group never selects, counts or centres on the dead.
 */
export class ControlGroups {
  private readonly groups: number[][];
  private last = { slot: -1, at: Number.NEGATIVE_INFINITY };

  constructor(count: number) {
    this.groups = Array.from({ length: count }, () => []);
  }

  /** Group `slot` becomes these ids (an empty selection empties it). */
  store(slot: number, ids: Iterable<number>): void {
    if (!this.groups[slot]) return;
    this.groups[slot] = [...new Set(ids)];
    this.last = { slot: -1, at: Number.NEGATIVE_INFINITY };
  }

  /** The living units of group `slot`; `centre` on a second press within GROUP_DOUBLE_PRESS_MS. */
  recall(slot: number, alive: (id: number) => boolean, now: number): Recall {
    const g = this.groups[slot];
    if (!g) return { ids: [], centre: false };
    const ids = this.prune(slot, alive);
    const centre = ids.length > 0 && this.last.slot === slot && now - this.last.at < GROUP_DOUBLE_PRESS_MS;
    // A third press starts over: press, press (look), press (select only).
    this.last = centre ? { slot: -1, at: Number.NEGATIVE_INFINITY } : { slot, at: now };
    return { ids, centre };
  }

  /** How many living units each group holds, in slot order. */
  sizes(alive: (id: number) => boolean): number[] {
    return this.groups.map((_, slot) => this.prune(slot, alive).length);
  }

  private prune(slot: number, alive: (id: number) => boolean): number[] {
    const living = this.groups[slot]!.filter(alive);
    this.groups[slot] = living;
    return living;
  }
}
