// An averaged perceptron over sparse features, for training only (the run-time scorer is
// src/stages/syntax/tagger.ts, which reads what `serializeFeatures` writes).
// Features are (template, value) pairs; each keeps only the classes it was ever updated for.

export class AveragedPerceptron {
  readonly tables: Map<string, number>[];
  /** per feature: class ids and their slots in w/tot/ts */
  private featClasses: number[][] = [];
  private featSlots: number[][] = [];
  readonly featCount: number[] = [];
  private w: number[] = [];
  private tot: number[] = [];
  private ts: number[] = [];
  private step = 0;
  averaged = false;

  constructor(readonly nTemplates: number, readonly nClasses: number) {
    this.tables = Array.from({ length: nTemplates }, () => new Map());
  }

  /** Feature ids of (template, value) pairs; new ones are made when `learn`. */
  features(fs: readonly (readonly [number, string])[], learn: boolean): number[] {
    const out: number[] = [];
    for (const [t, v] of fs) {
      let id = this.tables[t].get(v);
      if (id === undefined) {
        if (!learn) continue;
        id = this.featClasses.length;
        this.tables[t].set(v, id);
        this.featClasses.push([]); this.featSlots.push([]); this.featCount.push(0);
      }
      if (learn) this.featCount[id]++;
      out.push(id);
    }
    return out;
  }

  scores(fids: readonly number[], into: Float64Array): Float64Array {
    into.fill(0);
    for (const f of fids) {
      const cs = this.featClasses[f], ss = this.featSlots[f];
      for (let k = 0; k < cs.length; k++) into[cs[k]] += this.w[ss[k]];
    }
    return into;
  }

  best(fids: readonly number[], scratch: Float64Array, allowed?: (c: number) => boolean): number {
    const s = this.scores(fids, scratch);
    let b = -1;
    for (let c = 0; c < this.nClasses; c++) if ((!allowed || allowed(c)) && (b < 0 || s[c] > s[b])) b = c;
    return b;
  }

  update(truth: number, guess: number, fids: readonly number[]): void {
    this.step++;
    if (truth === guess) return;
    for (const f of fids) { this.bump(f, truth, 1); if (guess >= 0) this.bump(f, guess, -1); }
  }

  private bump(f: number, c: number, by: number): void {
    const cs = this.featClasses[f];
    let k = cs.indexOf(c);
    if (k < 0) {
      k = cs.length; cs.push(c);
      this.featSlots[f].push(this.w.length);
      this.w.push(0); this.tot.push(0); this.ts.push(this.step);
    }
    const s = this.featSlots[f][k];
    this.tot[s] += (this.step - this.ts[s]) * this.w[s];
    this.ts[s] = this.step;
    this.w[s] += by;
  }

  /** Replaces each weight by its average over all steps (once, after training). */
  average(): void {
    if (this.averaged) return;
    for (let s = 0; s < this.w.length; s++) {
      const tot = this.tot[s] + (this.step - this.ts[s]) * this.w[s];
      this.w[s] = tot / Math.max(1, this.step);
    }
    this.averaged = true;
  }

  /**
   * The `f` lines of a model file: features seen at least `minCount` times, weights as integers
   * (× scale), classes whose rounded weight is 0 left out.
   */
  serializeFeatures(scale: number, minCount: number): string[] {
    const lines: string[] = [];
    this.tables.forEach((table, t) => {
      for (const [value, f] of table) {
        if (this.featCount[f] < minCount) continue;
        const pairs: string[] = [];
        const cs = this.featClasses[f], ss = this.featSlots[f];
        for (let k = 0; k < cs.length; k++) {
          const q = Math.round(this.w[ss[k]] * scale);
          if (q !== 0) pairs.push(`${cs[k]}:${q}`);
        }
        if (pairs.length) lines.push(`f\t${t}\t${value}\t${pairs.join(',')}`);
      }
    });
    return lines;
  }
}

/** A small seeded generator (mulberry32), so a training run can be repeated exactly. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(xs: T[], rand: () => number): T[] {
  for (let i = xs.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs;
}
