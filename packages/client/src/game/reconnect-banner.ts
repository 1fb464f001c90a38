import { h, setText } from "../lobby/dom.ts";

/**
 * The banner shown while the socket is down: "Reconnecting… 3 s" counting
 * down to the end of the seat's reconnection window, then either gone
 * (back in the match) or a clear message that the seat is lost.
 */
export class ReconnectBanner {
  readonly el: HTMLElement;
  private readonly text: HTMLElement;
  private readonly back: HTMLButtonElement;
  private timer: ReturnType<typeof setInterval> | null = null;
  /** the seat's deadline while reconnecting (Date.now() ms) */
  private deadline = 0;

  constructor(parent: HTMLElement, onBack: () => void) {
    this.text = h("span", { id: "reconnect-text" });
    this.back = h("button", { type: "button", id: "reconnect-back" }, "Back to lobby");
    this.back.addEventListener("click", onBack);
    this.el = h(
      "div",
      { id: "reconnect-banner", class: "banner", role: "alert", hidden: true },
      this.text,
      this.back,
    );
    parent.append(this.el);
  }

  /** The socket dropped; the seat is kept until `deadline` (Date.now() ms). */
  reconnecting(deadline: number): void {
    this.deadline = deadline;
    this.stopTimer();
    this.el.hidden = false;
    this.el.classList.remove("lost");
    this.back.hidden = true;
    const tick = () => {
      const s = Math.ceil((this.deadline - Date.now()) / 1000);
      // Past the window the server has given the seat away: say so at once
      // instead of sitting at "0 s" while the last retry times out.
      if (s <= 0) this.lost("the reconnection window is over");
      else setText(this.text, `Reconnecting… ${s} s`);
    };
    tick();
    this.timer = setInterval(tick, 250);
  }

  reconnected(): void {
    this.deadline = 0;
    this.stopTimer();
    this.el.hidden = true;
  }

  lost(reason: string): void {
    this.deadline = 0;
    this.stopTimer();
    this.el.hidden = false;
    this.el.classList.add("lost");
    this.back.hidden = false;
    setText(this.text, "Connection lost: your seat in this match is gone.");
    this.text.title = reason;
  }

  destroy(): void {
    this.stopTimer();
    this.el.remove();
  }

  private stopTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
