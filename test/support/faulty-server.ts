// A test-only server process whose match tick throws on purpose, to check what a
// failing tick costs. FAULT_TICKS=once: one tick throws (tick 20); FAULT_TICKS=always:
// every tick throws from tick 20 on. Everything else is the real server.
import { createServer } from "../../packages/server/src/app.ts";
import { setUpCluster } from "../../packages/server/src/cluster/cluster.ts";
import { loadConfig } from "../../packages/server/src/config.ts";
import { MatchRoom } from "../../packages/server/src/rooms/MatchRoom.ts";

const FIRST_FAILING_TICK = 20;
const mode = process.env.FAULT_TICKS ?? "once";

class FaultyRoom extends MatchRoom {
  protected override publish(ambient: boolean): void {
    const tick = this.world.tick;
    if (tick === FIRST_FAILING_TICK || (mode === "always" && tick > FIRST_FAILING_TICK))
      throw new Error(`injected tick failure at tick ${tick}`);
    super.publish(ambient);
  }
}

const config = loadConfig(process.env, "");
const cluster = await setUpCluster(config);
const server = createServer(config, { room: FaultyRoom, cluster });
await server.listen(config.port, config.host);
console.log(`octet: listening on http://localhost:${config.port} (tick faults: ${mode})`);
