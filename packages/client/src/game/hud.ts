import { Kind, MatchPhase, unitKindNames } from "@octet/shared/sim";
import { h, setText } from "../lobby/dom.ts";
import type { MatchConnection } from "../net/index.ts";
import { DeathScreen } from "./death-screen.ts";
import { GroupChips } from "./group-chips.ts";
import type { Keymap } from "./keymap.ts";
import { type Kill, KillFeed } from "./kill-feed.ts";
import { kindTable } from "./kinds.ts";
import { cssColor, slotColor, swatchClass } from "./palette.ts";
import type { KillsByKind } from "./results.ts";

/** The HUD is text: updating it four times a second is plenty and keeps layout work off most frames. */
const REFRESH_MS = 250;
const NOTICE_MS = 2500;
const PING_EVERY_MS = 2000;

/**
 * Gold, score, match clock, ping and FPS over the canvas, plus a button per
 * unit kind (the same as the train keys, 1, 2, 3 by default) and the control
 * groups' chips. Everything shown comes from the
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
  /** the player's own kills by kind, for the results */
  readonly ownKills: KillsByKind = { commanders: 0, units: 0, creeps: 0 };
  private readonly me: string;
  /** WebSocket round trip (ms) from the last ping, NaN before the first answer */
  private pingMs = Number.NaN;
  private pingedAt = Number.NEGATIVE_INFINITY;
  readonly death: DeathScreen;
  private refreshedAt = Number.NEGATIVE_INFINITY;
  private noticeUntil = 0;
  /** the control groups' chips ("4 ·3"), shown for groups that hold units (on a touch screen, for all) */
  readonly groups: GroupChips;
  private readonly offKeys: () => void;

  constructor(
    parent: HTMLElement,
    conn: MatchConnection,
    keymap: Keymap,
    actions: {
      onTrain: (kind: string) => void;
      onGuard?: () => void;
      onMenu?: () => void;
      onScore?: () => void;
      onGroup?: (slot: number) => void;
      onStoreGroup?: (slot: number) => void;
    },
  ) {
    const onTrain = actions.onTrain;
    this.me = conn.playerId;
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
    const labels: Array<() => void> = [];
    for (const kind of unitKindNames(conn.rules)) {
      const stats = conn.rules.units[kind]!;
      const kbd = h("kbd", {});
      const b = h(
        "button",
        { type: "button", "data-kind": kind },
        kbd,
        ` ${kind} `,
        h("small", {}, `${stats.cost}g`),
      );
      // The key in force, after any rebinding in the menu.
      const label = () => {
        const key = keymap.key(`train.${kind}`);
        kbd.textContent = keymap.label(`train.${kind}`);
        kbd.hidden = key === null;
        b.title = key === null ? `Train a ${kind}` : `Train a ${kind} (key ${keymap.label(`train.${kind}`)})`;
      };
      label();
      labels.push(label);
      b.addEventListener("click", () => {
        onTrain(kind);
        b.blur(); // keep the keyboard for the game
      });
      train.append(b);
      this.trainButtons.push({ el: b, cost: stats.cost });
    }
    this.groups = new GroupChips(keymap, {
      pick: (slot) => actions.onGroup?.(slot),
      store: (slot) => actions.onStoreGroup?.(slot),
    });
    const guard = guardButton(keymap, () => actions.onGuard?.());
    labels.push(guard.label);
    train.append(guard.el);
    this.offKeys = keymap.onChange(() => {
      for (const f of labels) f();
      this.groups.relabel();
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
      this.groups.el,
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
      if (k.killerOwner === this.me) {
        if (k.victimKind === Kind.Commander) this.ownKills.commanders++;
        else if (k.victimKind === Kind.Creep) this.ownKills.creeps++;
        else this.ownKills.units++;
      }
      this.feed.add(k, now);
      this.death.kill(k, now);
    }
  }

  showNotice(text: string, now = performance.now()): void {
    this.notice.textContent = text;
    this.notice.classList.add("on");
    this.noticeUntil = now + NOTICE_MS;
  }

  /** `groupSizes`: the living units in each control group (the scene's selection knows). */
  update(conn: MatchConnection, fps: number, now: number, groupSizes?: () => readonly number[]): void {
    if (now - this.refreshedAt < REFRESH_MS) return;
    if (groupSizes) this.groups.update(groupSizes());
    this.feed.update(now);
    this.death.update(now);
    this.refreshedAt = now;
    const state = conn.state;
    const me = state.players.get(conn.playerId);
    const gold = me?.gold ?? 0;
    setText(this.gold, String(gold));
    setText(this.score, String(me?.score ?? 0));
    if (me) {
      this.swatch.style.background = cssColor(slotColor(me.slot));
      if (this.swatch.className !== swatchClass(me.slot)) this.swatch.className = swatchClass(me.slot);
    }
    const s = state.secondsLeft;
    const label =
      state.phase === MatchPhase.Waiting ? "Starts in" : state.phase === MatchPhase.Playing ? "Time" : "Over";
    // No countdown yet while the match waits for players: "Waiting", not "Starts in 0:00".
    const waitingForPlayers = state.phase === MatchPhase.Waiting && s === 0;
    setText(
      this.clock,
      waitingForPlayers ? "Waiting" : `${label} ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`,
    );
    // Ping is the socket's round trip (Colyseus ping/pong every 2 s), not the
    // input -> ack time, which also waits for the next tick.
    if (now - this.pingedAt > PING_EVERY_MS && conn.room.connection.isOpen && !conn.reconnecting) {
      this.pingedAt = now;
      conn.room.ping((ms: number) => {
        this.pingMs = ms;
      });
    }
    setText(this.ping, Number.isNaN(this.pingMs) ? "–" : `${Math.round(this.pingMs)} ms`);
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
    this.offKeys();
    this.groups.destroy();
    this.el.remove();
  }
}

/** The touch way to the G key: the selected units, or all, follow and guard the commander. */
function guardButton(keymap: Keymap, onGuard: () => void): { el: HTMLButtonElement; label: () => void } {
  const kbd = h("kbd", {});
  const b = h("button", { type: "button", id: "guard-button", class: "guard" }, kbd, " guard");
  // The key in force, after any rebinding in the menu.
  const label = () => {
    const key = keymap.key("order.guard");
    kbd.textContent = keymap.label("order.guard");
    kbd.hidden = key === null;
    b.title = `Guard: your units follow and guard your commander${key === null ? "" : ` (key ${kbd.textContent})`}`;
  };
  label();
  b.addEventListener("click", () => {
    onGuard();
    b.blur();
  });
  return { el: b, label };
}
