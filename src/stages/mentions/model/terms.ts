// A term spelled out beside its short form is no name: "Server Message Block (SMB)", "Aircraft Communications
// Addressing and Reporting System (ACARS)", and the short form said again later ("the SDK"). The rules read
// such terms and name neither form (rules/acronyms.ts, spelledOutTerm: common words whose initials the
// short form spells, no organization's head among them); the tagger, which reads the capitals, names them.
// Where no rule's name overlaps a tagger's span, the rules' own test decides.
import type { Doc } from '../../../document/doc.ts';
import type { Mention } from '../../../document/types.ts';
import type { NameLexicon } from '../lexicon.ts';
import { newCtx } from '../names.ts';
import { isAcronym } from '../cues.ts';
import { spelledOutTerm } from '../rules/acronyms.ts';
import type { TaggedSpan } from './tagger.ts';

/** The tagger's spans (sorted) without the terms the rules' test finds spelled out, where the rules named nothing. */
export function withoutTerms(doc: Doc, rules: readonly Mention[], spans: readonly TaggedSpan[], lex: NameLexicon): TaggedSpan[] {
  const toks = doc.tokens;
  const ctx = newCtx(doc, lex);
  // the short forms spelled out as terms anywhere in the document: "(SDK)" after "Software Development Kit"
  const terms = new Set<string>();
  for (let i = 1; i + 1 < toks.length; i++) {
    if (toks[i - 1].text === '(' && toks[i + 1].text === ')' && isAcronym(toks[i].text) && spelledOutTerm(ctx, i, i)) terms.add(toks[i].text);
  }
  if (!terms.size) return [...spans];
  const out: TaggedSpan[] = [];
  let r = 0;
  for (const s of spans) {
    const start = toks[s.first].start, end = toks[s.last].end;
    while (r < rules.length && rules[r].end <= start) r++;
    const named = r < rules.length && rules[r].start < end;
    if (!named && (s.first === s.last && terms.has(toks[s.first].text) || spelledOutTerm(ctx, s.first, s.last))) continue;
    out.push(s);
  }
  return out;
}
