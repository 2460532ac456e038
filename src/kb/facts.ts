// Moved: facts across documents are merged by the store (src/store/facts.ts), which owns its
// merge rules; this re-export keeps older imports working. Import from the store.
export * from '../store/facts.ts';
