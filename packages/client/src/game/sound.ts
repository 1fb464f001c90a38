import type { Cue } from "./effects.ts";

/** Everything the game plays: the effects' cues plus the app's own moments. */
export type SoundName = Cue | "train" | "gold" | "start" | "end" | "reject";

interface Note {
  /** Hz at start and end (a glide), or 0 for filtered noise */
  from: number;
  to: number;
  /** seconds after the sound starts */
  at: number;
  dur: number;
  gain: number;
  type?: OscillatorType;
}

/**
 * Every sound is synthesized here with WebAudio (oscillators and a noise
 * buffer; no audio files to download, so nothing delays the first frame).
 * Made for this project; no third-party samples.
 */
const SOUNDS: Record<SoundName, Note[]> = {
  hit: [{ from: 0, to: 0, at: 0, dur: 0.06, gain: 0.25 }],
  ownHit: [
    { from: 0, to: 0, at: 0, dur: 0.08, gain: 0.35 },
    { from: 180, to: 90, at: 0, dur: 0.1, gain: 0.25, type: "square" },
  ],
  shot: [{ from: 1400, to: 700, at: 0, dur: 0.07, gain: 0.12, type: "triangle" }],
  death: [{ from: 320, to: 80, at: 0, dur: 0.3, gain: 0.25, type: "sawtooth" }],
  ownDeath: [
    { from: 260, to: 60, at: 0, dur: 0.6, gain: 0.35, type: "sawtooth" },
    { from: 0, to: 0, at: 0, dur: 0.25, gain: 0.3 },
  ],
  kill: [
    { from: 660, to: 660, at: 0, dur: 0.08, gain: 0.2, type: "square" },
    { from: 990, to: 990, at: 0.08, dur: 0.12, gain: 0.2, type: "square" },
  ],
  train: [{ from: 520, to: 780, at: 0, dur: 0.12, gain: 0.15, type: "triangle" }],
  gold: [
    { from: 1320, to: 1320, at: 0, dur: 0.06, gain: 0.12, type: "sine" },
    { from: 1760, to: 1760, at: 0.06, dur: 0.1, gain: 0.12, type: "sine" },
  ],
  start: [
    { from: 392, to: 392, at: 0, dur: 0.15, gain: 0.2, type: "triangle" },
    { from: 523, to: 523, at: 0.15, dur: 0.15, gain: 0.2, type: "triangle" },
    { from: 659, to: 659, at: 0.3, dur: 0.35, gain: 0.22, type: "triangle" },
  ],
  end: [
    { from: 523, to: 523, at: 0, dur: 0.6, gain: 0.15, type: "triangle" },
    { from: 659, to: 659, at: 0, dur: 0.6, gain: 0.15, type: "triangle" },
    { from: 784, to: 784, at: 0, dur: 0.8, gain: 0.15, type: "triangle" },
  ],
  reject: [{ from: 200, to: 160, at: 0, dur: 0.12, gain: 0.18, type: "square" }],
};

/** The same sound at most this often (ms): a big fight is a rumble, not a wall of noise. */
const MIN_GAP_MS = 70;

/**
 * The game's sound: a master gain (volume, mute) over short synthesized
 * sounds. The AudioContext starts on the first key or click (browsers refuse
 * to play before one), so nothing is created on page load.
 */
export class Sound {
  private ctx: AudioContext | null = null;
  private master: GainNode | null = null;
  private noise: AudioBuffer | null = null;
  private volume: number;
  private muted: boolean;
  private readonly lastAt = new Map<SoundName, number>();
  /** sounds started (tests and benchmarks read it; counts while muted too) */
  played = 0;

  constructor(volume: number, muted: boolean) {
    this.volume = volume;
    this.muted = muted;
    const unlock = () => {
      this.ensure();
      void this.ctx?.resume().catch(() => {});
    };
    window.addEventListener("pointerdown", unlock, { once: true, capture: true });
    window.addEventListener("keydown", unlock, { once: true, capture: true });
  }

  setVolume(volume: number, muted: boolean): void {
    this.volume = volume;
    this.muted = muted;
    if (this.master && this.ctx) this.master.gain.setValueAtTime(muted ? 0 : volume, this.ctx.currentTime);
  }

  play(name: SoundName): void {
    const now = performance.now();
    if (now - (this.lastAt.get(name) ?? Number.NEGATIVE_INFINITY) < MIN_GAP_MS) return;
    this.lastAt.set(name, now);
    this.played++;
    if (this.muted || this.volume <= 0) return;
    const ctx = this.ctx;
    if (!ctx || ctx.state !== "running" || !this.master) return;
    const t0 = ctx.currentTime;
    for (const n of SOUNDS[name]) this.note(ctx, this.master, n, t0);
  }

  destroy(): void {
    void this.ctx?.close().catch(() => {});
    this.ctx = null;
  }

  private ensure(): void {
    if (this.ctx || typeof AudioContext === "undefined") return;
    this.ctx = new AudioContext();
    this.master = this.ctx.createGain();
    this.master.gain.value = this.muted ? 0 : this.volume;
    this.master.connect(this.ctx.destination);
    const len = Math.floor(this.ctx.sampleRate * 0.3);
    this.noise = this.ctx.createBuffer(1, len, this.ctx.sampleRate);
    const data = this.noise.getChannelData(0);
    // A fixed pseudo-random sequence: the same noise every time.
    let s = 12345;
    for (let i = 0; i < len; i++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      data[i] = (s / 0x3fffffff - 1) * (1 - i / len);
    }
  }

  private note(ctx: AudioContext, out: AudioNode, n: Note, t0: number): void {
    const start = t0 + n.at;
    const end = start + n.dur;
    const env = ctx.createGain();
    env.gain.setValueAtTime(0.0001, start);
    env.gain.exponentialRampToValueAtTime(n.gain, start + Math.min(0.01, n.dur / 4));
    env.gain.exponentialRampToValueAtTime(0.0001, end);
    env.connect(out);
    let src: AudioScheduledSourceNode;
    if (n.from === 0 && this.noise) {
      const b = ctx.createBufferSource();
      b.buffer = this.noise;
      const f = ctx.createBiquadFilter();
      f.type = "bandpass";
      f.frequency.value = 1200;
      b.connect(f).connect(env);
      src = b;
    } else {
      const o = ctx.createOscillator();
      o.type = n.type ?? "sine";
      o.frequency.setValueAtTime(n.from, start);
      if (n.to !== n.from) o.frequency.exponentialRampToValueAtTime(Math.max(1, n.to), end);
      o.connect(env);
      src = o;
    }
    src.start(start);
    src.stop(end + 0.02);
    src.onended = () => env.disconnect();
  }
}
