import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { defineConfig, type Plugin } from "vite";
import { compression, defineAlgorithm } from "vite-plugin-compression2";

const serverEntry = fileURLToPath(new URL("../server/src/main.ts", import.meta.url));
/** Port of the game server `npm run dev` starts next to Vite (the client's dev default too). */
const devServerPort = process.env.OCTET_SERVER_PORT || "2567";

function devOrigins(port: number): string {
  return [`http://localhost:${port}`, `http://127.0.0.1:${port}`].join(",");
}

/**
 * `vite` (dev) also runs the game server, restarted by `node --watch` when its
 * sources change, so `npm run dev` is one command. Set OCTET_SERVER=external
 * to use a server started some other way (then pass ?server=ws://host:port).
 */
function gameServer(): Plugin {
  let child: ChildProcess | undefined;
  const stop = () => {
    if (child && child.exitCode === null) child.kill("SIGTERM");
    child = undefined;
  };
  return {
    name: "octet-game-server",
    apply: "serve",
    configureServer(server) {
      if (process.env.OCTET_SERVER === "external") return;
      child = spawn(process.execPath, ["--watch", serverEntry], {
        stdio: "inherit",
        // The page comes from Vite's origin, not the game server's: allow it (see ALLOWED_ORIGINS).
        env: {
          ...process.env,
          PORT: devServerPort,
          ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? devOrigins(server.config.server.port ?? 5173),
        },
      });
      server.httpServer?.once("close", stop);
      process.once("exit", stop);
    },
  };
}

export default defineConfig({
  // Relative asset URLs: the build works at / on the game server and from any sub-path.
  base: "./",
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Phaser alone is ~1.2 MB minified (its own chunk, loaded after the lobby): expected, not a warning.
    chunkSizeWarningLimit: 2000,
  },
  define: {
    __OCTET_DEV_SERVER_PORT__: JSON.stringify(devServerPort),
  },
  plugins: [
    gameServer(),
    // Precompressed copies next to every text asset (x.js.br, x.js.gz): the
    // server sends the smallest one the browser accepts and compresses nothing per request.
    compression({
      algorithms: [defineAlgorithm("brotliCompress"), defineAlgorithm("gzip", { level: 9 })],
      include: /\.(js|css|html|svg|json)$/,
      threshold: 0,
      skipIfLargerOrEqual: true,
    }),
  ],
});
