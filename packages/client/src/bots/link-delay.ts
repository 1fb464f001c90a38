import type { Room } from "@colyseus/sdk";
import { DelayLine, type DelaySpec } from "./delay-line.ts";

/**
 * Makes a joined room's link slower the way a real network would, inside the
 * bot process: every outgoing frame and the handling of every incoming one
 * wait latency +- jitter (so a round trip gains twice the latency), in order.
 * The SDK keeps one Connection (and one events object) across reconnects,
 * so the delay survives them. Returns a function that stops delaying.
 */
export function delayLink(room: Room, spec: DelaySpec, random: () => number): () => void {
  if (spec.latencyMs <= 0 && spec.jitterMs <= 0) return () => {};
  const up = new DelayLine(spec, random);
  const down = new DelayLine(spec, random);
  const connection = room.connection;
  const send = connection.send.bind(connection);
  connection.send = (data: Buffer | Uint8Array) => {
    // The SDK reuses one scratch buffer for every message: copy before waiting.
    const copy = data.slice();
    up.push(() => {
      // A frame due while the socket is down is lost, as it would be on a real link.
      if (connection.isOpen) send(copy);
    });
  };
  const events = connection.events;
  const onmessage = events.onmessage;
  events.onmessage = (event: MessageEvent) => down.push(() => onmessage?.(event));
  return () => {
    up.close();
    down.close();
    connection.send = send;
    events.onmessage = onmessage;
  };
}
