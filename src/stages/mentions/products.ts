// What the words around an unknown name say it is: a product or a creative work rather than
// a company. Business and technology news names many features, programs and models the way
// it names firms ("FaceTime", "Mission Control", "Crown Victoria"); the cue is nearly always a
// common noun beside the name ("the GarageBand program", "a feature called FaceTime") or a
// list it stands in ("the iPhoto, iMovie, and GarageBand programs").
import type { Token } from '../../document/doc.ts';
import type { EntityType } from '../../document/types.ts';
import { isCapWord, lowerInSentence, sameSentence } from './chunks.ts';
import { nameCues } from './lexicon.ts';

// the nouns and verbs around a name that make it a product, a work or a law (product-after, work-after,
// product-before, product-noun, work-noun, work-before, naming-verb, version-noun, law-after): data/lexicon/name-cues.tsv

export type ProductType = Extract<EntityType, 'PRODUCT' | 'WORK_OF_ART' | 'LAW'>;

/** The type the neighbouring words give the name tokens[a..b], if they say it is a product, a work or a law. */
export function productContext(tokens: Token[], a: number, b: number): ProductType | undefined {
  const cues = nameCues();
  const prev = lowerInSentence(tokens, a, a - 1);
  if (cues.productBefore.has(prev)) return 'PRODUCT';
  // the noun after the name, or after the list the name ends: "the iPhoto, iMovie, and GarageBand programs"
  const k = b + 1 + listTail(tokens, b + 1);
  if (sameSentence(tokens, a, k)) {
    const next = tokens[k].text;
    if (cues.productAfter.has(next)) return 'PRODUCT';
    if (cues.workAfter.has(next)) return 'WORK_OF_ART';
    if (cues.lawAfter.has(next) && k === b + 1) return 'LAW';
  }
  let first = a - listHead(tokens, a);
  // "features including a revamped Mail and Auto Save": an article and an adjective may open the list
  for (let k = 0; k < 2 && sameSentence(tokens, a, first - 1) && cues.listOpeners.has(tokens[first - 1].text); k++) first--;
  const p1 = lowerInSentence(tokens, a, first - 1);
  const p2 = lowerInSentence(tokens, a, first - 2);
  const p3 = lowerInSentence(tokens, a, first - 3);
  // "This feature is called FaceTime", "a task manager named Mission Control"
  if (cues.namingVerbs.has(p1)) {
    const noun = /^(is|was|are|were|be|been)$/.test(p2) ? p3 : p2;
    if (cues.productNouns.has(noun)) return 'PRODUCT';
    if (cues.workNouns.has(noun)) return 'WORK_OF_ART';
  }
  // "television programs such as Lost and Desperate Housewives"
  if (p1 === 'as' && p2 === 'such' || p1 === 'including' || p1 === 'like') {
    const noun = p1 === 'as' ? p3 : p2;
    if (cues.workNouns.has(noun) || noun === 'programs' && cues.television.has(lowerInSentence(tokens, a, first - 4))) return 'WORK_OF_ART';
    if (cues.productNouns.has(noun)) return 'PRODUCT';
  }
  // "a beta version of FaceTime"; "the update adds support for ActiveSync"
  if (p1 === 'of' && cues.versionNouns.has(p2) || p1 === 'for' && p2 === 'support') return 'PRODUCT';
  // "the film Avatar", "A full-length TV movie, 'High School Musical'": a work's noun, then its title
  let w = first - 1;
  while (sameSentence(tokens, a, w) && /^[,'"‘“:]$/.test(tokens[w].text) && w > first - 3) w--;
  if (sameSentence(tokens, a, w) && cues.workBefore.has(tokens[w].lower) && (w < first - 1 || cues.titleOpeners.has(sameSentence(tokens, a, w - 1) ? tokens[w - 1].lower : ''))) return 'WORK_OF_ART';
  return undefined;
}

/** How many tokens after position k continue a list of names: ", iMovie, and GarageBand". */
export function listTail(tokens: Token[], k: number): number {
  let n = 0;
  while (n < 12 && tokens[k + n]) {
    const t = tokens[k + n];
    if (t.text === ',' || t.text === 'and' || t.text === 'or') { n++; continue; }
    if (n > 0 && listItem(t)) { n++; continue; }
    break;
  }
  // a list ends on a name, not on its joiner
  return n > 0 && listItem(tokens[k + n - 1]) ? n : 0;
}

/** How many tokens before position a open the list the name stands in: "Lost and" before "Desperate Housewives". */
export function listHead(tokens: Token[], a: number): number {
  let n = 0;
  while (n < 12 && tokens[a - n - 1]) {
    const t = tokens[a - n - 1];
    if (t.text === ',' || t.text === 'and' || t.text === 'or' || listItem(t)) { n++; continue; }
    break;
  }
  // the list opens on a name
  while (n > 0 && !listItem(tokens[a - n])) n--;
  return n;
}

function listItem(t: Token): boolean {
  return isCapWord(t) || t.kind === 'word' && /^[a-z]+[A-Z]/.test(t.text);
}
