import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const shared = join(dirname(fileURLToPath(import.meta.url)), "..");
const root = join(shared, "..", "..");

describe("generated protobuf code", () => {
  it("matches actions.proto and replay.proto (run `npm run gen:proto` after editing a .proto; `npm ci` runs it too)", () => {
    const out = mkdtempSync(join(tmpdir(), "octet-proto-"));
    execFileSync("bash", [join(shared, "scripts/gen-proto.sh"), out], {
      env: { ...process.env, PATH: `${join(root, "node_modules/.bin")}:${process.env.PATH}` },
      stdio: "pipe",
    });
    for (const file of ["actions.js", "actions.d.ts", "replay.js", "replay.d.ts"]) {
      const fresh = readFileSync(join(out, file), "utf8");
      const inUse = readFileSync(join(shared, "src/protocol/generated", file), "utf8");
      expect(inUse, `${file} is stale`).toBe(fresh);
    }
  }, 60_000);
});
