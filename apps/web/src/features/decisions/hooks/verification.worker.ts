/**
 * Verifies decision tables off the main thread: the analysis of a large table may take a while
 * (it is bounded by a budget, not by time), and typing in the grid must not wait for it.
 */
import type { DecisionTable } from '@flowforge/contracts';
import { verifyTable } from '@flowforge/decisions';
import type { VerificationReply, VerificationRequest } from './verification-messages';

self.onmessage = (event: MessageEvent<VerificationRequest>) => {
  const { id, table } = event.data;
  let reply: VerificationReply;
  try {
    reply = { id, warnings: verifyTable(table as DecisionTable), failed: false };
  } catch {
    reply = { id, warnings: [], failed: true };
  }
  self.postMessage(reply);
};
