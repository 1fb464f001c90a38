/** At most one log line per key in this window; the rest are counted into the next line. */
const LOG_WINDOW_MS = 10_000;

const lastLogged = new Map<string, number>();
const unlogged = new Map<string, number>();

/**
 * Logs `line` unless a line with the same key went out in the last 10 s; then
 * it is only counted, and the next line of that key says how many were left
 * out. A hostile client repeating one failure fills neither the disk nor the
 * tick's time with log lines, yet every kind of failure shows up in the log.
 */
export function logSampled(key: string, line: string, now = Date.now()): void {
  const last = lastLogged.get(key);
  if (last !== undefined && now - last < LOG_WINDOW_MS) {
    unlogged.set(key, (unlogged.get(key) ?? 0) + 1);
    return;
  }
  const more = unlogged.get(key) ?? 0;
  lastLogged.set(key, now);
  unlogged.delete(key);
  const tail =
    more > 0 ? ` (and ${more} more like it in the last ${Math.round((now - last!) / 1000)} s)` : "";
  console.log(`octet: ${line}${tail}`);
}

/** A short printable sample of a frame: its length and first bytes in hex. */
export function frameSample(frame: Uint8Array | undefined): string {
  if (!frame) return "no data";
  const head = Buffer.from(frame.subarray(0, 32)).toString("hex");
  return `${frame.byteLength} bytes: ${head}${frame.byteLength > 32 ? "..." : ""}`;
}

/** A client-sent message type, made printable whatever it is (it may be any msgpack value). */
export function describeType(type: unknown): string {
  if (typeof type === "string") return JSON.stringify(type.slice(0, 32));
  if (typeof type === "number") return String(type);
  return `of kind ${type === null ? "null" : typeof type}`;
}
