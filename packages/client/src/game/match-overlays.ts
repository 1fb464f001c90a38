import { Kind, MatchPhase } from "@octet/shared/sim";
import type { MatchConnection } from "../net/index.ts";
import { Hotkeys } from "./hotkeys.ts";
import { goalText, HowTo } from "./how-to.ts";
import type { Keymap } from "./keymap.ts";
import type { MatchScene } from "./match-scene.ts";
import { Menu } from "./menu.ts";
import { Scoreboard } from "./scoreboard.ts";
import { type Settings, saveSettings } from "./settings.ts";
import type { Sound } from "./sound.ts";

/**
 * What a match has on top of the map besides the HUD: the Esc menu, the Tab
 * scoreboard, the first match's how-to card, and the sounds of the match's
 * moments. One per session; the app creates it with the session and destroys
 * it with the session.
 */
export class MatchOverlays {
  readonly menu: Menu;
  readonly scoreboard: Scoreboard;
  howTo: HowTo | null = null;
  private readonly conn: MatchConnection;
  private readonly sound: Sound;
  private readonly hotkeys = new Hotkeys();
  private readonly off: Array<() => void> = [];
  private phase: number;
  private scene: MatchScene | null = null;
  private ended = false;
  /** The menu or the results screen has the keyboard: the match's keys and mouse do nothing. */
  private readonly keyboardTaken = () => this.menu.isOpen || this.ended;

  constructor(
    parent: HTMLElement,
    conn: MatchConnection,
    settings: Settings,
    sound: Sound,
    keymap: Keymap,
    onLeave: () => void,
  ) {
    this.conn = conn;
    this.sound = sound;
    this.phase = conn.state.phase;
    this.menu = new Menu(parent, settings, goalText(conn.rules), keymap, {
      onVolume: (volume, muted) => {
        settings.volume = volume;
        settings.muted = muted;
        saveSettings(settings);
        sound.setVolume(volume, muted);
        sound.play("hit");
      },
      onLeave,
    });
    this.scoreboard = new Scoreboard(parent, conn, keymap);
    // The waiting room lists the players itself, and Tab has its buttons (invite, start, leave) to reach.
    this.scoreboard.blocked = () => this.keyboardTaken() || conn.state.phase === MatchPhase.Waiting;
    if (!settings.howToSeen)
      this.howTo = new HowTo(parent, conn.rules, keymap, () => {
        this.howTo = null;
        settings.howToSeen = true;
        saveSettings(settings);
      });
    this.hotkeys.onCode("Escape", () => {
      if (this.howTo) {
        this.howTo.destroy();
        this.howTo = null;
        settings.howToSeen = true;
        saveSettings(settings);
      } else this.menu.toggle();
    });
    const me = conn.playerId;
    this.off.push(
      conn.on("kills", (e) => {
        for (const k of e.kills) if (k.killerOwner === me && k.victimKind === Kind.Creep) sound.play("gold");
      }),
      conn.on("result", (r) => {
        if (!r.accepted) sound.play("reject");
      }),
      conn.on("matchEnd", () => {
        this.ended = true;
        this.scoreboard.show(false);
        sound.play("end");
      }),
    );
  }

  /** The match scene is up: its effects' cues become sounds, its input pauses while the menu is open. */
  attach(scene: MatchScene): void {
    this.scene = scene;
    scene.effects.onCue = (cue) => this.sound.play(cue);
    scene.controls.onTrain = () => this.sound.play("train");
    scene.controls.blocked = this.keyboardTaken;
    scene.hotkeys.blocked = this.keyboardTaken;
  }

  /** Once per frame. */
  update(): void {
    const phase = this.conn.state.phase;
    if (phase !== this.phase) {
      if (phase === MatchPhase.Playing) this.sound.play("start");
      this.phase = phase;
    }
    this.scoreboard.update();
  }

  destroy(): void {
    for (const f of this.off) f();
    this.hotkeys.destroy();
    this.menu.destroy();
    this.scoreboard.destroy();
    this.howTo?.destroy();
    if (this.scene) this.scene.effects.onCue = () => {};
  }
}
