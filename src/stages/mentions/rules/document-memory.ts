// What the document already said (pass one of names.ts learns it into ctx): a person's surname or given name
// alone, a short form of an organization, any name typed before, a slip of the keyboard on one.
import type { EntityType } from '../../../document/types.ts';
import { fold, isCommonWord } from '../cues.ts';
import type { Ctx } from '../names.ts';
import { RULE } from './ids.ts';
import { found, type NameSpan, type NameStep } from './step.ts';

/** "An additional email by Roche" after "James Roche": the person's surname, not the drug maker (so before the
 * company list), unless the document also names the company in full ("Ford" after "Ford Motor Company"). */
export const surnameBeforeCompany: NameStep = {
  id: 'surname-before-company', words: 'one', rules: [RULE.surname],
  apply: (ctx, { a, b, n, key }) => n === 1 && ctx.final && ctx.surnames.has(key) && !ctx.orgFirstWords.has(key)
    ? found(a, b, 'PERSON', RULE.surname, 2) : undefined,
};

/** "ending Douglas era" in a story of Douglas Aircraft: the company, not Douglas on the Isle of Man (a name the
 * gazetteer alone taught). */
export const orgShortOverTown: NameStep = {
  id: 'org-short-over-town', words: 'one', rules: [RULE.orgShort],
  apply: (ctx, { a, b, n, key }) => n === 1 && ctx.placeOnly.has(key) && ctx.orgFirstWords.has(key) ? found(a, b, 'ORG', RULE.orgShort, 2) : undefined,
};

/** The same words, typed earlier in the document. */
export const sameDocument: NameStep = {
  id: 'same-document', rules: [RULE.sameDocument],
  apply(ctx, { a, b, key }) {
    const seen = ctx.known.get(key);
    return seen ? found(a, b, seen, RULE.sameDocument, 2) : undefined;
  },
};

/** "Jobs" after "Steve Jobs". */
export const surname: NameStep = {
  id: 'surname', words: 'one', rules: [RULE.surname],
  apply: (ctx, { a, b, n, key }) => n === 1 && ctx.surnames.has(key) ? found(a, b, 'PERSON', RULE.surname, 2) : undefined,
};

/** "Steve" after "Steve Jobs", if the lists know it as a first name. */
export const givenName: NameStep = {
  id: 'given-name', words: 'one', rules: [RULE.givenName],
  apply: (ctx, { a, b, n, key }) => n === 1 && ctx.givenNames.has(key) && ctx.lex.firstNames.has(key) ? found(a, b, 'PERSON', RULE.givenName, 2) : undefined,
};

/** "Northrop" after "Northrop Grumman". */
export const orgShort: NameStep = {
  id: 'org-short', words: 'one', rules: [RULE.orgShort],
  apply: (ctx, { a, b, n, key }) => n === 1 && ctx.orgFirstWords.has(key) ? found(a, b, 'ORG', RULE.orgShort, 2) : undefined,
};

/** "Chrylser" for Chrysler, "GMs" for GM's: a slip of the keyboard on a name the document knows. */
export const misspelt: NameStep = {
  id: 'misspelt', words: 'one', rules: [RULE.misspelt],
  apply(ctx, { a, b, n, text }) {
    // (pass two only, as the capitals' steps: what pass one learned is then complete)
    const meant = n === 1 && ctx.final ? misspeltKnown(ctx, text) : undefined;
    return meant ? found(a, b, meant, RULE.misspelt, 1) : undefined;
  },
};

/** One word the document writes more than once. */
export function repeatedWord(ctx: Ctx, name: NameSpan): boolean {
  return name.n === 1 && countOf(ctx, name.text) > 1;
}

const ACRONYM_PLURAL = /^[A-Z]{2,5}s$/;
/** The type of a one-word organization or person the document named, if s is that word with one slip:
 * two letters swapped or one letter changed ("Chrylser"), or an acronym with a stray "s" ("GMs"). */
function misspeltKnown(ctx: Ctx, s: string): EntityType | undefined {
  if (ACRONYM_PLURAL.test(s)) {
    const t = ctx.known.get(fold(s.slice(0, -1)));
    return t === 'ORG' ? t : undefined;
  }
  if (s.length < 6 || isCommonWord(ctx.lex, fold(s))) return undefined;
  const key = fold(s);
  const alike = knownByShape(ctx).get(key[0] + key.length);
  if (alike) for (const [k, t] of alike) if (oneSlip(k, key)) return t;
  return undefined;
}

/** The organizations and persons the document named, by first letter and length, in the order learned: a slip is
 * looked for among names of its shape only, not among all (pass one has ended: `known` grows no more). */
function knownByShape(ctx: Ctx): Map<string, [string, EntityType][]> {
  let index = ctx.knownByShape;
  if (!index) {
    index = new Map();
    for (const [k, t] of ctx.known) {
      if (t !== 'ORG' && t !== 'PERSON' || !k.length) continue;
      const shape = k[0] + k.length;
      const alike = index.get(shape);
      if (alike) alike.push([k, t]); else index.set(shape, [[k, t]]);
    }
    ctx.knownByShape = index;
  }
  return index;
}

/** Same length, and one letter changed or two neighbours swapped. */
function oneSlip(a: string, b: string): boolean {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (i === a.length) return false;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** How often a single token's text occurs in the document (counted once per document, linearly; a field of the
 * context from its start, so the context keeps one shape). */
function countOf(ctx: Ctx, s: string): number {
  let counts = ctx.counts;
  if (!counts) {
    counts = new Map();
    for (const t of ctx.tokens) if (t.kind === 'word') counts.set(t.text, (counts.get(t.text) ?? 0) + 1);
    ctx.counts = counts;
  }
  return counts.get(s) ?? 0;
}
