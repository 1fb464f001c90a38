/**
 * One-shot keys (train 1-9, Space, zoom, Esc, Tab) straight from the DOM's
 * keydown: one call per press, never for auto-repeat, never while a text
 * field has the focus. (Phaser's Key "down" event fired twice per press for
 * presses that landed in the same frame: two quick 1s trained four units.)
 * Held keys (WASD, arrows) are still polled through Phaser.
 */
export class Hotkeys {
  private readonly handlers = new Map<string, () => void>();
  private readonly onKey = (e: KeyboardEvent) => {
    if (e.repeat || e.ctrlKey || e.metaKey || e.altKey || isTyping(e.target)) return;
    const fn = this.handlers.get(e.code) ?? this.handlers.get(e.key);
    if (!fn) return;
    e.preventDefault();
    fn();
  };

  constructor() {
    window.addEventListener("keydown", this.onKey);
  }

  /** Binds a KeyboardEvent.code ("Digit1", "Space") or .key ("+", "Escape"). */
  on(key: string, fn: () => void): this {
    this.handlers.set(key, fn);
    return this;
  }

  destroy(): void {
    window.removeEventListener("keydown", this.onKey);
    this.handlers.clear();
  }
}

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.tagName === "INPUT" || el.tagName === "TEXTAREA" || el.isContentEditable);
}
