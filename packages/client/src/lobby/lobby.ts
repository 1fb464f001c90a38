import { h } from "./dom.ts";
import { type JoinChoice, normalizeCode } from "./join-errors.ts";
import { keysHelp } from "./keys-help.ts";
import { type MatchFactsRules, matchFacts } from "./match-facts.ts";

const NAME_KEY = "octet.name";

export interface LobbyOptions {
  /** longest name the server keeps (rules.limits.maxNameLength; the server trims too) */
  maxNameLength?: number;
  /** under the join buttons: the running matches to watch (watch-list.ts) */
  watch?: HTMLElement;
  /** tries the join; resolves when in a match, rejects with a message to show */
  onJoin: (name: string, choice: JoinChoice) => Promise<void>;
}

/**
 * The lobby form over the canvas: a name, Quick match, Create private match
 * and Join by code. It only gathers the player's choice and shows the
 * outcome; joining is the caller's job.
 */
export class Lobby {
  readonly el: HTMLElement;
  private readonly name: HTMLInputElement;
  private readonly code: HTMLInputElement;
  private readonly status: HTMLElement;
  private readonly tagline: HTMLElement;
  private readonly help: HTMLElement;
  /** the server's unit kinds, for the train keys in the help line (none known until setRules) */
  private unitKinds: readonly string[] = [];
  private readonly buttons: HTMLButtonElement[];
  private readonly opts: LobbyOptions;

  constructor(parent: HTMLElement, opts: LobbyOptions) {
    this.opts = opts;
    this.name = h("input", {
      id: "lobby-name",
      name: "name",
      autocomplete: "nickname",
      maxlength: opts.maxNameLength ?? 20,
      placeholder: "Your name",
      value: readName(),
    });
    this.code = h("input", {
      id: "lobby-code",
      name: "code",
      maxlength: 12,
      placeholder: "Code",
      autocomplete: "off",
      spellcheck: "false",
      "aria-label": "match code",
    });
    const quick = h("button", { id: "quick-match", type: "button", class: "primary" }, "Quick match");
    const create = h("button", { id: "create-private", type: "button" }, "Create private match");
    const join = h("button", { id: "join-code", type: "button" }, "Join by code");
    this.buttons = [quick, create, join];
    this.help = h("p", { id: "lobby-help", class: "help" });
    // The defaults' figures until the server's rules arrive (setRules).
    this.tagline = h("p", { id: "lobby-tagline", class: "tagline" }, "Eight players. One map. Ten minutes.");
    this.status = h("p", { id: "lobby-status", class: "status", role: "status", "aria-live": "polite" });
    this.el = h(
      "section",
      { id: "lobby", class: "panel lobby" },
      h("h1", {}, "Octet"),
      this.tagline,
      h("label", { for: "lobby-name" }, "Name"),
      this.name,
      quick,
      create,
      h("div", { class: "row" }, this.code, join),
      this.status,
      opts.watch,
      this.help,
    );
    parent.append(this.el);
    quick.addEventListener("click", () => this.submit({ mode: "quick" }));
    create.addEventListener("click", () => this.submit({ mode: "create" }));
    join.addEventListener("click", () => this.submitCode());
    this.name.addEventListener("keydown", (e) => {
      if (e.key === "Enter") this.submit({ mode: "quick" });
    });
    this.code.addEventListener("keydown", (e) => {
      if (e.key === "Enter") this.submitCode();
    });
  }

  /** Tells the real match length and score limit, from the rules the server will play. */
  setRules(rules: MatchFactsRules & { units?: Record<string, unknown> }): void {
    this.tagline.textContent = matchFacts(rules);
    if (rules.units) this.unitKinds = Object.keys(rules.units);
    this.help.textContent = keysHelp(this.unitKinds);
  }

  show(message = ""): void {
    this.el.hidden = false;
    // The keys may have changed in the match's menu since.
    this.help.textContent = keysHelp(this.unitKinds);
    this.setBusy(false);
    this.setStatus(message, message !== "");
    this.name.focus();
  }

  hide(): void {
    this.el.hidden = true;
  }

  /** Tells the player what a join in progress waits for. */
  progress(text: string): void {
    this.setStatus(text, false);
  }

  /**
   * The page was opened from an invite link: joins that match at once when a
   * name is remembered, else fills the code and asks for a name.
   */
  invite(code: string | "invalid"): void {
    if (code === "invalid") {
      this.setStatus("That invite link has no valid match code. Ask for a new one.", true);
      return;
    }
    this.code.value = code;
    if (this.name.value.trim()) return void this.submit({ mode: "code", code });
    this.setStatus(`Invited to match ${code}: enter a name, then press Join by code.`, false);
  }

  /** Joins the rematch a finished match offered (the results screen's "Rematch"). */
  rematch(code: string): void {
    void this.submit({ mode: "rematch", code });
  }

  /** Quick match with the name in the form (the results screen's "Play again"). */
  quickMatch(): void {
    void this.submit({ mode: "quick" });
  }

  private submitCode(): void {
    const code = normalizeCode(this.code.value);
    if (!code) {
      this.setStatus("Enter the code a friend shared with you.", true);
      this.code.focus();
      return;
    }
    this.code.value = code;
    this.submit({ mode: "code", code });
  }

  private async submit(choice: JoinChoice): Promise<void> {
    if (this.buttons[0]!.disabled) return;
    const name = this.name.value.trim();
    if (!name) {
      this.setStatus("Enter a name first.", true);
      this.name.focus();
      return;
    }
    writeName(name);
    this.setBusy(true);
    this.setStatus(
      choice.mode === "create"
        ? "Creating a private match…"
        : choice.mode === "code"
          ? `Joining ${choice.code}…`
          : choice.mode === "rematch"
            ? "Joining the rematch…"
            : "Finding a match…",
      false,
    );
    try {
      await this.opts.onJoin(name, choice);
    } catch (err) {
      this.setBusy(false);
      this.setStatus((err as Error).message, true);
    }
  }

  private setBusy(busy: boolean): void {
    for (const b of this.buttons) b.disabled = busy;
  }

  private setStatus(text: string, error: boolean): void {
    this.status.textContent = text;
    this.status.classList.toggle("error", error);
  }
}

function readName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

function writeName(name: string): void {
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    // Private mode or storage off: the name just is not remembered.
  }
}
