/** Player colours by slot (0-7): distinct hues that stay apart on the dark map and for colour-blind eyes. */
export const SLOT_COLORS: readonly number[] = [
  0x4e9cff, // blue
  0xff5a5a, // red
  0x4fd27a, // green
  0xffb13b, // orange
  0xc77dff, // purple
  0x3fd8d8, // cyan
  0xff7ac8, // pink
  0xd9e36b, // lime
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
