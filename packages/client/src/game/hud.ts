import { MatchPhase, unitKindNames } from "@octet/shared/sim";
import { h, setText } from "../lobby/dom.ts";
import type { MatchConnection } from "../net/index.ts";
import { DeathScreen } from "./death-screen.ts";
import { type Kill, KillFeed } from "./kill-feed.ts";
import { kindTable } from "./kinds.ts";
import { cssColor, slotColor } from "./palette.ts";

/** The HUD is text: updating it four times a second is plenty and keeps layout work off most frames. */
const REFRESH_MS = 250;
const NOTICE_MS = 2500;

/**
 * Gold, score, match clock, ping and FPS over the canvas, plus a button per
 * unit kind (the same as keys 1, 2, 3). Everything shown comes from the
 * synced state and conn.stats.
 */
export class Hud {
  readonly el: HTMLElement;
  private readonly gold: HTMLElement;
  private readonly score: HTMLElement;
  private readonly clock: HTMLElement;
  private readonly ping: HTMLElement;
  private readonly fps: HTMLElement;
  private readonly notice: HTMLElement;
  private readonly trainButtons: Array<{ el: HTMLButtonElement; cost: number }> = [];
  private readonly swatch: HTMLElement;
  readonly feed: KillFeed;
  readonly death: DeathScreen;
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private noticeUntil = 0;

  constructor(
    parent: HTMLElement,
    conn: MatchConnection,
    actions: { onTrain: (kind: string) => void; onMenu?: () => void; onScore?: () => void },
  ) {
    const onTrain = actions.onTrain;
    const stat = (id: string, label: string) => {
      const value = h("b", { id });
      return { box: h("span", { class: "stat" }, `${label} `, value), value };
    };
    const gold = stat("hud-gold", "Gold");
    const score = stat("hud-score", "Score");
    const clock = stat("hud-clock", "");
    const ping = stat("hud-ping", "Ping");
    const fps = stat("hud-fps", "FPS");
    this.gold = gold.value;
    this.score = score.value;
    this.clock = clock.value;
    this.ping = ping.value;
    this.fps = fps.value;
    this.swatch = h("span", { class: "swatch" });
    const menuButton = h(
      "button",
      { type: "button", id: "menu-button", class: "menu-button", title: "Menu (Esc)" },
      "☰",
    );
    menuButton.addEventListener("click", () => {
      menuButton.blur();
      actions.onMenu?.();
    });
    score.box.addEventListener("click", () => actions.onScore?.());
    this.notice = h("div", { id: "hud-notice", class: "notice", role: "status" });
    const train = h("div", { class: "train" });
    unitKindNames(conn.rules).forEach((kind, i) => {
      const stats = conn.rules.units[kind]!;
      const b = h(
        "button",
        { type: "button", "data-kind": kind, title: `Train a ${kind} (key ${i + 1})` },
        h("kbd", {}, String(i + 1)),
        ` ${kind} `,
        h("small", {}, `${stats.cost}g`),
      );
      b.addEventListener("click", () => {
        onTrain(kind);
        b.blur(); // keep the keyboard for the game
      });
      train.append(b);
      this.trainButtons.push({ el: b, cost: stats.cost });
    });
    this.el = h(
      "div",
      { id: "hud", class: "hud" },
      h(
        "div",
        { class: "hud-top" },
        h("span", { class: "stat" }, this.swatch),
        gold.box,
        score.box,
        clock.box,
      ),
      h("div", { class: "hud-net" }, ping.box, fps.box, menuButton),
      train,
      this.notice,
    );
    parent.append(this.el);
    const kinds = kindTable(conn.rules);
    this.feed = new KillFeed(this.el, conn, kinds);
    this.death = new DeathScreen(this.el, conn, kinds);
  }

  /** Kills the server reported: the feed and, for the player's commander, the death screen. */
  kills(kills: readonly Kill[], now = performance.now()): void {
    for (const k of kills) {
      this.feed.add(k, now);
      this.death.kill(k, now);
    }
  }

  showNotice(text: string, now = performance.now()): void {
    this.notice.textContent = text;
    this.notice.classList.add("on");
    this.noticeUntil = now + NOTICE_MS;
  }

  update(conn: MatchConnection, fps: number, now: number): void {
    if (now - this.refreshedAt < REFRESH_MS) return;
    this.feed.update(now);
    this.death.update(now);
    this.refreshedAt = now;
    const state = conn.state;
    const me = state.players.get(conn.playerId);
    const gold = me?.gold ?? 0;
    setText(this.gold, String(gold));
    setText(this.score, String(me?.score ?? 0));
    if (me) this.swatch.style.background = cssColor(slotColor(me.slot));
    const s = state.secondsLeft;
    const label =
      state.phase === MatchPhase.Waiting ? "Starts in" : state.phase === MatchPhase.Playing ? "Time" : "Over";
    setText(this.clock, `${label} ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`);
    const rtt = conn.stats.rttMs;
    setText(this.ping, Number.isNaN(rtt) ? "–" : `${Math.round(rtt)} ms`);
    setText(this.fps, String(Math.round(fps)));
    for (const b of this.trainButtons) {
      const can = state.phase === MatchPhase.Playing && gold >= b.cost;
      if (b.el.classList.contains("cannot") === can) b.el.classList.toggle("cannot", !can);
    }
    if (this.noticeUntil > 0 && now > this.noticeUntil) {
      this.notice.classList.remove("on");
      this.noticeUntil = 0;
    }
  }

  destroy(): void {
    this.el.remove();
  }
}
