// The base of every item of the contract: offsets into the document's text, and that text.
// Below both types.ts and facts.ts, so neither imports the other back.

export interface Offsets {
  start: number;
  end: number;
}

export interface Span extends Offsets {
  text: string;
}
