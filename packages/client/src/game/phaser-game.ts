// Everything that needs Phaser, loaded with import() once the lobby is on
// screen: Phaser is ~1.2 MB of script the lobby does not need.
import Phaser from "phaser";
import { MATCH_SCENE, MatchScene, type MatchSceneData } from "./match-scene.ts";

/** Creates the Phaser game (no scene yet) in `parent`; resolves when it is ready to take scenes. */
export function createGame(parent: HTMLElement): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: "#0b0f0d",
      scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
      disableContextMenu: true,
      // Two touch pointers: a pinch zooms (touch-input.ts).
      input: { activePointers: 3 },
      banner: false,
      render: { antialias: true, powerPreference: "high-performance" },
      scene: [],
    });
    game.events.once(Phaser.Core.Events.READY, () => resolve(game));
  });
}

/** Starts the match scene for one session and returns it. */
export function startMatch(game: Phaser.Game, data: MatchSceneData): MatchScene {
  game.scene.add(MATCH_SCENE, MatchScene, true, data);
  return game.scene.getScene(MATCH_SCENE) as MatchScene;
}

/** Removes the match scene, if one runs. */
export function stopMatch(game: Phaser.Game): void {
  if (game.scene.getScene(MATCH_SCENE)) game.scene.remove(MATCH_SCENE);
}
