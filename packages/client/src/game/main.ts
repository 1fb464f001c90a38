// The page's styles, one file per part of the screen (each under 300 lines).
import "./style.css";
import "./hud.css";
import "./keys-panel.css";
import "./phone.css";
import "./touch-groups.css";
import "./emblems.css";
import { App } from "./app.ts";
import { installDebugHook } from "./debug-hook.ts";
import { resolveServerUrl } from "./server-url.ts";

const ui = document.getElementById("ui")!;
const game = document.getElementById("game")!;
const serverUrl = resolveServerUrl(
  window.location,
  import.meta.env.DEV ? __OCTET_DEV_SERVER_PORT__ : undefined,
);
document.getElementById("boot")?.remove();
const params = new URLSearchParams(window.location.search);
const replay = params.get("replay");
const watch = params.get("watch");
if (watch) {
  // A spectator's page: a live match's record, played as it arrives; no seat.
  void import("../replay/live-viewer.ts").then((v) =>
    v.startLiveViewer(ui, game, serverUrl, watch, params.has("debug")),
  );
} else if (replay) {
  // A replay page plays a record and joins nothing.
  void import("../replay/replay-viewer.ts").then((v) =>
    v.startReplayViewer(ui, game, serverUrl, replay, params.has("debug")),
  );
} else {
  const app = new App(ui, game, serverUrl);
  if (params.has("debug")) installDebugHook(app);
  app.effects = params.get("effects") !== "0";
  const interp = params.get("interp");
  if (interp === "sdk" || interp === "sdk-grid") app.sdkInterpolation = interp;
  app.start();
}
