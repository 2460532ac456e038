// The Phoenix agent file is small (2,300 lines) but reading it whole, every phrase and its plural
// into the trie, was ~15 ms of every start-up for the few agent words a report holds. So, as for the
// actors (lazy-actors.ts), each first word of a phrase names the lines that hold such a phrase, and
// a line is read (by `readAgentLine`, so the format is read in one place) before the first walk from
// one of its first words. The scan is shipped beside the file (Phoenix.agents.index.json); a scan is
// made when the index is missing or was made from another file. Ranks by line keep "the first entry
// of a phrase keeps it" whatever order lines are read in.
import { agentSubstitution, readAgentLine, type AgentEntry, type PhraseIndex } from './actors.ts';
import { dictLines, type DictIssue, type DictLine } from './lines.ts';
import { eachPlace, IdsByWord, readEachOnce, sameFiles, stampOf, type TextStamp } from './scan-index.ts';

/**
 * The scan of agent files: data/petrarch/Phoenix.agents.index.json, written by
 * scripts/build-petrarch-index.ts (test/data/petrarch-lazy.test.ts checks it equals a fresh scan).
 * Lines are numbered over the files' meaningful lines (dictLines), file after file; words are one
 * blank-separated string, `ids` for each word its count then its lines.
 */
export interface AgentScanIndex {
  note: string;
  files: TextStamp[];
  words: string;
  ids: number[];
}

/** A substitution's definitions in line order: the words it has at a line are those of the last one before it. */
type Substitutions = Map<string, { line: number; words: string[] }[]>;

function substitutions(lines: readonly DictLine[]): Substitutions {
  const subs: Substitutions = new Map();
  for (const l of lines) {
    if (l.text[0] !== '!') continue;
    const sub = agentSubstitution(l.text);
    if (!sub) continue;
    const defs = subs.get(sub.name);
    if (defs) defs.push({ line: l.line, words: sub.words }); else subs.set(sub.name, [{ line: l.line, words: sub.words }]);
  }
  return subs;
}

function wordsAt(subs: Substitutions, name: string, line: number): string[] | undefined {
  let words: string[] | undefined;
  for (const d of subs.get(name) ?? []) if (d.line < line) words = d.words;
  return words;
}

/** Scans agent files into the compact index (for the build script, the test, and when no index fits). */
export function agentScanIndex(files: readonly { name: string; text: string }[]): AgentScanIndex {
  const byWord = new IdsByWord();
  let id = 0;
  for (const f of files) {
    const lines = dictLines(f.text);
    const subs = substitutions(lines);
    for (const l of lines) {
      const at = id++;
      if (agentSubstitution(l.text)) continue;
      readAgentLine(l.text, l.line, (name) => wordsAt(subs, name, l.line), () => {}, (words) => byWord.note(words[0], at));
    }
  }
  return {
    note: 'Which lines of the Phoenix agent file hold a phrase starting with each word: made by scripts/build-petrarch-index.ts from the agent file beside it; do not edit',
    files: files.map((f) => stampOf(f.name, f.text)),
    words: byWord.words().join(' '), ids: byWord.pack().ids,
  };
}

/** Lines a whole read adds at most this many phrases from (a substitution's words, each phrase's plural): ranks are line × this + place. */
const ADDS_PER_LINE = 1 << 12;

/**
 * Fills `into` from agent files on demand: a line is read before the first match from one of its
 * phrases' first words. `index`: the files' scan, used when it was made from these files. A malformed
 * line is reported when read, so a set whose issues are shown is read whole (readAgents).
 */
export function lazyAgents(files: { name: string; text: string }[], issues: DictIssue[], into: PhraseIndex<AgentEntry>, index?: AgentScanIndex | null): void {
  const ix = index && sameFiles(index.files, files, (f) => f.text) ? index : agentScanIndex(files);
  const lines: { file: string; line: DictLine; subs: Substitutions }[] = [];
  for (const f of files) {
    const own = dictLines(f.text);
    const subs = substitutions(own);
    for (const l of own) lines.push({ file: f.name, line: l, subs });
  }
  const ids = ix.ids;
  eachPlace(ix.words.split(' '), ids, (word, at) => into.addPending(word, at));
  const readLines = readEachOnce(lines.length, (id) => {
    const { file, line: l, subs } = lines[id];
    let place = 0;
    readAgentLine(l.text, l.line, (name) => wordsAt(subs, name, l.line), (line, message) => issues.push({ file, line, message }),
      (ws, entry, gaps) => into.add(ws, entry, gaps, id * ADDS_PER_LINE + place++));
  });
  into.setLoader((at) => readLines(ids, at));
}
