import Phaser from "phaser";

/** The bitmap font the floating damage and score numbers are drawn with. */
export const NUMBER_FONT = "octet-numbers";
const CHARS = "0123456789+-";
/** Glyphs are drawn at twice their display size, so they stay sharp when the camera zooms in. */
const SCALE = 2;
const FONT_PX = 15 * SCALE;
const STROKE_PX = 3 * SCALE;
/** Display height of a glyph cell (world units at zoom 1). */
export const NUMBER_FONT_SIZE = 20;

/**
 * Draws the digits and signs once, white with a black outline, into one
 * texture and registers it as a fixed-width bitmap font. A floating number
 * is then a BitmapText: changing its text or colour (a tint) costs a few
 * quads, where a Text object redraws a canvas and uploads it to the GPU
 * every time (the costliest thing the effects did per hit).
 */
export function createNumberFont(scene: Phaser.Scene): void {
  if (scene.cache.bitmapFont.exists(NUMBER_FONT)) return;
  const font = `bold ${FONT_PX}px system-ui, sans-serif`;
  const probe = document.createElement("canvas").getContext("2d")!;
  probe.font = font;
  let widest = 0;
  for (const c of CHARS) widest = Math.max(widest, probe.measureText(c).width);
  const cellW = Math.ceil(widest + STROKE_PX + 2);
  const cellH = NUMBER_FONT_SIZE * SCALE;
  const texture = scene.textures.createCanvas(NUMBER_FONT, cellW * CHARS.length, cellH)!;
  const ctx = texture.getContext();
  ctx.font = font;
  ctx.textAlign = "center";
  ctx.textBaseline = "middle";
  ctx.lineJoin = "round";
  ctx.lineWidth = STROKE_PX;
  ctx.strokeStyle = "#000000";
  ctx.fillStyle = "#ffffff";
  [...CHARS].forEach((c, i) => {
    const x = cellW * i + cellW / 2;
    ctx.strokeText(c, x, cellH / 2);
    ctx.fillText(c, x, cellH / 2);
  });
  texture.refresh();
  // Parse returns the cache entry ({ data, texture, frame }), whatever its typing says.
  const entry = Phaser.GameObjects.RetroFont.Parse(scene, {
    image: NUMBER_FONT,
    width: cellW,
    height: cellH,
    chars: CHARS,
    charsPerRow: CHARS.length,
    "offset.x": 0,
    "offset.y": 0,
    "spacing.x": 0,
    "spacing.y": 0,
    lineSpacing: 0,
  }) as unknown as { data: Phaser.Types.GameObjects.BitmapText.BitmapFontData };
  const data = entry.data;
  // Narrower advance than the cell: the outline may overlap its neighbour's, as text does.
  for (const c of Object.values(data.chars)) (c as { xAdvance?: number }).xAdvance = Math.round(cellW * 0.78);
  scene.cache.bitmapFont.add(NUMBER_FONT, entry);
}
