// The word-class lexicon the tagger reads as one feature, so a word GUM never showed still has a
// likely class ("urged": past tense, "shelling": gerund). Derived from the lexicon of compromise 14
// (MIT, © Spencer Kelly; a devDependency), the same source data/lexicon/ uses for names.
import { writeFileSync } from 'node:fs';
// @ts-ignore compromise ships no types for its source entry
import nlp from 'compromise/three';
import { DATA_DIR } from '../src/data/files.ts';
import { POS_LEXICON } from '../src/stages/syntax/features.ts';

/** compromise's tags → the few classes the tagger tells apart */
const CLASS: Record<string, string> = {
  PastTense: 'past', Participle: 'part', Gerund: 'ing', PresentTense: 'pres', Infinitive: 'verb', Imperative: 'verb',
  Copula: 'verb', Modal: 'modal', Plural: 'plural', Singular: 'noun', Noun: 'noun', Uncountable: 'noun', Actor: 'noun',
  Unit: 'noun', Currency: 'noun', Adjective: 'adj', Comparative: 'comp', Superlative: 'sup', Adverb: 'adv',
  Negative: 'adv', FirstName: 'name', MaleName: 'name', FemaleName: 'name', LastName: 'name', Person: 'name',
  Honorific: 'title', City: 'place', Place: 'place', Country: 'place', Region: 'place', Organization: 'org',
  SportsTeam: 'org', Demonym: 'demonym', Preposition: 'prep', Conjunction: 'conj', Determiner: 'det',
  Pronoun: 'pron', Reflexive: 'pron', Possessive: 'pron', QuestionWord: 'wh', Cardinal: 'num', Ordinal: 'ord',
  TextValue: 'num', Month: 'date', WeekDay: 'date',
};

export function buildPosLexicon(): number {
  const lex: Record<string, string | string[]> = (nlp as any).model().one.lexicon;
  const rows: string[] = [];
  for (const w of Object.keys(lex).sort()) {
    if (!/^[a-z][a-z'.-]*$/.test(w)) continue;
    const t = lex[w];
    const classes = [...new Set((Array.isArray(t) ? t : [t]).map((x) => CLASS[x]).filter(Boolean))].sort();
    if (classes.length) rows.push(`${w}\t${classes.join(',')}`);
  }
  writeFileSync(DATA_DIR + POS_LEXICON, `# word <TAB> classes: from the lexicon of compromise 14 (MIT, (c) Spencer Kelly) by scripts/train-syntax-lexicon.ts\n${rows.join('\n')}\n`);
  return rows.length;
}
