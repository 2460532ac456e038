// Lemmas from the word and its PTB tag: an exception table learned from GUM's lemmas
// (data/models/lemma-exceptions.tsv: "went"/VBD → go, "children"/NNS → child, "him"/PRP → he),
// then suffix rules for the inflected tags, choosing among a rule's candidates the one GUM knows
// as a lemma of that class (data/models/lemma-words.tsv: "proposed" → propose, "planned" → plan),
// else the likeliest by spelling. Both files are written by `npm run train:syntax`.
import { tsvRows, wordKinds } from '../../data/lexicon.ts';
export { wordForm } from './features.ts';

export const LEMMA_EXCEPTIONS = 'models/lemma-exceptions.tsv';
export const LEMMA_WORDS = 'models/lemma-words.tsv';
export const LEMMA_IRREGULAR = 'models/lemma-irregular.tsv';

/** The word class a tag inflects for: the lemma-words list is split by it. */
export function lemmaClass(tag: string): 'noun' | 'verb' | 'adj' | undefined {
  const c = tag.charCodeAt(0);
  if (c === 78 /* N */) return 'noun';
  if (c === 86 /* V */) return 'verb';
  if (c === 74 /* J */ || tag === 'RBR' || tag === 'RBS') return 'adj';
  return undefined;
}

export interface LemmaTables {
  /** `${form}\t${tag}` → lemma, and `${form}\t${class}` → the lemma of its first tag in that class */
  exceptions: ReadonlyMap<string, string>;
  /** lemma → the classes GUM uses it in */
  words: ReadonlyMap<string, readonly string[]>;
  /** irregular verb form → lemma, for verb forms GUM did not show */
  irregular?: ReadonlyMap<string, string>;
}

const VOWEL = /[aeiou]/;
const KEEP_DOUBLE = new Set(['l', 's', 'z', 'f']);
// stems that want their e back ("argued", "charged", "created", "secured", "analysed")
const WANTS_E = /(?:[vzcu]|[^aeioug]g|[^aeiou]at|[^aeiou]ur|[^aeiou][bcdfgkpt]l|ys|[aeiou]s)$/;

function undouble(stem: string): string | undefined {
  const n = stem.length;
  if (n > 2 && stem[n - 1] === stem[n - 2] && !VOWEL.test(stem[n - 1]) && !KEEP_DOUBLE.has(stem[n - 1])) return stem.slice(0, -1);
  return undefined;
}

/** A verb or adjective stem with its ending cut: candidates, likeliest by spelling first. */
function stemCandidates(stem: string): string[] {
  if (stem.length < 2 || !/[aeiouy]/.test(stem)) return []; // "fled", "sped": irregular, kept
  if (stem.endsWith('i')) return [stem.slice(0, -1) + 'y', stem];
  const u = undouble(stem);
  if (u) return [u, stem];
  // "expelled", "cancelled", "controlled" lose an l; "called", "killed", "spelled" keep both
  if (stem.length >= 6 && /[eo]ll$/.test(stem)) return [stem.slice(0, -1), stem];
  if (stem.endsWith('e')) return [stem];
  return WANTS_E.test(stem) ? [stem + 'e', stem] : [stem, stem + 'e'];
}

function pluralCandidates(w: string): string[] {
  if (w.length < 3 || !w.endsWith('s') || w.endsWith('ss') || w.endsWith('us') || w.endsWith('is')) return [];
  if (w.endsWith('ies') && w.length > 4) return [w.slice(0, -3) + 'y', w.slice(0, -1)];
  if (w.endsWith('ses')) return [w.slice(0, -1), w.slice(0, -2), w.slice(0, -2) + 'is']; // bases, buses, crises
  if (/(?:x|z|ch|sh|o)es$/.test(w)) return [w.slice(0, -2), w.slice(0, -1)];
  if (w.endsWith('ves')) return [w.slice(0, -1), w.slice(0, -3) + 'f', w.slice(0, -3) + 'fe'];
  return [w.slice(0, -1)];
}

/** Candidate lemmas by the tag's inflection, likeliest by spelling first (empty: the word itself). */
export function ruleCandidates(w: string, tag: string): string[] {
  switch (tag) {
    case 'NNS': case 'NNPS': case 'VBZ': return pluralCandidates(w);
    case 'VBD': case 'VBN': return w.endsWith('ed') && w.length > 3 ? stemCandidates(w.slice(0, -2)) : [];
    case 'VBG': return w.endsWith('ing') && w.length > 4 ? stemCandidates(w.slice(0, -3)) : [];
    case 'JJR': case 'RBR': return w.endsWith('er') && w.length > 3 ? stemCandidates(w.slice(0, -2)) : [];
    case 'JJS': case 'RBS': return w.endsWith('est') && w.length > 4 ? stemCandidates(w.slice(0, -3)) : [];
    default: return [];
  }
}

/** The rules alone (no exception table): what the exceptions are learned against. */
export function ruleLemma(w: string, tag: string, words: LemmaTables['words']): string {
  const cands = ruleCandidates(w, tag);
  if (!cands.length) return w;
  const cls = lemmaClass(tag);
  for (const c of cands) if (cls && words.get(c)?.includes(cls)) return c;
  return cands[0];
}

/** The lower-case lemma of a word in wordForm with its PTB tag. */
export function lemmatize(w: string, tag: string, t: LemmaTables): string {
  if (tag === 'NNP') return w; // a name is its own lemma ("United" in "United Nations")
  const cls = lemmaClass(tag);
  // "fled" seen as VBD only still gives "flee" as VBN
  return t.exceptions.get(`${w}\t${tag}`) ?? (cls ? t.exceptions.get(`${w}\t${cls}`) : undefined)
    ?? (cls === 'verb' ? t.irregular?.get(w) : undefined) ?? ruleLemma(w, tag, t.words);
}

/** Adds the by-class keys to an exception table of (form, tag) keys. */
export function withClassKeys(exceptions: Map<string, string>): Map<string, string> {
  for (const [key, lemma] of [...exceptions]) {
    const tab = key.indexOf('\t');
    const cls = lemmaClass(key.slice(tab + 1));
    const byClass = `${key.slice(0, tab)}\t${cls}`;
    if (cls && !exceptions.has(byClass)) exceptions.set(byClass, lemma);
  }
  return exceptions;
}

let shipped: LemmaTables | undefined;
/** The shipped tables, read once per process on first use. */
export function lemmaTables(): LemmaTables {
  if (!shipped) {
    const exceptions = new Map<string, string>();
    for (const r of tsvRows(LEMMA_EXCEPTIONS)) exceptions.set(`${r[0]}\t${r[1]}`, r[2]);
    const irregular = new Map<string, string>();
    for (const r of tsvRows(LEMMA_IRREGULAR)) irregular.set(r[0], r[1]);
    shipped = { exceptions: withClassKeys(exceptions), words: wordKinds(LEMMA_WORDS), irregular };
  }
  return shipped;
}
