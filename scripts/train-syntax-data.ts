// GUM's UD trees (../shared/corpora/gum-ud/*.conllu) read for training the syntax stage, and
// re-cut by Dossier's own tokenizer so the tagger learns the tokens it will see at run time:
// "Eye-Tracking" and "don't" are one token here where UD has three and two, "$5" two.
// Each of our tokens takes the gold of the UD token that stands for it: a contraction the
// first part's ("don't" → do/VBP, "I'm" → I/PRP), a hyphenated word the last word's
// ("Eye-Tracking" → NN, "30-year-old" → JJ), a piece of a longer UD token that token's.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { tokenize } from '../src/stages/segment/tokens.ts';

export interface UdToken { form: string; lemma: string; upos: string; xpos: string; head: number; deprel: string }
export interface UdSentence { text: string; tokens: UdToken[] }
export interface UdDocument { id: string; genre: string; sentences: UdSentence[] }

/** One of our tokens with the gold it takes from UD; `ud` is the index of the UD token standing for it. */
export interface GoldToken { text: string; xpos: string; upos: string; lemma: string; ud: number }
export interface GoldSentence { tokens: GoldToken[]; ud: UdToken[]; /** our token → UD tokens it covers */ cover: number[][] }
export interface GoldDocument { id: string; genre: string; sentences: GoldSentence[] }

export const GUM_DIR = new URL('../../shared/corpora/gum-ud/', import.meta.url);

export function readGum(dir: URL | string = GUM_DIR): UdDocument[] {
  const path = typeof dir === 'string' ? dir : dir.pathname;
  return readdirSync(path).filter((f) => f.endsWith('.conllu')).sort().map((f) => readConllu(readFileSync(join(path, f), 'utf8'), f.replace(/\.conllu$/, '')));
}

export function readConllu(src: string, id: string): UdDocument {
  const genre = /^GUM_([a-z]+)_/.exec(id)?.[1] ?? 'other';
  const sentences: UdSentence[] = [];
  let cur: UdSentence = { text: '', tokens: [] };
  for (const line of src.split('\n')) {
    if (line.startsWith('# text = ')) cur.text = line.slice(9);
    else if (line === '' || line === '\r') {
      if (cur.tokens.length) sentences.push(cur);
      cur = { text: '', tokens: [] };
    } else if (!line.startsWith('#')) {
      const f = line.split('\t');
      if (!/^\d+$/.test(f[0])) continue; // multiword ranges and empty nodes
      cur.tokens.push({ form: f[1], lemma: f[2], upos: f[3], xpos: f[4], head: Number(f[6]) - 1, deprel: f[7] });
    }
  }
  if (cur.tokens.length) sentences.push(cur);
  return { id, genre, sentences };
}

const APOSTROPHE = /['’]/;

/**
 * The tree over our tokens: each token's head is the token holding the UD head of its
 * representative (climbing out of the token itself: "Eye-Tracking" hangs where "Tracking" does),
 * its relation the representative's. Undefined when the merge makes a cycle.
 */
export function goldTree(g: GoldSentence): { heads: number[]; rels: string[] } | undefined {
  const ours = new Int32Array(g.ud.length);
  g.cover.forEach((parts, i) => { for (const k of parts) ours[k] = i; });
  const heads: number[] = [], rels: string[] = [];
  g.tokens.forEach((t, i) => {
    let h = g.ud[t.ud].head;
    while (h >= 0 && ours[h] === i) h = g.ud[h].head;
    heads.push(h < 0 ? -1 : ours[h]);
    rels.push(g.ud[t.ud].deprel);
  });
  for (let i = 0; i < heads.length; i++) {
    let h = heads[i], steps = 0;
    while (h >= 0 && steps++ <= heads.length) h = heads[h];
    if (h >= 0) return undefined;
  }
  return { heads, rels };
}

/** A UD sentence re-cut by our tokenizer; undefined when its tokens cannot be found in its text. */
export function alignSentence(s: UdSentence): GoldSentence | undefined {
  const text = s.text;
  const spans: [number, number][] = [];
  let at = 0;
  for (const t of s.tokens) {
    const k = text.indexOf(t.form, at);
    if (k < 0 || text.slice(at, k).trim() !== '') return undefined;
    spans.push([k, k + t.form.length]);
    at = k + t.form.length;
  }
  const ours = tokenize(text);
  const tokens: GoldToken[] = [];
  const cover: number[][] = [];
  let u = 0;
  for (const o of ours) {
    while (u < spans.length && spans[u][1] <= o.start) u++;
    const parts: number[] = [];
    for (let k = u; k < spans.length && spans[k][0] < o.end; k++) parts.push(k);
    if (!parts.length) return undefined;
    let rep = parts[0];
    if (parts.length > 1 && !APOSTROPHE.test(o.text)) {
      for (const k of parts) if (s.tokens[k].xpos !== 'HYPH' && s.tokens[k].upos !== 'PUNCT') rep = k;
    }
    const g = s.tokens[rep];
    tokens.push({ text: o.text, xpos: g.xpos, upos: g.upos, lemma: g.lemma, ud: rep });
    cover.push(parts);
  }
  return { tokens, ud: s.tokens, cover };
}

export function alignDocuments(docs: UdDocument[]): { docs: GoldDocument[]; dropped: number } {
  let dropped = 0;
  const out = docs.map((d) => {
    const sentences: GoldSentence[] = [];
    for (const s of d.sentences) {
      const a = alignSentence(s);
      if (a) sentences.push(a); else dropped++;
    }
    return { id: d.id, genre: d.genre, sentences };
  });
  return { docs: out, dropped };
}

/** Documents into k folds, round-robin within each genre so every fold holds every genre. */
export function documentFolds<D extends { id: string; genre: string }>(docs: D[], k: number): D[][] {
  const folds: D[][] = Array.from({ length: k }, () => []);
  const sorted = [...docs].sort((a, b) => (a.genre + a.id).localeCompare(b.genre + b.id));
  sorted.forEach((d, i) => folds[i % k].push(d));
  return folds;
}
