import type { Strategy } from "./strategy.ts";

/** Away from keyboard: stays connected, receives the match, sends nothing. */
export function idle(): Strategy {
  return { name: "idle", honest: true, think() {} };
}
