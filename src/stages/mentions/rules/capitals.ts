// The capitals fallback: what a run's capitals alone say, read only in the second pass and outside headlines,
// once every cue and the document's memory had their say. Mostly "no name"; an organization at last.
import { isCapWord } from '../chunks.ts';
import { isOrgNoun, nameCues } from '../lexicon.ts';
import { productContext } from '../products.ts';
import { atSentenceStart, companyPossessive, isCommonWord, organizationContext, personAfterOrgNoun, speechAfter, speechBefore } from '../cues.ts';
import { RULE } from './ids.ts';
import { isLongFormJoiner } from './acronyms.ts';
import { repeatedWord } from './document-memory.ts';
import { found, type NameStep } from './step.ts';

/** Pass one learns only from cues, and a headline's capitals say little: both stop here. */
export const capitalsOnlyInProse: NameStep = {
  id: 'capitals-only-in-prose', rules: [],
  apply: ctx => !ctx.final || ctx.headline ? null : undefined,
};

/** A lone common word before a number is a label, not a name: "Terminal 3", "Phase 2", "Gate 5". */
export const label: NameStep = {
  id: 'label', words: 'one', rules: [],
  apply: (ctx, { b, n, key }) => n === 1 && isCommonWord(ctx.lex, key) && ctx.tokens[b + 1]?.kind === 'number' ? null : undefined,
};

const INNER_CAPITAL = /^[A-Z][a-z]+[A-Z][a-z]+$/;
/** "WorldCom", "AirTran", "FedEx": a capital inside one word is a brand's, unless it opens a surname (McDonald,
 * DeLorean: a person before a speech verb, else nothing); "RIM's BlackBerry", "a feature called FaceTime": what a
 * company makes. */
export const innerCapital: NameStep = {
  id: 'inner-capital', words: 'one', rules: [RULE.speaker, RULE.productContext, RULE.innerCapital],
  apply(ctx, { a, b, n, text }) {
    if (n !== 1 || !INNER_CAPITAL.test(text)) return undefined;
    if (camelSurname(text)) return speechAfter(ctx, b) || speechBefore(ctx, a) ? found(a, b, 'PERSON', RULE.speaker, 1) : null;
    if (productContext(ctx.tokens, a, b) === 'PRODUCT' || companyPossessive(ctx, a)) return found(a, b, 'PRODUCT', RULE.productContext, 1);
    return found(a, b, 'ORG', RULE.innerCapital, 1);
  },
};

const CAPITAL = /[A-Z]/;
/** A surname's particle written joined, then a capital: "McDonald", "DeLorean" (s is one capitalized word). */
function camelSurname(s: string): boolean {
  const lower = s.toLowerCase();
  for (const p of nameCues().surnameParticles) if (lower.startsWith(p) && s.length > p.length && CAPITAL.test(s[p.length])) return true;
  return false;
}

/** A lone unknown capitalized word said once is too little to go on, unless a noun says what it is: "engine maker Europrop". */
export const loneWord: NameStep = {
  id: 'lone-word', words: 'one', rules: [RULE.describedCompany],
  apply(ctx, name) {
    if (name.n !== 1 || repeatedWord(ctx, name)) return undefined;
    const { a, b } = name, before = ctx.tokens[a - 1];
    return isOrgNoun(ctx.lex, before?.text ?? '') && !isCapWord(before) && !atSentenceStart(ctx, a) && !personAfterOrgNoun(ctx, a - 1)
      ? found(a, b, 'ORG', RULE.describedCompany, 1) : null;
  },
};

/** A lone unknown capital at a sentence start is more often a word than a name. */
export const sentenceStart: NameStep = {
  id: 'sentence-start', words: 'one', rules: [],
  apply: (ctx, { a, n }) => n === 1 && atSentenceStart(ctx, a) ? null : undefined,
};

/** One or two letters alone. */
export const tooShort: NameStep = {
  id: 'too-short', words: 'one', rules: [],
  apply: (_ctx, { n, text }) => n === 1 && text.length < 3 ? null : undefined,
};

/** "Music Store", "Active Directory", "Single Market": common words capitalized name a feature or a policy as
 * often as a firm; only a firm's context makes them one. */
export const commonWords: NameStep = {
  id: 'common-words', rules: [],
  apply(ctx, { a, b, words }) {
    for (const w of words) if (!isCommonWord(ctx.lex, w) && !isLongFormJoiner(w)) return undefined;
    return organizationContext(ctx, a, b) ? undefined : null;
  },
};

/** What is left: capitals the document repeats or several words, more often an organization than anything else. */
export const unknownCapitalized: NameStep = {
  id: 'unknown-capitalized', rules: [RULE.unknownCapitalized],
  apply: (_ctx, { a, b }) => found(a, b, 'ORG', RULE.unknownCapitalized, 0),
};
