import { MOVE_ACTIONS, PAN_ACTIONS } from "../game/keymap.ts";
import { loadKeymap } from "../game/keymap-load.ts";

/**
 * The lobby's one-line controls help, with the keys the player has set (the
 * match's Esc menu changes them). Storage is read quietly here: the match
 * warns about anything wrong in it when it loads the keys.
 */
export function keysHelp(unitKinds: readonly string[]): string {
  const keys = loadKeymap(unitKinds, undefined, () => {});
  const move = keys.labels(MOVE_ACTIONS, "");
  const pan = keys.labels(PAN_ACTIONS, "");
  const train = keys.labels(keys.trainActions());
  return (
    `${move} moves your commander · ${pan}, screen edge or wheel move the camera (${keys.label("camera.snap")}: back) · ` +
    `drag to select units · right-click to move or attack · ${train ? `${train} train` : "the HUD's buttons train"} · ` +
    "Esc menu (change the keys there)"
  );
}
