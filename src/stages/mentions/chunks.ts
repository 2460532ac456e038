// Capitalized runs of tokens within a sentence: the raw material of names.
// "Bank of America", "AT&T", "George W. Bush", "5th Air Army" are one run each; a
// possessive 's, a comma or a lowercase word ends a run.
import type { Token } from '../../document/doc.ts';
import { nameCues, type NameLexicon } from './lexicon.ts';
import { countryByName } from './world.ts';

export interface Chunk {
  /** token indices, inclusive */
  first: number;
  last: number;
}

const CAP = /^[\p{Lu}]/u;
// a capital at lastIndex (sticky): tests one position of a word without slicing it
const CAP_AT = /\p{Lu}/uy;
const ORDINAL_NUM = /^\d+(?:st|nd|rd|th)$/;
// the small words inside names and the heads they need (inner-connector, on-head, name-particle, of-head),
// the calendar's words and the heads of named events: data/lexicon/name-cues.tsv (nameCues)
/** Whether token k exists and is in the sentence of token a (written out, not as a closure: this runs for every name). */
export function sameSentence(tokens: Token[], a: number, k: number): boolean {
  return !!tokens[k] && tokens[k].sentence === tokens[a].sentence;
}

/** Token k's lower case if it is in the sentence of token a, else ''. */
export function lowerInSentence(tokens: Token[], a: number, k: number): string {
  return sameSentence(tokens, a, k) ? tokens[k].lower : '';
}

/** "'s" or "’s": a possessive's mark, as the tokenizer splits it off. */
export function isPossessiveMark(text: string): boolean {
  return text === "'s" || text === '’s';
}

/** A common word or the plural of one (lowercase). */
function commonOrPlural(lex: NameLexicon, w: string): boolean {
  return lex.common.has(w) || w.endsWith('s') && lex.common.has(w.slice(0, -1));
}

export function isCapWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return particleName(t.text);
  return CAP.test(t.text);
}

/** Arabic and other family names written with a lowercase particle: "al-Burhan", "el-Sisi", "bin-Salman", "ad-Din"
 * (the particles: hyphen-name-particle in data/lexicon/name-cues.tsv). */
function particleName(text: string): boolean {
  const k = text.indexOf('-');
  if (k < 2 || k > 3 || !nameCues().hyphenNameParticles.has(text.slice(0, k))) return false;
  CAP_AT.lastIndex = k + 1;
  return CAP_AT.test(text);
}

export function isOrdinalNumber(t: Token | undefined): boolean {
  return !!t && t.kind === 'number' && ORDINAL_NUM.test(t.text);
}

/** Whether the possessive after word a belongs inside a name: a common word, then capitals ending in an event's or a body's head. */
function innerPossessive(text: string, tokens: Token[], a: Token, from: number, last: number, lex: NameLexicon): boolean {
  const w = a.lower;
  if (!commonOrPlural(lex, w) || lex.companies.has(w) || countryByName(a.text)) return false;
  let k = from;
  while (k + 1 <= last && k - from < 3 && isCapWord(tokens[k + 1]) && spaced(text, tokens[k], tokens[k + 1])) k++;
  const head = tokens[k].lower;
  return nameCues().eventHeads.has(head) || lex.orgHeads.get(head)?.position === 'suffix' && head !== 'news';
}

/** Only spaces (no line break) between two tokens. */
function spaced(text: string, a: Token, b: Token): boolean {
  if (b.start === a.end) return false;
  for (let i = a.end; i < b.start; i++) { const c = text.charCodeAt(i); if (c !== 32 && c !== 9 && c !== 160) return false; }
  return true;
}

function touching(a: Token, b: Token): boolean { return a.end === b.start; }

/** The most tokens one capitalized run may hold; longer runs are cut (names are a dozen words at most). */
const MAX_RUN_TOKENS = 24;

/** Capitalized runs of the sentence tokens[first..last]. */
export function capitalRuns(text: string, tokens: Token[], first: number, last: number, lex: NameLexicon): Chunk[] {
  const out: Chunk[] = [];
  let i = first;
  while (i <= last) {
    const t = tokens[i];
    // a capital glued to a number is a unit or a model, not a name's start: "the 3D Digital mock-up", "5G"
    const glued = i > first && tokens[i - 1].kind === 'number' && touching(tokens[i - 1], t);
    const starts = !glued && isCapWord(t) || (isOrdinalNumber(t) && i < last && isCapWord(tokens[i + 1]) && spaced(text, t, tokens[i + 1]));
    if (!starts) { i++; continue; }
    let j = i;
    for (;;) {
      const n = j + 1;
      // a bounded window: no name runs this long, and "A A A …" must not make one run of the whole text
      if (n > last || n - i >= MAX_RUN_TOKENS) break;
      const a = tokens[j], b = tokens[n];
      if (isCapWord(b) && spaced(text, a, b)) { j = n; continue; }
      // the People's Republic of China, the People's Bank: the possessive belongs to the name
      if (/^['’]s$/.test(b.text) && a.text === 'People' && touching(a, b) && n + 1 <= last && isCapWord(tokens[n + 1])) { j = n + 1; continue; }
      // "Worldwide Developer's Conference", "Kurdistan Workers' Party": a common word's possessive inside the name of
      // an event or a body (not "Apple's Worldwide Developers Conference": a company owns the event)
      if (/^['’]s?$/.test(b.text) && touching(a, b) && n + 1 <= last && isCapWord(tokens[n + 1]) && innerPossessive(text, tokens, a, n + 1, last, lex)) {
        let k = n + 1;
        while (k + 1 <= last && isCapWord(tokens[k + 1]) && spaced(text, tokens[k], tokens[k + 1])) k++;
        j = k;
        continue;
      }
      // "Competition and Markets Authority", "Food and Drug Administration", "Bosnia and Herzegovina": one word, "and",
      // then capitals ending in an organization's head word or making a country's name
      if (b.text === 'and' && j === i && spaced(text, a, b)) {
        let k = n + 1;
        while (k <= last && k - n <= 4 && isCapWord(tokens[k])) k++;
        const tail = tokens[k - 1];
        // (common words on both sides: "Apple and Apple Corps" are two companies)
        if (k > n + 1 && ((lex.orgHeads.has(tail.lower) && commonOrPlural(lex, a.lower) && commonOrPlural(lex, tokens[n + 1].lower)) || countryByName(text.slice(a.start, tail.end)))) { j = k - 1; continue; }
      }
      // AT&T, Procter & Gamble
      if (b.text === '&' && n + 1 <= last && isCapWord(tokens[n + 1])) { j = n + 1; continue; }
      // George W. Bush: an initial and its dot
      if (b.text === '.' && (a.text.length === 1 || lex.honorifics.has(a.lower + '.')) && touching(a, b) && n + 1 <= last && isCapWord(tokens[n + 1])) { j = n + 1; continue; }
      // Ministry of Defense, Bank of the Philippine Islands, Osama bin Laden
      if (b.kind === 'word' && nameCues().innerConnectors.has(b.text) && spaced(text, a, b)) {
        let k = n + 1;
        if (k <= last && tokens[k].text === 'the') k++;
        // two particles: "Ursula von der Leyen", "Vincent van den Berg"
        else if (k <= last && nameCues().nameParticles.has(b.text) && nameCues().nameParticles.has(tokens[k].text) && spaced(text, b, tokens[k])) k++;
        const headOk = b.text === 'on' ? nameCues().onHeads.has(a.lower) && !nameCues().calendarWords.has(tokens[k]?.lower ?? '')
          : b.text === 'of' || b.text === 'for' ? tokens.slice(i, j + 1).some(x => nameCues().ofHeads.has(x.lower) || lex.titles.has(x.lower))
          : true;
        // "Kansas City Assembly of Kansas City": a plant named for its town, then the town it is in
        const townAgain = b.text === 'of' && k <= last && repeatsInRun(tokens, i, j, k);
        // "the Russian Federation for Kyrgyzstan": a country after "for" is not part of the name
        const countryAfter = b.text === 'for' && !!countryByName(tokens[k]?.text ?? '');
        if (headOk && !countryAfter && !townAgain && k <= last && isCapWord(tokens[k]) && spaced(text, tokens[k - 1], tokens[k])) { j = k; continue; }
      }
      break;
    }
    out.push({ first: i, last: j });
    i = j + 1;
  }
  return out;
}

/** Whether the two words from k (or the one, at a run's end) stood already in the run i..j. */
function repeatsInRun(tokens: Token[], i: number, j: number, k: number): boolean {
  for (let q = i; q < j; q++) if (tokens[q].text === tokens[k].text && tokens[q + 1].text === tokens[k + 1]?.text) return true;
  return false;
}
