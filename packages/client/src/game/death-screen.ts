import { Kind, MatchPhase } from "@octet/shared/sim";
import { h, setText } from "../lobby/dom.ts";
import type { MatchConnection } from "../net/index.ts";
import { type Kill, whoText } from "./kill-feed.ts";
import type { KindInfo } from "./kinds.ts";

/**
 * While the player's commander is dead: who killed it and a live countdown to
 * the respawn. The countdown runs from the kill event's arrival, less half a
 * round trip (the event left the server that long ago); at zero it says
 * "Respawning…" until the state has the commander back, never "0 s".
 */
export class DeathScreen {
  readonly el: HTMLElement;
  private readonly conn: MatchConnection;
  private readonly kinds: Map<number, KindInfo>;
  private readonly by: HTMLElement;
  private readonly count: HTMLElement;
  /** performance.now() the respawn is due, NaN when the kill was not seen (joined while dead) */
  private dueAt = Number.NaN;
  private killer = "";

  constructor(parent: HTMLElement, conn: MatchConnection, kinds: Map<number, KindInfo>) {
    this.conn = conn;
    this.kinds = kinds;
    this.by = h("p", { id: "death-by", class: "death-by" });
    this.count = h("p", { id: "death-count", class: "death-count", role: "timer" });
    this.el = h(
      "section",
      { id: "death-screen", class: "death", hidden: true },
      h("h2", {}, "Your commander fell"),
      this.by,
      this.count,
      h("p", { class: "hint" }, "Your units fight on. You return at your spawn point."),
    );
    parent.append(this.el);
  }

  /** A kill event: when it is the player's commander, start the countdown. */
  kill(k: Kill, now = performance.now()): void {
    if (k.victimOwner !== this.conn.playerId || k.victimKind !== Kind.Commander) return;
    const { commander, ticks } = this.conn.rules;
    const respawnMs =
      Math.max(1, Math.round(commander.respawnSeconds * ticks.criticalHz)) * (1000 / ticks.criticalHz);
    const rtt = this.conn.stats.rttMs;
    this.dueAt = now + respawnMs - (Number.isNaN(rtt) ? 0 : rtt / 2);
    const killerKind = this.conn.state.entities.get(String(k.killerId))?.kind;
    this.killer = whoText(this.conn, this.kinds, k.killerOwner, killerKind);
  }

  /** Shows or hides itself from the state; updates the countdown. */
  update(now: number): void {
    const c = this.conn.ownCommander();
    const dead = this.conn.state.phase === MatchPhase.Playing && c !== undefined && c.hp <= 0;
    if (!dead) {
      if (!this.el.hidden) {
        this.el.hidden = true;
        this.dueAt = Number.NaN;
        this.killer = "";
      }
      return;
    }
    this.el.hidden = false;
    setText(this.by, this.killer ? `Killed by ${this.killer}` : "");
    const left = Math.ceil((this.dueAt - now) / 1000);
    setText(this.count, Number.isNaN(left) || left <= 0 ? "Respawning…" : `Back in ${left} s`);
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  destroy(): void {
    this.el.remove();
  }
}
