// Names: capitalized runs classified into PERSON, NORP, ORG, GPE, LOC, FAC.
// Evidence, strongest first: the world data (countries, demonyms, known organizations,
// regions), the shape of the name (org heads, military units, facilities), a title or
// honorific before it, a first name, a speech verb after it, the gazetteer, and what the
// same document already said about the same words (a second pass).
// Here: the two passes; the steps of rules/preset.ts split a run into names and type each name,
// cues.ts reads the words around it.
import type { Doc, Token } from '../../document/doc.ts';
import type { EntityType, Mention } from '../../document/types.ts';
import { abbreviates } from './abbreviation.ts';
import { capitalRuns, isCapWord, type Chunk } from './chunks.ts';
import type { NameLexicon } from './lexicon.ts';
import { classifyRun } from './rules/preset.ts';
import { fold, foldWord, inBrackets, textOf } from './cues.ts';

export { isCommonWord } from './cues.ts';

export interface Found {
  first: number; last: number; type: EntityType; rule: string; strength: number;
  /** offsets when the name is part of a token ("Kyrgyz-Tajik") */
  start?: number; end?: number;
}

export interface Ctx {
  doc: Doc;
  lex: NameLexicon;
  tokens: Token[];
  /** what pass one learned: folded text → type */
  known: Map<string, EntityType>;
  /** surnames (last tokens) of persons found in pass one */
  surnames: Set<string>;
  /** first names of persons found in pass one ("Steve" after "Steve Jobs") */
  givenNames: Set<string>;
  /** first words of multiword organizations ("Northrop" of "Northrop Grumman") */
  orgFirstWords: Set<string>;
  /** words learned only from the gazetteer: a town's name, which an organization's name in the document may outweigh */
  placeOnly: Set<string>;
  /** short forms the document spelled out as terms, not names ("SDK" after "Software Development Kit (SDK)") */
  terms: Set<string>;
  headline: boolean;
  final: boolean;
  /** how often each word's text occurs in the document: counted when a step first asks (rules/document-memory.ts) */
  counts: Map<string, number> | undefined;
  /** the organizations and persons of `known` by first letter and length, made in pass two (rules/document-memory.ts) */
  knownByShape: Map<string, [string, EntityType][]> | undefined;
}

/** A fresh context of the rules over a document: nothing learned yet. */
export function newCtx(doc: Doc, lex: NameLexicon): Ctx {
  return {
    doc, lex, tokens: doc.tokens, known: new Map(), surnames: new Set(), givenNames: new Set(), orgFirstWords: new Set(), placeOnly: new Set(), terms: new Set(), headline: false, final: false, counts: undefined, knownByShape: undefined,
  };
}

export function findNames(doc: Doc, lex: NameLexicon): Mention[] {
  const ctx = newCtx(doc, lex);
  const runs = sentenceRuns(doc, lex);
  // pass one: learn from strong evidence
  for (const { chunk, headline } of runs) {
    ctx.headline = headline;
    for (const f of classifyRun(ctx, chunk)) learn(ctx, f);
  }
  ctx.final = true;
  const out: Mention[] = [];
  for (const { chunk, headline } of runs) {
    ctx.headline = headline;
    for (const f of classifyRun(ctx, chunk)) {
      const m = toMention(ctx, f);
      // "Worldwide Developers Conference (WWDC)": the bracketed short form is what the name before it is
      const before = out[out.length - 1];
      if (f.rule === 'mentions.name.acronym' && before && inBrackets(ctx, f.first, f.last) && ctx.tokens[f.first - 2]?.end === before.end
        && abbreviates(m.text, before.text)) m.type = before.type;
      out.push(m);
    }
  }
  return out;
}

function sentenceRuns(doc: Doc, lex: NameLexicon): { chunk: Chunk; headline: boolean }[] {
  const out: { chunk: Chunk; headline: boolean }[] = [];
  const toks = doc.tokens;
  let i = 0;
  while (i < toks.length) {
    let j = i;
    while (j + 1 < toks.length && toks[j + 1].sentence === toks[i].sentence) j++;
    const headline = isHeadline(toks, i, j, lex);
    for (const c of capitalRuns(doc.text, toks, i, j, lex)) out.push({ chunk: c, headline });
    i = j + 1;
  }
  return out;
}

/** Title Case lines: most content words capitalized, so capitals say little. */
export function isHeadline(toks: readonly Token[], first: number, last: number, lex: NameLexicon): boolean {
  let words = 0, caps = 0;
  for (let k = first; k <= last; k++) {
    const t = toks[k];
    if (t.kind !== 'word' || t.text.length < 4) continue;
    words++;
    if (isCapWord(t)) caps++;
  }
  return words >= 4 && caps / words >= 0.75;
}

function learn(ctx: Ctx, f: Found): void {
  if (f.strength < 2) return;
  const key = fold(textOf(ctx, f.first, f.last));
  if (!ctx.known.has(key)) { ctx.known.set(key, f.type); if (f.rule === 'mentions.name.gazetteer') ctx.placeOnly.add(key); }
  if (f.type === 'PERSON' && f.last > f.first) {
    ctx.surnames.add(foldWord(ctx.tokens[f.last]));
    ctx.givenNames.add(foldWord(ctx.tokens[f.first]));
  }
  if (f.type === 'ORG' && f.last > f.first) ctx.orgFirstWords.add(foldWord(ctx.tokens[f.first]));
}

function toMention(ctx: Ctx, f: Found): Mention {
  const start = f.start ?? ctx.tokens[f.first].start, end = f.end ?? ctx.tokens[f.last].end;
  return { start, end, text: ctx.doc.text.slice(start, end), type: f.type, kind: 'name', rule: f.rule };
}
