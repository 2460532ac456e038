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
