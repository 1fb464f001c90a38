import Phaser from "phaser";

/** The one Phaser game of the page (match or replay), resolved once it is ready for scenes. */
export function createGame(parent: HTMLElement): Promise<Phaser.Game> {
  return new Promise((resolve) => {
    const game = new Phaser.Game({
      type: Phaser.AUTO,
      parent,
      backgroundColor: "#0b0f0d",
      scale: { mode: Phaser.Scale.RESIZE, width: "100%", height: "100%" },
      disableContextMenu: true,
      banner: false,
      render: { antialias: true, powerPreference: "high-performance" },
      scene: [],
    });
    game.events.once(Phaser.Core.Events.READY, () => resolve(game));
  });
}
