// Scores system documents against gold documents, layer by layer, summed over documents
// (micro-averaged). Only the layers a gold document lists are scored on it.
import type { DossierDocument } from '../document/types.ts';
import { scoreEvents } from './events.ts';
import type { GoldDocument, Layer } from './gold.ts';
import { LAYERS, neutralSpans } from './gold.ts';
import { addMeasures, emptyMeasure, type Measure, type ScoreError } from './measure.ts';
import { scoreMentions } from './mentions.ts';
import { scoreQuotes } from './quotes.ts';
import { scoreTimes } from './times.ts';

/** The metrics of each layer, in the order the table prints them. */
export const METRICS: Record<Layer, string[]> = {
  mentions: ['strict', 'relaxed'],
  times: ['relaxed', 'strict', 'value', 'type'],
  quotes: ['content', 'speaker', 'speaker-direct', 'speaker-indirect', 'named-direct', 'named-indirect'],
  events: ['root', 'code'],
};

/** What each metric means, for the table's notes. */
export const METRIC_NOTES: Record<string, string> = {
  'mentions.strict': 'same start, end and type',
  'mentions.relaxed': 'overlap, compatible type',
  'times.relaxed': 'overlapping span',
  'times.strict': 'exact span',
  'times.value': 'overlap and TIMEX3 value',
  'times.type': 'overlap and TIMEX3 type',
  'quotes.content': 'overlapping content',
  'quotes.speaker': 'accuracy on found quotes',
  'quotes.speaker-direct': 'accuracy on found direct quotes',
  'quotes.speaker-indirect': 'accuracy on found indirect and mixed quotes',
  'quotes.named-direct': 'found direct quotes with any speaker, of those the gold names one for',
  'quotes.named-indirect': 'found indirect quotes with any speaker, of those the gold names one for',
  'events.root': '(source, target, CAMEO root)',
  'events.code': '(source, target, full code)',
};

export interface LayerScore {
  /** documents whose gold annotates this layer */
  docs: number;
  metrics: Record<string, Measure>;
  errors: ScoreError[];
  /** the main metric split into groups ("type PERSON", "genre GUM_bio"), where the layer reports them */
  breakdown?: Record<string, Measure>;
}

export interface EvalReport {
  docs: number;
  layers: Partial<Record<Layer, LayerScore>>;
}

/** A document's genre, where its id names one: "GUM_bio_marbles" → "GUM_bio". */
export function genreOf(id: string): string | undefined {
  return /^([A-Za-z]+_[a-z]+)_/.exec(id)?.[1];
}

export function scoreDocument(gold: GoldDocument, system: DossierDocument, only?: Layer[]): Partial<Record<Layer, LayerScore>> {
  const out: Partial<Record<Layer, LayerScore>> = {};
  const layers = gold.layers.filter(l => !only || only.includes(l));
  for (const layer of layers) {
    const ignore = neutralSpans(gold, layer);
    const scope = gold.scope?.[layer];
    let metrics: Record<string, Measure>, errors: ScoreError[], breakdown: Record<string, Measure> | undefined;
    switch (layer) {
      case 'mentions': {
        const r = scoreMentions(gold.id, system.mentions, gold.mentions ?? [], scope, ignore);
        metrics = { strict: r.strict, relaxed: r.relaxed }; errors = r.errors;
        const genre = genreOf(gold.id);
        breakdown = Object.fromEntries(Object.entries(r.byType).map(([t, m]) => [`type ${t}`, m]));
        if (genre) breakdown[`genre ${genre}`] = r.relaxed;
        break;
      }
      case 'times': {
        const r = scoreTimes(gold.id, system.times, gold.times ?? [], scope, ignore);
        metrics = { relaxed: r.relaxed, strict: r.strict, value: r.value, type: r.type }; errors = r.errors; break;
      }
      case 'quotes': {
        const r = scoreQuotes(gold.id, system, gold.quotes ?? [], ignore);
        const { errors: e, ...m } = r;
        metrics = m; errors = e; break;
      }
      case 'events': {
        const r = scoreEvents(gold.id, system, gold.events ?? []);
        metrics = { root: r.root, code: r.code }; errors = r.errors; break;
      }
    }
    out[layer] = { docs: 1, metrics, errors, ...(breakdown ? { breakdown } : {}) };
  }
  return out;
}

export function scoreCorpus(pairs: { gold: GoldDocument; system: DossierDocument }[], only?: Layer[]): EvalReport {
  const report: EvalReport = { docs: pairs.length, layers: {} };
  for (const { gold, system } of pairs) {
    const scores = scoreDocument(gold, system, only);
    for (const layer of LAYERS) {
      const s = scores[layer];
      if (!s) continue;
      const acc = (report.layers[layer] ??= {
        docs: 0, metrics: Object.fromEntries(METRICS[layer].map(m => [m, emptyMeasure()])), errors: [],
      });
      acc.docs++;
      for (const m of METRICS[layer]) acc.metrics[m] = addMeasures(acc.metrics[m], s.metrics[m]);
      acc.errors.push(...s.errors);
      for (const [k, m] of Object.entries(s.breakdown ?? {})) {
        acc.breakdown ??= {};
        acc.breakdown[k] = addMeasures(acc.breakdown[k] ?? emptyMeasure(), m);
      }
    }
  }
  return report;
}
