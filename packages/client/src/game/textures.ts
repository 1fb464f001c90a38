import Phaser from "phaser";
import { unitShapePolygons } from "./unit-shapes.ts";

/** Size (px) of the shape textures; sprites are scaled to each entity's radius. */
export const SHAPE_SIZE = 64;

export const Tex = {
  disc: "octet-disc",
  square: "octet-square",
  triangle: "octet-triangle",
  diamond: "octet-diamond",
  hexagon: "octet-hexagon",
  ring: "octet-ring",
  pixel: "octet-pixel",
  /** a projectile, pointing along +x (64 x 16) */
  bolt: "octet-bolt",
  /** a melee swing: an arc facing +x */
  slash: "octet-slash",
  cross: "octet-cross",
  star: "octet-star",
  bar: "octet-bar",
} as const;

/**
 * Each player slot's emblem, drawn on its commander and beside its name, so
 * players are told apart by shape as well as by colour.
 */
export const SLOT_EMBLEMS = [
  Tex.square,
  Tex.triangle,
  Tex.diamond,
  Tex.hexagon,
  Tex.cross,
  Tex.star,
  Tex.bar,
  Tex.ring,
] as const;

/**
 * One texture per unit kind, in rules order (soldier, archer, scout by
 * default): 16 distinct silhouettes, as many kinds as the protocol allows.
 */
export const UNIT_SHAPES: readonly string[] = Array.from({ length: 16 }, (_, i) => `octet-unit-${i}`);

/**
 * Draws the few white shapes every entity is made of, once. Sprites tint them
 * with the owner's colour, so hundreds of entities batch into a few draw calls.
 */
export function createTextures(scene: Phaser.Scene): void {
  if (scene.textures.exists(Tex.disc)) return;
  const s = SHAPE_SIZE;
  const c = s / 2;
  const edge = 3;
  const g = scene.make.graphics({}, false);
  const shape = (key: string, draw: () => void) => {
    g.clear();
    g.fillStyle(0xffffff, 1);
    g.lineStyle(edge, 0x000000, 0.85);
    draw();
    g.generateTexture(key, s, s);
  };
  const poly = (points: Array<[number, number]>) => {
    const pts = points.map(([x, y]) => new Phaser.Math.Vector2(x, y));
    g.fillPoints(pts, true);
    g.strokePoints(pts, true);
  };
  const r = c - edge;
  unitShapePolygons(s, edge).forEach((points, i) => {
    shape(UNIT_SHAPES[i]!, () => poly(points));
  });
  shape(Tex.disc, () => {
    g.fillCircle(c, c, r);
    g.strokeCircle(c, c, r);
  });
  shape(Tex.square, () => {
    g.fillRect(edge, edge, s - 2 * edge, s - 2 * edge);
    g.strokeRect(edge, edge, s - 2 * edge, s - 2 * edge);
  });
  shape(Tex.triangle, () =>
    poly([
      [c, edge],
      [s - edge, s - edge],
      [edge, s - edge],
    ]),
  );
  shape(Tex.diamond, () =>
    poly([
      [c, edge],
      [s - edge, c],
      [c, s - edge],
      [edge, c],
    ]),
  );
  shape(Tex.hexagon, () => {
    const pts: Array<[number, number]> = [];
    for (let i = 0; i < 6; i++) {
      const a = (Math.PI / 3) * i + Math.PI / 6;
      pts.push([c + r * Math.cos(a), c + r * Math.sin(a)]);
    }
    poly(pts);
  });
  shape(Tex.cross, () => {
    const t = s / 6;
    poly([
      [c - t, edge],
      [c + t, edge],
      [c + t, c - t],
      [s - edge, c - t],
      [s - edge, c + t],
      [c + t, c + t],
      [c + t, s - edge],
      [c - t, s - edge],
      [c - t, c + t],
      [edge, c + t],
      [edge, c - t],
      [c - t, c - t],
    ]);
  });
  shape(Tex.star, () => {
    const pts: Array<[number, number]> = [];
    for (let i = 0; i < 10; i++) {
      const a = (Math.PI / 5) * i - Math.PI / 2;
      const rr = i % 2 === 0 ? r : r * 0.45;
      pts.push([c + rr * Math.cos(a), c + rr * Math.sin(a)]);
    }
    poly(pts);
  });
  shape(Tex.bar, () => {
    g.fillRect(edge, c - s / 6, s - 2 * edge, s / 3);
    g.strokeRect(edge, c - s / 6, s - 2 * edge, s / 3);
  });
  g.clear();
  g.lineStyle(4, 0xffffff, 1);
  g.strokeCircle(c, c, c - 3);
  g.generateTexture(Tex.ring, s, s);
  g.clear();
  g.fillStyle(0xffffff, 1);
  g.fillRect(0, 0, 4, 4);
  g.generateTexture(Tex.pixel, 4, 4);
  g.clear();
  g.fillStyle(0xffffff, 0.55);
  g.fillRect(0, 6, 44, 4);
  g.fillStyle(0xffffff, 1);
  g.fillTriangle(40, 1, 64, 8, 40, 15);
  g.generateTexture(Tex.bolt, 64, 16);
  g.clear();
  g.lineStyle(6, 0xffffff, 1);
  g.beginPath();
  g.arc(c, c, c - 6, -Math.PI / 3, Math.PI / 3, false);
  g.strokePath();
  g.generateTexture(Tex.slash, s, s);
  g.destroy();
}
