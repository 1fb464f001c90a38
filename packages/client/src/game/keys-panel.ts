import { h } from "../lobby/dom.ts";
import { keyLabel } from "./key-label.ts";
import type { Action, ActionInfo, BindResult, Keymap } from "./keymap.ts";

/** What the mouse, the touch screen and the fixed keys do: shown under the bindable keys. */
const FIXED_ROWS: ReadonlyArray<readonly [string, string]> = [
  ["Esc", "menu (always Esc: it cannot be rebound, so the menu can always be reached)"],
  ["Shift + group key", "store the selection as that group; the key selects it, twice looks at it"],
  ["Left-drag · click", "select units (click: the stack under it; double-click: all of that kind)"],
  ["Right-click", "move the selection (or all units) / attack an enemy"],
  ["Screen edge · middle-drag · wheel", "move and zoom the camera"],
  ["Touch", "tap to move the commander · drag to look · long-press to order units there · Guard button"],
];

/** Three short sections first, so a wide panel shows them in one row. */
const SECTION_ORDER: ReadonlyArray<ActionInfo["section"]> = [
  "Commander",
  "Units",
  "Control groups",
  "Camera",
  "Other",
];

/**
 * The menu's Keys panel: every bindable action with its key. Click a key,
 * press the new one (Esc cancels); a key another action had is swapped with
 * it, and the panel says so. While it listens it takes every key press
 * before the game does.
 */
export class KeysPanel {
  readonly el: HTMLElement;
  private readonly keymap: Keymap;
  private readonly buttons = new Map<Action, HTMLButtonElement>();
  private readonly message: HTMLElement;
  private listening: Action | null = null;
  /** the keycap to give the focus back to once the key came: it was pressed from the keyboard */
  private refocus: HTMLButtonElement | null = null;
  private readonly offChange: () => void;
  /** A press anywhere but the listening keycap (Resume, the volume, the Keys heading) cancels the rebinding. */
  private readonly onPointer = (e: PointerEvent) => {
    const b = this.listening === null ? undefined : this.buttons.get(this.listening);
    if (!b || (e.target instanceof Node && b.contains(e.target))) return;
    this.cancel();
  };
  private readonly onKey = (e: KeyboardEvent) => {
    const action = this.listening;
    if (action === null) return;
    // The game and the menu's own Esc never see this press.
    e.preventDefault();
    e.stopImmediatePropagation();
    if (e.repeat) return;
    if (e.code === "Escape") {
      this.cancel();
      return;
    }
    const result = this.keymap.bind(action, e.code);
    // A key that cannot be bound (Shift, Ctrl...) leaves the panel listening for another.
    if (result.ok) this.stop();
    this.say(this.describe(result));
  };

  constructor(keymap: Keymap) {
    this.keymap = keymap;
    this.message = h("p", { id: "keys-message", class: "keys-message", role: "status" });
    const reset = h("button", { type: "button", id: "keys-reset" }, "Reset to defaults");
    reset.addEventListener("click", () => {
      this.stop();
      keymap.reset();
      this.say("Every key is back to its default.");
    });
    const sections = new Map<ActionInfo["section"], ActionInfo[]>(SECTION_ORDER.map((t) => [t, []]));
    for (const a of keymap.actions) sections.get(a.section)?.push(a);
    const groups = [...sections.entries()].map(([title, actions]) =>
      h(
        "div",
        { class: "keys-section" },
        h("h3", {}, title),
        h("table", { class: "keys" }, h("tbody", {}, ...actions.map((a) => this.row(a)))),
      ),
    );
    this.el = h(
      "details",
      { id: "menu-keys" },
      h("summary", {}, "Keys"),
      h(
        "p",
        { class: "hint" },
        "Click a key, then press the new one (Esc cancels). Number-pad keys work as their twins (Num 1 as 1).",
      ),
      h("div", { class: "keys-grid" }, ...groups),
      this.message,
      reset,
      h(
        "table",
        { class: "keys fixed" },
        h("tbody", {}, ...FIXED_ROWS.map(([k, what]) => h("tr", {}, h("th", {}, k), h("td", {}, what)))),
      ),
    );
    this.offChange = keymap.onChange(() => this.refresh());
    // Folding the panel away while it listens must not leave a hidden rebinding waiting for the next key.
    this.el.addEventListener("toggle", () => {
      if (!(this.el as HTMLDetailsElement).open) this.cancel();
    });
    window.addEventListener("keydown", this.onKey, { capture: true });
    window.addEventListener("pointerdown", this.onPointer, { capture: true });
  }

  /** Stops listening for a key (the menu closed, or the key came). */
  stop(): void {
    const action = this.listening;
    const refocus = this.refocus;
    this.listening = null;
    this.refocus = null;
    if (action === null) return;
    this.refresh();
    // A keyboard player goes on from the key they changed (Tab to the next), not from the top of the page.
    if (refocus?.isConnected && !this.el.closest("[hidden]")) refocus.focus();
  }

  destroy(): void {
    this.offChange();
    window.removeEventListener("keydown", this.onKey, { capture: true });
    window.removeEventListener("pointerdown", this.onPointer, { capture: true });
  }

  private cancel(): void {
    if (this.listening === null) return;
    this.stop();
    this.say("Cancelled: the key is unchanged.");
  }

  private row(a: ActionInfo): HTMLTableRowElement {
    const b = h("button", { type: "button", class: "keycap", "data-action": a.id }, this.keymap.label(a.id));
    b.addEventListener("click", (e) => {
      // Unfocused, so the Space or Enter about to be bound does not press the button again.
      b.blur();
      this.listen(a.id);
      // detail 0: Enter or Space pressed it, not the mouse.
      this.refocus = e.detail === 0 ? b : null;
    });
    this.buttons.set(a.id, b);
    return h("tr", {}, h("th", {}, a.label), h("td", { class: "key-cell" }, b));
  }

  private listen(action: Action): void {
    this.listening = action;
    this.refresh();
    this.say(`${this.keymap.info(action)?.label}: press a key (Esc cancels).`);
  }

  private refresh(): void {
    for (const [action, b] of this.buttons) {
      const on = action === this.listening;
      b.textContent = on ? "press a key…" : this.keymap.label(action);
      b.classList.toggle("listening", on);
    }
  }

  private say(text: string): void {
    this.message.textContent = text;
  }

  private describe(r: BindResult): string {
    if (!r.ok) return `Not bound: ${r.reason}.`;
    const name = (a: Action) => this.keymap.info(a)?.label ?? a;
    const done = `${name(r.action)}: ${keyLabel(r.key)}.`;
    if (!r.swapped) return done;
    return `${done} ${keyLabel(r.key)} was ${name(r.swapped.action)}'s key, which is now ${keyLabel(r.swapped.key)} (swapped).`;
  }
}
