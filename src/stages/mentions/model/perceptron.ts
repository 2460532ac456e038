// An averaged perceptron over sparse string features (Collins 2002; the averaging as in
// Honnibal's tagger): one weight vector per feature, one weight per label. Training keeps
// running totals so the averaged weights come out in one pass; prediction reads a Map.

/** The weights a shipped model holds: feature → one weight per label (labels in `labels` order). */
export interface PerceptronWeights {
  labels: string[];
  weights: Map<string, Float32Array>;
}

/** Scores of every label for one token's features: the sum of their weight vectors. */
export function scoreLabels(model: { labels: string[]; weights: ReadonlyMap<string, ArrayLike<number>> }, feats: readonly string[], out: Float64Array): Float64Array {
  out.fill(0);
  const n = model.labels.length;
  for (let f = 0; f < feats.length; f++) {
    const w = model.weights.get(feats[f]);
    if (!w) continue;
    for (let k = 0; k < n; k++) out[k] += w[k];
  }
  return out;
}

/** The best label index; ties go to the lower index (label 0 is the "outside" label). */
export function argmax(scores: Float64Array, allowed?: (k: number) => boolean): number {
  let best = -1, bestScore = -Infinity;
  for (let k = 0; k < scores.length; k++) {
    if (allowed && !allowed(k)) continue;
    if (scores[k] > bestScore) { best = k; bestScore = scores[k]; }
  }
  return best;
}

/** The trainer: current weights, their running totals and when each last changed. */
export class PerceptronTrainer {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private clock = 0;

  constructor(readonly labels: string[]) {}

  asModel(): PerceptronWeights {
    const weights = new Map<string, Float32Array>();
    for (const [f, w] of this.weights) weights.set(f, Float32Array.from(w));
    return { labels: this.labels, weights };
  }

  /** One example seen (a sequence, for a structured perceptron): the clock the averages run on. */
  tick(): void { this.clock++; }

  /** Moves the weights of label k for these features by d (+1 toward the truth, -1 away from a wrong guess). */
  move(feats: readonly string[], k: number, d: number): void {
    for (const f of feats) {
      let w = this.weights.get(f), t = this.totals.get(f), s = this.stamps.get(f);
      if (!w || !t || !s) {
        const n = this.labels.length;
        w = new Float64Array(n); t = new Float64Array(n); s = new Float64Array(n);
        this.weights.set(f, w); this.totals.set(f, t); this.stamps.set(f, s);
      }
      t[k] += (this.clock - s[k]) * w[k];
      s[k] = this.clock;
      w[k] += d;
    }
  }

  /** The averaged weights, with vectors whose largest weight is below `minWeight` left out. */
  averaged(minWeight = 0): PerceptronWeights {
    const out = new Map<string, Float32Array>();
    const n = this.labels.length;
    for (const [f, w] of this.weights) {
      const t = this.totals.get(f)!, s = this.stamps.get(f)!;
      const avg = new Float32Array(n);
      let max = 0;
      for (let k = 0; k < n; k++) {
        avg[k] = (t[k] + (this.clock - s[k]) * w[k]) / Math.max(1, this.clock);
        max = Math.max(max, Math.abs(avg[k]));
      }
      if (max > minWeight) out.set(f, avg);
    }
    return { labels: this.labels, weights: out };
  }
}

/** The model file: labels, and per feature its weights rounded (a compact JSON). */
export function serializeWeights(model: PerceptronWeights, meta: Record<string, unknown>, scale = 1000): string {
  const features: Record<string, number[]> = Object.create(null);
  for (const [f, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    features[f] = Array.from(w, x => Math.round(x * scale));
  }
  return JSON.stringify({ ...meta, labels: model.labels, scale, features });
}

export function parseWeights(json: string): PerceptronWeights & { meta: Record<string, unknown> } {
  const raw = JSON.parse(json) as { labels: string[]; scale: number; features: Record<string, number[]> } & Record<string, unknown>;
  const weights = new Map<string, Float32Array>();
  for (const f of Object.keys(raw.features)) weights.set(f, Float32Array.from(raw.features[f], x => x / raw.scale));
  const { labels, scale: _s, features: _f, ...meta } = raw;
  return { labels, weights, meta };
}

// The compact form a shipped model loads from (data/models/names-perceptron.bin, ~8× quicker to read than
// the JSON): "DNP1", a uint32 header length, the header (JSON: labels and the JSON's other fields), the
// feature names joined by "\n" (UTF-8, uint32 byte length first), padding to 4 bytes, then one float32 per
// feature and label in the same order. The weights are the JSON's divided by its scale, as parseWeights
// makes them, so a model read from either form scores the same to the bit.
const COMPACT_MAGIC = 'DNP1';

export function compactWeights(model: PerceptronWeights & { meta?: Record<string, unknown> }): Buffer {
  const names = [...model.weights.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const header = Buffer.from(JSON.stringify({ ...model.meta, labels: model.labels }));
  const keys = Buffer.from(names.join('\n'));
  const n = model.labels.length;
  const keysEnd = 12 + header.length + keys.length;
  const weightsAt = (keysEnd + 3) & ~3;
  const out = Buffer.alloc(weightsAt + names.length * n * 4);
  out.write(COMPACT_MAGIC, 0, 'latin1');
  out.writeUInt32LE(header.length, 4);
  header.copy(out, 8);
  out.writeUInt32LE(keys.length, 8 + header.length);
  keys.copy(out, 12 + header.length);
  const floats = new Float32Array(out.buffer, out.byteOffset + weightsAt, names.length * n);
  names.forEach((f, i) => floats.set(model.weights.get(f)!, i * n));
  return out;
}

export function readCompactWeights(bytes: Buffer): PerceptronWeights & { meta: Record<string, unknown> } {
  if (bytes.toString('latin1', 0, 4) !== COMPACT_MAGIC) throw new Error('not a compact name model');
  const headerLength = bytes.readUInt32LE(4);
  const { labels, ...meta } = JSON.parse(bytes.toString('utf8', 8, 8 + headerLength)) as { labels: string[] } & Record<string, unknown>;
  const keysLength = bytes.readUInt32LE(8 + headerLength);
  const keysAt = 12 + headerLength;
  const names = bytes.toString('utf8', keysAt, keysAt + keysLength).split('\n');
  const weightsAt = (keysAt + keysLength + 3) & ~3;
  const n = labels.length;
  // a copy of the weights, aligned whatever the buffer's own offset; each feature's vector is a view of it
  const floats = new Float32Array(names.length * n);
  new Uint8Array(floats.buffer).set(bytes.subarray(weightsAt, weightsAt + floats.byteLength));
  const weights = new Map<string, Float32Array>();
  for (let i = 0; i < names.length; i++) weights.set(names[i], floats.subarray(i * n, i * n + n));
  return { labels, weights, meta };
}
