import type { Room } from "@colyseus/sdk";
import { MessageType } from "@octet/shared/protocol";
import { RecordError, RecordReader } from "@octet/shared/record";
import { MatchState } from "@octet/shared/state";
import { h } from "../lobby/dom.ts";
import { authorizedClient } from "../net/guest-token.ts";
import { ReplayModel } from "./replay-model.ts";
import { httpOrigin, mountViewer } from "./replay-viewer.ts";

/** What a spectator is called in the server's logs (it holds no seat, so nobody sees it). */
const SPECTATOR_NAME = "Spectator";

/**
 * /?watch=<roomId> (the server redirects /watch/<id> here; the lobby's Watch
 * buttons link to it): joins the match as a spectator and plays its live
 * record with the replay viewer. The server sends the record so far, then
 * each tick's entry (rules.match.spectatorDelaySeconds behind); the page runs
 * the shared sim, so it sees the whole map, can follow anyone, draw anyone's
 * fog and scrub back within what has arrived.
 */
export async function startLiveViewer(
  ui: HTMLElement,
  gameParent: HTMLElement,
  serverUrl: string,
  roomId: string,
  debug: boolean,
): Promise<void> {
  const status = h(
    "section",
    { id: "replay-status", class: "panel" },
    h("p", {}, `Joining match ${roomId} as a spectator…`),
  );
  ui.append(status);
  const fail = (why: string) => {
    status.replaceChildren(
      h("h2", {}, "Cannot watch"),
      h("p", { id: "replay-error", class: "error" }, `Match ${roomId}: ${why}.`),
      h("a", { href: "./" }, "Back to the lobby"),
    );
    // Over the viewer too, if it had opened (append moves the panel back into the page).
    ui.append(status);
  };
  let room: Room;
  try {
    const client = await authorizedClient(serverUrl, SPECTATOR_NAME);
    room = await client.joinById(roomId, { spectate: true }, MatchState);
  } catch (err) {
    return void fail((err as Error).message.replace(/\.$/, ""));
  }
  const reader = new RecordReader();
  let model: ReplayModel | null = null;
  let title: HTMLElement | null = null;
  const ended = (why: string) => {
    if (!model) return void fail(why);
    model.live = false;
    if (title) title.textContent = `Match ${roomId}: ${why} (scrub to watch it again)`;
  };
  room.onMessage(MessageType.Record, (bytes: Uint8Array) => {
    try {
      reader.push(new Uint8Array(bytes));
    } catch (err) {
      // A record this page cannot follow: stop watching rather than show a wrong match.
      const why = err instanceof RecordError ? `the live record cannot be read: ${err.message}` : String(err);
      void room.leave();
      if (model) model.live = false;
      return void fail(why);
    }
    if (model) {
      if (reader.record().end && model.live) ended("the match is over");
      return;
    }
    // The first message: the record so far. Open at its newest tick (the live edge).
    model = new ReplayModel(reader.record());
    model.live = reader.record().end === null;
    model.seek(model.lastTick);
    status.remove();
    void mountViewer({
      ui,
      gameParent,
      model,
      title: `Live: match ${roomId}`,
      origin: httpOrigin(serverUrl),
      debug,
    }).then((controls) => {
      title = controls.el.querySelector(".replay-title");
    });
  });
  // Broadcasts every client gets (kills, the match's end): the record already carries what matters.
  room.onMessage(MessageType.Server, () => {});
  room.onLeave(() => ended("the match is over, or the connection closed"));
}
