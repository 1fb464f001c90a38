import { h } from "../lobby/dom.ts";
import { GROUP_COUNT, type Keymap } from "./keymap.ts";
import { onPress } from "./press-gesture.ts";
import { unitCount } from "./unit-count.ts";

export interface GroupChipActions {
  /** a click or a tap: select the group (like its key) */
  pick: (slot: number) => void;
  /** a long press (touch has no Shift): the selection becomes the group */
  store: (slot: number) => void;
}

/** True on a device whose main pointer is a finger (a phone, a tablet), as the browser reports it. */
export function touchScreen(): boolean {
  return typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;
}

/**
 * One small chip per control group: the group's key and how many ("4 ·3"),
 * shown while the group holds living units; a click selects the group, like
 * its key. On a touch screen every group has a chip, numbered 1-3, an empty
 * one a "+" slot ("1 +"): a tap selects the group, a long press stores the
 * selection in it. A touch screen is the browser's coarse main pointer, or
 * the first touch anywhere (a laptop with a touch screen).
 */
export class GroupChips {
  readonly el: HTMLElement;
  private readonly keymap: Keymap;
  private readonly chips: HTMLButtonElement[] = [];
  private sizes: readonly number[] = Array.from({ length: GROUP_COUNT }, () => 0);
  private touch = false;
  private readonly onFirstTouch = () => this.setTouch(true);

  constructor(keymap: Keymap, actions: GroupChipActions, touch = touchScreen()) {
    this.keymap = keymap;
    this.el = h("div", { id: "hud-groups", class: "groups", role: "group", "aria-label": "control groups" });
    for (let slot = 0; slot < GROUP_COUNT; slot++) {
      const chip = h("button", { type: "button", class: "group-chip", "data-group": slot + 1, hidden: true });
      chip.addEventListener("click", () => {
        chip.blur(); // keep the keyboard for the game
        actions.pick(slot);
      });
      onPress(chip, { tap: () => actions.pick(slot), longPress: () => actions.store(slot) });
      this.chips.push(chip);
      this.el.append(chip);
    }
    this.relabel();
    if (touch) this.setTouch(true);
    else window.addEventListener("touchstart", this.onFirstTouch, { once: true, passive: true });
  }

  /** Living units per group, in slot order. */
  update(sizes: readonly number[]): void {
    if (sizes.join(",") === this.sizes.join(",")) return;
    this.sizes = [...sizes];
    this.relabel();
  }

  /** Redraws the chips (the keys or the sizes changed). */
  relabel(): void {
    this.chips.forEach((chip, slot) => {
      const n = this.sizes[slot] ?? 0;
      chip.dataset.size = String(n);
      chip.hidden = n === 0 && !this.touch;
      chip.classList.toggle("empty", n === 0);
      const key = this.keymap.label(`group.${slot + 1}`);
      chip.setAttribute("aria-label", `Group ${slot + 1}: ${unitCount(n)}`);
      if (this.touch) {
        chip.replaceChildren(h("small", {}, String(slot + 1)), n === 0 ? " +" : ` ·${n}`);
        chip.title = `Group ${slot + 1}: ${unitCount(n)} (tap selects, hold stores the selection; keys ${key}, Shift+${key})`;
      } else {
        chip.replaceChildren(h("kbd", {}, key), ` ·${n}`);
        chip.title = `Group ${slot + 1}: ${unitCount(n)} (${key} selects, Shift+${key} stores)`;
      }
    });
  }

  destroy(): void {
    window.removeEventListener("touchstart", this.onFirstTouch);
  }

  private setTouch(on: boolean): void {
    this.touch = on;
    this.el.classList.toggle("touch", on);
    this.relabel();
  }
}
