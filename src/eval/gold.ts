// The gold format of /shared/corpora/README.md: one annotated document per JSONL line.
// Reading never stops at a bad line: each is reported as "file:line: …" and skipped.
import { DossierError } from '../errors.ts';

export interface GoldSpan { start: number; end: number; text?: string }

export interface GoldMention extends GoldSpan { type: string; kind?: string; entity?: string; optional?: boolean }
export interface GoldTime extends GoldSpan { type: string; value: string; mod?: string; optional?: boolean }
export interface GoldQuote extends GoldSpan {
  kind?: string; parts?: GoldSpan[]; cue?: GoldSpan; optional?: boolean;
  speaker_text?: string; speaker_start?: number; speaker_end?: number; speaker_entity?: string;
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
