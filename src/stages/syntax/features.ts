// The tagger's features, shared by training (scripts/train-syntax.ts) and tagging, so both see
// a word the same way. One feature = (template, value): each template has its own table.
//
// The templates are the classic greedy tagger's (word, affixes, shape, the two tags before,
// the words around), plus word pairs and the shape of a sentence's first word. They fall in
// groups by what they depend on, so the tagger can add up a word's fixed part once per word
// type (see tagger.ts): the word alone, the word as a neighbour at ±1 or ±2, the tags before.

export const TEMPLATES = [
  'bias', 'w', 'pre1', 'suf2', 'suf3', 'suf4', 'shape', 't1', 't2t1', 't1w',
  'w-1', 'suf3-1', 'w-2', 'w+1', 'suf3+1', 'w+2', 'first',
  'w-1w', 'ww+1', 'pre3', 'shape-1', 'shape+1', 't1suf3', 'lex',
] as const;
export const T = Object.fromEntries(TEMPLATES.map((t, i) => [t, i])) as { [K in (typeof TEMPLATES)[number]]: number };

/** word → its classes in a general lexicon (data/models/pos-lexicon.tsv): a word GUM never showed still has one */
export const POS_LEXICON = 'models/pos-lexicon.tsv';
/** a word's classes by its normWord form (a Map, or the compact tagger model's index) */
export interface Lexicon { get(word: string): readonly string[] | undefined }

export type Feature = readonly [template: number, value: string];

export const START = '-START-', START2 = '-START2-', END = '-END-', END2 = '-END2-';

/** A word in lower case with one apostrophe ("Don’t" → "don't"): as tables key words. */
export function wordForm(text: string): string {
  const l = text.toLowerCase();
  return l.includes('’') ? l.replaceAll('’', "'") : l;
}

/** The word as the features see it: its wordForm, numbers by kind. */
export function normWord(w: string): string {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return w.length === 4 && /^\d{4}$/.test(w) ? '!YEAR' : '!DIGITS';
  return wordForm(w);
}

/** Letters as X/x, digits as d, other characters as themselves; runs longer than two cut to two. */
export function shapeOf(w: string): string {
  let out = '', last = '', run = 0;
  for (let i = 0; i < w.length && out.length < 8; i++) {
    const ch = w[i];
    const k = ch >= '0' && ch <= '9' ? 'd' : ch.toLowerCase() !== ch ? 'X' : ch.toUpperCase() !== ch ? 'x' : ch;
    if (k === last) { if (++run > 2) continue; } else { last = k; run = 1; }
    out += k;
  }
  return out;
}

/** The suffix the tag-pair feature pairs with the previous tag ('' for short words). */
export function tagSuffix(norm: string): string {
  return norm.length > 3 ? norm.slice(-3) : '';
}

/** The features of a word type wherever it stands: itself, and as each neighbour of another word. */
export interface WordFeatures {
  self: Feature[];
  left1: Feature[];
  left2: Feature[];
  right1: Feature[];
  right2: Feature[];
}

/** The groups of WordFeatures, by number, for `eachWordFeature`. */
export const GROUPS = ['self', 'left1', 'left2', 'right1', 'right2'] as const;

/**
 * Calls `emit(group, template, value)` for each feature of a word type (group: index in GROUPS)
 * and returns the word's normWord form: the tagger sums them as they come, training lists them.
 */
export function eachWordFeature(raw: string, lexicon: Lexicon, emit: (group: number, template: number, value: string) => void): string {
  const w = normWord(raw), shape = shapeOf(raw), s3 = w.slice(-3);
  const classes = lexicon.get(w);
  emit(0, T.bias, 'b'); emit(0, T.w, w); emit(0, T.pre1, w[0]); emit(0, T.shape, shape);
  emit(0, T.lex, classes ? classes.join(',') : '-');
  if (w.length > 2) emit(0, T.suf2, w.slice(-2));
  if (w.length > 3) { emit(0, T.suf3, s3); emit(0, T.pre3, w.slice(0, 3)); }
  if (w.length > 4) emit(0, T.suf4, w.slice(-4));
  emit(1, T['w-1'], w); emit(1, T['suf3-1'], s3); emit(1, T['shape-1'], shape);
  emit(2, T['w-2'], w);
  emit(3, T['w+1'], w); emit(3, T['suf3+1'], s3); emit(3, T['shape+1'], shape);
  emit(4, T['w+2'], w);
  return w;
}

export function wordFeatures(raw: string, lexicon: Lexicon): WordFeatures {
  const f: WordFeatures = { self: [], left1: [], left2: [], right1: [], right2: [] };
  eachWordFeature(raw, lexicon, (g, t, v) => { f[GROUPS[g]].push([t, v]); });
  return f;
}

/** What stands in for a missing neighbour at the sentence's edges. */
export const EDGE = {
  left1: [[T['w-1'], START], [T['suf3-1'], START]] as Feature[],
  /** w-2 of the first word, then of the second */
  left2: [[[T['w-2'], START2]], [[T['w-2'], START]]] as Feature[][],
  right1: [[T['w+1'], END], [T['suf3+1'], END]] as Feature[],
  /** w+2 of the last word, then of the one before */
  right2: [[[T['w+2'], END2]], [[T['w+2'], END]]] as Feature[][],
};

/** The features that join a word with its neighbours' words or tags. */
export function contextFeatures(norm: readonly string[], i: number, p1: string, p2: string): Feature[] {
  const w = norm[i];
  const out: Feature[] = [
    [T.t1, p1], [T.t2t1, p2 + ' ' + p1], [T.t1w, p1 + ' ' + w], [T.t1suf3, p1 + ' ' + tagSuffix(w)],
    [T['w-1w'], (i > 0 ? norm[i - 1] : START) + ' ' + w],
    [T['ww+1'], w + ' ' + (i + 1 < norm.length ? norm[i + 1] : END)],
  ];
  return out;
}

/**
 * Every feature of position i in a sentence (training's view; the tagger sums the same ones
 * by group). p1, p2: the tags already given to the two words before.
 */
export function sentenceFeatures(words: readonly WordFeatures[], norm: readonly string[], shapeFirst: string, i: number, p1: string, p2: string): Feature[] {
  const n = words.length;
  const out: Feature[] = [...words[i].self];
  out.push(...(i > 0 ? words[i - 1].left1 : EDGE.left1));
  out.push(...(i > 1 ? words[i - 2].left2 : EDGE.left2[i]));
  out.push(...(i + 1 < n ? words[i + 1].right1 : EDGE.right1));
  out.push(...(i + 2 < n ? words[i + 2].right2 : EDGE.right2[n - 1 - i]));
  out.push(...contextFeatures(norm, i, p1, p2));
  if (i === 0) out.push([T.first, shapeFirst]);
  return out;
}
