import { h } from "../lobby/dom.ts";

/** Every input, as the menu and the how-to card list it. */
export const KEYBINDS: ReadonlyArray<readonly [string, string]> = [
  ["W A S D", "move your commander"],
  ["Arrows · screen edge · middle-drag", "move the camera"],
  ["Wheel · + / −", "zoom"],
  ["Space", "camera back to your commander"],
  ["Left-drag · click", "select units (click: the stack under it; double-click: all of that kind)"],
  ["Right-click", "move the selection (or all units) / attack an enemy"],
  ["1 2 3", "train soldier / archer / scout"],
  ["G", "guard: the selected units (or all) follow and guard your commander"],
  ["Tab (hold)", "scoreboard"],
  ["Esc", "this menu"],
  ["Touch", "tap to move the commander · drag to look · long-press to order units there · Guard button"],
];

export interface MenuActions {
  onVolume: (volume: number, muted: boolean) => void;
  onLeave: () => void;
}

/** A list of [keys, what they do] as a small table. */
export function keybindTable(): HTMLTableElement {
  return h(
    "table",
    { class: "keys" },
    h("tbody", {}, ...KEYBINDS.map(([k, what]) => h("tr", {}, h("th", {}, k), h("td", {}, what)))),
  );
}

/**
 * The in-match menu (Esc, or the ☰ button): resume, volume and mute, the
 * keybinds, how to play, and leaving the match. The match keeps running
 * underneath: it is a shared world, so nothing pauses.
 */
export class Menu {
  readonly el: HTMLElement;
  private readonly volume: HTMLInputElement;
  private readonly mute: HTMLInputElement;
  private readonly resume: HTMLButtonElement;

  constructor(
    parent: HTMLElement,
    settings: { volume: number; muted: boolean },
    howTo: string,
    actions: MenuActions,
  ) {
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
      h("details", { id: "menu-keys" }, h("summary", {}, "Keybinds"), keybindTable()),
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
    this.el.hidden = true;
    // Hand the keyboard back to the game.
    (document.activeElement as HTMLElement | null)?.blur?.();
  }

  destroy(): void {
    this.el.remove();
  }
}
