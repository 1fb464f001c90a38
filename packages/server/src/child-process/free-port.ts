import { createServer } from "node:net";

/**
 * True when nothing listens on `port` at `host` (every interface when no host
 * is given), checked by listening on it for a moment.
 */
export function isPortFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(host === undefined ? { port } : { port, host }, () => srv.close(() => resolve(true)));
  });
}

/** A port the OS says is free on `host` now. */
export function freePort(host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, host, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}
