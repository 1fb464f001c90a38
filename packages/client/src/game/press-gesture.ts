import { LONG_PRESS_MS, SLOP } from "./touch-input.ts";

export interface PressActions {
  /** a short touch */
  tap: () => void;
  /** a touch held LONG_PRESS_MS without moving SLOP px (the map's long press) */
  longPress: () => void;
}

/**
 * A tap or a long press on a HUD button, by touch. The touch's default is
 * prevented, so no click follows it (the button's click stays the mouse's and
 * the keyboard's) and Phaser, which also listens on the window, does not take
 * it for a touch of the map. While the finger is down the button has the
 * class "pressing".
 */
export function onPress(el: HTMLElement, actions: PressActions): void {
  let start: { x: number; y: number } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    start = null;
    el.classList.remove("pressing");
  };
  el.addEventListener(
    "touchstart",
    (e) => {
      e.preventDefault();
      const t = e.changedTouches[0];
      if (!t) return;
      stop();
      start = { x: t.clientX, y: t.clientY };
      el.classList.add("pressing");
      timer = setTimeout(() => {
        stop();
        if (el.isConnected) actions.longPress(); // not into a HUD that went with its match
      }, LONG_PRESS_MS);
    },
    { passive: false },
  );
  el.addEventListener(
    "touchmove",
    (e) => {
      const t = e.changedTouches[0];
      if (start && t && Math.hypot(t.clientX - start.x, t.clientY - start.y) >= SLOP) stop();
    },
    { passive: true },
  );
  el.addEventListener(
    "touchend",
    (e) => {
      e.preventDefault();
      // Still timing: the finger left before the long press and did not slide off.
      const tapped = timer !== null;
      stop();
      if (tapped) actions.tap();
    },
    { passive: false },
  );
  el.addEventListener("touchcancel", stop);
}
