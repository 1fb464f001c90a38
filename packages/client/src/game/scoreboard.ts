import { h } from "../lobby/dom.ts";
import type { MatchConnection } from "../net/index.ts";
import type { Keymap } from "./keymap.ts";
import { cssColor, slotColor, swatchClass } from "./palette.ts";

export interface ScoreRow {
  id: string;
  name: string;
  slot: number;
  score: number;
  kills: number;
  status: string;
}

/**
 * Places with fair ties: equal scores share a place, the next score takes the
 * place after all of them (1, 2, 2, 4). Rows come back sorted by score, then
 * name, so the order on screen does not depend on join order.
 */
export function rankRows<T extends { score: number; name: string }>(rows: T[]): Array<T & { place: number }> {
  const sorted = [...rows].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  let place = 0;
  return sorted.map((r, i) => {
    if (i === 0 || r.score !== sorted[i - 1]!.score) place = i + 1;
    return { ...r, place };
  });
}

/** The live scoreboard: shown while its key (Tab) is held (or the HUD's score is tapped). */
export class Scoreboard {
  readonly el: HTMLElement;
  private readonly body: HTMLTableSectionElement;
  private readonly conn: MatchConnection;
  private shownKey = "";
  private readonly keymap: Keymap;
  /** while true (the menu is open, the match is over) its key is the page's: Tab moves the focus */
  blocked: () => boolean = () => false;
  private readonly onDown = (e: KeyboardEvent) => {
    if (e.code !== this.keymap.key("scoreboard") || e.ctrlKey || e.metaKey || e.altKey || this.blocked())
      return;
    e.preventDefault();
    this.show(true);
  };
  private readonly onUp = (e: KeyboardEvent) => {
    if (e.code === this.keymap.key("scoreboard")) this.show(false);
  };
  /** A key released while the window had no focus (Alt+Tab away with Tab held) never sends keyup. */
  private readonly onBlur = () => this.show(false);

  constructor(parent: HTMLElement, conn: MatchConnection, keymap: Keymap) {
    this.conn = conn;
    this.keymap = keymap;
    this.body = h("tbody", {});
    this.el = h(
      "section",
      { id: "scoreboard", class: "panel scoreboard", hidden: true },
      h("h2", {}, "Scoreboard"),
      h(
        "table",
        {},
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, "#"),
            h("th", {}, "Player"),
            h("th", {}, "Score"),
            h("th", {}, "Kills"),
            h("th", {}, ""),
          ),
        ),
        this.body,
      ),
      h(
        "p",
        { class: "hint" },
        `First to ${conn.rules.match.scoreLimit} points wins; equal scores share a place.`,
      ),
    );
    parent.append(this.el);
    window.addEventListener("keydown", this.onDown);
    window.addEventListener("keyup", this.onUp);
    window.addEventListener("blur", this.onBlur);
  }

  get visible(): boolean {
    return !this.el.hidden;
  }

  show(on: boolean): void {
    this.el.hidden = !on;
    if (on) this.update();
  }

  toggle(): void {
    this.show(!this.visible);
  }

  rows(): ScoreRow[] {
    const rows: ScoreRow[] = [];
    this.conn.state.players.forEach((p, id) => {
      rows.push({
        id,
        name: p.name,
        slot: p.slot,
        score: p.score,
        kills: p.kills,
        status: p.left ? "left" : p.bot ? "bot" : !p.connected ? "reconnecting" : "",
      });
    });
    return rows;
  }

  update(): void {
    if (!this.visible) return;
    const ranked = rankRows(this.rows());
    const me = this.conn.playerId;
    const key = JSON.stringify(ranked);
    if (key === this.shownKey) return;
    this.shownKey = key;
    this.body.replaceChildren(
      ...ranked.map((r) =>
        h(
          "tr",
          { class: r.id === me ? "me" : undefined },
          h("td", {}, String(r.place)),
          h(
            "td",
            {},
            h("span", { class: swatchClass(r.slot), style: `background:${cssColor(slotColor(r.slot))}` }),
            r.name,
          ),
          h("td", {}, String(r.score)),
          h("td", {}, String(r.kills)),
          h("td", { class: "hint" }, r.status),
        ),
      ),
    );
  }

  destroy(): void {
    window.removeEventListener("keydown", this.onDown);
    window.removeEventListener("keyup", this.onUp);
    window.removeEventListener("blur", this.onBlur);
    this.el.remove();
  }
}
