import { h } from "../lobby/dom.ts";
import type { Keymap } from "./keymap.ts";
import { KeysPanel } from "./keys-panel.ts";

export interface MenuActions {
  onVolume: (volume: number, muted: boolean) => void;
  onLeave: () => void;
}

/**
 * The in-match menu (Esc, or the ☰ button): resume, volume and mute, the
 * keys (rebindable: KeysPanel), how to play, and leaving the match. The match keeps running
 * underneath: it is a shared world, so nothing pauses.
 */
export class Menu {
  readonly el: HTMLElement;
  private readonly volume: HTMLInputElement;
  private readonly mute: HTMLInputElement;
  private readonly resume: HTMLButtonElement;
  readonly keys: KeysPanel;

  constructor(
    parent: HTMLElement,
    settings: { volume: number; muted: boolean },
    howTo: string,
    keymap: Keymap,
    actions: MenuActions,
  ) {
    this.keys = new KeysPanel(keymap);
    this.resume = h("button", { type: "button", id: "menu-resume", class: "primary" }, "Resume");
    const leave = h("button", { type: "button", id: "menu-leave" }, "Leave match");
    this.volume = h("input", {
      type: "range",
      id: "menu-volume",
      min: 0,
      max: 100,
      value: Math.round(settings.volume * 100),
      "aria-label": "volume",
    });
    this.mute = h("input", { type: "checkbox", id: "menu-mute", checked: settings.muted });
    const changed = () => actions.onVolume(Number(this.volume.value) / 100, this.mute.checked);
    this.volume.addEventListener("input", changed);
    this.mute.addEventListener("change", changed);
    this.resume.addEventListener("click", () => this.close());
    leave.addEventListener("click", actions.onLeave);
    this.el = h(
      "section",
      { id: "menu", class: "panel menu", role: "dialog", "aria-label": "menu", hidden: true },
      h("h2", {}, "Menu"),
      this.resume,
      h(
        "div",
        { class: "volume" },
        h("label", { for: "menu-volume" }, "Volume"),
        this.volume,
        h("label", { class: "mute" }, this.mute, " Mute"),
      ),
      this.keys.el,
      h("details", { id: "menu-howto" }, h("summary", {}, "How to play"), h("p", { class: "hint" }, howTo)),
      leave,
    );
    parent.append(this.el);
  }

  get isOpen(): boolean {
    return !this.el.hidden;
  }

  toggle(): void {
    if (this.isOpen) this.close();
    else this.open();
  }

  open(): void {
    this.el.hidden = false;
    this.resume.focus();
  }

  close(): void {
    this.keys.stop();
    this.el.hidden = true;
    // Hand the keyboard back to the game.
    (document.activeElement as HTMLElement | null)?.blur?.();
  }

  destroy(): void {
    this.keys.destroy();
    this.el.remove();
  }
}
