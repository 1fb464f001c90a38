import { matchMaker } from "@colyseus/core";

/** One matchmaking request as Colyseus's HTTP matchmaking route hands it on. */
export interface MatchmakeCall {
  /** "joinOrCreate", "create", "join", "joinById", "reconnect" */
  method: string;
  roomName: string;
  /** the join options the client sent, and its auth context (token, headers): read only */
  clientOptions: unknown;
  auth: unknown;
  /** carries the request on to Colyseus */
  proceed(): Promise<unknown>;
}

type InvokeMethod = (
  method: string,
  roomName: string,
  clientOptions: unknown,
  auth: unknown,
) => Promise<unknown>;

/**
 * The one place the server reaches inside Colyseus's matchmaking: Colyseus
 * 0.18 has no hook around a matchmaking request, so this wraps
 * `matchMaker.controller.invokeMethod` (which every one of them passes
 * through). Returns a function that removes the wrapper. It throws at once
 * when that method is not where it was, and its unit test checks that real
 * requests still pass through it.
 */
export function interceptMatchmaking(intercept: (call: MatchmakeCall) => Promise<unknown>): () => void {
  const controller = matchMaker.controller as unknown as { invokeMethod?: InvokeMethod };
  const original = controller?.invokeMethod;
  if (typeof original !== "function") {
    throw new Error(
      "@colyseus/core changed shape: matchMaker.controller.invokeMethod is not a function (see colyseus/matchmaker-hook.ts)",
    );
  }
  const wrapped: InvokeMethod = function (this: unknown, method, roomName, clientOptions, auth) {
    return intercept({
      method,
      roomName,
      clientOptions,
      auth,
      proceed: () => original.call(this, method, roomName, clientOptions, auth),
    });
  };
  controller.invokeMethod = wrapped;
  return () => {
    if (controller.invokeMethod === wrapped) controller.invokeMethod = original;
  };
}
