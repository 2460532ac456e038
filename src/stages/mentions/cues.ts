// What the words around a run say about it: a title or honorific before it, a speech verb after it, an
// apposition naming an office or a company, a preposition of place. Also the small helpers over tokens
// and words that every part of the name finder shares.
import { isCapWord, isPossessiveMark, sameSentence } from './chunks.ts';
import { isOrgNoun, nameCues, type NameLexicon } from './lexicon.ts';
import { lowercaseFacilities } from './military.ts';
import { listHead, listTail } from './products.ts';
import { countryByName } from './world.ts';
import type { Ctx } from './names.ts';
import type { Token } from '../../document/doc.ts';
import { boundedMemo } from '../../data/memo.ts';

// the cue words (vessel nouns, locatives, verbs whose object is a person…) live in data/lexicon/name-cues.tsv (nameCues)

/** A common English word, or a regular inflection of one ("Negotiations", "Officials", "Recalling"). */
export function isCommonWord(lex: NameLexicon, w: string): boolean {
  let read = commonReaders.get(lex);
  if (!read) commonReaders.set(lex, (read = boundedMemo((word) => readsCommon(lex, word), 100_000)));
  return read(w);
}

// isCommonWord's answers by word, for the lexicon they were read from: a word is asked about many times a
// document, and each answer may take up to eight cut-off stems looked up
const commonReaders = new WeakMap<NameLexicon, (w: string) => boolean>();

function readsCommon(lex: NameLexicon, w: string): boolean {
  if (lex.common.has(w)) return true;
  if (w.length < 4) return false;
  if (w.endsWith('s') && (lex.common.has(w.slice(0, -1)) || w.endsWith('es') && lex.common.has(w.slice(0, -2)))) return true;
  if (w.endsWith('ed') && (lex.common.has(w.slice(0, -2)) || lex.common.has(w.slice(0, -1)))) return true;
  if (w.endsWith('ing') && (lex.common.has(w.slice(0, -3)) || lex.common.has(w.slice(0, -3) + 'e'))) return true;
  if (w.endsWith('ly') && lex.common.has(w.slice(0, -2))) return true;
  return false;
}

/** ASCII capital and small letters by char code (the tagger's refiners test a word's first letters). */
export const isAsciiUpper = (c: number): boolean => c >= 65 && c <= 90;
export const isAsciiLower = (c: number): boolean => c >= 97 && c <= 122;
/** Whether a word begins with an ASCII capital. */
export const startsAsciiUpper = (w: string): boolean => isAsciiUpper(w.charCodeAt(0));

export function fold(s: string): string {
  const t = s.toLowerCase();
  return t.includes('’') ? t.replace(/’/g, "'") : t;
}

/** fold(token.text) from the token's lower case, which the tokenizer made once per word: no new string for a
 *  capitalized word, and a string whose hash the Map and Set look-ups have already worked out ('' for no token) */
export function foldWord(t: Token | undefined): string {
  if (!t) return '';
  const l = t.lower;
  return l.includes('’') ? l.replace(/’/g, "'") : l;
}

export function textOf(ctx: Ctx, a: number, b: number): string {
  return ctx.doc.text.slice(ctx.tokens[a].start, ctx.tokens[b].end);
}

/** The first word of a sentence, or after an opening quote or bracket at its start. */
export function atSentenceStart(ctx: Ctx, i: number): boolean {
  const t = ctx.tokens;
  let k = i - 1;
  if (k >= 0 && /^["“‘'(\[]$/.test(t[k].text)) return true;
  while (k >= 0 && t[k].sentence === t[i].sentence && t[k].kind === 'punct' && /["“‘'(\[—–-]/.test(t[k].text)) k--;
  return k < 0 || t[k].sentence !== t[i].sentence || t[k].text === ':' || (t[k].kind === 'punct' && /["“]/.test(t[k + 1]?.text ?? ''));
}

export function titleAt(ctx: Ctx, i: number, last: number): number {
  const { lex, tokens } = ctx;
  const head = tokens[i].lower;
  if (lex.titleFirstWords.has(head)) {
    for (let n = Math.min(lex.titleMaxWords, last - i + 1); n >= 1; n--) {
      let s = head;
      for (let k = i + 1; k < i + n; k++) s += ' ' + tokens[k].lower;
      if (lex.titles.has(s)) return n;
    }
  }
  // "Assistant Secretary", "Acting Director", "Principal Deputy Under Secretary": a rank word before a title
  if (nameCues().titleRanks.has(head) && i < last) {
    const rest = titleAt(ctx, i + 1, last);
    if (rest) return 1 + rest;
  }
  return 0;
}

export function honorificAt(ctx: Ctx, i: number, last: number): number {
  const t = ctx.tokens[i];
  const w = t.lower;
  const dot = ctx.tokens[i + 1]?.text === '.' && ctx.tokens[i + 1].start === t.end;
  if (w === 'st') return 0; // "St. Louis", "St. Thomas": places
  if (dot && i + 1 < last && ctx.lex.honorifics.has(w + '.')) return 2;
  if (ctx.lex.honorifics.has(w) && i < last) return 1;
  return 0;
}

/** A lowercase title (or honorific) right before the run: "analyst David Strauss", "chief executive Louis Gallois".
 * Words that are also adjectives or nouns of other kinds ("a major Airbus customer", "party leader …") count only
 * before a name of two or more words ("USAF official Darleen Druyun"). */
export function titleBefore(ctx: Ctx, first: number, last: number): boolean {
  const t = ctx.tokens;
  // "a Greek government spokesman, Stelios Petsas, said": the title, a comma, the name
  // ("Her predecessor, Antti Rinne, disagreed": a word for a person's relation works the same way)
  if (t[first - 1]?.text === ',' && last > first && t[first - 2] && t[first - 2].sentence === t[first].sentence && !isCapWord(t[first - 2])
    && (ctx.lex.titles.has(t[first - 2].lower) || nameCues().personRelations.has(t[first - 2].lower))) return true;
  if (!t[first - 1] || !ctx.lex.titleLastWords.has(t[first - 1].lower)) return false;
  for (let n = 1; n <= 3; n++) {
    const a = first - n;
    if (a < 0 || t[a].sentence !== t[first].sentence) return false;
    let s = '';
    for (let k = a; k < first; k++) s += (k > a ? ' ' : '') + t[k].lower;
    if (ctx.lex.titles.has(s) || ctx.lex.honorifics.has(s)) {
      const info = ctx.lex.titles.get(s);
      const cues = nameCues();
      if (cues.titlesNotBeforeName.has(s)) return false;
      return !info || last > first || !cues.titlesBeforeLongName.has(s);
    }
  }
  return false;
}

export function speechAfter(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  const cues = nameCues();
  let k = last + 1;
  if (t[k]?.text === ',') return false;
  // "Karasin was quoted as saying"
  if (cues.quotedAux.has(t[k]?.text ?? '') && t[k + 1]?.text === 'quoted') return true;
  // "Detik.com quoted Djamal as saying"
  if (t[k]?.text === 'as' && t[k + 1]?.text === 'saying') return true;
  if (t[k] && cues.speechAux.has(t[k].text)) k++;
  return !!t[k] && t[k].sentence === t[last].sentence && ctx.lex.speechVerbs.has(t[k].text);
}

export function speechBefore(ctx: Ctx, first: number): boolean {
  const t = ctx.tokens;
  const p = t[first - 1], pp = t[first - 2];
  if (!p || p.sentence !== t[first].sentence) return false;
  if (nameCues().personObjectVerbs.has(p.text)) return true;
  if (pp && pp.text === 'according' && p.text === 'to') return true;
  // "…," said Smith
  if (ctx.lex.speechVerbs.has(p.text) && pp && /^[,"”']+$/.test(pp.text)) return true;
  return false;
}

/** An apposition naming an office: "Jim Press, the Vice Chairman of Chrysler", "Djamal, minister of transport". */
export function titleInApposition(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  if (t[last + 1]?.text !== ',') return false;
  let k = last + 2;
  if (nameCues().appositionDets.has(t[k]?.lower ?? '')) k++;
  // a demonym or an organization's name may stand before the title: "the Canadian Auto Workers' president"
  for (let skip = 0; skip < 3 && t[k] && t[k].sentence === t[last].sentence; skip++) {
    const nt = titleAt(ctx, k, Math.min(t.length - 1, k + ctx.lex.titleMaxWords - 1));
    // "…, a Romanian official said Friday": a new clause's subject, not an apposition
    if (nt > 0) return !ctx.lex.speechVerbs.has(t[k + nt]?.text ?? '');
    if (!isCapWord(t[k])) return false;
    k++;
  }
  return false;
}

/** Words around a name that make it an organization: "retailers, including Best Buy", "Best Buy said",
 * "Mike Gikas of Consumer Reports", "at Best Buy", "Best Buy's". */
export function organizationContext(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.tokens;
  const first = a - listHead(t, a);
  for (let k = first - 1; k >= first - 4 && sameSentence(t, a, k); k--) {
    if (isOrgNoun(ctx.lex, t[k].text)) return true;
    if (t[k].kind !== 'word' && t[k].text !== ',') break;
  }
  const prev = sameSentence(t, a, first - 1) ? t[first - 1].text : '';
  if (prev === 'at' || prev === 'by' || prev === 'of' && isCapWord(t[first - 2])) return true;
  // "Launch Services and Delta Program business units": the noun after the list
  const tail = b + 1 + listTail(t, b + 1);
  if (sameSentence(t, a, tail) && (isOrgNoun(ctx.lex, t[tail].text) || sameSentence(t, a, tail + 1) && isOrgNoun(ctx.lex, t[tail + 1].text) && t[tail].kind === 'word' && !isCapWord(t[tail]))) return true;
  const next = sameSentence(t, a, b + 1) ? t[b + 1].text : '';
  if (/^(?:'s|'|’s|’)$/.test(next) || nameCues().orgVerbsAfter.has(next) || ctx.lex.speechVerbs.has(next)) return true;
  return companyInApposition(ctx, b);
}
/** "Magna, a Canadian automobile parts company": an apposition saying the name is an organization. */
export function companyInApposition(ctx: Ctx, last: number): boolean {
  const t = ctx.tokens;
  if (t[last + 1]?.text !== ',' || !nameCues().articles.has(t[last + 2]?.lower ?? '')) return false;
  for (let k = last + 3; k <= last + 7 && t[k]?.kind === 'word' && t[k].sentence === t[last].sentence; k++) {
    if (isOrgNoun(ctx.lex, t[k].text)) return !personAfterOrgNoun(ctx, k);
  }
  return false;
}

/** "a union official", "the party's leader": the organization noun modifies a person. */
export function personAfterOrgNoun(ctx: Ctx, k: number): boolean {
  const next = ctx.tokens[k + 1];
  if (!next || next.sentence !== ctx.tokens[k].sentence) return false;
  const w = next.lower;
  return isPossessiveMark(w) || w === "'" || ctx.lex.titles.has(w) || nameCues().personAfterOrgNoun.has(w);
}
export function prevWord(ctx: Ctx, first: number): string {
  const p = ctx.tokens[first - 1];
  return p && p.sentence === ctx.tokens[first].sentence ? p.lower : '';
}

export function isAcronym(s: string): boolean { return /^[A-Z][A-Z0-9&.-]{1,7}$/.test(s) && /[A-Z].*[A-Z]/.test(s); }

export function words(ctx: Ctx, a: number, b: number): string[] {
  const out: string[] = [];
  for (let k = a; k <= b; k++) out.push(ctx.tokens[k].lower);
  return out;
}

/** How many tokens a web domain's ending takes after the name ending at b: ".com" is 2, ".co.uk" is 4; 0 if none. */
export function webDomainAfter(ctx: Ctx, b: number): number {
  const t = ctx.tokens;
  let n = 0;
  while (t[b + n + 2] && t[b + n + 1].text === '.' && t[b + n + 1].start === t[b + n].end && t[b + n + 2].start === t[b + n + 1].end
    && nameCues().webDomains.has(t[b + n + 2].text)) n += 2;
  return n;
}

/** A preposition of place before the name, past an article and an owner: "in the", "from Airbus'". */
export function placePreposition(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  let k = a - 1;
  if (/^(?:'|'s|’|’s)$/.test(t[k]?.text ?? '') && isCapWord(t[k - 1])) k -= 2;
  if (nameCues().placeDets.has(t[k]?.lower ?? '')) k--;
  return !!t[k] && t[k].sentence === t[a].sentence && nameCues().strongLocatives.has(t[k].lower);
}

/** "the tanker Stena Impero", "a survey vessel, the Oruc Reis". */
export function vesselBefore(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  let k = a - 1;
  if (t[k]?.text === 'the') k--;
  if (t[k]?.text === ',') k--;
  return !!t[k] && t[k].sentence === t[a].sentence && nameCues().vesselNouns.has(t[k].lower);
}

/** "RIM's BlackBerry", "Microsoft's ActiveSync": a brand-shaped word owned by a name, not a place, is what the owner makes. */
export function companyPossessive(ctx: Ctx, a: number): boolean {
  const t = ctx.tokens;
  if (!isPossessiveMark(t[a - 1]?.text ?? '') || !isCapWord(t[a - 2])) return false;
  const owner = foldWord(t[a - 2]);
  const known = ctx.known.get(owner);
  return known !== 'GPE' && known !== 'LOC' && !countryByName(t[a - 2].text);
}

export function inBrackets(ctx: Ctx, a: number, b: number): boolean {
  return ctx.tokens[a - 1]?.text === '(' && ctx.tokens[b + 1]?.text === ')';
}

export function placeStrong(places: readonly { population?: number; kind: string }[]): boolean {
  return places.some(p => (p.population ?? 0) >= 100000 || p.kind === 'region' || p.kind === 'country');
}

export function lowercaseFacilityAfter(ctx: Ctx, b: number): number {
  const t = ctx.tokens;
  for (const tail of lowercaseFacilities()) {
    let ok = true;
    for (let k = 0; k < tail.length && ok; k++) {
      const x = t[b + 1 + k];
      ok = !!x && x.sentence === t[b].sentence && x.text === tail[k];
    }
    if (ok) return tail.length;
  }
  return 0;
}
