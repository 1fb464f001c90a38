import { h } from "../lobby/dom.ts";
import { rankRows } from "./scoreboard.ts";

/** The player's own kills by kind, counted from the kill events it was sent (the killer always is). */
export interface KillsByKind {
  commanders: number;
  units: number;
  creeps: number;
}

export interface RankRow {
  rank: number;
  playerId: string;
  name: string;
  score: number;
  kills: number;
}

const REASONS: Record<string, string> = {
  time: "Time is up",
  score: "Score limit reached",
  abandoned: "Everyone else left",
};

/** The end of a match: the ranking, the player's own row highlighted, and the way to the next match. */
export class ResultsScreen {
  readonly el: HTMLElement;
  private readonly rematch: HTMLButtonElement;
  private rematchCode = "";

  constructor(
    parent: HTMLElement,
    result: { reason: string; ranking: RankRow[]; matchId?: string },
    me: string,
    actions: { playAgain: () => void; lobby: () => void; rematch: (code: string) => void },
    myKills?: KillsByKind,
  ) {
    // Equal scores share a place (1, 1, 3), ordered by name: no "Victory!" for a tied first.
    const ranked = rankRows(result.ranking);
    const mine = ranked.find((r) => r.playerId === me);
    const tied = mine ? ranked.filter((r) => r.place === mine.place).length > 1 : false;
    const title = !mine
      ? "Match over"
      : mine.place === 1
        ? tied
          ? "Tied for first!"
          : "Victory!"
        : `You placed #${mine.place}${tied ? " (tied)" : ""}`;
    const again = h("button", { type: "button", id: "play-again", class: "primary" }, "Play again");
    const lobby = h("button", { type: "button", id: "to-lobby" }, "Lobby");
    again.addEventListener("click", actions.playAgain);
    // Shown once the server offers the rematch (state.rematchCode), just after the end.
    this.rematch = h("button", { type: "button", id: "rematch", hidden: true }, "Rematch");
    this.rematch.addEventListener("click", () => {
      if (this.rematchCode) actions.rematch(this.rematchCode);
    });
    lobby.addEventListener("click", actions.lobby);
    // The record of the match, played in this page by the replay viewer (keeps ?server= and the like).
    const matchId = result.matchId;
    const watch = matchId ? h("button", { type: "button", id: "watch-replay" }, "Watch replay") : null;
    watch?.addEventListener("click", () => window.location.assign(replayHref(matchId!)));
    this.el = h(
      "section",
      { id: "results", class: "panel results" },
      h("h2", {}, title),
      h("p", { class: "reason" }, REASONS[result.reason] ?? result.reason),
      h(
        "table",
        { id: "ranking" },
        h(
          "thead",
          {},
          h(
            "tr",
            {},
            h("th", {}, "#"),
            h("th", {}, "Player"),
            h("th", {}, "Score"),
            h("th", { title: "commanders, units and creeps" }, "Kills*"),
          ),
        ),
        h(
          "tbody",
          {},
          ...ranked.map((r) =>
            h(
              "tr",
              { class: r.playerId === me ? "me" : undefined },
              h("td", {}, String(r.place)),
              h("td", {}, r.name),
              h("td", {}, String(r.score)),
              h("td", {}, String(r.kills)),
            ),
          ),
        ),
      ),
      h(
        "p",
        { id: "kills-note", class: "hint" },
        "* Kills count commanders, units and creeps together" +
          (myKills
            ? `; yours: ${myKills.commanders} commander${myKills.commanders === 1 ? "" : "s"}, ${myKills.units} unit${myKills.units === 1 ? "" : "s"}, ${myKills.creeps} creep${myKills.creeps === 1 ? "" : "s"}.`
            : "."),
      ),
      h("div", { class: "row" }, again, this.rematch, lobby, watch),
    );
    parent.append(this.el);
    again.focus();
  }

  /** The same players' next match is open under `code`: the Rematch button appears. */
  offerRematch(code: string): void {
    if (code === this.rematchCode) return;
    this.rematchCode = code;
    this.rematch.hidden = false;
  }

  destroy(): void {
    this.el.remove();
  }
}

/** This page with ?replay=<matchId>: the viewer, on the same server. */
function replayHref(matchId: string): string {
  const params = new URLSearchParams(window.location.search);
  params.set("replay", matchId);
  return `?${params}`;
}
