// The gold format of /shared/corpora/README.md: one annotated document per JSONL line.
// Reading never stops at a bad line: each is reported as "file:line: …" and skipped.
import { DossierError } from '../errors.ts';

export interface GoldSpan { start: number; end: number; text?: string }

export interface GoldMention extends GoldSpan { type: string; kind?: string; entity?: string; optional?: boolean }
export interface GoldTime extends GoldSpan { type: string; value: string; mod?: string; optional?: boolean }
export interface GoldQuote extends GoldSpan {
  kind?: string; parts?: GoldSpan[]; cue?: GoldSpan; optional?: boolean;
  speaker_text?: string; speaker_start?: number; speaker_end?: number; speaker_entity?: string;
  /** person | organization | described ("a senior official") | unknown */
  speaker_kind?: string; affiliation?: string; via?: string;
}
export interface GoldEvent {
  source_country?: string; target_country?: string; code: string;
  /** alternative CAMEO roots that are also right ("02|03" style, as a list) */
  roots?: string[];
  /** the two sides may be swapped (meet, sign, clash) */
  symmetric?: boolean;
  optional?: boolean; what?: string;
}

export const LAYERS = ['mentions', 'times', 'quotes', 'events'] as const;
export type Layer = typeof LAYERS[number];

export interface GoldDocument {
  id: string;
  text: string;
  /** the corpus it comes from: "meantime", "seed"… */
  source?: string;
  published?: string;
  title?: string;
  url?: string;
  /** the layers this corpus annotates; only these are scored */
  layers: Layer[];
  scope?: Partial<Record<Layer, string[]>>;
  mentions?: GoldMention[];
  times?: GoldTime[];
  quotes?: GoldQuote[];
  events?: GoldEvent[];
  ignore?: Partial<Record<Layer, GoldSpan[]>>;
  /** where a layer was annotated, when not the whole text; system items outside are neutral */
  extent?: Partial<Record<Layer, { start: number; end: number }>>;
}

/**
 * The spans of a layer where system items are neither right nor wrong: the gold's `ignore`,
 * plus the text outside the layer's `extent`. MEANTIME annotated time expressions only in
 * the title and the first five sentences (its guidelines; the gold confirms it: no TIMEX
 * past line 6 in any of the 90 documents), so a MEANTIME gold without an extent gets that one.
 */
export function neutralSpans(gold: GoldDocument, layer: Layer): GoldSpan[] {
  const spans = [...(gold.ignore?.[layer] ?? [])];
  let extent = gold.extent?.[layer];
  if (!extent && layer === 'times' && gold.source === 'meantime') extent = { start: 0, end: endOfLine(gold.text, 6) };
  if (extent) {
    if (extent.start > 0) spans.push({ start: 0, end: extent.start });
    if (extent.end < gold.text.length) spans.push({ start: extent.end, end: gold.text.length });
  }
  return spans;
}

/** The offset where the nth line ends (MEANTIME texts hold one sentence per line). */
function endOfLine(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

export type GoldLine = { ok: true; doc: GoldDocument } | { ok: false; error: DossierError };

/** Parses a gold JSONL text; `source` names the file in error messages. */
export function parseGold(raw: string, source: string): GoldLine[] {
  const out: GoldLine[] = [];
  const lines = raw.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${source}:${i + 1}`;
    let value: unknown;
    try { value = JSON.parse(line); } catch (err) {
      out.push({ ok: false, error: new DossierError('INPUT_JSON', `not valid JSON (${(err as Error).message})`, where) });
      continue;
    }
    const problem = checkGold(value);
    if (problem) { out.push({ ok: false, error: new DossierError('INPUT_FORMAT', problem, where) }); continue; }
    const doc = value as GoldDocument;
    doc.id = String(doc.id ?? `${source}:${i + 1}`);
    doc.layers = (doc.layers ?? LAYERS.filter(l => Array.isArray(doc[l]))).filter((l): l is Layer => (LAYERS as readonly string[]).includes(l));
    out.push({ ok: true, doc });
  }
  return out;
}

function checkGold(v: unknown): string | undefined {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return 'a gold line must be a JSON object';
  const d = v as Record<string, unknown>;
  if (typeof d.text !== 'string') return 'a gold document needs "text" (a string)';
  if (d.layers !== undefined && !Array.isArray(d.layers)) return '"layers" must be a list';
  for (const l of LAYERS) if (d[l] !== undefined && !Array.isArray(d[l])) return `"${l}" must be a list`;
  if (d.published !== undefined && (typeof d.published !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(d.published))) {
    return `"published" must be a date YYYY-MM-DD`;
  }
  return undefined;
}
