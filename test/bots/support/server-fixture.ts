import { afterAll, beforeAll } from "vitest";
import { type ServerHandle, type StartOptions, startServer } from "../../support/server-process.ts";

/**
 * One real server process for a test file: started before its tests, stopped
 * after them. Returns a getter (the server exists only once beforeAll ran).
 */
export function serverForFile(opts?: StartOptions): () => ServerHandle {
  let server: ServerHandle | undefined;
  beforeAll(async () => {
    server = await startServer(opts);
  });
  afterAll(async () => {
    await server?.stop();
  });
  return () => {
    if (!server) throw new Error("the server is not started yet (use it inside a test)");
    return server;
  };
}
