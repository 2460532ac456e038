// Writes data/petrarch/Phoenix.actors.index.bin: the compact scan of the vendored Phoenix actor
// files (where each entry begins, which first words its phrases have), so the events stage need not
// scan 2 MB at start-up (src/data/petrarch/lazy-actors.ts), and Phoenix.agents.index.json, which lines
// of the agent file hold a phrase starting with each word (lazy-agents.ts), and CAMEO.2.0.index.json, which
// lines of the verb file give each verb form (verbs.ts). Run after changing any of them:
//   npx tsx scripts/build-petrarch-index.ts
// test/data/petrarch-lazy.test.ts fails while the index differs from a fresh scan.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, readDataBuffer, readDataText } from '../src/data/files.ts';
import { actorScanIndex, serializeActorScan } from '../src/data/petrarch/lazy-actors.ts';
import { agentScanIndex } from '../src/data/petrarch/lazy-agents.ts';
import { ACTOR_INDEX, AGENT_INDEX, DEFAULT_ACTOR_FILES, DEFAULT_AGENT_FILES, DEFAULT_VERB_FILE, VERB_INDEX, verbFormIndex } from '../src/data/petrarch/index.ts';

const index = actorScanIndex(DEFAULT_ACTOR_FILES.map((name) => ({ name, bytes: readDataBuffer(`petrarch/${name}`) })));
writeFileSync(join(DATA_DIR, ACTOR_INDEX), serializeActorScan(index));
process.stdout.write(`${ACTOR_INDEX}: ${index.start.length} entries, ${index.key.length} first words\n`);

const agents = agentScanIndex(DEFAULT_AGENT_FILES.map((name) => ({ name, text: readDataText(`petrarch/${name}`) })));
writeFileSync(join(DATA_DIR, AGENT_INDEX), JSON.stringify(agents) + '\n');
process.stdout.write(`${AGENT_INDEX}: ${agents.words.split(' ').length} first words\n`);

const verbs = verbFormIndex(readDataText(`petrarch/${DEFAULT_VERB_FILE}`), DEFAULT_VERB_FILE);
writeFileSync(join(DATA_DIR, VERB_INDEX), JSON.stringify(verbs) + '\n');
process.stdout.write(`${VERB_INDEX}: ${verbs.forms.split(' ').length} verb forms, ${verbs.issues.length} lines with an issue\n`);
