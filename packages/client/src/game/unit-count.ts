/** "1 unit", "3 units": the HUD's notices and the group chips' names. */
export function unitCount(n: number): string {
  return `${n} unit${n === 1 ? "" : "s"}`;
}
