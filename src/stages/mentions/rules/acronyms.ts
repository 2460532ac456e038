// Acronyms: a short form the document spelled out as a term is no name ("Server Message Block (SMB)"); an
// acronym of three letters or more is an organization's name when said twice, in brackets or after "the".
import type { Token } from '../../../document/doc.ts';
import { isCapWord } from '../chunks.ts';
import { nameCues } from '../lexicon.ts';
import { inBrackets, isAcronym, isCommonWord, prevWord, textOf, words as wordsOf } from '../cues.ts';
import { countryByDemonym, countryByName } from '../world.ts';
import type { Ctx } from '../names.ts';
import { RULE } from './ids.ts';
import { repeatedWord } from './document-memory.ts';
import { found, type NameStep } from './step.ts';

/** A short form the document already read as a term ("SDK" after "Software Development Kit (SDK)"). */
export const knownTerm: NameStep = {
  id: 'known-term', rules: [],
  apply: (ctx, { text }) => ctx.terms.has(text) ? null : undefined,
};

/** A term spelled out beside its short form is no name; the short form is remembered as a term. */
export const spelledOut: NameStep = {
  id: 'spelled-out-term', rules: [],
  apply(ctx, { a, b, text }) {
    if (!spelledOutTerm(ctx, a, b)) return undefined;
    if (isAcronym(text)) ctx.terms.add(text);
    return null;
  },
};

const DOTS = /\./g;
/** "the UAW will", "(UAW)", a UAW said twice: an acronym of three letters or more; said once, with nothing else
 * known about it, it is as often a unit or a format (GHz, SMB) as a name. */
export const acronymInUse: NameStep = {
  id: 'acronym-in-use', rules: [RULE.acronym],
  apply(ctx, name) {
    const { a, b, text } = name;
    if (!isAcronym(text) || text.replace(DOTS, '').length < 3) return undefined;
    return repeatedWord(ctx, name) || inBrackets(ctx, a, b) || prevWord(ctx, a) === 'the' ? found(a, b, 'ORG', RULE.acronym, 1) : null;
  },
};

/** Any acronym left (of words the document repeats): three letters or more name an organization; two, nothing. */
export const acronym: NameStep = {
  id: 'acronym', rules: [RULE.acronym],
  apply(_ctx, { a, b, text }) {
    if (!isAcronym(text)) return undefined;
    return text.replace(DOTS, '').length >= 3 ? found(a, b, 'ORG', RULE.acronym, 1) : null;
  },
};

/** The small words and marks inside a spelled-out term: "Maintenance, Repair and Overhaul". */
export function isLongFormJoiner(w: string): boolean {
  return nameCues().longFormJoiners.has(w);
}

function joinsLongForm(t: Token[], a: number, k: number): boolean {
  return t[k].sentence === t[a].sentence && (isCapWord(t[k]) || nameCues().longFormJoiners.has(t[k].text));
}

/**
 * A term spelled out before its short form, not a name: "Server Message Block (SMB)", "Maintenance, Repair and
 * Overhaul (MRO)", "Digital Rights Management (DRM)". Every word is a common word and none makes an
 * organization's name (so "United Auto Workers (UAW)" stays a name). a..b is the long form or the short form.
 */
export function spelledOutTerm(ctx: Ctx, a: number, b: number): boolean {
  const t = ctx.tokens;
  let first: number, last: number, short: string;
  if (inBrackets(ctx, a, b)) {
    short = textOf(ctx, a, b);
    last = a - 2;
  } else {
    // the long form may go on past this run: "Aircraft Communications Addressing and Reporting System (ACARS)"
    last = b;
    while (last + 1 < t.length && last - a < 10 && t[last + 1].text !== '(' && joinsLongForm(t, a, last + 1)) last++;
    if (t[last + 1]?.text !== '(' || t[last + 3]?.text !== ')' || !isAcronym(t[last + 2].text)) return false;
    short = t[last + 2].text;
  }
  if (last < 0 || !isCapWord(t[last])) return false;
  first = Math.min(a, last);
  while (first - 1 >= 0 && last - first < 10 && joinsLongForm(t, a, first - 1)) first--;
  while (first < last && !isCapWord(t[first])) first++;
  const long = wordsOf(ctx, first, last).filter(w => !nameCues().longFormJoiners.has(w));
  if (long.length < 2 || !initialsSpell(long, short)) return false;
  const head = long[long.length - 1];
  if (ctx.lex.orgHeads.has(head) || ctx.lex.orgHeads.has(long.slice(-2).join(' ')) || nameCues().adminSuffixes.has(head) || nameCues().geoSuffixes.has(head)) return false;
  // one word off the common list is allowed ("Overhaul"); a demonym or a country makes it a name
  const uncommon = long.filter(w => !isCommonWord(ctx.lex, w)).length;
  return uncommon <= 1 && long.length - uncommon >= 2 && !long.some(w => countryByDemonym(w) || countryByName(w));
}

/** The short form's letters are initials of the long form's words, in order, from the first word to the last. */
function initialsSpell(long: string[], short: string): boolean {
  const letters = short.replace(/[^A-Za-z]/g, '').toLowerCase();
  if (letters.length < 2 || letters[0] !== long[0][0] || letters[letters.length - 1] !== long[long.length - 1][0]) return false;
  let k = 1;
  for (let i = 1; i < long.length - 1 && k < letters.length - 1; i++) if (long[i][0] === letters[k]) k++;
  return k === letters.length - 1;
}
