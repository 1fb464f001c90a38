import { fileURLToPath } from "node:url";
import { RulesError } from "@octet/shared/rules";
import { createServer } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";

const defaultClientDir = fileURLToPath(new URL("../../client/dist", import.meta.url));

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig(process.env, defaultClientDir);
  } catch (err) {
    if (err instanceof ConfigError || err instanceof RulesError) {
      console.error(`octet: ${err.message}`);
      process.exit(1);
    }
    throw err;
  }
  const server = createServer(config);
  await server.listen(config.port, config.host);
  const { criticalHz, ambientHz } = config.rules.ticks;
  // Tests and scripts wait for this exact line.
  console.log(
    `octet: listening on http://localhost:${config.port} (match ticks ${criticalHz} Hz / ${ambientHz} Hz)`,
  );
}

main().catch((err) => {
  console.error("octet: failed to start:", err);
  process.exit(1);
});
