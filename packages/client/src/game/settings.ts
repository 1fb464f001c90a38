/** Player settings kept between visits (localStorage; defaults when storage is off). */
export interface Settings {
  /** 0..1 */
  volume: number;
  muted: boolean;
  /** the how-to card was dismissed once */
  howToSeen: boolean;
}

const KEY = "octet.settings";
const DEFAULTS: Settings = { volume: 0.6, muted: false, howToSeen: false };

export function loadSettings(): Settings {
  try {
    const raw = JSON.parse(localStorage.getItem(KEY) ?? "{}") as Partial<Settings>;
    const volume =
      typeof raw.volume === "number" && raw.volume >= 0 && raw.volume <= 1 ? raw.volume : DEFAULTS.volume;
    return {
      volume,
      muted: typeof raw.muted === "boolean" ? raw.muted : DEFAULTS.muted,
      howToSeen: raw.howToSeen === true,
    };
  } catch {
    return { ...DEFAULTS };
  }
}

export function saveSettings(s: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    // Private mode or storage off: the settings last for this visit only.
  }
}
