/**
 * Player colours by slot (0-7), chosen by a search for the largest smallest
 * CIE76 difference between any two of them, and against the map, creep and
 * gold colours, as seen with normal vision, protanopia, deuteranopia and
 * tritanopia (test/palette.test.ts checks it: at least 15; the palette before
 * this one had 6.3). Every player also has an emblem (SLOT_EMBLEMS), so no one
 * relies on colour alone.
 */
export const SLOT_COLORS: readonly number[] = [
  0xaaddff, // pale blue
  0xff0033, // red
  0x33ffbb, // mint
  0xffff11, // yellow
  0xff55ff, // magenta
  0x558833, // olive
  0xee00aa, // deep pink
  0xaacc77, // sage
];

export const NEUTRAL_COLOR = 0x9c9486;
export const RESOURCE_COLOR = 0xf2c94c;
export const MAP_COLOR = 0x18231d;
export const GRID_COLOR = 0x2c3a31;
export const WALL_COLOR = 0x4b515e;
export const WALL_EDGE_COLOR = 0x7a8294;
export const HP_BACK_COLOR = 0x101010;
export const HP_OK_COLOR = 0x5fd35f;
export const HP_LOW_COLOR = 0xe8553e;
export const SELECTION_COLOR = 0xffffff;

export function slotColor(slot: number): number {
  return SLOT_COLORS[((slot % SLOT_COLORS.length) + SLOT_COLORS.length) % SLOT_COLORS.length]!;
}

/** "#rrggbb" for DOM styles. */
export function cssColor(color: number): string {
  return `#${color.toString(16).padStart(6, "0")}`;
}

/** Class names of a slot's swatch beside a name: its colour's dot in the slot's emblem shape (style.css). */
export function swatchClass(slot: number): string {
  return `swatch emblem-${((slot % 8) + 8) % 8}`;
}
