import { CloseCode } from "@colyseus/sdk";
import { wanderer } from "@octet/shared/bots";
import type { NetBotContext, NetStrategy } from "./strategy.ts";

/** Ticks between drops: 6 to 10 s at 10 Hz. */
const MIN_TICKS_CONNECTED = 60;
const MAX_TICKS_CONNECTED = 100;

/**
 * Wanders, and every 6-10 s drops its socket the way a phone losing the
 * network does; the SDK's reconnection (as set up by MatchConnection) takes
 * its seat back. Its drops and reconnects are the report's figures.
 */
export function reconnecter(): NetStrategy {
  const walk = wanderer();
  let dropAt = 0;
  return {
    name: "reconnecter",
    honest: true,
    think(ctx: NetBotContext) {
      if (dropAt === 0)
        dropAt =
          ctx.tick +
          MIN_TICKS_CONNECTED +
          Math.floor(ctx.random() * (MAX_TICKS_CONNECTED - MIN_TICKS_CONNECTED));
      if (ctx.tick >= dropAt) {
        dropAt = 0;
        // The code the SDK itself uses when the device goes offline: the client
        // treats it as a drop and reconnects; the server keeps the seat.
        ctx.conn.room.connection.close(CloseCode.MAY_TRY_RECONNECT, "reconnecter bot: link dropped");
        return;
      }
      walk.think(ctx);
    },
  };
}
