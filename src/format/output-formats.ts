// The formats `dossier extract` writes a document in (made by document-output.ts, where the document is).
export const OUTPUT_FORMATS = ['json', 'jsonl', 'text', 'gdelt'] as const;
export type OutputFormat = typeof OUTPUT_FORMATS[number];
