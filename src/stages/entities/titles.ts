// Reading and normalizing office titles: "Deputy Foreign Minister", "premier" → Prime Minister,
// "minister of transport" → Transport Minister, "Executive Vice President".
import type { Token } from '../../document/doc.ts';
import type { NameLexicon } from '../mentions/lexicon.ts';
import { entityAlternation, entityWords } from './words.ts';

const MODIFIERS = entityWords('title-modifier');
const NOT_TITLE = entityWords('not-title');
/** Titles written in capitals: "CEO". */
const UPPER_CASE_TITLES = entityWords('upper-case-title');

let vocab: Set<string> | undefined;

/** Every word that may sit inside a title phrase. */
export function titleVocabulary(lex: NameLexicon): Set<string> {
  if (vocab) return vocab;
  vocab = new Set(MODIFIERS);
  for (const k of lex.titles.keys()) for (const w of k.split(' ')) if (!entityWords('not-title-word').has(w)) vocab.add(w);
  return vocab;
}

export function isTitleWord(lex: NameLexicon, t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && titleVocabulary(lex).has(t.lower);
}

const cap = (w: string) => w.split(/([ -])/).map(p => UPPER_CASE_TITLES.has(p) ? p.toUpperCase()
  : p.length > 2 || /^(co)$/.test(p) ? p[0].toUpperCase() + p.slice(1) : p).join('');

// "deputy minister of defense": rank words (office-rank-prefix), the office, "of"/"for", the field
let ministerOfRe: RegExp | undefined;

/** A normalized title for a phrase, or undefined when the phrase holds no office. */
export function normalizeTitle(lex: NameLexicon, phrase: string): string | undefined {
  const words = phrase.toLowerCase().replace(/[,]/g, ' ').split(/\s+/).filter(w => w && !NOT_TITLE.has(w));
  if (!words.length) return undefined;
  const whole = words.join(' ');
  const exact = lex.titles.get(whole);
  if (exact) return exact.title;
  // "minister of transport" → Transport Minister; "deputy minister of defense" → Deputy Defense Minister
  ministerOfRe ??= new RegExp(`^((?:${entityAlternation('office-rank-prefix')} )*)(minister|secretary) (?:of|for) (?:the )?(.+)$`);
  const of = ministerOfRe.exec(whole);
  if (of) {
    const known = lex.titles.get(`${of[3]} ${of[2]}`);
    const base = known ? known.title : cap(`${of[3]} ${of[2]}`);
    return (of[1] ? cap(of[1].trim()) + ' ' : '') + base;
  }
  // the longest known title at the end, its modifiers in front: "executive vice president"
  for (let i = 1; i < words.length; i++) {
    const tail = lex.titles.get(words.slice(i).join(' '));
    if (tail) {
      const head = words.slice(0, i);
      if (head.some(w => w === 'of' || w === 'the')) return tail.title;
      return cap(head.join(' ')) + ' ' + tail.title;
    }
  }
  // the head title at the front: "president of the company"
  for (let i = words.length - 1; i >= 1; i--) {
    const front = lex.titles.get(words.slice(0, i).join(' '));
    if (front) return front.title;
  }
  return undefined;
}

export function titleSector(lex: NameLexicon, title: string): string | undefined {
  return lex.titles.get(title.toLowerCase())?.sector;
}
