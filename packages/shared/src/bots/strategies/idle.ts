import type { Strategy } from "../seam.ts";

/** Away from keyboard: stays in the match, sends nothing. */
export function idle(): Strategy {
  return { name: "idle", honest: true, think() {} };
}
