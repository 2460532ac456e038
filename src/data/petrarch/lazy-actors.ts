// The vendored Phoenix actor files are 2 MB in 65k lines; reading them whole took a quarter of a
// second and most of the garbage of a one-sentence run, for the few dozen first words a report
// meets. So they are scanned once for where each entry begins and which words its phrases start
// with, and an entry is read (by `readActors`, so the format is read in one place) the first time
// a phrase of it could match (the trie node of each first word holds the entries not yet read).
// Ranks by file and line keep "the first entry of a phrase keeps it".
import { readActors, type ActorEntry, type PhraseIndex } from './actors.ts';
import type { DictIssue } from './lines.ts';

interface Block { file: number; start: number; end: number; line: number; read: boolean }

/** Where an actor file's entries begin: one block per primary line, with its synonyms and restrictions. */
function scanBlocks(text: string, file: number, blocks: Block[], into: PhraseIndex<ActorEntry>): void {
  let line = 0, pos = 0, current = -1;
  const note = (word: string) => {
    if (current < 0 || !word) return;
    into.addPending(word, current);
  };
  while (pos <= text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    let a = pos;
    while (a < end && (text[a] === ' ' || text[a] === '\t' || text[a] === '\r')) a++;
    const c = text[a];
    if (a < end && c !== '#' && c !== ';' && c !== '[') {
      if (c !== '+') {
        if (current >= 0) blocks[current].end = pos;
        current = blocks.length;
        blocks.push({ file, start: pos, end: text.length, line, read: false });
      } else a++;
      note(firstWord(text, a, end));
    }
    line++;
    pos = end + 1;
  }
}

/** The first word of a phrase from `a`, as `phraseWords` folds it (blanks and `_` separate). */
function firstWord(text: string, a: number, end: number): string {
  while (a < end && (text[a] === ' ' || text[a] === '\t' || text[a] === '_')) a++;
  let b = a;
  while (b < end && !' \t_[;#\r'.includes(text[b])) b++;
  return text.slice(a, b).toUpperCase();
}

/** Fills `into` from actor files on demand: an entry is read before the first match from one of its first words. */
export function lazyActors(files: { name: string; text: string }[], issues: DictIssue[], into: PhraseIndex<ActorEntry>): void {
  const blocks: Block[] = [];
  files.forEach((f, k) => scanBlocks(f.text, k, blocks, into));
  into.setLoader((ids) => {
    for (const id of ids) {
      const b = blocks[id];
      if (b.read) continue;
      b.read = true;
      const f = files[b.file];
      readActors(f.text.slice(b.start, b.end), f.name, issues, into, b.line, b.file * 1e7);
    }
  });
}
