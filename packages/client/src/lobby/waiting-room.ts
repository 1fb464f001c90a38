import { cssColor, slotColor, swatchClass } from "../game/palette.ts";
import type { MatchConnection } from "../net/index.ts";
import { h, setText } from "./dom.ts";
import { watchHref } from "./watch-list.ts";

/** The spectate link as a friend would paste it. */
function spectateLink(code: string): string {
  return new URL(watchHref(code), window.location.href).href;
}

/**
 * Before the match starts (MatchPhase.Waiting): who is in, the countdown, and the
 * code to share for a private match. Read from the synced state each frame.
 */
export class WaitingRoom {
  readonly el: HTMLElement;
  private readonly title: HTMLElement;
  private readonly countdown: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly codeBox: HTMLElement;
  private lastPlayers = "";

  constructor(parent: HTMLElement, conn: MatchConnection, code: string | null, onLeave: () => void) {
    this.title = h("h2", {}, "Waiting for players");
    this.countdown = h("p", { id: "countdown", class: "countdown", role: "status" });
    this.list = h("ol", { id: "waiting-players", class: "players" });
    const leave = h("button", { type: "button", id: "leave-waiting" }, "Leave");
    leave.addEventListener("click", onLeave);
    this.codeBox = code
      ? h(
          "div",
          { class: "code-box" },
          h("span", {}, "Private match code"),
          h("strong", { id: "match-code" }, code),
          h("span", { class: "hint" }, "Share it: friends choose “Join by code”."),
          // A private match is never listed to watch: its players hand out this link instead.
          h(
            "span",
            { class: "hint" },
            "Spectators: ",
            h("a", { id: "watch-link", href: watchHref(code), target: "_blank" }, spectateLink(code)),
          ),
        )
      : h("div", { class: "code-box hidden" });
    this.el = h(
      "section",
      { id: "waiting", class: "panel waiting" },
      this.title,
      this.codeBox,
      this.countdown,
      this.list,
      leave,
    );
    parent.append(this.el);
    this.update(conn);
  }

  update(conn: MatchConnection): void {
    const state = conn.state;
    const { max, minToStart } = conn.rules.players;
    const players: Array<{ name: string; slot: number; me: boolean; bot: boolean }> = [];
    state.players.forEach((p, id) => {
      if (!p.left) players.push({ name: p.name, slot: p.slot, me: id === conn.playerId, bot: p.bot });
    });
    players.sort((a, b) => a.slot - b.slot);
    setText(this.title, `Waiting for players (${players.length}/${max})`);
    if (state.secondsLeft > 0) setText(this.countdown, `Match starts in ${state.secondsLeft} s`);
    else {
      const need = Math.max(0, minToStart - players.length);
      const fill = conn.rules.players.botFillSeconds;
      setText(
        this.countdown,
        need > 0
          ? `Waiting for ${need} more player${need === 1 ? "" : "s"} to start` +
              (fill > 0 ? ` · bots take the empty seats ${fill} s after the first player joined` : "")
          : "Starting…",
      );
    }
    const key = players.map((p) => `${p.slot}:${p.name}:${p.me}:${p.bot}`).join("|");
    if (key === this.lastPlayers) return;
    this.lastPlayers = key;
    this.list.replaceChildren(
      ...players.map((p) =>
        h(
          "li",
          { class: p.me ? "me" : undefined },
          h("span", { class: swatchClass(p.slot), style: `background:${cssColor(slotColor(p.slot))}` }),
          p.name + (p.me ? " (you)" : p.bot ? " (bot)" : ""),
        ),
      ),
    );
  }

  destroy(): void {
    this.el.remove();
  }
}
