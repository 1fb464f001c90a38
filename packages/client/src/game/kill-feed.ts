import { Kind } from "@octet/shared/sim";
import { h } from "../lobby/dom.ts";
import type { MatchConnection } from "../net/index.ts";
import type { KindInfo } from "./kinds.ts";
import { cssColor, slotColor, swatchClass } from "./palette.ts";

const SHOWN = 5;
const ENTRY_MS = 10_000;

export interface Kill {
  victimId: number;
  victimKind: number;
  victimOwner: string;
  killerId: number;
  killerOwner: string;
}

/** "Bo's archer", "a creep", "your soldier": a side of a kill, as the player reads it. */
export function whoText(
  conn: MatchConnection,
  kinds: Map<number, KindInfo>,
  owner: string,
  kind: number | undefined,
): string {
  const kindName = kind === undefined ? "" : (kinds.get(kind)?.name ?? "unit");
  if (owner === "") return kindName ? `a ${kindName}` : "a creep";
  const name = owner === conn.playerId ? "you" : (conn.state.players.get(owner)?.name ?? "someone");
  if (kind === undefined) return name;
  if (kind === Kind.Commander) return owner === conn.playerId ? "your commander" : name;
  return owner === conn.playerId ? `your ${kindName}` : `${name}'s ${kindName}`;
}

/**
 * The kill feed (top right): the kills the server reported to this player.
 * Commanders falling are always news; unit and creep kills only when the
 * player is on one side, so the feed is not a wall of creep deaths.
 */
export class KillFeed {
  readonly el: HTMLOListElement;
  private readonly conn: MatchConnection;
  private readonly kinds: Map<number, KindInfo>;
  private readonly shownAt: number[] = [];

  constructor(parent: HTMLElement, conn: MatchConnection, kinds: Map<number, KindInfo>) {
    this.conn = conn;
    this.kinds = kinds;
    this.el = h("ol", { id: "kill-feed", class: "kill-feed", "aria-live": "polite" });
    parent.append(this.el);
  }

  add(k: Kill, now = performance.now()): void {
    const me = this.conn.playerId;
    if (k.victimKind !== Kind.Commander && k.victimOwner !== me && k.killerOwner !== me) return;
    const killerKind = this.conn.state.entities.get(String(k.killerId))?.kind;
    const side = (owner: string, kind: number | undefined) => {
      const slot = this.conn.state.players.get(owner)?.slot;
      return h(
        "span",
        { class: owner === me ? "me" : undefined },
        slot === undefined
          ? null
          : h("span", { class: swatchClass(slot), style: `background:${cssColor(slotColor(slot))}` }),
        whoText(this.conn, this.kinds, owner, kind),
      );
    };
    const li = h(
      "li",
      { class: k.victimOwner === me ? "lost" : k.killerOwner === me ? "won" : undefined },
      side(k.killerOwner, killerKind),
      h("span", { class: "verb" }, " killed "),
      side(k.victimOwner, k.victimKind),
    );
    this.el.prepend(li);
    this.shownAt.unshift(now);
    while (this.el.children.length > SHOWN) {
      this.el.lastElementChild?.remove();
      this.shownAt.pop();
    }
  }

  update(now: number): void {
    while (this.shownAt.length > 0 && now - this.shownAt.at(-1)! > ENTRY_MS) {
      this.el.lastElementChild?.remove();
      this.shownAt.pop();
    }
  }

  destroy(): void {
    this.el.remove();
  }
}
