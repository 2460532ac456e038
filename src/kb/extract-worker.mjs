// Worker-thread entry: plain JavaScript so it starts under any launcher (bin/dossier.js,
// tsx, node --import tsx), then it registers tsx and loads the TypeScript worker.
import { register } from 'tsx/esm/api';
register();
await import('./extract-worker.ts');
