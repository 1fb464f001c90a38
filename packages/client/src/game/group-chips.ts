import { h } from "../lobby/dom.ts";
import { GROUP_COUNT, type Keymap } from "./keymap.ts";

/**
 * One small chip per control group that holds living units: the group's key
 * and how many ("4 ·3"). A click selects the group, like its key. Touch
 * players make no groups, so on a phone it stays empty and takes no room.
 */
export class GroupChips {
  readonly el: HTMLElement;
  private readonly keymap: Keymap;
  private readonly chips: HTMLButtonElement[] = [];
  private shown = "";

  constructor(keymap: Keymap, onPick: (slot: number) => void) {
    this.keymap = keymap;
    this.el = h("div", { id: "hud-groups", class: "groups", "aria-label": "control groups" });
    for (let slot = 0; slot < GROUP_COUNT; slot++) {
      const chip = h("button", { type: "button", class: "group-chip", "data-group": slot + 1, hidden: true });
      chip.addEventListener("click", () => {
        chip.blur(); // keep the keyboard for the game
        onPick(slot);
      });
      this.chips.push(chip);
      this.el.append(chip);
    }
  }

  /** Living units per group, in slot order. */
  update(sizes: readonly number[]): void {
    const key = sizes.join(",");
    if (key === this.shown) return;
    this.shown = key;
    this.chips.forEach((chip, slot) => {
      const n = sizes[slot] ?? 0;
      chip.hidden = n === 0;
      chip.dataset.size = String(n);
    });
    this.relabel();
  }

  /** The keys changed: the chips name the groups by their keys. */
  relabel(): void {
    this.chips.forEach((chip, slot) => {
      const key = this.keymap.label(`group.${slot + 1}`);
      chip.replaceChildren(h("kbd", {}, key), ` ·${chip.dataset.size ?? 0}`);
      chip.title = `Group ${slot + 1}: ${chip.dataset.size ?? 0} units (${key} selects, Shift+${key} stores)`;
    });
  }
}
