import type { Rules } from "@octet/shared/rules";
import { h } from "../lobby/dom.ts";
import { type Keymap, MOVE_ACTIONS } from "./keymap.ts";
import { cssColor, NEUTRAL_COLOR, RESOURCE_COLOR } from "./palette.ts";

/** The goal in one sentence, from the rules. */
export function goalText(rules: Rules): string {
  const s = rules.score;
  return (
    `Score ${rules.match.scoreLimit} points first, or lead after ${Math.round(rules.match.durationSeconds / 60)} minutes. ` +
    `A commander kill is ${s.commanderKill} points, a unit ${s.unitKill}, a creep ${s.creepKill} (and ${rules.creeps.bounty} gold).`
  );
}

/**
 * The first match's card: what is on the map and how to score. It lets the
 * mouse through to the map (only its button takes clicks) and goes for good
 * with "Got it" or Esc.
 */
export class HowTo {
  readonly el: HTMLElement;
  private readonly offChange: () => void;

  constructor(parent: HTMLElement, rules: Rules, keymap: Keymap, onDone: () => void) {
    const ok = h("button", { type: "button", id: "howto-ok", class: "primary" }, "Got it");
    const item = (shape: string, color: number, ...text: Array<string | Node>) =>
      h("li", {}, h("span", { class: `legend ${shape}`, style: `background:${cssColor(color)}` }), ...text);
    // The keys shown are the ones in force, and follow a rebinding in the menu.
    const move = h("b", { id: "howto-move" });
    const train = h("b", { id: "howto-train" });
    const score = h("b", { id: "howto-score" });
    const guard = h("b", { id: "howto-guard" });
    const show = () => {
      move.textContent = keymap.labels(MOVE_ACTIONS, "");
      train.textContent = keymap.labels(keymap.trainActions()) || "the HUD's buttons";
      score.textContent = keymap.label("scoreboard");
      guard.textContent = keymap.label("order.guard");
    };
    show();
    this.offChange = keymap.onChange(show);
    this.el = h(
      "section",
      { id: "howto", class: "howto", role: "note" },
      h("h3", {}, "How to play"),
      h("p", {}, goalText(rules)),
      h(
        "ul",
        { class: "legend-list" },
        item("hex", RESOURCE_COLOR, "Gold node: stand next to it to gather gold faster"),
        item("disc", NEUTRAL_COLOR, "Creep: kill it for gold and a point"),
        item("disc big", 0x4e9cff, "Commanders (you have the white ring): ", move, " moves yours"),
        item(
          "square",
          0x4e9cff,
          "Units: ",
          train,
          " train them (they guard your commander); right-click sends them, ",
          guard,
          " calls them back",
        ),
      ),
      h("p", { class: "hint" }, "Esc: menu and keys · ", score, ": scoreboard"),
      ok,
    );
    ok.addEventListener("click", () => {
      this.destroy();
      onDone();
    });
    parent.append(this.el);
  }

  destroy(): void {
    this.offChange();
    this.el.remove();
  }
}
