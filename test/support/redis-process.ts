import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { type LocalRedis, startLocalRedis } from "../../packages/server/src/launcher/local-redis.ts";

const run = promisify(execFile);

/** A room listing as the RedisDriver stores it (hash "roomcaches"). */
export interface RoomListing {
  roomId: string;
  processId: string;
  name: string;
  clients: number;
  maxClients: number;
  locked?: boolean;
  private?: boolean;
  publicAddress?: string;
}

/**
 * A real redis-server for tests (Debian's, on a free loopback port, nothing
 * saved), read with redis-cli. It can be stopped and started again on the
 * same port, empty, as after a restart without persistence.
 */
export class TestRedis {
  private server: LocalRedis | null;
  readonly port: number;

  private constructor(server: LocalRedis) {
    this.server = server;
    this.port = server.port;
  }

  static async start(): Promise<TestRedis> {
    const server = await startLocalRedis();
    return new TestRedis(server);
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  get running(): boolean {
    return this.server !== null;
  }

  /** One command through redis-cli, its reply parsed from --json. */
  async command(...args: string[]): Promise<unknown> {
    const { stdout } = await run("redis-cli", ["-p", String(this.port), "--json", ...args]);
    return JSON.parse(stdout);
  }

  /** The room listings in Redis. */
  async rooms(): Promise<RoomListing[]> {
    const hash = (await this.command("HGETALL", "roomcaches")) as Record<string, string>;
    return Object.values(hash).map((json) => JSON.parse(json) as RoomListing);
  }

  /** Process ids in Colyseus's process list (hash "roomcount": the processes that take new rooms). */
  async processes(): Promise<string[]> {
    return Object.keys((await this.command("HGETALL", "roomcount")) as Record<string, string>);
  }

  /** Process ids with a subscribed IPC channel (alive, as Redis sees it). */
  async liveChannels(): Promise<string[]> {
    return ((await this.command("PUBSUB", "CHANNELS", "p:*")) as string[]).map((c) => c.slice(2));
  }

  async keys(): Promise<string[]> {
    return (await this.command("KEYS", "*")) as string[];
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    await server?.stop();
  }

  /** Starts it again on the same port (after stop()), empty. */
  async restart(): Promise<void> {
    if (this.server) throw new Error("redis-server is still running; stop() it first");
    this.server = await startLocalRedis({ port: this.port });
  }
}
