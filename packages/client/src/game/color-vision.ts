// Colour difference as people with each common colour-vision type see it:
// sRGB -> linear RGB -> Machado, Oliveira & Fernandes (2009) simulation at
// full severity -> CIE L*a*b* (D65) -> CIE76 delta-E. Pure functions: the
// palette test runs them, and they would run anywhere.

export type Vision = "normal" | "protanopia" | "deuteranopia" | "tritanopia";

const MATRICES: Record<Vision, readonly number[]> = {
  normal: [1, 0, 0, 0, 1, 0, 0, 0, 1],
  protanopia: [0.152286, 1.052583, -0.204868, 0.114503, 0.786281, 0.099216, -0.003882, -0.048116, 1.051998],
  deuteranopia: [0.367322, 0.860646, -0.227968, 0.280085, 0.672501, 0.047413, -0.01182, 0.04294, 0.968881],
  tritanopia: [1.255528, -0.076749, -0.178779, -0.078411, 0.930809, 0.147602, 0.004733, 0.691367, 0.3039],
};

export const VISIONS = Object.keys(MATRICES) as Vision[];

const linear = (c: number) => {
  const v = c / 255;
  return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
};
const clamp01 = (v: number) => Math.min(1, Math.max(0, v));

/** L*a*b* of 0xRRGGBB as seen with `vision`. */
export function labAs(color: number, vision: Vision): [number, number, number] {
  const m = MATRICES[vision];
  const r0 = linear((color >> 16) & 255);
  const g0 = linear((color >> 8) & 255);
  const b0 = linear(color & 255);
  const r = clamp01(m[0]! * r0 + m[1]! * g0 + m[2]! * b0);
  const g = clamp01(m[3]! * r0 + m[4]! * g0 + m[5]! * b0);
  const b = clamp01(m[6]! * r0 + m[7]! * g0 + m[8]! * b0);
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 delta-E between two colours as seen with `vision`. */
export function deltaE(a: number, b: number, vision: Vision): number {
  const p = labAs(a, vision);
  const q = labAs(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The closest pair among `colors` (and between them and `others`), over every vision type. */
export function closestPair(
  colors: readonly number[],
  others: readonly number[] = [],
): { deltaE: number; a: number; b: number; vision: Vision } {
  let worst = { deltaE: Number.POSITIVE_INFINITY, a: 0, b: 0, vision: "normal" as Vision };
  for (const vision of VISIONS) {
    for (let i = 0; i < colors.length; i++) {
      const rest = [...colors.slice(i + 1), ...others];
      for (const o of rest) {
        const d = deltaE(colors[i]!, o, vision);
        if (d < worst.deltaE) worst = { deltaE: d, a: colors[i]!, b: o, vision };
      }
    }
  }
  return worst;
}
