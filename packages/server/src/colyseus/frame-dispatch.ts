import type { Client, Room } from "@colyseus/core";

/** Hands one inbound frame of a joined client on to Colyseus (parsing and message handlers). */
export type FrameDispatch = (client: Client, frame: Buffer) => void;

/**
 * The one place the server reaches into a Colyseus room's frame dispatch:
 * Colyseus 0.18 has no hook in front of `Room._onMessage`, which every inbound
 * WebSocket frame of a joined client goes through (actions, string-typed
 * messages, requests, pings, leave). `intercept` sees each frame and decides
 * whether to `dispatch` it. Colyseus binds `_onMessage` when a client joins,
 * so install it in onCreate. Throws at once when the method is not there; its
 * unit test checks that real frames still pass through it.
 */
export function interceptFrames(
  room: Room,
  intercept: (client: Client, frame: Buffer, dispatch: FrameDispatch) => void,
): void {
  const target = room as unknown as { _onMessage?: FrameDispatch };
  const original = target._onMessage;
  if (typeof original !== "function") {
    throw new Error(
      "@colyseus/core changed shape: Room._onMessage is not a function (see colyseus/frame-dispatch.ts)",
    );
  }
  const dispatch: FrameDispatch = (client, frame) => original.call(room, client, frame);
  target._onMessage = (client, frame) => intercept(client, frame, dispatch);
}
