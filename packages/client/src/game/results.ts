import { h } from "../lobby/dom.ts";

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

  constructor(
    parent: HTMLElement,
    result: { reason: string; ranking: RankRow[]; matchId?: string },
    me: string,
    actions: { playAgain: () => void; lobby: () => void },
  ) {
    const mine = result.ranking.find((r) => r.playerId === me);
    const again = h("button", { type: "button", id: "play-again", class: "primary" }, "Play again");
    const lobby = h("button", { type: "button", id: "to-lobby" }, "Lobby");
    again.addEventListener("click", actions.playAgain);
    lobby.addEventListener("click", actions.lobby);
    // The record of the match, played in this page by the replay viewer (keeps ?server= and the like).
    const matchId = result.matchId;
    const watch = matchId ? h("button", { type: "button", id: "watch-replay" }, "Watch replay") : null;
    watch?.addEventListener("click", () => window.location.assign(replayHref(matchId!)));
    this.el = h(
      "section",
      { id: "results", class: "panel results" },
      h("h2", {}, mine ? (mine.rank === 1 ? "Victory!" : `You placed #${mine.rank}`) : "Match over"),
      h("p", { class: "reason" }, REASONS[result.reason] ?? result.reason),
      h(
        "table",
        { id: "ranking" },
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, "#"), h("th", {}, "Player"), h("th", {}, "Score"), h("th", {}, "Kills")),
        ),
        h(
          "tbody",
          {},
          ...result.ranking.map((r) =>
            h(
              "tr",
              { class: r.playerId === me ? "me" : undefined },
              h("td", {}, String(r.rank)),
              h("td", {}, r.name),
              h("td", {}, String(r.score)),
              h("td", {}, String(r.kills)),
            ),
          ),
        ),
      ),
      h("div", { class: "row" }, again, lobby, watch),
    );
    parent.append(this.el);
    again.focus();
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
