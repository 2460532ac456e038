// Derives the name and common-word lists from compromise's lexicon (MIT, a devDependency).
// Run once by hand: npx tsx data/lexicon/build-compromise-lists.ts — the outputs are committed.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
// @ts-ignore compromise ships no types for its source entry
import nlp from 'compromise/three';

const lex: Record<string, string | string[]> = (nlp as any).model().one.lexicon;
const by = new Map<string, Set<string>>();
for (const [w, t] of Object.entries(lex)) {
  for (const tag of Array.isArray(t) ? t : [t]) {
    if (!by.has(tag)) by.set(tag, new Set());
    by.get(tag)!.add(w);
  }
}
const get = (...tags: string[]) => new Set(tags.flatMap(t => [...(by.get(t) ?? [])]));
const dir = fileURLToPath(new URL('.', import.meta.url));
const write = (name: string, words: Iterable<string>, keep = (w: string) => /^[a-z][a-z' .-]*$/.test(w)) =>
  writeFileSync(dir + name, [...new Set(words)].filter(keep).sort().join('\n') + '\n');

const male = get('MaleName'), female = get('FemaleName'), either = get('FirstName');
write('first-names-male.txt', male);
write('first-names-female.txt', female);
write('first-names-either.txt', either);
write('last-names.txt', get('LastName'));
const names = new Set([...male, ...female, ...either, ...get('LastName'), ...get('Person')]);
const common = get('Adjective', 'Infinitive', 'Singular', 'Plural', 'Adverb', 'Preposition', 'Conjunction', 'Determiner',
  'Pronoun', 'PastTense', 'PresentTense', 'Gerund', 'Uncountable', 'Modal', 'Copula', 'Expression', 'QuestionWord', 'Actor',
  'Participle', 'Comparative', 'Superlative', 'Cardinal', 'Ordinal', 'Negative', 'Possessive', 'Reflexive', 'Condition',
  'Noun|Verb', 'Adj|Noun', 'Adj|Past', 'Person|Noun', 'Actor|Verb', 'Noun|Gerund', 'Plural|Verb', 'Multiple', 'Value');
// words that are also first names stay common: the name reading needs more evidence ("Will", "May", "Mark")
write('common-words.txt', [...common].filter(w => !w.includes(' ')));
write('organizations-compromise.txt', get('Organization'), w => /^[a-z0-9][a-z0-9&' .-]*$/.test(w) && w.length > 2);
console.log('names', names.size, 'common', common.size);
