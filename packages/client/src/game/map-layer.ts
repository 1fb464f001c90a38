import type Phaser from "phaser";
import { GRID_COLOR, WALL_COLOR, WALL_EDGE_COLOR } from "./palette.ts";

/**
 * The map is the camera's background colour plus a grid and the walls: no
 * map-sized fill, which software WebGL would pay for every frame. Shared by
 * the match scene and the replay viewer.
 */
export function drawMap(
  scene: Phaser.Scene,
  map: {
    width: number;
    height: number;
    walls: ReadonlyArray<{ x: number; y: number; w: number; h: number }>;
  },
  cell: number,
): Phaser.GameObjects.Graphics {
  const { width, height, walls } = map;
  const g = scene.add.graphics().setDepth(0);
  g.lineStyle(1, GRID_COLOR, 1);
  for (let x = cell; x < width; x += cell) g.lineBetween(x, 0, x, height);
  for (let y = cell; y < height; y += cell) g.lineBetween(0, y, width, y);
  g.lineStyle(4, WALL_EDGE_COLOR, 1).strokeRect(0, 0, width, height);
  for (const w of walls) {
    g.fillStyle(WALL_COLOR, 1).fillRect(w.x, w.y, w.w, w.h);
    g.lineStyle(2, WALL_EDGE_COLOR, 1).strokeRect(w.x, w.y, w.w, w.h);
  }
  return g;
}
