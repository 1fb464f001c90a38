import { MatchPhase, unitKindNames } from "@octet/shared/sim";
import type Phaser from "phaser";
import { INVITE_PARAM, inviteCode } from "../lobby/invite-link.ts";
import { joinMatch } from "../lobby/join.ts";
import { describeJoinError, type JoinChoice } from "../lobby/join-errors.ts";
import { Lobby } from "../lobby/lobby.ts";
import { rulesUrl } from "../lobby/match-facts.ts";
import { WaitingRoom } from "../lobby/waiting-room.ts";
import { WatchList } from "../lobby/watch-list.ts";
import { EventBacklog } from "../net/event-backlog.ts";
import type { ConnectionEvents, MatchConnection } from "../net/index.ts";
import type { Screen } from "./debug-types.ts";
import { Hud } from "./hud.ts";
import { loadKeymap } from "./keymap-load.ts";
import { LEAVE_MESSAGES } from "./leave-messages.ts";
import { MatchOverlays } from "./match-overlays.ts";
import type { MatchScene, MatchSceneData } from "./match-scene.ts";
import { ReconnectBanner } from "./reconnect-banner.ts";
import { rejectText } from "./reject-text.ts";
import { type RankRow, ResultsScreen } from "./results.ts";
import type { Session } from "./session.ts";
import { loadSettings, type Settings } from "./settings.ts";
import { Sound } from "./sound.ts";

type PhaserModule = typeof import("./phaser-game.ts");

/**
 * The browser client's screens: lobby -> waiting room -> match -> results,
 * and the reconnect banner in between. It joins through net/ and hands the
 * connection to the Phaser match scene; it holds no game rules.
 */
export class App {
  readonly serverUrl: string;
  screen: Screen = "lobby";
  /** set by the debug hook: the match scene keeps a log of its frames */
  debug = false;
  /** combat effects (?effects=0 turns them off, for side-by-side measurements) */
  effects = true;
  /** remote motion from @colyseus/sdk's Predict (?interp=sdk or sdk-grid, bench:client's comparison) */
  sdkInterpolation: "off" | "sdk" | "sdk-grid" = "off";
  session: Session | null = null;
  private readonly ui: HTMLElement;
  private readonly gameParent: HTMLElement;
  private readonly lobby: Lobby;
  private readonly watchList: WatchList;
  readonly settings: Settings = loadSettings();
  readonly sound: Sound = new Sound(this.settings.volume, this.settings.muted);
  private game: Phaser.Game | null = null;
  private phaser: Promise<PhaserModule> | null = null;
  /** the Phaser module once it has loaded */
  private phaserModule: PhaserModule | null = null;
  private gameReady: Promise<Phaser.Game> | null = null;

  constructor(ui: HTMLElement, gameParent: HTMLElement, serverUrl: string) {
    this.ui = ui;
    this.gameParent = gameParent;
    this.serverUrl = serverUrl;
    this.watchList = new WatchList(serverUrl);
    this.lobby = new Lobby(ui, {
      watch: this.watchList.el,
      onJoin: (name, choice) => this.join(name, choice),
    });
  }

  start(): void {
    this.showLobby("");
    const invite = inviteCode(window.location.search);
    if (invite !== null) {
      // Used once: going back to the lobby later must not join again.
      const url = new URL(window.location.href);
      url.searchParams.delete(INVITE_PARAM);
      history.replaceState(null, "", url);
      this.lobby.invite(invite);
    }
    // The lobby tells the real match length and score limit; without them it keeps the defaults'.
    fetch(rulesUrl(this.serverUrl), { cache: "no-store" })
      .then((r) => (r.ok ? r.json() : null))
      .then((rules) => {
        if (rules) this.lobby.setRules(rules);
      })
      .catch(() => {});
    // bench:loading reads this: the moment the lobby form is in the page.
    performance.mark("octet:lobby");
    // Fetch the game's script once the lobby is up, so a join rarely waits for it.
    const preload = () => void this.loadPhaser().catch(() => {});
    if (document.readyState === "complete") setTimeout(preload, 0);
    else window.addEventListener("load", preload, { once: true });
  }

  private showLobby(message: string): void {
    this.screen = "lobby";
    this.gameParent.classList.add("idle");
    this.lobby.show(message);
    void this.watchList.refresh();
  }

  private async join(name: string, choice: JoinChoice): Promise<void> {
    let conn: MatchConnection;
    try {
      conn = await joinMatch(this.serverUrl, name, choice);
    } catch (err) {
      throw new Error(describeJoinError(err, choice, this.serverUrl));
    }
    try {
      await this.enter(
        conn,
        choice.mode === "create" ? conn.room.roomId : choice.mode === "quick" ? null : choice.code,
      );
    } catch (err) {
      void conn.leave().catch(() => {});
      this.teardown();
      throw new Error(`Could not load the game (${(err as Error).message}). Try again.`);
    }
  }

  private async enter(conn: MatchConnection, code: string | null): Promise<void> {
    if (!this.phaserModule) this.lobby.progress("Loading the game…");
    const early = new EventBacklog(conn, [
      "reconnecting",
      "reconnected",
      "seatLost",
      "matchEnd",
      "kills",
      "leave",
    ]);
    let game: Phaser.Game;
    try {
      if (this.sdkInterpolation !== "off")
        (await import("../net/sdk-interpolation.ts")).useSdkInterpolation(
          conn,
          this.sdkInterpolation === "sdk-grid",
        );
      game = await this.ensureGame();
    } catch (err) {
      early.stop();
      throw err;
    }
    this.lobby.hide();
    this.gameParent.classList.remove("idle");
    // Read from storage per match: the rules' unit kinds decide which train keys exist.
    const keymap = loadKeymap(unitKindNames(conn.rules));
    const s: Session = {
      conn,
      scene: null,
      hud: new Hud(this.ui, conn, keymap, {
        onTrain: (kind) => s.scene?.controls.train(kind),
        onGuard: () => s.scene?.controls.guard(),
        onMenu: () => s.overlays.menu.toggle(),
        onScore: () => s.overlays.scoreboard.toggle(),
        onGroup: (slot) => s.scene?.controls.pickGroup(slot),
        onStoreGroup: (slot) => s.scene?.controls.holdGroup(slot),
      }),
      overlays: new MatchOverlays(this.ui, conn, this.settings, this.sound, keymap, () => this.leave("")),
      banner: new ReconnectBanner(this.ui, () => this.leave("")),
      waiting: null,
      results: null,
      off: [],
      code,
      lastPatchAt: 0,
      lastPatchFrame: 0,
    };
    this.session = s;
    if (conn.state.phase === MatchPhase.Waiting)
      s.waiting = new WaitingRoom(this.ui, conn, code, () => this.leave(""));
    this.screen = conn.state.phase === MatchPhase.Waiting ? "waiting" : "match";
    const handlers: Partial<ConnectionEvents> = {
      patch: () => {
        s.lastPatchAt = performance.now();
        s.lastPatchFrame = s.scene?.frame ?? 0;
      },
      reconnecting: (deadline) => s.banner.reconnecting(deadline),
      reconnected: () => s.banner.reconnected(),
      seatLost: (reason) => {
        this.screen = "lost";
        s.banner.lost(reason);
      },
      matchEnd: (e) => this.showResults(s, e),
      kills: (e) => s.hud.kills(e.kills),
      // Every action of the player's that the server turned down, with the reason.
      result: (r) => {
        if (!r.accepted) s.hud.showNotice(rejectText(r.reason, r.detail));
      },
      leave: (code, reason) => this.onLeave(s, code, reason),
    };
    for (const [name, fn] of Object.entries(handlers))
      s.off.push(conn.on(name as keyof ConnectionEvents, fn as ConnectionEvents[keyof ConnectionEvents]));
    const data: MatchSceneData = {
      conn,
      keymap,
      onFrame: (scene, now) => this.onFrame(s, scene, now),
      onNotice: (text) => s.hud.showNotice(text),
      recordFrames: this.debug,
      effects: this.effects,
    };
    s.scene = this.phaserModule!.startMatch(game, data);
    s.overlays.attach(s.scene);
    // A match that ended during the join, then what came while the game loaded (showResults runs once).
    if (conn.matchEnd) this.showResults(s, conn.matchEnd);
    early.replay(handlers);
  }

  private onFrame(s: Session, scene: MatchScene, now: number): void {
    const conn = s.conn;
    if (s.waiting) {
      if (conn.state.phase === MatchPhase.Waiting) s.waiting.update(conn);
      else {
        s.waiting.destroy();
        s.waiting = null;
        if (this.screen === "waiting") this.screen = "match";
      }
    }
    s.hud.update(conn, scene.game.loop.actualFps, now, () => scene.controls.selection.groupSizes());
    s.overlays.update();
    if (conn.state.rematchCode) s.results?.offerRematch(conn.state.rematchCode);
  }

  private showResults(s: Session, e: { reason: string; ranking: RankRow[] }): void {
    if (s.results) return;
    this.screen = "results";
    s.waiting?.destroy();
    s.waiting = null;
    s.results = new ResultsScreen(
      this.ui,
      e,
      s.conn.playerId,
      {
        playAgain: () => {
          this.teardown();
          // Through the lobby, so the player sees "Finding a match…" and any error.
          this.showLobby("");
          this.lobby.quickMatch();
        },
        lobby: () => this.leave(""),
        rematch: (code) => {
          this.leave("");
          this.lobby.rematch(code);
        },
      },
      s.hud.ownKills,
    );
  }

  private onLeave(s: Session, code: number, reason?: string): void {
    if (this.session !== s) return;
    // After the results or a lost seat the screen already says what happened.
    if (this.screen === "results" || this.screen === "lost") return;
    this.teardown();
    this.showLobby(LEAVE_MESSAGES[code] ?? `Disconnected from the match${reason ? ` (${reason})` : ""}.`);
  }

  /** Leaves the match (if still in one) and goes back to the lobby. */
  leave(message: string): void {
    const s = this.session;
    if (s) void s.conn.leave().catch(() => {});
    this.teardown();
    this.showLobby(message);
  }

  private teardown(): void {
    const s = this.session;
    if (!s) return;
    this.session = null;
    for (const off of s.off) off();
    s.hud.destroy();
    s.overlays.destroy();
    s.banner.destroy();
    s.waiting?.destroy();
    s.results?.destroy();
    if (this.game && this.phaserModule) this.phaserModule.stopMatch(this.game);
    if (s.conn.room.connection.isOpen) void s.conn.leave().catch(() => {});
  }

  private loadPhaser(): Promise<PhaserModule> {
    this.phaser ??= import("./phaser-game.ts").then(
      (m) => {
        this.phaserModule = m;
        return m;
      },
      (err) => {
        this.phaser = null; // a later join tries again
        throw err;
      },
    );
    return this.phaser;
  }

  private ensureGame(): Promise<Phaser.Game> {
    this.gameReady ??= this.loadPhaser().then(async (m) => {
      this.game = await m.createGame(this.gameParent);
      return this.game;
    });
    return this.gameReady;
  }
}
