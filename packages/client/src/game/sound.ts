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
/** Sounds started per 100 ms, at most, whatever is playing: a fight's burst of hits is a rumble, not a pile-up. */
const VOICES_PER_WINDOW = 8;
const VOICE_WINDOW_MS = 100;

/**
 * The game's sound: a master gain (volume, mute) over short synthesized
 * sounds. The AudioContext starts on the first key or click (browsers refuse
 * to play before one), so nothing is created on page load.
 */
export class Sound {
  private ctx: AudioContext | null = null;
  private master: GainNode | null = null;
  /** each sound rendered once (prerender); a sound is skipped until its buffer exists */
  private readonly buffers = new Map<SoundName, AudioBuffer>();
  private windowStart = Number.NEGATIVE_INFINITY;
  private voices = 0;
  private volume: number;
  private muted: boolean;
  private readonly lastAt = new Map<SoundName, number>();
  /** sounds started (tests and benchmarks read it; counts while muted too) */
  played = 0;
  /** sounds actually started on a running AudioContext */
  notes = 0;

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
    const buffer = this.buffers.get(name);
    if (ctx?.state !== "running" || !this.master || !buffer) return;
    if (now - this.windowStart >= VOICE_WINDOW_MS) {
      this.windowStart = now;
      this.voices = 0;
    }
    if (this.voices >= VOICES_PER_WINDOW) return;
    this.voices++;
    this.notes++;
    // One node per sound: the notes were rendered into the buffer once (prerender).
    const src = ctx.createBufferSource();
    src.buffer = buffer;
    src.connect(this.master);
    src.start();
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
    void this.prerender(this.ctx.sampleRate).catch(() => {});
  }

  /**
   * Renders every sound's notes once into a buffer (OfflineAudioContext, off
   * the main thread): playing one is then one buffer source, where building
   * its oscillators, envelopes and filter live cost a millisecond in a busy frame.
   */
  private async prerender(rate: number): Promise<void> {
    if (typeof OfflineAudioContext === "undefined") return;
    const noise = noiseBuffer(rate);
    for (const [name, notes] of Object.entries(SOUNDS) as Array<[SoundName, Note[]]>) {
      const seconds = Math.max(...notes.map((n) => n.at + n.dur)) + 0.03;
      const off = new OfflineAudioContext(1, Math.ceil(rate * seconds), rate);
      const band = off.createBiquadFilter();
      band.type = "bandpass";
      band.frequency.value = 1200;
      band.connect(off.destination);
      for (const n of notes) renderNote(off, n, noise, band);
      this.buffers.set(name, await off.startRendering());
    }
  }
}

/** A fixed pseudo-random sequence, fading out: the same noise every time. */
function noiseBuffer(rate: number): AudioBuffer {
  const len = Math.floor(rate * 0.3);
  const buffer = new AudioBuffer({ length: len, sampleRate: rate });
  const data = buffer.getChannelData(0);
  let s = 12345;
  for (let i = 0; i < len; i++) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    data[i] = (s / 0x3fffffff - 1) * (1 - i / len);
  }
  return buffer;
}

/** One note into an offline context: an envelope over an oscillator glide, or over band-passed noise. */
function renderNote(ctx: OfflineAudioContext, n: Note, noise: AudioBuffer, band: AudioNode): void {
  const start = n.at;
  const end = start + n.dur;
  const env = ctx.createGain();
  env.gain.setValueAtTime(0.0001, start);
  env.gain.exponentialRampToValueAtTime(n.gain, start + Math.min(0.01, n.dur / 4));
  env.gain.exponentialRampToValueAtTime(0.0001, end);
  let src: AudioScheduledSourceNode;
  if (n.from === 0) {
    env.connect(band);
    const b = ctx.createBufferSource();
    b.buffer = noise;
    b.connect(env);
    src = b;
  } else {
    env.connect(ctx.destination);
    const o = ctx.createOscillator();
    o.type = n.type ?? "sine";
    o.frequency.setValueAtTime(n.from, start);
    if (n.to !== n.from) o.frequency.exponentialRampToValueAtTime(Math.max(1, n.to), end);
    o.connect(env);
    src = o;
  }
  src.start(start);
  src.stop(end + 0.02);
}
