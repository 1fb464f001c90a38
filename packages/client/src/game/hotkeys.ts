import type { Action, Keymap } from "./keymap.ts";

/**
 * The match's keyboard, straight from the DOM and through the keymap, so a
 * rebinding works at once. One-shot actions (train, snap, zoom, groups) get
 * one call per press, never for auto-repeat; held actions (move, pan) are
 * polled with isDown. Nothing reacts while a text field has the focus.
 * (Phaser's Key "down" event fired twice per press for presses that landed in
 * the same frame: two quick 1s trained four units.)
 */
export class Hotkeys {
  readonly keymap: Keymap | null;
  private readonly handlers = new Map<Action, () => void>();
  private readonly shifted = new Map<Action, () => void>();
  private readonly fixed = new Map<string, () => void>();
  /** codes held now */
  private readonly down = new Set<string>();
  /**
   * While true (the menu is open, the match is over) the keyboard is the
   * page's: no action runs and nothing is prevented, so Tab, Space and Enter
   * work the focused button and the arrows do not pan under the menu.
   */
  blocked: () => boolean = () => false;
  private readonly onKey = (e: KeyboardEvent) => {
    if (isTyping(e.target) || pressesControl(e) || this.blocked()) return;
    this.down.add(e.code);
    if (e.repeat || e.ctrlKey || e.metaKey || e.altKey) return;
    const fixed = this.fixed.get(e.code);
    const action = this.keymap?.action(e.code);
    const fn =
      fixed ??
      (action === undefined
        ? undefined
        : ((e.shiftKey ? this.shifted.get(action) : undefined) ?? this.handlers.get(action)));
    if (!fn) return;
    e.preventDefault();
    fn();
  };
  private readonly onKeyUp = (e: KeyboardEvent) => {
    this.down.delete(e.code);
  };
  /** Keys released while the window had no focus never send keyup. */
  private readonly onBlur = () => this.down.clear();

  /** Without a keymap only fixed keys (Esc) work. */
  constructor(keymap: Keymap | null = null) {
    this.keymap = keymap;
    window.addEventListener("keydown", this.onKey);
    window.addEventListener("keyup", this.onKeyUp);
    window.addEventListener("blur", this.onBlur);
  }

  /** Calls `fn` when the key bound to `action` is pressed. */
  on(action: Action, fn: () => void): this {
    this.handlers.set(action, fn);
    return this;
  }

  /** Calls `fn` when Shift + the key bound to `action` is pressed (instead of the plain handler). */
  onShift(action: Action, fn: () => void): this {
    this.shifted.set(action, fn);
    return this;
  }

  /** A key that is not in the keymap: a KeyboardEvent.code ("Escape"). */
  onCode(code: string, fn: () => void): this {
    this.fixed.set(code, fn);
    return this;
  }

  /** Whether the key bound to `action` is held. */
  isDown(action: Action): boolean {
    const code = this.keymap?.key(action);
    return code != null && this.down.has(code);
  }

  /** +1 while the `plus` key is held, -1 for `minus`, 0 for both or neither. */
  axis(minus: Action, plus: Action): -1 | 0 | 1 {
    return ((this.isDown(plus) ? 1 : 0) - (this.isDown(minus) ? 1 : 0)) as -1 | 0 | 1;
  }

  destroy(): void {
    window.removeEventListener("keydown", this.onKey);
    window.removeEventListener("keyup", this.onKeyUp);
    window.removeEventListener("blur", this.onBlur);
    this.handlers.clear();
    this.shifted.clear();
    this.fixed.clear();
  }
}

/** Space or Enter on a focused button (a keyboard player's Resume, Play again): the button's, not the game's. */
function pressesControl(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  return (
    (e.code === "Space" || e.code === "Enter" || e.code === "NumpadEnter") &&
    !!el &&
    (el.tagName === "BUTTON" || el.tagName === "SUMMARY" || el.tagName === "A" || el.tagName === "SELECT")
  );
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}
