import type { TestPlayer } from "./clients.ts";

/**
 * Keeps players' commanders walking back and forth (one move per tick), so
 * every tick changes state that each of them can see: a patch per tick.
 * Returns a function that stops them.
 */
export function keepMoving(players: TestPlayer[], tickMs = 100): () => void {
  let n = 0;
  const timer = setInterval(() => {
    n++;
    const dx = Math.floor(n / 10) % 2 === 0 ? 1 : -1;
    for (const p of players)
      if (p.conn.room.connection.isOpen) p.conn.send({ kind: "commanderMove", dx, dy: 0 });
  }, tickMs);
  return () => clearInterval(timer);
}
