import { MatchPhase } from "@octet/shared/sim";
import { cssColor, slotColor, swatchClass } from "../game/palette.ts";
import type { MatchConnection } from "../net/index.ts";
import { hostOf, startWithBots } from "../net/start-with-bots.ts";
import { h, setText } from "./dom.ts";
import { inviteLink } from "./invite-link.ts";

/** The server takes one start request per this long (rooms/host-start.ts): the button rests as long. */
const START_REST_MS = 2000;

import { watchHref } from "./watch-list.ts";

/** The spectate link as a friend would paste it. */
function spectateLink(code: string): string {
  return new URL(watchHref(code), window.location.href).href;
}

/**
 * Before the match starts (MatchPhase.Waiting): who is in, the countdown (the
 * lobby's, or the server's to the bot fill), and for a private match the code,
 * an invite link to copy, and the host's "Start now with bots". Read from the
 * synced state each frame.
 */
export class WaitingRoom {
  readonly el: HTMLElement;
  private readonly title: HTMLElement;
  private readonly countdown: HTMLElement;
  private readonly list: HTMLOListElement;
  private readonly codeBox: HTMLElement;
  /** a private match (it has a code): only its host may start it with bots */
  private readonly isPrivate: boolean;
  private readonly start: HTMLButtonElement;
  private startRestsUntil = 0;
  private lastPlayers = "";

  constructor(parent: HTMLElement, conn: MatchConnection, code: string | null, onLeave: () => void) {
    this.title = h("h2", {}, "Waiting for players");
    this.countdown = h("p", { id: "countdown", class: "countdown", role: "status" });
    this.list = h("ol", { id: "waiting-players", class: "players" });
    const leave = h("button", { type: "button", id: "leave-waiting" }, "Leave");
    leave.addEventListener("click", onLeave);
    this.start = h(
      "button",
      { type: "button", id: "start-with-bots", class: "primary", hidden: true },
      "Start now with bots",
    );
    this.start.addEventListener("click", () => {
      this.startRestsUntil = performance.now() + START_REST_MS;
      this.start.disabled = true;
      startWithBots(conn.room);
    });
    this.isPrivate = !!code;
    this.codeBox = code ? this.inviteBox(code) : h("div", { class: "code-box hidden" });
    this.el = h(
      "section",
      { id: "waiting", class: "panel waiting" },
      this.title,
      this.codeBox,
      this.countdown,
      this.list,
      this.start,
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
    setText(
      this.countdown,
      countdownText(state, players.length, minToStart, conn.rules.players.botFillSeconds),
    );
    const host =
      this.isPrivate &&
      state.phase === MatchPhase.Waiting &&
      !players.some((p) => p.bot) &&
      hostOf(state) === conn.playerId;
    this.start.hidden = !host;
    if (this.start.disabled && performance.now() >= this.startRestsUntil) this.start.disabled = false;
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

  private inviteBox(code: string): HTMLElement {
    const link = inviteLink(code, window.location);
    const field = h("input", { id: "invite-link", readonly: true, value: link, "aria-label": "invite link" });
    const copy = h("button", { type: "button", id: "copy-invite" }, "Copy invite link");
    const note = h(
      "span",
      { id: "invite-note", class: "hint", role: "status" },
      "Share it: friends choose “Join by code”, or open the link.",
    );
    copy.addEventListener("click", () => {
      field.select();
      const done = (ok: boolean) =>
        setText(note, ok ? "Link copied: send it to your friends." : "Copy the link above (Ctrl+C).");
      if (navigator.clipboard?.writeText)
        navigator.clipboard.writeText(link).then(
          () => done(true),
          () => done(false),
        );
      else done(false);
    });
    return h(
      "div",
      { class: "code-box" },
      h("span", {}, "Private match code"),
      h("strong", { id: "match-code" }, code),
      h("div", { class: "row invite" }, field, copy),
      note,
      // A private match is never listed to watch: its players hand out this link instead.
      h(
        "span",
        { class: "hint" },
        "Spectators: ",
        h("a", { id: "watch-link", href: watchHref(code), target: "_blank" }, spectateLink(code)),
      ),
    );
  }
}

/** The lobby countdown once enough players are in; before that, who is missing and the server's countdown to the bots. */
function countdownText(
  state: { secondsLeft: number; botsInSeconds: number },
  players: number,
  minToStart: number,
  botFillSeconds: number,
): string {
  if (state.secondsLeft > 0) return `Match starts in ${state.secondsLeft} s`;
  const need = Math.max(0, minToStart - players);
  if (need === 0) return "Starting…";
  const waiting = `Waiting for ${need} more player${need === 1 ? "" : "s"} to start`;
  if (state.botsInSeconds > 0) return `${waiting} · bots join in ${state.botsInSeconds} s`;
  return botFillSeconds > 0
    ? `${waiting} · bots take the empty seats ${botFillSeconds} s after the first player joined`
    : waiting;
}
