import { useState } from 'react';
import type { DecisionDetail } from '@flowforge/contracts';
import { DecisionHeader } from './components/DecisionHeader';
import { readDecisionAccess } from './logic/access';
import { pickView, shownVersionOf } from './logic/pick-view';
import { useMe } from '../session';
import { DmnDecision } from './workspace/DmnDecision';
import { TableDecision } from './workspace/TableDecision';

/** One decision: the header, then the version shown (a table grid or a DMN model's diagram) with its tabs. */
export function DecisionView({ detail, fetchedAt }: { detail: DecisionDetail; fetchedAt: number }) {
  const me = useMe();
  const access = readDecisionAccess(me.permissions);
  const [viewing, setViewing] = useState<number | null>(null);
  // A version picked in the history that no longer exists (e.g. a discarded draft) falls back to the current one.
  const picked = viewing !== null && detail.versions.some((version) => version.version === viewing) ? viewing : null;
  const versions = { draftVersion: detail.draftVersion, activeVersion: detail.activeVersion };
  const shown = shownVersionOf(pickView({ ...versions, viewing: picked, canUpdate: access.canUpdate }), versions);
  const common = { detail, access, viewing: picked, onView: setViewing, now: fetchedAt };
  return (
    <>
      <DecisionHeader detail={detail} access={access} shownVersion={shown} />
      {detail.kind === 'table' ? <TableDecision {...common} /> : <DmnDecision {...common} />}
    </>
  );
}
