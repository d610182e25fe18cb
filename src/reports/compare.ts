import type { ValidateReport } from './types.js';

/** One flow of one environment, as `compare` names it. */
export interface ComparedSide {
  /** Display path (relative to the working directory, `/` separators). */
  path: string;
  id: string;
  /** The bases the flow extends, nearest last (display paths). */
  bases: string[];
}

/** One field whose resolved value differs between the two environments. */
export interface FieldDifference {
  /** Dot path, as in diagnostics (`id` for the flow's id). */
  field: string;
  /** The value in environment A; absent when A's resolved flow lacks the field. */
  a?: unknown;
  /** The value in environment B; absent when B's resolved flow lacks the field. */
  b?: unknown;
  /** True when B's value lowers the bar of verification below A's (see src/engine/weakens.ts). */
  weakens: boolean;
}

/** Two flows paired by their path inside each environment's folder, and how they differ. */
export interface ComparedFlow {
  /** The path inside each environment's folder that pairs them (`/` separators). */
  key: string;
  a: ComparedSide;
  b: ComparedSide;
  /** Differences on purpose: the id, and fields an environment's own files declare. */
  intended: FieldDifference[];
  /** Any other difference of the resolved flows (different bases, or different copies of one). */
  accidental: FieldDifference[];
}

/** A flow that one environment has and the other lacks. */
export interface OneSidedFlow {
  key: string;
  flow: ComparedSide;
}

/** The outcome of `flowkeeper compare A B`. */
export interface CompareReport {
  /** The two environments' names, A first. */
  a: string;
  b: string;
  /** Every paired flow, by key; those that match exactly included (with empty lists). */
  flows: ComparedFlow[];
  /** Flows only A has, by key. */
  onlyInA: OneSidedFlow[];
  /** Flows only B has, by key. */
  onlyInB: OneSidedFlow[];
  /** Every file of both environments, checked as `validate` checks them; flows with errors are not compared. */
  validation: ValidateReport;
  summary: CompareSummary;
}

/** Counts over a comparison. */
export interface CompareSummary {
  /** Flows paired across the two environments. */
  paired: number;
  /** Paired flows with at least one accidental difference. */
  differing: number;
  intendedFields: number;
  accidentalFields: number;
  /** Differences (intended or accidental) where B is weaker than A. */
  weakening: number;
  onlyInA: number;
  onlyInB: number;
  /** Files of either environment with errors. */
  invalidFiles: number;
}
