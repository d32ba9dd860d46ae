import type { DecisionTable, VerificationWarning } from '@flowforge/contracts';

/** What the page sends the verification worker: a table, numbered so stale answers can be dropped. */
export interface VerificationRequest {
  id: number;
  table: DecisionTable;
}

export interface VerificationReply {
  id: number;
  warnings: VerificationWarning[];
  failed: boolean;
}
