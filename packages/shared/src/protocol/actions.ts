/** The decoded, validated form of a ClientAction that the simulation consumes. */
export type Action =
  | { seq: number; kind: "commanderMove"; dx: -1 | 0 | 1; dy: -1 | 0 | 1 }
  | { seq: number; kind: "moveUnits"; unitIds: number[]; x: number; y: number }
  | { seq: number; kind: "attack"; unitIds: number[]; targetId: number }
  | { seq: number; kind: "train"; unitKind: string }
  | { seq: number; kind: "guard"; unitIds: number[] };

export type ActionKind = Action["kind"];

/** An action before its sender gives it a sequence number. */
export type Unsequenced<A = Action> = A extends Action ? Omit<A, "seq"> : never;

/** Reject reasons, numerically identical to actions.proto's RejectReason. */
export const Reject = {
  None: 0,
  Malformed: 1,
  UnknownAction: 2,
  OutOfRange: 3,
  NotOwner: 4,
  NotAlive: 5,
  NotPlaying: 6,
  RateLimited: 7,
  InsufficientGold: 8,
  UnitLimit: 9,
  UnknownEntity: 10,
  StaleSeq: 11,
  TooLarge: 12,
  InvalidTarget: 13,
  Spectator: 14,
} as const;
export type RejectCode = (typeof Reject)[keyof typeof Reject];

const REJECT_NAMES = Object.fromEntries(Object.entries(Reject).map(([k, v]) => [v, k])) as Record<
  number,
  string
>;

/** Human-readable name of a reject code ("NotOwner"), for logs and reports. */
export function rejectName(code: number): string {
  return REJECT_NAMES[code] ?? `Unknown(${code})`;
}

/** A decision about one action: accepted, or rejected with a reason and a detail for humans. */
export type Verdict = { ok: true } | { ok: false; reason: RejectCode; detail: string };

export const ACCEPT: Verdict = { ok: true };
export function reject(reason: RejectCode, detail: string): Verdict {
  return { ok: false, reason, detail };
}
