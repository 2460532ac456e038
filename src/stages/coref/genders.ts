// A person's gender, for he/she: from the first name, the list of famous people, or an
// honorific before any of their mentions (Mr, Mrs, Ms). Unknown ('-') agrees with both.
import type { Doc } from '../../document/doc.ts';
import type { Entity } from '../../document/types.ts';
import type { Gender, NameLexicon } from '../mentions/lexicon.ts';
import { wordAlternation } from '../../data/lexicon.ts';

let honorificRe: RegExp | undefined;
// "Mr. ", "Lady " just before a name (lower case): data/coref/pronoun-context.tsv, gender-honorific
const HONORIFIC_BEFORE = () => (honorificRe ??= new RegExp(`\\b(${wordAlternation('coref/pronoun-context.tsv', 'gender-honorific')})\\.?\\s+$`));

export function personGenders(doc: Doc, lex: NameLexicon, entities: Entity[]): Map<string, Gender> {
  const out = new Map<string, Gender>();
  const oneWord = new Set<string>();
  for (const e of entities) {
    if (e.type !== 'PERSON') continue;
    const words = e.name.toLowerCase().split(/\s+/);
    if (words.length === 1) oneWord.add(e.id);
    out.set(e.id, lex.firstNames.get(words[0]) ?? lex.famous.get(e.name.toLowerCase()) ?? '-');
  }
  for (const m of doc.mentions) {
    if (m.type !== 'PERSON' || !m.entity || m.kind !== 'name') continue;
    const before = doc.text.slice(Math.max(0, m.start - 6), m.start).toLowerCase();
    const h = HONORIFIC_BEFORE().exec(before);
    // the first name, when it tells, wins: an honorific before a shared surname may be someone else's ("Mr. Marbles", the dog);
    // but a name of one word after an honorific is a surname, whatever first name it also spells ("Mr. Ashton")
    if (h && ((out.get(m.entity) ?? '-') === '-' || oneWord.has(m.entity))) out.set(m.entity, lex.honorifics.get(h[1]) ?? '-');
  }
  return out;
}

export function agrees(genders: Map<string, Gender>, e: Entity, g: Gender): boolean {
  const eg = genders.get(e.id) ?? '-';
  return eg === '-' || g === '-' || eg === g;
}
