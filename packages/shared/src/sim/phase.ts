/**
 * The match phases, named once. The sim keeps a phase as its name; MatchState
 * carries it as a uint8 code (one byte a patch instead of a string). Everything
 * that reads a phase, from the wire or the world, compares against these names,
 * so no other file spells a phase as a number.
 */
export type Phase = "waiting" | "playing" | "ended";

/** The phase codes as `MatchState.phase` carries them. */
export const MatchPhase = { Waiting: 0, Playing: 1, Ended: 2 } as const;
export type MatchPhaseCode = (typeof MatchPhase)[keyof typeof MatchPhase];

/** Phases in code order: `PHASES[code]` is the name of a wire code. */
export const PHASES: readonly Phase[] = ["waiting", "playing", "ended"];

const CODE: Record<Phase, MatchPhaseCode> = {
  waiting: MatchPhase.Waiting,
  playing: MatchPhase.Playing,
  ended: MatchPhase.Ended,
};

/** The wire code of a sim phase. */
export function phaseCode(phase: Phase): MatchPhaseCode {
  return CODE[phase];
}

/** The name of a wire code (undefined for a code no phase has). */
export function phaseName(code: number): Phase | undefined {
  return PHASES[code];
}
