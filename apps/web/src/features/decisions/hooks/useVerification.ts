/**
 * Verification of the table shown, computed in the browser with the same `verifyTable` the server
 * runs, once typing pauses. It runs in a worker (a new table while one is still being analysed
 * restarts the worker, so only the latest table costs time); where workers are unavailable it runs
 * on the page.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { DecisionTable, VerificationWarning } from '@flowforge/contracts';
import { verifyTable } from '@flowforge/decisions';
import { useDebouncedValue } from '../../../lib/useDebouncedValue';
import type { VerificationReply } from './verification-messages';

const VERIFY_DELAY_MS = 400;

export interface Verification {
  warnings: VerificationWarning[];
  /** The table the warnings are about (they lag the grid while typing). */
  table: DecisionTable | null;
  /** Verification itself failed (a bug, not a finding about the table). */
  failed: boolean;
}

const NOTHING: Verification = { warnings: [], table: null, failed: false };

function verifyHere(table: DecisionTable): Verification {
  try {
    return { warnings: verifyTable(table), table, failed: false };
  } catch {
    return { warnings: [], table, failed: true };
  }
}

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./verification.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/** One worker at a time; `busy` while it analyses, so a newer table can replace it. */
function useVerificationWorker(onReply: (reply: VerificationReply) => void) {
  const worker = useRef<{ instance: Worker; busy: boolean } | null>(null);
  const replyTo = useRef(onReply);
  useLayoutEffect(() => { replyTo.current = onReply; });
  useEffect(() => () => {
    worker.current?.instance.terminate();
    worker.current = null;
  }, []);
  return (id: number, table: DecisionTable): boolean => {
    if (worker.current?.busy) {
      worker.current.instance.terminate();
      worker.current = null;
    }
    if (!worker.current) {
      const instance = startWorker();
      if (!instance) return false;
      const started = { instance, busy: false };
      instance.onmessage = (event: MessageEvent<VerificationReply>) => {
        started.busy = false;
        replyTo.current(event.data);
      };
      worker.current = started;
    }
    worker.current.busy = true;
    worker.current.instance.postMessage({ id, table });
    return true;
  };
}

/** Overlaps, gaps, rules that never apply and syntax problems of the table, once typing pauses. */
export function useVerification(table: DecisionTable | null): Verification {
  const settled = useDebouncedValue(table, VERIFY_DELAY_MS);
  const [result, setResult] = useState<Verification>(NOTHING);
  const latest = useRef({ id: 0, table: settled });
  const send = useVerificationWorker((reply) => {
    if (reply.id !== latest.current.id) return;
    setResult({ warnings: reply.warnings, table: latest.current.table, failed: reply.failed });
  });
  useEffect(() => {
    latest.current = { id: latest.current.id + 1, table: settled };
    if (settled === null) setResult(NOTHING);
    else if (!send(latest.current.id, settled)) setResult(verifyHere(settled));
    // `send` is recreated every render but only reads refs: the table alone decides when to verify.
  }, [settled]);
  return result;
}
