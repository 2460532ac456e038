// The facts layer of the contract: what stands as a result of what happened —
// facilities, agreements, proposals. Each fact lists the spans it rests on
// (`evidence`); values computed from others are marked `derived`.
import type { Span } from './span.ts';

export interface Evidence extends Span {
  /** which field of the fact this span supports: name, host, operator, signed, term… */
  field: string;
  rule: string;
}

/**
 * planned: agreed or approved, not yet built or used; closing: ordered or voted to close, or to be left, by a
 * date ("must leave within months", "eviction notice"); extended: its lease or stay prolonged.
 */
export type FacilityStatus = 'proposed' | 'planned' | 'under construction' | 'active' | 'closing' | 'extended' | 'closed' | 'declined';

export interface StatusChange {
  status: FacilityStatus;
  /** TIMEX3 value of when it took this status, if the text tells */
  time?: string;
  /** entity id of who brought it about (proposer, decliner) */
  by?: string;
  /** ISO3 of the state `by` acted for */
  byCountry?: string;
  evidence: Span;
  /** the TIMEX3 value of a date it is to take effect by ("must leave by August 18") */
  until?: string;
  /** the document it was read from, once the knowledge base merges histories across reports */
  document?: string;
}

export interface FacilityFact {
  kind: 'facility';
  id: string;
  name: string;
  aliases: string[];
  /** air base, military base, naval base, port, embassy, plant, pipeline, mine… */
  facilityType: string;
  /** entity id of the named facility, when the entity layer has one */
  entity?: string;
  /** ISO3 of the state whose territory it is on */
  host?: string;
  /** ISO3 (or entity id) of who runs it */
  operator?: string;
  /** the operator was not said of this facility but is the company the report is about (its plants, its mines) */
  operatorInferred?: boolean;
  /** place entity ids, most specific first */
  locatedIn?: string[];
  /** a relative description ("some 20 kilometers east of Bishkek") and, where computable, its point */
  near?: { text: string; start: number; end: number; lat?: number; lon?: number; derived?: boolean };
  units?: string[];
  /** TIMEX3 value of its opening */
  opened?: string;
  /** the status as of the report's date; `history` keeps every change the text tells */
  status?: FacilityStatus;
  /** TIMEX3 value of when it took that status, where the text tells */
  statusTime?: string;
  history: StatusChange[];
  evidence: Evidence[];
  rule: string;
}

export interface Consideration {
  text: string;
  start: number;
  end: number;
  amount?: number;
  currency?: string;
  /** debt relief, payment, loan, supplies… */
  nature?: string;
  /** a recurring sum: "$60 million a year" */
  per?: 'year' | 'month';
}

export interface AgreementFact {
  kind: 'agreement';
  id: string;
  /** lease, treaty, agreement, deal, memorandum, contract, loan, accord */
  agreementType: string;
  /** where it stands as the text tells: signed, planned (not yet signed), cancelled */
  /** pending: agreed or signed, still awaiting approval or ratification */
  status?: 'signed' | 'planned' | 'cancelled' | 'pending';
  /** approved by the legislature(s) that had to: no later "pending" reading undoes it */
  ratified?: boolean;
  /** ISO3 or entity ids, in the order the text gives them */
  parties: string[];
  /** what it is about: a facility id and/or the clause */
  subject?: { facility?: string; text: string; start: number; end: number };
  signed?: string;
  start?: string;
  /** when the text says it ends ("valid through 2042"), as a TIMEX3 value */
  expires?: string;
  term?: string;
  extension?: { duration: string; automatic?: boolean; optional?: boolean };
  consideration?: Consideration[];
  /** dates computed from the ones above, never said by the text */
  derived?: { end?: string; endWithExtension?: string; from: string[] };
  evidence: Evidence[];
  rule: string;
}

export type ProposalFate = 'accepted' | 'declined' | 'pending' | 'negotiating';

export interface ProposalFact {
  kind: 'proposal';
  id: string;
  /** entity id of who proposed or asked */
  proposer?: string;
  /** ISO3 of the state the proposer acts for */
  proposerCountry?: string;
  /** entity id of whom it was put to */
  addressee?: string;
  addresseeCountry?: string;
  /** what was proposed: the clause, and the facility fact it concerns */
  what: { text: string; start: number; end: number; facility?: string };
  time?: string;
  /** place entity id of the proposed location */
  location?: string;
  fate?: ProposalFate;
  fateBy?: string;
  fateTime?: string;
  /** indices into the document's events and quotes that show the proposal or its fate */
  events?: number[];
  quotes?: number[];
  evidence: Evidence[];
  rule: string;
}

export type Fact = FacilityFact | AgreementFact | ProposalFact;
