import { httpBase } from "../net/guest-token.ts";
import { h } from "./dom.ts";

/** Matches the lobby offers to watch at most. */
const SHOWN = 5;

interface LiveMatch {
  roomId: string;
  clients: number;
  full: boolean;
  createdAt: string;
}

/** The page that watches `roomId` live: this page with ?watch=<id> (other parameters, like debug, kept). */
export function watchHref(roomId: string, location: Location = window.location): string {
  const params = new URLSearchParams(location.search);
  params.set("watch", roomId);
  return `${location.pathname}?${params}`;
}

/**
 * The lobby's "Watch a match" list: the running public matches (GET
 * /matches), each with a Watch button that opens the live viewer. Read when
 * the lobby shows and on Refresh; a server that cannot be asked just shows
 * no list.
 */
export class WatchList {
  readonly el: HTMLElement;
  private readonly list: HTMLUListElement;
  private readonly note: HTMLElement;
  private readonly url: string;

  constructor(serverUrl: string) {
    this.url = `${httpBase(serverUrl)}/matches?limit=${SHOWN}`;
    this.list = h("ul", { id: "watch-list", class: "watch-list" });
    this.note = h("p", { class: "hint", id: "watch-note" }, "Looking for matches to watch…");
    const refresh = h("button", { type: "button", id: "watch-refresh", class: "small" }, "Refresh");
    refresh.addEventListener("click", () => void this.refresh());
    this.el = h(
      "div",
      { id: "watch", class: "watch" },
      h("div", { class: "watch-head" }, h("span", {}, "Watch a match"), refresh),
      this.list,
      this.note,
    );
  }

  async refresh(): Promise<void> {
    let matches: LiveMatch[];
    try {
      const res = await fetch(this.url, { cache: "no-store" });
      const body = (await res.json()) as { matches?: LiveMatch[]; error?: string };
      if (!res.ok || !Array.isArray(body.matches)) throw new Error(body.error ?? `HTTP ${res.status}`);
      matches = body.matches;
    } catch (err) {
      this.list.replaceChildren();
      // A fetch that never reached the server says only "Failed to fetch": say what it means.
      const why = err instanceof TypeError ? "the server cannot be reached" : (err as Error).message;
      this.note.textContent = `No match list: ${why}. Refresh to try again.`;
      return;
    }
    this.note.textContent = matches.length === 0 ? "No public match is running right now." : "";
    this.list.replaceChildren(
      ...matches.map((m) =>
        h(
          "li",
          {},
          h("span", {}, `Match ${m.roomId} · ${m.clients} connected${m.full ? " · seats full" : ""}`),
          h(
            "a",
            { class: "button watch-button", href: watchHref(m.roomId), "data-room-id": m.roomId },
            "Watch",
          ),
        ),
      ),
    );
  }
}
