// Moved: the cross-document merge rules live with the store that applies them
// (src/store/merge.ts); this re-export keeps older imports working. Import from the store.
export * from '../store/merge.ts';
