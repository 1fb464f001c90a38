import { cssColor, slotColor } from "../game/palette.ts";
import { h, setText } from "../lobby/dom.ts";
import type { ReplayModel } from "./replay-model.ts";
import type { ReplayView } from "./replay-scene.ts";

export const SPEEDS = [0.5, 1, 2, 4, 8] as const;

function clock(ticks: number, hz: number): string {
  const s = Math.floor(ticks / hz);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}

/**
 * The viewer's DOM: play/pause, speed, a timeline to scrub, whom to follow,
 * whose fog to draw, and the score and kill feed as they were at this tick.
 */
export class ReplayControls {
  readonly el: HTMLElement;
  private readonly model: ReplayModel;
  private readonly view: ReplayView;
  private readonly play: HTMLButtonElement;
  private readonly time: HTMLInputElement;
  private readonly clockText: HTMLElement;
  private readonly scores: HTMLElement;
  private readonly feed: HTMLElement;
  private readonly follow: HTMLSelectElement;
  private readonly fog: HTMLSelectElement;
  private shownPlayers = -1;
  private shownKey = "";

  constructor(parent: HTMLElement, model: ReplayModel, view: ReplayView, title: string) {
    this.model = model;
    this.view = view;
    this.play = h("button", { type: "button", id: "replay-play", class: "primary" }, "Pause");
    this.play.addEventListener("click", () => {
      // At the end of a replay, Play starts it over; at a live match's newest tick, it waits for more.
      if (!view.playing && !model.live && model.tick >= model.lastTick) model.seek(0);
      view.playing = !view.playing;
    });
    const speed = h("select", { id: "replay-speed", "aria-label": "speed" });
    for (const s of SPEEDS)
      speed.append(h("option", { value: String(s), selected: s === view.speed }, `${s}x`));
    speed.addEventListener("change", () => {
      view.speed = Number(speed.value);
    });
    this.time = h("input", {
      id: "replay-time",
      type: "range",
      min: 0,
      max: model.lastTick,
      value: 0,
      "aria-label": "match time",
    });
    this.time.addEventListener("input", () => model.seek(Number(this.time.value)));
    this.clockText = h("span", { id: "replay-clock" });
    this.follow = h("select", { id: "replay-follow", "aria-label": "follow" });
    this.follow.addEventListener("change", () => {
      view.follow = this.follow.value || null;
    });
    this.fog = h("select", { id: "replay-fog", "aria-label": "fog of war" });
    this.fog.addEventListener("change", () => {
      view.fogOf = this.fog.value || null;
    });
    this.scores = h("ol", { id: "replay-scores" });
    this.feed = h("ul", { id: "replay-feed" });
    this.el = h(
      "section",
      { id: "replay" },
      h("div", { class: "replay-title" }, title),
      h("div", { class: "replay-side" }, this.scores, this.feed),
      h(
        "div",
        { class: "replay-bar" },
        this.play,
        model.live ? this.liveButton() : null,
        speed,
        this.time,
        this.clockText,
        h("label", {}, "Camera ", this.follow),
        h("label", {}, "Fog ", this.fog),
      ),
    );
    parent.append(this.el);
  }

  /** Every frame: the clock, the timeline, players (as they join), scores and kills. */
  update(): void {
    const { model, view } = this;
    const hz = model.rules.ticks.criticalHz;
    setText(this.play, view.playing ? "Pause" : "Play");
    this.time.max = String(model.lastTick);
    if (document.activeElement !== this.time) this.time.value = String(model.tick);
    setText(this.clockText, `${clock(model.tick, hz)} / ${clock(model.lastTick, hz)}`);
    const world = model.world;
    const players = [...world.players.values()];
    if (players.length !== this.shownPlayers) {
      this.shownPlayers = players.length;
      this.fillPlayers(this.follow, "Whole map", players, view.follow);
      this.fillPlayers(this.fog, "Off", players, view.fogOf);
    }
    const ranked = players.slice().sort((a, b) => b.score - a.score || b.kills - a.kills || a.slot - b.slot);
    const name = (id: string) => world.players.get(id)?.name ?? "a creep";
    const victim = (k: { victimKind: number; victimOwner: string }) =>
      k.victimKind === 0
        ? `${name(k.victimOwner)}'s commander`
        : k.victimOwner
          ? `a unit of ${name(k.victimOwner)}`
          : "a creep";
    const rows = ranked.map((p) => `${p.name}  ${p.score}${p.left ? " (left)" : ""}`);
    const kills = model.kills.map((k) => `${name(k.killerOwner)} ✕ ${victim(k)}`);
    // Rebuilt only when something changed: the DOM should not churn every frame.
    const key = rows.join("|") + "#" + kills.join("|");
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.scores.replaceChildren(
      ...ranked.map((p, i) => h("li", { style: `color: ${cssColor(slotColor(p.slot))}` }, rows[i]!)),
    );
    this.feed.replaceChildren(...kills.map((k) => h("li", {}, k)));
  }

  /** A live match: back to its newest tick after scrubbing back. */
  private liveButton(): HTMLButtonElement {
    const live = h("button", { type: "button", id: "replay-live" }, "Live");
    live.addEventListener("click", () => {
      this.model.seek(this.model.lastTick);
      this.view.playing = true;
    });
    return live;
  }

  private fillPlayers(
    select: HTMLSelectElement,
    none: string,
    players: Array<{ id: string; name: string }>,
    current: string | null,
  ): void {
    select.replaceChildren(
      h("option", { value: "", selected: current === null }, none),
      ...players.map((p) => h("option", { value: p.id, selected: p.id === current }, p.name)),
    );
  }

  destroy(): void {
    this.el.remove();
  }
}
