// A small rule-based lemmatizer for the verbs and nouns the CAMEO lexicon names.
// It proposes candidate lemmas for a word form; the lexicon keeps the one it knows,
// so "proposes" → propose, "handing" → hand, "planned" → plan, "went" → go.
import { eventTable } from './lexicon.ts';

const IRREGULAR: Record<string, string> = eventTable('irregular-form');

/** Past tenses spelled like the base ("Nicaragua cut ties"): after a subject they are verbs, never nouns. */
export const SAME_FORM_PAST = new Set(Object.entries(IRREGULAR).filter(([form, lemma]) => form === lemma).map(([form]) => form));

/** Candidate lemmas of a lowercase word form, most likely first; the form itself is always one. */
export function lemmaCandidates(word: string): string[] {
  const w = word.toLowerCase();
  const out: string[] = [];
  const irregular = IRREGULAR[w];
  if (irregular) out.push(irregular);
  out.push(w);
  const n = w.length;
  if (n > 4 && w.endsWith('ies')) out.push(w.slice(0, -3) + 'y');
  if (n > 4 && w.endsWith('ied')) out.push(w.slice(0, -3) + 'y');
  if (n > 3 && w.endsWith('es')) out.push(w.slice(0, -2));
  if (n > 3 && w.endsWith('s') && !w.endsWith('ss')) out.push(w.slice(0, -1));
  if (n > 3 && w.endsWith('ed')) {
    out.push(w.slice(0, -1), w.slice(0, -2)); // agreed → agree, signed → sign
    if (n > 5 && w[n - 3] === w[n - 4]) out.push(w.slice(0, -3)); // planned → plan
  }
  if (n > 4 && w.endsWith('ing')) {
    const stem = w.slice(0, -3);
    out.push(stem, stem + 'e'); // handing → hand, proposing → propose
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) out.push(stem.slice(0, -1)); // planning → plan
  }
  // British spellings: recognise → recognize, criticised → criticize, apologising → apologize
  const n0 = out.length;
  for (let k = 0; k < n0; k++) if (/is(e|ed|es|ing)?$/.test(out[k]) && out[k].includes('is')) out.push(out[k].replace(/is(e|ed|es|ing)?$/, 'iz$1'));
  return out;
}

/** The lemma a lexicon knows for a word form (first candidate it has), else the lowercase form. */
export function lemmaIn(word: string, known: { has(lemma: string): boolean }): string {
  for (const c of lemmaCandidates(word)) if (known.has(c)) return c;
  return word.toLowerCase();
}

/** Past participle or -ed form, for spotting passives ("was attacked by"). */
export function isParticipleForm(word: string): boolean {
  const w = word.toLowerCase();
  if (w.endsWith('ed') || w.endsWith('en')) return true;
  const irregular = IRREGULAR[w];
  return irregular !== undefined && irregular !== w && !w.endsWith('s') && !w.endsWith('ing');
}
